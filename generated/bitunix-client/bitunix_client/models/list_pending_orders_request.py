from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ListPendingOrdersRequest")


@_attrs_define
class ListPendingOrdersRequest:
    """Pair whose open orders to list."""

    symbol: str
    """ Trading pair. """

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "symbol": symbol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        _list_pending_orders_request = cls(
            symbol=symbol,
        )

        return _list_pending_orders_request
