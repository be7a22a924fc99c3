from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="XcurrencySettingsUpdate")


@_attrs_define
class XcurrencySettingsUpdate:
    quote_ttl_ms: int | Unset = UNSET
    """ Lifetime of new quotes (ms). """
    token_ttl_ms: int | Unset = UNSET
    """ Lifetime of new tokens (ms). """

    def to_dict(self) -> dict[str, Any]:
        quote_ttl_ms = self.quote_ttl_ms

        token_ttl_ms = self.token_ttl_ms

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if quote_ttl_ms is not UNSET:
            field_dict["quote_ttl_ms"] = quote_ttl_ms
        if token_ttl_ms is not UNSET:
            field_dict["token_ttl_ms"] = token_ttl_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quote_ttl_ms = d.pop("quote_ttl_ms", UNSET)

        token_ttl_ms = d.pop("token_ttl_ms", UNSET)

        _xcurrency_settings_update = cls(
            quote_ttl_ms=quote_ttl_ms,
            token_ttl_ms=token_ttl_ms,
        )

        return _xcurrency_settings_update
