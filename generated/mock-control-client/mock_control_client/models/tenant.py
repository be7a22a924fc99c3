from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credentials import Credentials


T = TypeVar("T", bound="Tenant")


@_attrs_define
class Tenant:
    tenant: str
    """ The tenant id (the X-Mock-Tenant header value for control calls). """
    credentials: Credentials
    """ Test credentials; the other keys depend on the provider (Ceffu: api_key, private_key, readonly_api_key,
    readonly_private_key, other_tenant_api_key, other_tenant_private_key, webhook_public_key). """
    env: list[str]
    """ `export NAME=value` lines for the provider's generated client. """
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tenant = self.tenant

        credentials = self.credentials.to_dict()

        env = self.env

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tenant": tenant,
                "credentials": credentials,
                "env": env,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credentials import Credentials  # noqa: PLC0415

        d = dict(src_dict)
        tenant = d.pop("tenant")

        credentials = Credentials.from_dict(d.pop("credentials"))

        env = cast(list[str], d.pop("env"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _tenant = cls(
            tenant=tenant,
            credentials=credentials,
            env=env,
            name=name,
        )

        return _tenant
