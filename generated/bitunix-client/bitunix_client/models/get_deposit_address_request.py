from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetDepositAddressRequest")


@_attrs_define
class GetDepositAddressRequest:
    """Coin and network of the deposit address."""

    coin: str
    """ Coin, as `name` in the QueryTokenData list. """
    network: str
    """ Network, as `network` in the coin's `networks`. """

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        network = self.network

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "coin": coin,
                "network": network,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coin = d.pop("coin")

        network = d.pop("network")

        _get_deposit_address_request = cls(
            coin=coin,
            network=network,
        )

        return _get_deposit_address_request
