from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferAccepted")


@_attrs_define
class TransferAccepted:
    """Transfer accepted; the result comes to `callback_url`."""

    status: Literal["accepted"]
    """ Always `accepted`. """
    transfer_id: str
    """ Transfer id (as in the transfer history and the callback). """
    message: str | Unset = UNSET
    """ Human-readable message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        transfer_id = self.transfer_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "transfer_id": transfer_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast(Literal["accepted"], d.pop("status"))
        if status != "accepted":
            raise ValueError(f"status must match const 'accepted', got '{status}'")

        transfer_id = d.pop("transfer_id")

        message = d.pop("message", UNSET)

        _transfer_accepted = cls(
            status=status,
            transfer_id=transfer_id,
            message=message,
        )

        _transfer_accepted.additional_properties = d
        return _transfer_accepted

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
