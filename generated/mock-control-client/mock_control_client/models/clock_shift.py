from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClockShift")


@_attrs_define
class ClockShift:
    shift_ms: int
    """ Milliseconds to add to the clock (negative moves it back). """

    def to_dict(self) -> dict[str, Any]:
        shift_ms = self.shift_ms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "shift_ms": shift_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shift_ms = d.pop("shift_ms")

        _clock_shift = cls(
            shift_ms=shift_ms,
        )

        return _clock_shift
