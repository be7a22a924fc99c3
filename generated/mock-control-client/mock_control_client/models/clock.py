from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Clock")


@_attrs_define
class Clock:
    now_ms: int
    """ Current mock time (ms). """
    offset_ms: int
    """ Total shift from real time (ms). """

    def to_dict(self) -> dict[str, Any]:
        now_ms = self.now_ms

        offset_ms = self.offset_ms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "now_ms": now_ms,
                "offset_ms": offset_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        now_ms = d.pop("now_ms")

        offset_ms = d.pop("offset_ms")

        _clock = cls(
            now_ms=now_ms,
            offset_ms=offset_ms,
        )

        return _clock
