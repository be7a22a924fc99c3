from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteSnapshot")


@_attrs_define
class QuoteSnapshot:
    """The quote the order was made at. Amounts are **JSON numbers** (read them as Decimal, never float)."""

    fee: Decimal
    """ Fee charged, in `feeCurrency`; deducted from the conversion (`targetAmount` = round_down(`sourceAmount` x
    rate - `fee`, 0.01), x-inferred, see Money rules). """
    fee_currency: str
    """ Currency of `fee` (e.g. `USD`). """
    source_amount: Decimal
    """ Fiat amount to transfer, in `sourceCurrency`. """
    source_currency: str
    """ Fiat currency (e.g. `AUD`). """
    target_amount: Decimal
    """ Stablecoin amount credited, in `targetCurrency`. """
    target_currency: str
    """ Stablecoin (e.g. `USDT`). """
    rate: Decimal | Unset = UNSET
    """ The quote's rate (JSON number): `targetAmount` = round_down(`sourceAmount` x `rate` - `fee`, 0.01) (see
    Money rules). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee = exact_number(self.fee, "fee")

        fee_currency = self.fee_currency

        source_amount = exact_number(self.source_amount, "sourceAmount")

        source_currency = self.source_currency

        target_amount = exact_number(self.target_amount, "targetAmount")

        target_currency = self.target_currency

        rate: Decimal | Unset = UNSET
        if not isinstance(self.rate, Unset):
            rate = exact_number(self.rate, "rate")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fee": fee,
                "feeCurrency": fee_currency,
                "sourceAmount": source_amount,
                "sourceCurrency": source_currency,
                "targetAmount": target_amount,
                "targetCurrency": target_currency,
            }
        )
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fee = decimal_number(d.pop("fee"))

        fee_currency = d.pop("feeCurrency")

        source_amount = decimal_number(d.pop("sourceAmount"))

        source_currency = d.pop("sourceCurrency")

        target_amount = decimal_number(d.pop("targetAmount"))

        target_currency = d.pop("targetCurrency")

        _rate = d.pop("rate", UNSET)
        rate: Decimal | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = decimal_number(_rate)

        _quote_snapshot = cls(
            fee=fee,
            fee_currency=fee_currency,
            source_amount=source_amount,
            source_currency=source_currency,
            target_amount=target_amount,
            target_currency=target_currency,
            rate=rate,
        )

        _quote_snapshot.additional_properties = d
        return _quote_snapshot

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
