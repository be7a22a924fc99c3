from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WalletIdPage")


@_attrs_define
class WalletIdPage:
    """Page of int64 wallet ids (archive v1 sub-wallet list)."""

    data: list[int]
    """ Sub-wallet ids. """
    total_page: int
    """ Total number of pages. """
    page_no: int
    """ Current page number (1-based). """
    page_limit: int
    """ Page size used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        total_page = self.total_page

        page_no = self.page_no

        page_limit = self.page_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "totalPage": total_page,
                "pageNo": page_no,
                "pageLimit": page_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = cast(list[int], d.pop("data"))

        total_page = d.pop("totalPage")

        page_no = d.pop("pageNo")

        page_limit = d.pop("pageLimit")

        _wallet_id_page = cls(
            data=data,
            total_page=total_page,
            page_no=page_no,
            page_limit=page_limit,
        )

        _wallet_id_page.additional_properties = d
        return _wallet_id_page

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
