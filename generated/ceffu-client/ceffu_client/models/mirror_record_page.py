from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mirror_record import MirrorRecord


T = TypeVar("T", bound="MirrorRecordPage")


@_attrs_define
class MirrorRecordPage:
    """Archive page (`PageResult`) of Mirror operation records."""

    total: int
    """ Total number of records. """
    data: list[MirrorRecord]
    """ Records of this page. """
    page_no: int
    """ Current page number (1-based). """
    page_size: int
    """ Page size used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        page_no = self.page_no

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "data": data,
                "pageNo": page_no,
                "pageSize": page_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mirror_record import MirrorRecord  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = MirrorRecord.from_dict(data_item_data)

            data.append(data_item)

        page_no = d.pop("pageNo")

        page_size = d.pop("pageSize")

        _mirror_record_page = cls(
            total=total,
            data=data,
            page_no=page_no,
            page_size=page_size,
        )

        _mirror_record_page.additional_properties = d
        return _mirror_record_page

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
