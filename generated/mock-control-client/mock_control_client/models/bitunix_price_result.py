from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="BitunixPriceResult")


@_attrs_define
class BitunixPriceResult:
    symbol: str
    """ Trading pair. """
    price: str
    """ The new last price. """
    filled: list[str]
    """ Ids of the orders the move filled. """

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        price = self.price

        filled = self.filled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "symbol": symbol,
                "price": price,
                "filled": filled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        price = d.pop("price")

        filled = cast(list[str], d.pop("filled"))

        _bitunix_price_result = cls(
            symbol=symbol,
            price=price,
            filled=filled,
        )

        return _bitunix_price_result
