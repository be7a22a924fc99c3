from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.cryptofuse_transfer_settle_status import (
    CryptofuseTransferSettleStatus,
    check_cryptofuse_transfer_settle_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CryptofuseTransferSettle")


@_attrs_define
class CryptofuseTransferSettle:
    status: CryptofuseTransferSettleStatus | Unset = UNSET
    """ Outcome (default `completed`). """
    error_message: str | Unset = UNSET
    """ Reason recorded for `failed`. """

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        error_message = self.error_message

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: CryptofuseTransferSettleStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_cryptofuse_transfer_settle_status(_status)

        error_message = d.pop("error_message", UNSET)

        _cryptofuse_transfer_settle = cls(
            status=status,
            error_message=error_message,
        )

        return _cryptofuse_transfer_settle
