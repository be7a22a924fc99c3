from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.place_order_request import PlaceOrderRequest


T = TypeVar("T", bound="PlaceOrderBatchRequest")


@_attrs_define
class PlaceOrderBatchRequest:
    """Orders to place in one call."""

    order_list: list[PlaceOrderRequest]
    """ Orders (the maximum per batch is not documented; 100 is a spec-side bound). """

    def to_dict(self) -> dict[str, Any]:
        order_list = []
        for order_list_item_data in self.order_list:
            order_list_item = order_list_item_data.to_dict()
            order_list.append(order_list_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orderList": order_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.place_order_request import PlaceOrderRequest  # noqa: PLC0415

        d = dict(src_dict)
        order_list = []
        _order_list = d.pop("orderList")
        for order_list_item_data in _order_list:
            order_list_item = PlaceOrderRequest.from_dict(order_list_item_data)

            order_list.append(order_list_item)

        _place_order_batch_request = cls(
            order_list=order_list,
        )

        return _place_order_batch_request
