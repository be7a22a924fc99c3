from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantListTenantsItem")


@_attrs_define
class TenantListTenantsItem:
    tenant: str
    created_ms: int
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tenant = self.tenant

        created_ms = self.created_ms

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tenant": tenant,
                "created_ms": created_ms,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant = d.pop("tenant")

        created_ms = d.pop("created_ms")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _tenant_list_tenants_item = cls(
            tenant=tenant,
            created_ms=created_ms,
            name=name,
        )

        return _tenant_list_tenants_item
