from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text

T = TypeVar("T", bound="PlatformFeesFees")


@_attrs_define
class PlatformFeesFees:
    """Collected platform fees per currency code."""

    additional_properties: dict[str, Decimal] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = decimal_text(prop, "AdditionalProperty")

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _platform_fees_fees = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = decimal_string(prop_dict)

            additional_properties[prop_name] = additional_property

        _platform_fees_fees.additional_properties = additional_properties
        return _platform_fees_fees

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Decimal:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Decimal) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
