from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ListOrderDealsRequest")


@_attrs_define
class ListOrderDealsRequest:
    """Order whose fills to list."""

    order_id: str
    """ Order id. """
    symbol: str
    """ Trading pair. """

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        symbol = self.symbol

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orderId": order_id,
                "symbol": symbol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        symbol = d.pop("symbol")

        _list_order_deals_request = cls(
            order_id=order_id,
            symbol=symbol,
        )

        return _list_order_deals_request
