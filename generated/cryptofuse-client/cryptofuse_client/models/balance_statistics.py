from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceStatistics")


@_attrs_define
class BalanceStatistics:
    """Counters (another doc page shows `total_deposits`/`total_withdrawals` here)."""

    currencies_count: int | Unset = UNSET
    """ Currencies with a balance. """
    subaccounts_count: int | Unset = UNSET
    """ Number of wallets. """
    total_deposits: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    total_withdrawals: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currencies_count = self.currencies_count

        subaccounts_count = self.subaccounts_count

        total_deposits: str | Unset = UNSET
        if not isinstance(self.total_deposits, Unset):
            total_deposits = decimal_text(self.total_deposits, "total_deposits")

        total_withdrawals: str | Unset = UNSET
        if not isinstance(self.total_withdrawals, Unset):
            total_withdrawals = decimal_text(self.total_withdrawals, "total_withdrawals")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currencies_count is not UNSET:
            field_dict["currencies_count"] = currencies_count
        if subaccounts_count is not UNSET:
            field_dict["subaccounts_count"] = subaccounts_count
        if total_deposits is not UNSET:
            field_dict["total_deposits"] = total_deposits
        if total_withdrawals is not UNSET:
            field_dict["total_withdrawals"] = total_withdrawals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currencies_count = d.pop("currencies_count", UNSET)

        subaccounts_count = d.pop("subaccounts_count", UNSET)

        _total_deposits = d.pop("total_deposits", UNSET)
        total_deposits: Decimal | Unset
        if isinstance(_total_deposits, Unset):
            total_deposits = UNSET
        else:
            total_deposits = decimal_string(_total_deposits)

        _total_withdrawals = d.pop("total_withdrawals", UNSET)
        total_withdrawals: Decimal | Unset
        if isinstance(_total_withdrawals, Unset):
            total_withdrawals = UNSET
        else:
            total_withdrawals = decimal_string(_total_withdrawals)

        _balance_statistics = cls(
            currencies_count=currencies_count,
            subaccounts_count=subaccounts_count,
            total_deposits=total_deposits,
            total_withdrawals=total_withdrawals,
        )

        _balance_statistics.additional_properties = d
        return _balance_statistics

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
