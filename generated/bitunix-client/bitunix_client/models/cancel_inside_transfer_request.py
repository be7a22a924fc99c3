from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CancelInsideTransferRequest")


@_attrs_define
class CancelInsideTransferRequest:
    """Internal transfer to cancel."""

    inside_transfer_id: str
    """ Internal transfer id returned by `createInsideTransfer`. """

    def to_dict(self) -> dict[str, Any]:
        inside_transfer_id = self.inside_transfer_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "insideTransferId": inside_transfer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inside_transfer_id = d.pop("insideTransferId")

        _cancel_inside_transfer_request = cls(
            inside_transfer_id=inside_transfer_id,
        )

        return _cancel_inside_transfer_request
