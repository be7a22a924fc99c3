from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubAccountBalance")


@_attrs_define
class SubAccountBalance:
    """One wallet's balance of a currency."""

    account_id: str
    """ Wallet id. """
    amount: Decimal
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    account_name: str | Unset = UNSET
    """ Wallet name. """
    pending_amount: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    available_balance: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        amount = decimal_text(self.amount, "amount")

        account_name = self.account_name

        pending_amount: str | Unset = UNSET
        if not isinstance(self.pending_amount, Unset):
            pending_amount = decimal_text(self.pending_amount, "pending_amount")

        available_balance: str | Unset = UNSET
        if not isinstance(self.available_balance, Unset):
            available_balance = decimal_text(self.available_balance, "available_balance")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "amount": amount,
            }
        )
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if pending_amount is not UNSET:
            field_dict["pending_amount"] = pending_amount
        if available_balance is not UNSET:
            field_dict["available_balance"] = available_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        amount = decimal_string(d.pop("amount"))

        account_name = d.pop("account_name", UNSET)

        _pending_amount = d.pop("pending_amount", UNSET)
        pending_amount: Decimal | Unset
        if isinstance(_pending_amount, Unset):
            pending_amount = UNSET
        else:
            pending_amount = decimal_string(_pending_amount)

        _available_balance = d.pop("available_balance", UNSET)
        available_balance: Decimal | Unset
        if isinstance(_available_balance, Unset):
            available_balance = UNSET
        else:
            available_balance = decimal_string(_available_balance)

        _sub_account_balance = cls(
            account_id=account_id,
            amount=amount,
            account_name=account_name,
            pending_amount=pending_amount,
            available_balance=available_balance,
        )

        _sub_account_balance.additional_properties = d
        return _sub_account_balance

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
