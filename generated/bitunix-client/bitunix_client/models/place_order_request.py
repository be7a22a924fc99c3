from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.order_side import OrderSide
from ..models.order_type import OrderType

T = TypeVar("T", bound="PlaceOrderRequest")


@_attrs_define
class PlaceOrderRequest:
    """One order."""

    side: OrderSide
    """ `1` Sell; `2` Buy. """
    type_: OrderType
    """ `1` Limit; `2` Market. """
    volume: Decimal
    """ Order volume, decimal string. Contradictory in the docs (contradiction 8): the single-order page says a
    limit
    order's volume is the **quote** quantity and a market order's the **base** quantity; the batch and
    WebSocket pages say limit = base quantity, market = quote amount. Precision errors give `10058`. """
    price: Decimal
    """ Limit price, decimal string. Documented as mandatory for both types; ignored for market orders (x-inferred).
    """
    symbol: str
    """ Trading pair, e.g. `BTCUSDT`. """

    def to_dict(self) -> dict[str, Any]:
        side = OrderSide(self.side).value

        type_ = OrderType(self.type_).value

        volume = decimal_text(self.volume, "volume")

        price = decimal_text(self.price, "price")

        symbol = self.symbol

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "side": side,
                "type": type_,
                "volume": volume,
                "price": price,
                "symbol": symbol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        side = OrderSide(d.pop("side"))

        type_ = OrderType(d.pop("type"))

        volume = decimal_string(d.pop("volume"))

        price = decimal_string(d.pop("price"))

        symbol = d.pop("symbol")

        _place_order_request = cls(
            side=side,
            type_=type_,
            volume=volume,
            price=price,
            symbol=symbol,
        )

        return _place_order_request
