from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="OrderPage")


@_attrs_define
class OrderPage:
    """A page of orders."""

    total: int
    """ Total number of matching orders. """
    page_num: int
    """ Page number returned (1-based). """
    page_size: int
    """ Page size used. """
    data: list[Order]
    """ Orders of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page_num = self.page_num

        page_size = self.page_size

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "pageNum": page_num,
                "pageSize": page_size,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order import Order  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        page_num = d.pop("pageNum")

        page_size = d.pop("pageSize")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Order.from_dict(data_item_data)

            data.append(data_item)

        _order_page = cls(
            total=total,
            page_num=page_num,
            page_size=page_size,
            data=data,
        )

        _order_page.additional_properties = d
        return _order_page

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
