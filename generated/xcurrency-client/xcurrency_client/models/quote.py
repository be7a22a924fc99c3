from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

T = TypeVar("T", bound="Quote")


@_attrs_define
class Quote:
    """A rate quote. Required fields per the page's table (`queryNo`, `rate`); the currencies per the SDK javadoc; the
    amounts are x-inferred.

    """

    query_no: str
    """ Quote id; pass it as `quoteId` to `createTopupOrder`. """
    rate: Decimal
    """ Units of `targetCurrency` per unit of `sourceCurrency` (JSON number, e.g. `6.7522`); read it as a Decimal.
    """
    source_currency: str | Unset = UNSET
    """ Currency sent. """
    target_currency: str | Unset = UNSET
    """ Currency received. """
    source_amount: Decimal | Unset = UNSET
    """ Quoted amount of `sourceCurrency` (x-inferred; JSON number like `quoteSnapshot.sourceAmount`). """
    target_amount: Decimal | Unset = UNSET
    """ Amount of `targetCurrency` credited (x-inferred; JSON number). """
    fee: Decimal | Unset = UNSET
    """ Fee (x-inferred; JSON number). """
    fee_currency: str | Unset = UNSET
    """ Currency of `fee` (x-inferred). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query_no = self.query_no

        rate = exact_number(self.rate, "rate")

        source_currency = self.source_currency

        target_currency = self.target_currency

        source_amount: Decimal | Unset = UNSET
        if not isinstance(self.source_amount, Unset):
            source_amount = exact_number(self.source_amount, "sourceAmount")

        target_amount: Decimal | Unset = UNSET
        if not isinstance(self.target_amount, Unset):
            target_amount = exact_number(self.target_amount, "targetAmount")

        fee: Decimal | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = exact_number(self.fee, "fee")

        fee_currency = self.fee_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queryNo": query_no,
                "rate": rate,
            }
        )
        if source_currency is not UNSET:
            field_dict["sourceCurrency"] = source_currency
        if target_currency is not UNSET:
            field_dict["targetCurrency"] = target_currency
        if source_amount is not UNSET:
            field_dict["sourceAmount"] = source_amount
        if target_amount is not UNSET:
            field_dict["targetAmount"] = target_amount
        if fee is not UNSET:
            field_dict["fee"] = fee
        if fee_currency is not UNSET:
            field_dict["feeCurrency"] = fee_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query_no = d.pop("queryNo")

        rate = decimal_number(d.pop("rate"))

        source_currency = d.pop("sourceCurrency", UNSET)

        target_currency = d.pop("targetCurrency", UNSET)

        _source_amount = d.pop("sourceAmount", UNSET)
        source_amount: Decimal | Unset
        if isinstance(_source_amount, Unset):
            source_amount = UNSET
        else:
            source_amount = decimal_number(_source_amount)

        _target_amount = d.pop("targetAmount", UNSET)
        target_amount: Decimal | Unset
        if isinstance(_target_amount, Unset):
            target_amount = UNSET
        else:
            target_amount = decimal_number(_target_amount)

        _fee = d.pop("fee", UNSET)
        fee: Decimal | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = decimal_number(_fee)

        fee_currency = d.pop("feeCurrency", UNSET)

        _quote = cls(
            query_no=query_no,
            rate=rate,
            source_currency=source_currency,
            target_currency=target_currency,
            source_amount=source_amount,
            target_amount=target_amount,
            fee=fee,
            fee_currency=fee_currency,
        )

        _quote.additional_properties = d
        return _quote

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
