from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number
from ..models.order_side import OrderSide
from ..models.order_type import OrderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlacedOrder")


@_attrs_define
class PlacedOrder:
    """Result of placing one order."""

    order_id: str
    """ Order id. """
    side: OrderSide | Unset = UNSET
    """ `1` Sell; `2` Buy. """
    type_: OrderType | Unset = UNSET
    """ `1` Limit; `2` Market. """
    volume: Decimal | Unset = UNSET
    """ Volume as placed. """
    price: Decimal | Unset = UNSET
    """ Price as placed. """
    symbol: str | Unset = UNSET
    """ Trading pair. """
    place_status: int | str | Unset = UNSET
    """ `"1"` = placed successfully; other values (not documented) = rejected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        side: int | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = OrderSide(self.side).value

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = OrderType(self.type_).value

        volume: Decimal | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = exact_number(self.volume, "volume")

        price: Decimal | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = exact_number(self.price, "price")

        symbol = self.symbol

        place_status: int | str | Unset
        if isinstance(self.place_status, Unset):
            place_status = UNSET
        else:
            place_status = self.place_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
            }
        )
        if side is not UNSET:
            field_dict["side"] = side
        if type_ is not UNSET:
            field_dict["type"] = type_
        if volume is not UNSET:
            field_dict["volume"] = volume
        if price is not UNSET:
            field_dict["price"] = price
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if place_status is not UNSET:
            field_dict["placeStatus"] = place_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        _side = d.pop("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = OrderSide(_side)

        _type_ = d.pop("type", UNSET)
        type_: OrderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OrderType(_type_)

        _volume = d.pop("volume", UNSET)
        volume: Decimal | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = decimal_number(_volume)

        _price = d.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = decimal_number(_price)

        symbol = d.pop("symbol", UNSET)

        def _parse_place_status(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        place_status = _parse_place_status(d.pop("placeStatus", UNSET))

        _placed_order = cls(
            order_id=order_id,
            side=side,
            type_=type_,
            volume=volume,
            price=price,
            symbol=symbol,
            place_status=place_status,
        )

        _placed_order.additional_properties = d
        return _placed_order

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
