from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.secrets import secret_repr

T = TypeVar("T", bound="GetTokenRequest")


@_attrs_define
class GetTokenRequest:
    """App credentials."""

    app_key: str
    """ App Key issued by xCurrency. """
    secret_key: str = _attrs_field(repr=secret_repr)
    """ Secret Key issued by xCurrency. """

    def to_dict(self) -> dict[str, Any]:
        app_key = self.app_key

        secret_key = self.secret_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "appKey": app_key,
                "secretKey": secret_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_key = d.pop("appKey")

        secret_key = d.pop("secretKey")

        _get_token_request = cls(
            app_key=app_key,
            secret_key=secret_key,
        )

        return _get_token_request
