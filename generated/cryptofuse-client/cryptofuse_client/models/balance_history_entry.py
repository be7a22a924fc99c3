from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceHistoryEntry")


@_attrs_define
class BalanceHistoryEntry:
    """One balance movement."""

    timestamp: datetime.datetime
    """ When it happened. """
    currency: str
    """ Currency code. """
    type_: str
    """ Movement type, e.g. `deposit`, `withdrawal`, `transfer`, `fee`. """
    amount: Decimal
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    balance_after: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        currency = self.currency

        type_ = self.type_

        amount = decimal_text(self.amount, "amount")

        balance_after: str | Unset = UNSET
        if not isinstance(self.balance_after, Unset):
            balance_after = decimal_text(self.balance_after, "balance_after")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "currency": currency,
                "type": type_,
                "amount": amount,
            }
        )
        if balance_after is not UNSET:
            field_dict["balance_after"] = balance_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        currency = d.pop("currency")

        type_ = d.pop("type")

        amount = decimal_string(d.pop("amount"))

        _balance_after = d.pop("balance_after", UNSET)
        balance_after: Decimal | Unset
        if isinstance(_balance_after, Unset):
            balance_after = UNSET
        else:
            balance_after = decimal_string(_balance_after)

        _balance_history_entry = cls(
            timestamp=timestamp,
            currency=currency,
            type_=type_,
            amount=amount,
            balance_after=balance_after,
        )

        _balance_history_entry.additional_properties = d
        return _balance_history_entry

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
