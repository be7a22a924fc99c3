from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text

T = TypeVar("T", bound="AssetNetwork")


@_attrs_define
class AssetNetwork:
    """A supported asset/network pair."""

    asset: str
    """ Stablecoin symbol (e.g. `USDT`). """
    network: str
    """ Network symbol (e.g. `TRON`). """
    min_topup_fiat: Decimal
    """ A decimal amount as a string; parse it as a Decimal. """
    settlement_sla_mins: int
    """ Settlement SLA in minutes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        network = self.network

        min_topup_fiat = decimal_text(self.min_topup_fiat, "minTopupFiat")

        settlement_sla_mins = self.settlement_sla_mins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "network": network,
                "minTopupFiat": min_topup_fiat,
                "settlementSlaMins": settlement_sla_mins,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset")

        network = d.pop("network")

        min_topup_fiat = decimal_string(d.pop("minTopupFiat"))

        settlement_sla_mins = d.pop("settlementSlaMins")

        _asset_network = cls(
            asset=asset,
            network=network,
            min_topup_fiat=min_topup_fiat,
            settlement_sla_mins=settlement_sla_mins,
        )

        _asset_network.additional_properties = d
        return _asset_network

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
