from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BitunixAccountsSpotItem")


@_attrs_define
class BitunixAccountsSpotItem:
    coin: str
    """ Coin. """
    balance: str
    """ Available. """
    balance_locked: str
    """ Locked by open withdrawals, transfers and orders. """

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        balance = self.balance

        balance_locked = self.balance_locked

        field_dict: dict[str, Any] = {}

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

        balance = d.pop("balance")

        balance_locked = d.pop("balanceLocked")

        _bitunix_accounts_spot_item = cls(
            coin=coin,
            balance=balance,
            balance_locked=balance_locked,
        )

        return _bitunix_accounts_spot_item
