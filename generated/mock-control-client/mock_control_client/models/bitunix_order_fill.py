from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BitunixOrderFill")


@_attrs_define
class BitunixOrderFill:
    volume: str | Unset = UNSET
    """ Base quantity to fill (default all that is left). """
    price: str | Unset = UNSET
    """ Fill price (default the limit price; never worse than it). """

    def to_dict(self) -> dict[str, Any]:
        volume = self.volume

        price = self.price

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if volume is not UNSET:
            field_dict["volume"] = volume
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        volume = d.pop("volume", UNSET)

        price = d.pop("price", UNSET)

        _bitunix_order_fill = cls(
            volume=volume,
            price=price,
        )

        return _bitunix_order_fill
