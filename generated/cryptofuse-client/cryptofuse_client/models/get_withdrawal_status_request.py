from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetWithdrawalStatusRequest")


@_attrs_define
class GetWithdrawalStatusRequest:
    """Withdrawal lookup."""

    withdrawal_id: UUID
    """ The withdrawal's `withdrawal_id`. """

    def to_dict(self) -> dict[str, Any]:
        withdrawal_id = str(self.withdrawal_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "withdrawal_id": withdrawal_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        withdrawal_id = UUID(d.pop("withdrawal_id"))

        _get_withdrawal_status_request = cls(
            withdrawal_id=withdrawal_id,
        )

        return _get_withdrawal_status_request
