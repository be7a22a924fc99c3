from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddWhitelistResult")


@_attrs_define
class AddWhitelistResult:
    """Created/edited whitelist entry."""

    whitelist_id: str
    """ Whitelist entry id. """
    approve_id: None | str | Unset = UNSET
    """ Approval request id, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        whitelist_id = self.whitelist_id

        approve_id: None | str | Unset
        if isinstance(self.approve_id, Unset):
            approve_id = UNSET
        else:
            approve_id = self.approve_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "whitelistId": whitelist_id,
            }
        )
        if approve_id is not UNSET:
            field_dict["approveId"] = approve_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        whitelist_id = d.pop("whitelistId")

        def _parse_approve_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approve_id = _parse_approve_id(d.pop("approveId", UNSET))

        _add_whitelist_result = cls(
            whitelist_id=whitelist_id,
            approve_id=approve_id,
        )

        _add_whitelist_result.additional_properties = d
        return _add_whitelist_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
