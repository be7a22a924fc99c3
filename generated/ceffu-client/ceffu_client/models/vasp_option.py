from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VaspOption")


@_attrs_define
class VaspOption:
    """VASP option."""

    name: str
    """ VASP name (value for `provider`). """
    jurisdiction_required: bool | Unset = UNSET
    """ Whether `jurisdictionVaspCode` is required for this VASP. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        jurisdiction_required = self.jurisdiction_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if jurisdiction_required is not UNSET:
            field_dict["jurisdictionRequired"] = jurisdiction_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        jurisdiction_required = d.pop("jurisdictionRequired", UNSET)

        _vasp_option = cls(
            name=name,
            jurisdiction_required=jurisdiction_required,
        )

        _vasp_option.additional_properties = d
        return _vasp_option

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
