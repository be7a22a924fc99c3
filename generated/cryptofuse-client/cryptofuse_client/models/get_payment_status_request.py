from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetPaymentStatusRequest")


@_attrs_define
class GetPaymentStatusRequest:
    """Payment lookup."""

    transaction_id: UUID
    """ The payment's `transaction_id`. """

    def to_dict(self) -> dict[str, Any]:
        transaction_id = str(self.transaction_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "transaction_id": transaction_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction_id = UUID(d.pop("transaction_id"))

        _get_payment_status_request = cls(
            transaction_id=transaction_id,
        )

        return _get_payment_status_request
