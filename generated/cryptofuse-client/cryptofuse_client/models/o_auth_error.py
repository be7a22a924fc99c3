from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_error_error import OAuthErrorError, check_o_auth_error_error
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthError")


@_attrs_define
class OAuthError:
    """RFC 6749 section 5.2 error of the token endpoint (Django OAuth Toolkit)."""

    error: OAuthErrorError
    """ `invalid_request` malformed request; `invalid_client` client authentication failed (401); `invalid_grant`
    grant invalid; `unauthorized_client` client not allowed this grant; `unsupported_grant_type` grant_type is not
    `client_credentials`; `invalid_scope` unknown scope or scope not allowed. """
    error_description: str | Unset = UNSET
    """ Human-readable description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: str = self.error

        error_description = self.error_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if error_description is not UNSET:
            field_dict["error_description"] = error_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = check_o_auth_error_error(d.pop("error"))

        error_description = d.pop("error_description", UNSET)

        _o_auth_error = cls(
            error=error,
            error_description=error_description,
        )

        _o_auth_error.additional_properties = d
        return _o_auth_error

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
