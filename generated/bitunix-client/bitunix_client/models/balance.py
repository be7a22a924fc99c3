from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number

T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """Spot balance of one coin."""

    coin: str
    """ Coin, e.g. `USDT`. """
    balance: Decimal
    """ Available balance (`number` in the docs). """
    balance_locked: Decimal
    """ Balance in use (locked by open orders and pending withdrawals). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        balance = exact_number(self.balance, "balance")

        balance_locked = exact_number(self.balance_locked, "balanceLocked")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "balance": balance,
                "balanceLocked": balance_locked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coin = d.pop("coin")

        balance = decimal_number(d.pop("balance"))

        balance_locked = decimal_number(d.pop("balanceLocked"))

        _balance = cls(
            coin=coin,
            balance=balance,
            balance_locked=balance_locked,
        )

        _balance.additional_properties = d
        return _balance

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
