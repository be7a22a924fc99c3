from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.tenant_list_tenants_item import TenantListTenantsItem


T = TypeVar("T", bound="TenantList")


@_attrs_define
class TenantList:
    tenants: list[TenantListTenantsItem]

    def to_dict(self) -> dict[str, Any]:
        tenants = []
        for tenants_item_data in self.tenants:
            tenants_item = tenants_item_data.to_dict()
            tenants.append(tenants_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tenants": tenants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tenant_list_tenants_item import TenantListTenantsItem  # noqa: PLC0415

        d = dict(src_dict)
        tenants = []
        _tenants = d.pop("tenants")
        for tenants_item_data in _tenants:
            tenants_item = TenantListTenantsItem.from_dict(tenants_item_data)

            tenants.append(tenants_item)

        _tenant_list = cls(
            tenants=tenants,
        )

        return _tenant_list
