from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="BitunixQuickAddress")


@_attrs_define
class BitunixQuickAddress:
    address_id: str
    """ Entry id. """
    uid: int
    """ Owner. """
    coin: str
    """ Coin. """
    network: str
    """ Network. """
    address: str
    """ Address. """
    memo: None | str
    """ Required tag/memo, if any. """
    label: None | str
    """ Label. """

    def to_dict(self) -> dict[str, Any]:
        address_id = self.address_id

        uid = self.uid

        coin = self.coin

        network = self.network

        address = self.address

        memo: None | str
        memo = self.memo

        label: None | str
        label = self.label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "addressId": address_id,
                "uid": uid,
                "coin": coin,
                "network": network,
                "address": address,
                "memo": memo,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address_id = d.pop("addressId")

        uid = d.pop("uid")

        coin = d.pop("coin")

        network = d.pop("network")

        address = d.pop("address")

        def _parse_memo(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        memo = _parse_memo(d.pop("memo"))

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        _bitunix_quick_address = cls(
            address_id=address_id,
            uid=uid,
            coin=coin,
            network=network,
            address=address,
            memo=memo,
            label=label,
        )

        return _bitunix_quick_address
