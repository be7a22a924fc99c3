from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.order_ref import OrderRef


T = TypeVar("T", bound="CancelOrdersRequest")


@_attrs_define
class CancelOrdersRequest:
    """Orders to cancel."""

    order_id_list: list[OrderRef]
    """ Orders to cancel (maximum not documented; 100 is a spec-side bound). """

    def to_dict(self) -> dict[str, Any]:
        order_id_list = []
        for order_id_list_item_data in self.order_id_list:
            order_id_list_item = order_id_list_item_data.to_dict()
            order_id_list.append(order_id_list_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orderIdList": order_id_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_ref import OrderRef  # noqa: PLC0415

        d = dict(src_dict)
        order_id_list = []
        _order_id_list = d.pop("orderIdList")
        for order_id_list_item_data in _order_id_list:
            order_id_list_item = OrderRef.from_dict(order_id_list_item_data)

            order_id_list.append(order_id_list_item)

        _cancel_orders_request = cls(
            order_id_list=order_id_list,
        )

        return _cancel_orders_request
