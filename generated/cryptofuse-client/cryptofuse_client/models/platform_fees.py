from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.platform_fees_fees import PlatformFeesFees


T = TypeVar("T", bound="PlatformFees")


@_attrs_define
class PlatformFees:
    """Platform fee balances per currency code (decimal strings)."""

    fees: PlatformFeesFees
    """ Collected platform fees per currency code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fees = self.fees.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fees": fees,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_fees_fees import PlatformFeesFees  # noqa: PLC0415

        d = dict(src_dict)
        fees = PlatformFeesFees.from_dict(d.pop("fees"))

        _platform_fees = cls(
            fees=fees,
        )

        _platform_fees.additional_properties = d
        return _platform_fees

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
