from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mirror_x_order_status import MirrorXOrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MirrorXOrderResult")


@_attrs_define
class MirrorXOrderResult:
    """Accepted MirrorX order."""

    order_view_id: str
    """ Ceffu order id. """
    status: MirrorXOrderStatus
    """ MirrorX order status: `10` Pending, `20` In progress, `30` Success, `99` Failed. """
    request_id: None | str | Unset = UNSET
    """ Echo of the client `requestId`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_view_id = self.order_view_id

        status = MirrorXOrderStatus(self.status).value

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderViewId": order_view_id,
                "status": status,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_view_id = d.pop("orderViewId")

        status = MirrorXOrderStatus(d.pop("status"))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("requestId", UNSET))

        _mirror_x_order_result = cls(
            order_view_id=order_view_id,
            status=status,
            request_id=request_id,
        )

        _mirror_x_order_result.additional_properties = d
        return _mirror_x_order_result

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
