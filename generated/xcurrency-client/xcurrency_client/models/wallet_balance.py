from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text

T = TypeVar("T", bound="WalletBalance")


@_attrs_define
class WalletBalance:
    """Balance of a wallet."""

    wallet_id: str
    """ Wallet id. """
    asset: str
    """ Stablecoin symbol. """
    network: str
    """ Network symbol. """
    available: Decimal
    """ A decimal amount as a string; parse it as a Decimal. """
    pending: Decimal
    """ A decimal amount as a string; parse it as a Decimal. """
    updated_at: datetime.datetime
    """ Time of the last change, ISO-8601 UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_id = self.wallet_id

        asset = self.asset

        network = self.network

        available = decimal_text(self.available, "available")

        pending = decimal_text(self.pending, "pending")

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletId": wallet_id,
                "asset": asset,
                "network": network,
                "available": available,
                "pending": pending,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id = d.pop("walletId")

        asset = d.pop("asset")

        network = d.pop("network")

        available = decimal_string(d.pop("available"))

        pending = decimal_string(d.pop("pending"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _wallet_balance = cls(
            wallet_id=wallet_id,
            asset=asset,
            network=network,
            available=available,
            pending=pending,
            updated_at=updated_at,
        )

        _wallet_balance.additional_properties = d
        return _wallet_balance

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
