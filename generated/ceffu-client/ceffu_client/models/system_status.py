from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.system_state import SystemState

T = TypeVar("T", bound="SystemStatus")


@_attrs_define
class SystemStatus:
    """Availability of a business line for a wallet type."""

    status: SystemState
    """ System status: `0` normal, `1` system maintenance. """
    message: str
    """ Status text, e.g. `Normal` or `System Maintenance`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = SystemState(self.status).value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = SystemState(d.pop("status"))

        message = d.pop("message")

        _system_status = cls(
            status=status,
            message=message,
        )

        _system_status.additional_properties = d
        return _system_status

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
