from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Wallet")


@_attrs_define
class Wallet:
    """A stablecoin wallet (as `createWallet` returns it)."""

    wallet_id: str
    """ Wallet id (`wal_...`). """
    customer_id: str
    """ Owner customer id. """
    asset: str
    """ Stablecoin symbol, e.g. `USDT`. """
    network: str
    """ Network symbol, e.g. `TRON`. """
    address: str
    """ On-chain address of the wallet. """
    status: str
    """ Wallet status. Only `ACTIVE` (usable) is documented; other values (e.g. a frozen wallet) may exist, so the
    field is an open string. """
    created_at: datetime.datetime
    """ Creation time, ISO-8601 UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_id = self.wallet_id

        customer_id = self.customer_id

        asset = self.asset

        network = self.network

        address = self.address

        status = self.status

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletId": wallet_id,
                "customerId": customer_id,
                "asset": asset,
                "network": network,
                "address": address,
                "status": status,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id = d.pop("walletId")

        customer_id = d.pop("customerId")

        asset = d.pop("asset")

        network = d.pop("network")

        address = d.pop("address")

        status = d.pop("status")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        _wallet = cls(
            wallet_id=wallet_id,
            customer_id=customer_id,
            asset=asset,
            network=network,
            address=address,
            status=status,
            created_at=created_at,
        )

        _wallet.additional_properties = d
        return _wallet

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
