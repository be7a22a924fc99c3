from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number

T = TypeVar("T", bound="DepthLevel")


@_attrs_define
class DepthLevel:
    """One price level of the order book."""

    price: Decimal
    """ Price (a string in the docs). """
    volume: Decimal
    """ Quantity at this price, in the base coin (a string in the docs). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = exact_number(self.price, "price")

        volume = exact_number(self.volume, "volume")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
                "volume": volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price = decimal_number(d.pop("price"))

        volume = decimal_number(d.pop("volume"))

        _depth_level = cls(
            price=price,
            volume=volume,
        )

        _depth_level.additional_properties = d
        return _depth_level

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
