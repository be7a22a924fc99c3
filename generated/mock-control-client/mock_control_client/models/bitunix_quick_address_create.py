from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BitunixQuickAddressCreate")


@_attrs_define
class BitunixQuickAddressCreate:
    coin: str
    """ Coin the address may receive. """
    network: str
    """ Bitunix network name. """
    address: str
    """ Destination address (must match the network's address pattern). """
    uid: int | Unset = UNSET
    """ Whose list (default the main test user). """
    memo: str | Unset = UNSET
    """ Tag/memo withdrawals to this entry must carry. """
    label: str | Unset = UNSET
    """ Free-text label. """

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        network = self.network

        address = self.address

        uid = self.uid

        memo = self.memo

        label = self.label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "coin": coin,
                "network": network,
                "address": address,
            }
        )
        if uid is not UNSET:
            field_dict["uid"] = uid
        if memo is not UNSET:
            field_dict["memo"] = memo
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coin = d.pop("coin")

        network = d.pop("network")

        address = d.pop("address")

        uid = d.pop("uid", UNSET)

        memo = d.pop("memo", UNSET)

        label = d.pop("label", UNSET)

        _bitunix_quick_address_create = cls(
            coin=coin,
            network=network,
            address=address,
            uid=uid,
            memo=memo,
            label=label,
        )

        return _bitunix_quick_address_create
