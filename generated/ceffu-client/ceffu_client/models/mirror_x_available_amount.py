from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text

T = TypeVar("T", bound="MirrorXAvailableAmount")


@_attrs_define
class MirrorXAvailableAmount:
    """Maximum amount available for a MirrorX order."""

    coin_symbol: str
    """ Coin symbol. """
    max_available_amount: Decimal
    """ Maximum amount that can be delegated/undelegated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin_symbol = self.coin_symbol

        max_available_amount = decimal_text(self.max_available_amount, "maxAvailableAmount")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coinSymbol": coin_symbol,
                "maxAvailableAmount": max_available_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coin_symbol = d.pop("coinSymbol")

        max_available_amount = decimal_string(d.pop("maxAvailableAmount"))

        _mirror_x_available_amount = cls(
            coin_symbol=coin_symbol,
            max_available_amount=max_available_amount,
        )

        _mirror_x_available_amount.additional_properties = d
        return _mirror_x_available_amount

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
