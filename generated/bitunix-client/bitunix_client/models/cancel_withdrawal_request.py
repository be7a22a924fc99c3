from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CancelWithdrawalRequest")


@_attrs_define
class CancelWithdrawalRequest:
    """Withdrawal to cancel."""

    withdraw_id: str
    """ Withdrawal id returned by `createWithdrawal`. """

    def to_dict(self) -> dict[str, Any]:
        withdraw_id = self.withdraw_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "withdrawId": withdraw_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        withdraw_id = d.pop("withdrawId")

        _cancel_withdrawal_request = cls(
            withdraw_id=withdraw_id,
        )

        return _cancel_withdrawal_request
