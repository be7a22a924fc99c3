from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResetResult")


@_attrs_define
class ResetResult:
    reset: bool
    """ Always true. """

    def to_dict(self) -> dict[str, Any]:
        reset = self.reset

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reset": reset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reset = d.pop("reset")

        _reset_result = cls(
            reset=reset,
        )

        return _reset_result
