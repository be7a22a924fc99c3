from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeliveryAttempt")


@_attrs_define
class DeliveryAttempt:
    at_ms: int
    """ When the attempt finished. """
    status: int | None
    """ HTTP status answered by the target (null when the request failed). """
    error: None | str
    """ Transport error, if any. """

    def to_dict(self) -> dict[str, Any]:
        at_ms = self.at_ms

        status: int | None
        status = self.status

        error: None | str
        error = self.error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "at_ms": at_ms,
                "status": status,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at_ms = d.pop("at_ms")

        def _parse_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status = _parse_status(d.pop("status"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        _delivery_attempt = cls(
            at_ms=at_ms,
            status=status,
            error=error,
        )

        return _delivery_attempt
