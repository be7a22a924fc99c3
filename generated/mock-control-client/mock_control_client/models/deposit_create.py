from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepositCreate")


@_attrs_define
class DepositCreate:
    address: str
    """ A deposit address handed out by the provider API. """
    coin_symbol: str
    """ Coin symbol. """
    network: str
    """ Network symbol. """
    amount: str
    """ Amount (decimal string). """
    memo: str | Unset = UNSET
    """ Memo / destination tag on memo networks (XRP). """
    fail: bool | Unset = UNSET
    """ Record a failed deposit (status 99, no credit). """

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        coin_symbol = self.coin_symbol

        network = self.network

        amount = self.amount

        memo = self.memo

        fail = self.fail

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address": address,
                "coinSymbol": coin_symbol,
                "network": network,
                "amount": amount,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo
        if fail is not UNSET:
            field_dict["fail"] = fail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        coin_symbol = d.pop("coinSymbol")

        network = d.pop("network")

        amount = d.pop("amount")

        memo = d.pop("memo", UNSET)

        fail = d.pop("fail", UNSET)

        _deposit_create = cls(
            address=address,
            coin_symbol=coin_symbol,
            network=network,
            amount=amount,
            memo=memo,
            fail=fail,
        )

        return _deposit_create
