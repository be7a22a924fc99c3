from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateWalletRequest")


@_attrs_define
class CreateWalletRequest:
    """Wallet to open for a customer."""

    customer_id: str
    """ Customer id (`cus_...`). """
    asset: str
    """ Stablecoin symbol, e.g. `USDT`, `USDC` (see `GET /assets/networks`). """
    network: str
    """ Network symbol, e.g. `TRON`, `ETH` (see `GET /assets/networks`). """

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        asset = self.asset

        network = self.network

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customerId": customer_id,
                "asset": asset,
                "network": network,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        asset = d.pop("asset")

        network = d.pop("network")

        _create_wallet_request = cls(
            customer_id=customer_id,
            asset=asset,
            network=network,
        )

        return _create_wallet_request
