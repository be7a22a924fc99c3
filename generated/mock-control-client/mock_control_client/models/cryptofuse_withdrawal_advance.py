from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.cryptofuse_withdrawal_advance_to import (
    CryptofuseWithdrawalAdvanceTo,
    check_cryptofuse_withdrawal_advance_to,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CryptofuseWithdrawalAdvance")


@_attrs_define
class CryptofuseWithdrawalAdvance:
    to: CryptofuseWithdrawalAdvanceTo | Unset = UNSET
    """ Target status (default the next step). """
    error_message: str | Unset = UNSET
    """ Reason recorded for `rejected` / `failed` / `cancelled`. """

    def to_dict(self) -> dict[str, Any]:
        to: str | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to

        error_message = self.error_message

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _to = d.pop("to", UNSET)
        to: CryptofuseWithdrawalAdvanceTo | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = check_cryptofuse_withdrawal_advance_to(_to)

        error_message = d.pop("error_message", UNSET)

        _cryptofuse_withdrawal_advance = cls(
            to=to,
            error_message=error_message,
        )

        return _cryptofuse_withdrawal_advance
