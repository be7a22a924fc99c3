from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateOAuthApplicationRequest")


@_attrs_define
class CreateOAuthApplicationRequest:
    """New OAuth application."""

    name: str
    """ Descriptive name. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _create_o_auth_application_request = cls(
            name=name,
        )

        return _create_o_auth_application_request
