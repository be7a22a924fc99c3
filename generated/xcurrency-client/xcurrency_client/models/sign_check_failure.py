from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignCheckFailure")


@_attrs_define
class SignCheckFailure:
    """Answer of `POST /payout/encrypt/check` when the signature does not verify: `status` `"10001"`."""

    status: Literal["10001"]
    """ `"10001"`: failed to verify the signature. """
    message: str | Unset = UNSET
    """ The error message, e.g. `Failed to verify the signature` (x-inferred wording). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast(Literal["10001"], d.pop("status"))
        if status != "10001":
            raise ValueError(f"status must match const '10001', got '{status}'")

        message = d.pop("message", UNSET)

        _sign_check_failure = cls(
            status=status,
            message=message,
        )

        _sign_check_failure.additional_properties = d
        return _sign_check_failure

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
