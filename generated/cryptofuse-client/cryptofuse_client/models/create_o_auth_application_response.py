from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.secrets import secret_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOAuthApplicationResponse")


@_attrs_define
class CreateOAuthApplicationResponse:
    """The new application's credentials (store the secret)."""

    id: int
    """ Application id. """
    client_id: str
    """ OAuth client id. """
    client_secret: str = _attrs_field(repr=secret_repr)
    """ OAuth client secret. """
    name: str | Unset = UNSET
    """ Display name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        client_secret = self.client_secret

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "client_id": client_id,
                "client_secret": client_secret,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        name = d.pop("name", UNSET)

        _create_o_auth_application_response = cls(
            id=id,
            client_id=client_id,
            client_secret=client_secret,
            name=name,
        )

        _create_o_auth_application_response.additional_properties = d
        return _create_o_auth_application_response

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
