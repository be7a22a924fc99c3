from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BitunixPriceUpdate")


@_attrs_define
class BitunixPriceUpdate:
    price: str
    """ New last price (decimal string, at most the pair's price decimals). """

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "price": price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price = d.pop("price")

        _bitunix_price_update = cls(
            price=price,
        )

        return _bitunix_price_update
