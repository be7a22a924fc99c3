from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.withdrawal_status import WithdrawalStatus, check_withdrawal_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.withdrawal import Withdrawal


T = TypeVar("T", bound="WebhookEventWithdrawalStatusUpdate")


@_attrs_define
class WebhookEventWithdrawalStatusUpdate:
    """Webhook for a withdrawal status change. Signature (x-inferred): as for `payment_status_update`."""

    event: Literal["withdrawal_status_update"]
    """ Event type. """
    data: Withdrawal
    """ A withdrawal (answer of create, detail, status; list entries). Decimal strings with 8 decimals; `fee` =
    `platform_fee` + `network_fee`; `amount` is sent to the address, `requested_amount` is what was asked. """
    withdrawal_id: str | Unset = UNSET
    """ Withdrawal id. """
    status: WithdrawalStatus | Unset = UNSET
    """ `pending` created, awaiting processing; `approved` approved for sending; `processing` being prepared;
    `submitted` broadcast; `confirmed` confirmed on chain; `completed` done; `rejected` refused (e.g. compliance,
    balance); `failed` failed on chain or in processing; `cancelled` cancelled. The current pages show `pending`,
    `completed`, `failed`, `rejected`; the full list is the List Withdrawals filter enumeration. """
    timestamp: datetime.datetime | Unset = UNSET
    """ Event time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        data = self.data.to_dict()

        withdrawal_id = self.withdrawal_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
            }
        )
        if withdrawal_id is not UNSET:
            field_dict["withdrawal_id"] = withdrawal_id
        if status is not UNSET:
            field_dict["status"] = status
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.withdrawal import Withdrawal  # noqa: PLC0415

        d = dict(src_dict)
        event = cast(Literal["withdrawal_status_update"], d.pop("event"))
        if event != "withdrawal_status_update":
            raise ValueError(f"event must match const 'withdrawal_status_update', got '{event}'")

        data = Withdrawal.from_dict(d.pop("data"))

        withdrawal_id = d.pop("withdrawal_id", UNSET)

        _status = d.pop("status", UNSET)
        status: WithdrawalStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_withdrawal_status(_status)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _webhook_event_withdrawal_status_update = cls(
            event=event,
            data=data,
            withdrawal_id=withdrawal_id,
            status=status,
            timestamp=timestamp,
        )

        _webhook_event_withdrawal_status_update.additional_properties = d
        return _webhook_event_withdrawal_status_update

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
