from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.bitunix_record_advance_to import BitunixRecordAdvanceTo, check_bitunix_record_advance_to
from ..types import UNSET, Unset

T = TypeVar("T", bound="BitunixRecordAdvance")


@_attrs_define
class BitunixRecordAdvance:
    to: BitunixRecordAdvanceTo | Unset = UNSET
    """ Target step (default the next one); `approved` only for withdrawals; `verification` puts a withdrawal that
    is `pending` and not yet approved into the app's security check. """

    def to_dict(self) -> dict[str, Any]:
        to: str | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _to = d.pop("to", UNSET)
        to: BitunixRecordAdvanceTo | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = check_bitunix_record_advance_to(_to)

        _bitunix_record_advance = cls(
            to=to,
        )

        return _bitunix_record_advance
