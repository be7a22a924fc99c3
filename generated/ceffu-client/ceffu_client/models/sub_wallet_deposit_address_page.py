from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sub_wallet_deposit_address import SubWalletDepositAddress


T = TypeVar("T", bound="SubWalletDepositAddressPage")


@_attrs_define
class SubWalletDepositAddressPage:
    """Page of sub-wallet deposit addresses."""

    data: list[SubWalletDepositAddress]
    """ Items of this page (ascending order, oldest first). """
    total_page: int
    """ Total number of pages. """
    page_no: int
    """ Current page number (1-based). """
    page_limit: int
    """ Page size used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
        from ..models.sub_wallet_deposit_address import SubWalletDepositAddress  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = SubWalletDepositAddress.from_dict(data_item_data)

            data.append(data_item)

        total_page = d.pop("totalPage")

        page_no = d.pop("pageNo")

        page_limit = d.pop("pageLimit")

        _sub_wallet_deposit_address_page = cls(
            data=data,
            total_page=total_page,
            page_no=page_no,
            page_limit=page_limit,
        )

        _sub_wallet_deposit_address_page.additional_properties = d
        return _sub_wallet_deposit_address_page

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
