from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bitunix_withdraw_transfer_status import (
    BitunixWithdrawTransferStatus,
    check_bitunix_withdraw_transfer_status,
)

T = TypeVar("T", bound="BitunixWithdrawTransfer")


@_attrs_define
class BitunixWithdrawTransfer:
    """A Bitunix withdrawal/transfer record (`WithdrawTransferRecord` of specs/bitunix.yaml) plus `uid` and `approved`."""

    id: str
    """ Withdrawal or inside transfer id. """
    coin: str
    """ Coin. """
    type_: str
    """ `withdraw` or `inside_transfer_out`. """
    amount: str
    """ What the receiver gets (decimal string). """
    fee: str
    """ Fee (decimal string). """
    status: BitunixWithdrawTransferStatus
    """ Record status. """
    ctime: int
    """ Creation time (ms). """
    uid: int
    """ The sender. """
    approved: bool
    """ Past review (no longer cancellable). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        coin = self.coin

        type_ = self.type_

        amount = self.amount

        fee = self.fee

        status: str = self.status

        ctime = self.ctime

        uid = self.uid

        approved = self.approved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "coin": coin,
                "type": type_,
                "amount": amount,
                "fee": fee,
                "status": status,
                "ctime": ctime,
                "uid": uid,
                "approved": approved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        coin = d.pop("coin")

        type_ = d.pop("type")

        amount = d.pop("amount")

        fee = d.pop("fee")

        status = check_bitunix_withdraw_transfer_status(d.pop("status"))

        ctime = d.pop("ctime")

        uid = d.pop("uid")

        approved = d.pop("approved")

        _bitunix_withdraw_transfer = cls(
            id=id,
            coin=coin,
            type_=type_,
            amount=amount,
            fee=fee,
            status=status,
            ctime=ctime,
            uid=uid,
            approved=approved,
        )

        _bitunix_withdraw_transfer.additional_properties = d
        return _bitunix_withdraw_transfer

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
