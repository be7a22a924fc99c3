from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="XcurrencySettings")


@_attrs_define
class XcurrencySettings:
    quote_ttl_ms: int
    """ Lifetime of new quotes (default 300000). """
    token_ttl_ms: int
    """ Lifetime of new tokens (default 3600000, the documented hour). """

    def to_dict(self) -> dict[str, Any]:
        quote_ttl_ms = self.quote_ttl_ms

        token_ttl_ms = self.token_ttl_ms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "quote_ttl_ms": quote_ttl_ms,
                "token_ttl_ms": token_ttl_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quote_ttl_ms = d.pop("quote_ttl_ms")

        token_ttl_ms = d.pop("token_ttl_ms")

        _xcurrency_settings = cls(
            quote_ttl_ms=quote_ttl_ms,
            token_ttl_ms=token_ttl_ms,
        )

        return _xcurrency_settings
