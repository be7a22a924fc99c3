from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sub_account_balance import SubAccountBalance


T = TypeVar("T", bound="SubAccountsCurrencyBalance")


@_attrs_define
class SubAccountsCurrencyBalance:
    """All wallets' balances of one currency."""

    total_amount: Decimal
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    accounts: list[SubAccountBalance]
    """ Per wallet. """
    total_pending: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount = decimal_text(self.total_amount, "total_amount")

        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        total_pending: str | Unset = UNSET
        if not isinstance(self.total_pending, Unset):
            total_pending = decimal_text(self.total_pending, "total_pending")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_amount": total_amount,
                "accounts": accounts,
            }
        )
        if total_pending is not UNSET:
            field_dict["total_pending"] = total_pending

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_account_balance import SubAccountBalance  # noqa: PLC0415

        d = dict(src_dict)
        total_amount = decimal_string(d.pop("total_amount"))

        accounts = []
        _accounts = d.pop("accounts")
        for accounts_item_data in _accounts:
            accounts_item = SubAccountBalance.from_dict(accounts_item_data)

            accounts.append(accounts_item)

        _total_pending = d.pop("total_pending", UNSET)
        total_pending: Decimal | Unset
        if isinstance(_total_pending, Unset):
            total_pending = UNSET
        else:
            total_pending = decimal_string(_total_pending)

        _sub_accounts_currency_balance = cls(
            total_amount=total_amount,
            accounts=accounts,
            total_pending=total_pending,
        )

        _sub_accounts_currency_balance.additional_properties = d
        return _sub_accounts_currency_balance

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
