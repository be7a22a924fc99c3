from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.transfer_status import TransferStatus, check_transfer_status
from ..models.transfer_type import TransferType, check_transfer_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Transfer")


@_attrs_define
class Transfer:
    """One internal transfer."""

    id: str
    """ Transfer id (the `transfer_id` of the 202 answer). """
    transfer_type: TransferType
    """ `to_sub` master -> wallet (transfer-to-user); `to_master` wallet -> master (withdraw-to-master). """
    currency: str
    """ Currency code. """
    amount: Decimal
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    status: TransferStatus
    """ `pending` accepted, not yet booked; `completed` booked; `failed` not booked (e.g. insufficient balance). """
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        transfer_type: str = self.transfer_type

        currency = self.currency

        amount = decimal_text(self.amount, "amount")

        status: str = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "transfer_type": transfer_type,
                "currency": currency,
                "amount": amount,
                "status": status,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        transfer_type = check_transfer_type(d.pop("transfer_type"))

        currency = d.pop("currency")

        amount = decimal_string(d.pop("amount"))

        status = check_transfer_status(d.pop("status"))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _transfer = cls(
            id=id,
            transfer_type=transfer_type,
            currency=currency,
            amount=amount,
            status=status,
            created_at=created_at,
        )

        _transfer.additional_properties = d
        return _transfer

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
