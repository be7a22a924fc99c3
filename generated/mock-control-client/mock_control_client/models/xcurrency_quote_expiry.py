from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="XcurrencyQuoteExpiry")


@_attrs_define
class XcurrencyQuoteExpiry:
    query_no: str
    """ The quote. """
    expires_ms: int
    """ When it expires (mock clock, ms). """

    def to_dict(self) -> dict[str, Any]:
        query_no = self.query_no

        expires_ms = self.expires_ms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "queryNo": query_no,
                "expires_ms": expires_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query_no = d.pop("queryNo")

        expires_ms = d.pop("expires_ms")

        _xcurrency_quote_expiry = cls(
            query_no=query_no,
            expires_ms=expires_ms,
        )

        return _xcurrency_quote_expiry
