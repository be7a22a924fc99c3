from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
    """Balance of one coin (and network, for Qualified/Cosign wallets) in a wallet."""

    coin_symbol: str
    """ Coin symbol. """
    amount: Decimal
    """ Total amount. """
    available_amount: Decimal
    """ Available (unlocked) amount. """
    network: None | str | Unset = UNSET
    """ Network symbol; null for Prime Wallets (balances are network-agnostic). """
    total_amount_with_mirror: Decimal | None | Unset = UNSET
    """ Total amount including assets mirrored/delegated via MirrorX. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin_symbol = self.coin_symbol

        amount = decimal_text(self.amount, "amount")

        available_amount = decimal_text(self.available_amount, "availableAmount")

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        total_amount_with_mirror: None | str | Unset
        if isinstance(self.total_amount_with_mirror, Unset):
            total_amount_with_mirror = UNSET
        elif isinstance(self.total_amount_with_mirror, Decimal):
            total_amount_with_mirror = decimal_text(self.total_amount_with_mirror, "totalAmountWithMirror")
        else:
            total_amount_with_mirror = self.total_amount_with_mirror

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coinSymbol": coin_symbol,
                "amount": amount,
                "availableAmount": available_amount,
            }
        )
        if network is not UNSET:
            field_dict["network"] = network
        if total_amount_with_mirror is not UNSET:
            field_dict["totalAmountWithMirror"] = total_amount_with_mirror

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coin_symbol = d.pop("coinSymbol")

        amount = decimal_string(d.pop("amount"))

        available_amount = decimal_string(d.pop("availableAmount"))

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        def _parse_total_amount_with_mirror(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                total_amount_with_mirror_type_0 = decimal_string(data)

                return total_amount_with_mirror_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        total_amount_with_mirror = _parse_total_amount_with_mirror(d.pop("totalAmountWithMirror", UNSET))

        _asset = cls(
            coin_symbol=coin_symbol,
            amount=amount,
            available_amount=available_amount,
            network=network,
            total_amount_with_mirror=total_amount_with_mirror,
        )

        _asset.additional_properties = d
        return _asset

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
