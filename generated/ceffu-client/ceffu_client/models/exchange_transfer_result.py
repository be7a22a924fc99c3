from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_transfer_direction import ExchangeTransferDirection
from ..models.transfer_status import TransferStatus

T = TypeVar("T", bound="ExchangeTransferResult")


@_attrs_define
class ExchangeTransferResult:
    """Accepted transfer with exchange."""

    order_view_id: str
    """ Ceffu order id. """
    status: TransferStatus
    """ Transfer status: `10` Pending, `20` Processing, `30` Send success, `99` Failed. """
    direction: ExchangeTransferDirection
    """ Exchange transfer direction: `10` custody -> exchange, `20` exchange -> custody (only `10` is supported for
    new transfers). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_view_id = self.order_view_id

        status = TransferStatus(self.status).value

        direction = ExchangeTransferDirection(self.direction).value

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

        direction = ExchangeTransferDirection(d.pop("direction"))

        _exchange_transfer_result = cls(
            order_view_id=order_view_id,
            status=status,
            direction=direction,
        )

        _exchange_transfer_result.additional_properties = d
        return _exchange_transfer_result

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
