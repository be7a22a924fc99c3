from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateQuoteRequest")


@_attrs_define
class CreateQuoteRequest:
    """Currency pair to quote."""

    source_currency: str
    """ Currency you are sending (fiat, ISO 4217, e.g. `AUD`, `USD`). """
    target_currency: str
    """ Target currency (the stablecoin, e.g. `USDT`). """
    source_amount: Decimal | Unset = UNSET
    """ Amount of `sourceCurrency` to top up; fixes the order amounts of `quoteSnapshot` (x-inferred, see the API
    description). A positive decimal string below 10^15 (spec-side bounds: zero, or 10^15 and more, is refused with
    `invalid parameter`), no finer than the currency's minor unit (2 decimals, JPY 0; by value) - else `amount has
    more decimals than the currency allows`. """

    def to_dict(self) -> dict[str, Any]:
        source_currency = self.source_currency

        target_currency = self.target_currency

        source_amount: str | Unset = UNSET
        if not isinstance(self.source_amount, Unset):
            source_amount = decimal_text(self.source_amount, "sourceAmount")

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sourceCurrency": source_currency,
                "targetCurrency": target_currency,
            }
        )
        if source_amount is not UNSET:
            field_dict["sourceAmount"] = source_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_currency = d.pop("sourceCurrency")

        target_currency = d.pop("targetCurrency")

        _source_amount = d.pop("sourceAmount", UNSET)
        source_amount: Decimal | Unset
        if isinstance(_source_amount, Unset):
            source_amount = UNSET
        else:
            source_amount = decimal_string(_source_amount)

        _create_quote_request = cls(
            source_currency=source_currency,
            target_currency=target_currency,
            source_amount=source_amount,
        )

        return _create_quote_request
