from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BitunixAccountsFuturesItem")


@_attrs_define
class BitunixAccountsFuturesItem:
    coin: str
    """ Coin. """
    balance: str
    """ Balance. """

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        balance = self.balance

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "coin": coin,
                "balance": balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coin = d.pop("coin")

        balance = d.pop("balance")

        _bitunix_accounts_futures_item = cls(
            coin=coin,
            balance=balance,
        )

        return _bitunix_accounts_futures_item
