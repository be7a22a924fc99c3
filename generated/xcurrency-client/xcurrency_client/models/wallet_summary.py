from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WalletSummary")


@_attrs_define
class WalletSummary:
    """A wallet in a customer's wallet list (no `customerId`/`createdAt`)."""

    wallet_id: str
    """ Wallet id (`wal_...`). """
    asset: str
    """ Stablecoin symbol. """
    network: str
    """ Network symbol. """
    address: str
    """ On-chain address of the wallet. """
    status: str
    """ Wallet status. Only `ACTIVE` (usable) is documented; other values (e.g. a frozen wallet) may exist, so the
    field is an open string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_id = self.wallet_id

        asset = self.asset

        network = self.network

        address = self.address

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletId": wallet_id,
                "asset": asset,
                "network": network,
                "address": address,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id = d.pop("walletId")

        asset = d.pop("asset")

        network = d.pop("network")

        address = d.pop("address")

        status = d.pop("status")

        _wallet_summary = cls(
            wallet_id=wallet_id,
            asset=asset,
            network=network,
            address=address,
            status=status,
        )

        _wallet_summary.additional_properties = d
        return _wallet_summary

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
