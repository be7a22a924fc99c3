from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.secrets import secret_repr
from ..models.o_auth_application_client_type import OAuthApplicationClientType, check_o_auth_application_client_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthApplication")


@_attrs_define
class OAuthApplication:
    """An OAuth application (confidential client, client-credentials grant)."""

    id: int
    """ Application id. """
    client_id: str
    """ OAuth client id. """
    name: str | Unset = UNSET
    """ Display name. """
    client_secret: str | Unset = _attrs_field(repr=secret_repr, default=UNSET)
    """ Client secret (one page lists it; another says secrets are never returned after creation). """
    client_type: OAuthApplicationClientType | Unset = UNSET
    """ `confidential` (server-side) or `public`. """
    authorization_grant_type: str | Unset = UNSET
    """ Grant type, normally `client-credentials`. """
    redirect_uris: list[str] | Unset = UNSET
    """ Redirect URIs (empty for client credentials). """
    created: datetime.datetime | Unset = UNSET
    """ Creation time. """
    updated: datetime.datetime | Unset = UNSET
    """ Last update time. """
    skip_authorization: bool | Unset = UNSET
    """ Whether the consent screen is skipped. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        name = self.name

        client_secret = self.client_secret

        client_type: str | Unset = UNSET
        if not isinstance(self.client_type, Unset):
            client_type = self.client_type

        authorization_grant_type = self.authorization_grant_type

        redirect_uris: list[str] | Unset = UNSET
        if not isinstance(self.redirect_uris, Unset):
            redirect_uris = self.redirect_uris

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        updated: str | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.isoformat()

        skip_authorization = self.skip_authorization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "client_id": client_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if client_type is not UNSET:
            field_dict["client_type"] = client_type
        if authorization_grant_type is not UNSET:
            field_dict["authorization_grant_type"] = authorization_grant_type
        if redirect_uris is not UNSET:
            field_dict["redirect_uris"] = redirect_uris
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if skip_authorization is not UNSET:
            field_dict["skip_authorization"] = skip_authorization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        client_id = d.pop("client_id")

        name = d.pop("name", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        _client_type = d.pop("client_type", UNSET)
        client_type: OAuthApplicationClientType | Unset
        if isinstance(_client_type, Unset):
            client_type = UNSET
        else:
            client_type = check_o_auth_application_client_type(_client_type)

        authorization_grant_type = d.pop("authorization_grant_type", UNSET)

        redirect_uris = cast(list[str], d.pop("redirect_uris", UNSET))

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _updated = d.pop("updated", UNSET)
        updated: datetime.datetime | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = datetime.datetime.fromisoformat(_updated)

        skip_authorization = d.pop("skip_authorization", UNSET)

        _o_auth_application = cls(
            id=id,
            client_id=client_id,
            name=name,
            client_secret=client_secret,
            client_type=client_type,
            authorization_grant_type=authorization_grant_type,
            redirect_uris=redirect_uris,
            created=created,
            updated=updated,
            skip_authorization=skip_authorization,
        )

        _o_auth_application.additional_properties = d
        return _o_auth_application

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
