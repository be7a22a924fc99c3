from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRateResponse")


@_attrs_define
class GetRateResponse:
    """Conversion result; numbers are JSON numbers (parse as Decimal). `fee_percentage`, `fee_amount`, `timestamp` only
    with `full=true`.

    """

    currency_from: str
    """ Source currency. """
    currency_to: str
    """ Target currency. """
    amount: Decimal
    """ Amount converted (source currency). """
    estimated_amount: Decimal
    """ Resulting amount (target currency), after the fee when one applies. """
    rate: Decimal
    """ Exchange rate. """
    fee_percentage: Decimal | Unset = UNSET
    """ Fee percentage applied (`full=true`). """
    fee_amount: Decimal | Unset = UNSET
    """ Fee amount (`full=true`). """
    timestamp: datetime.datetime | Unset = UNSET
    """ Rate time (`full=true`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency_from = self.currency_from

        currency_to = self.currency_to

        amount = exact_number(self.amount, "amount")

        estimated_amount = exact_number(self.estimated_amount, "estimated_amount")

        rate = exact_number(self.rate, "rate")

        fee_percentage: Decimal | Unset = UNSET
        if not isinstance(self.fee_percentage, Unset):
            fee_percentage = exact_number(self.fee_percentage, "fee_percentage")

        fee_amount: Decimal | Unset = UNSET
        if not isinstance(self.fee_amount, Unset):
            fee_amount = exact_number(self.fee_amount, "fee_amount")

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency_from": currency_from,
                "currency_to": currency_to,
                "amount": amount,
                "estimated_amount": estimated_amount,
                "rate": rate,
            }
        )
        if fee_percentage is not UNSET:
            field_dict["fee_percentage"] = fee_percentage
        if fee_amount is not UNSET:
            field_dict["fee_amount"] = fee_amount
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency_from = d.pop("currency_from")

        currency_to = d.pop("currency_to")

        amount = decimal_number(d.pop("amount"))

        estimated_amount = decimal_number(d.pop("estimated_amount"))

        rate = decimal_number(d.pop("rate"))

        _fee_percentage = d.pop("fee_percentage", UNSET)
        fee_percentage: Decimal | Unset
        if isinstance(_fee_percentage, Unset):
            fee_percentage = UNSET
        else:
            fee_percentage = decimal_number(_fee_percentage)

        _fee_amount = d.pop("fee_amount", UNSET)
        fee_amount: Decimal | Unset
        if isinstance(_fee_amount, Unset):
            fee_amount = UNSET
        else:
            fee_amount = decimal_number(_fee_amount)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _get_rate_response = cls(
            currency_from=currency_from,
            currency_to=currency_to,
            amount=amount,
            estimated_amount=estimated_amount,
            rate=rate,
            fee_percentage=fee_percentage,
            fee_amount=fee_amount,
            timestamp=timestamp,
        )

        _get_rate_response.additional_properties = d
        return _get_rate_response

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
