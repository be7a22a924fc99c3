from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sub_wallet_transfer_direction import SubWalletTransferDirection
from ..models.transfer_status import TransferStatus

T = TypeVar("T", bound="SubWalletTransferResult")


@_attrs_define
class SubWalletTransferResult:
    """Accepted internal transfer."""

    order_view_id: str
    """ Ceffu order id. """
    status: TransferStatus
    """ Transfer status: `10` Pending, `20` Processing, `30` Send success, `99` Failed. """
    direction: SubWalletTransferDirection
    """ Internal transfer direction: `10` Prime -> sub-wallet, `20` sub-wallet -> Prime, `30` sub-wallet -> sub-
    wallet, `40` Prime -> Prime. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_view_id = self.order_view_id

        status = TransferStatus(self.status).value

        direction = SubWalletTransferDirection(self.direction).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderViewId": order_view_id,
                "status": status,
                "direction": direction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_view_id = d.pop("orderViewId")

        status = TransferStatus(d.pop("status"))

        direction = SubWalletTransferDirection(d.pop("direction"))

        _sub_wallet_transfer_result = cls(
            order_view_id=order_view_id,
            status=status,
            direction=direction,
        )

        _sub_wallet_transfer_result.additional_properties = d
        return _sub_wallet_transfer_result

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
