from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_status import TransactionStatus
from ..models.transfer_type import TransferType

T = TypeVar("T", bound="WithdrawalResult")


@_attrs_define
class WithdrawalResult:
    """Accepted withdrawal order."""

    order_view_id: str
    """ Ceffu order id; use it with the withdrawal detail endpoint. """
    status: TransactionStatus
    """ Transaction status: `10` Pending, `20` Processing, `30` Send success, `40` Confirmed, `99` Failed. """
    transfer_type: TransferType
    """ Transfer type: `10` on-chain transfer, `20` internal (off-chain, Ceffu-to-Ceffu) transfer. Internal when
    `toWalletIdStr` was used or the address is a Ceffu address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_view_id = self.order_view_id

        status = TransactionStatus(self.status).value

        transfer_type = TransferType(self.transfer_type).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderViewId": order_view_id,
                "status": status,
                "transferType": transfer_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_view_id = d.pop("orderViewId")

        status = TransactionStatus(d.pop("status"))

        transfer_type = TransferType(d.pop("transferType"))

        _withdrawal_result = cls(
            order_view_id=order_view_id,
            status=status,
            transfer_type=transfer_type,
        )

        _withdrawal_result.additional_properties = d
        return _withdrawal_result

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
