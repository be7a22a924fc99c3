from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BitunixOrder")


@_attrs_define
class BitunixOrder:
    """A Bitunix order (`Order` of specs/bitunix.yaml)."""

    order_id: str
    """ Order id. """
    symbol: str
    """ Trading pair. """
    side: int
    """ 1 sell, 2 buy. """
    type_: int
    """ 1 limit, 2 market. """
    status: int
    """ 1 unfilled, 2 filled, 3 partially filled, 4 cancelled, 7 partially filled then cancelled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        symbol = self.symbol

        side = self.side

        type_ = self.type_

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "symbol": symbol,
                "side": side,
                "type": type_,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        symbol = d.pop("symbol")

        side = d.pop("side")

        type_ = d.pop("type")

        status = d.pop("status")

        _bitunix_order = cls(
            order_id=order_id,
            symbol=symbol,
            side=side,
            type_=type_,
            status=status,
        )

        _bitunix_order.additional_properties = d
        return _bitunix_order

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
