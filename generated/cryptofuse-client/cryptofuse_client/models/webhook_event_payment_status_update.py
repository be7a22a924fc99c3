from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_status import PaymentStatus, check_payment_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_payment_data import WebhookPaymentData


T = TypeVar("T", bound="WebhookEventPaymentStatusUpdate")


@_attrs_define
class WebhookEventPaymentStatusUpdate:
    """Webhook `payment_status_update`. Signature (x-inferred): `X-Cryptofuse-Signature` = hex HMAC-SHA256(raw body,
    webhook secret).

    """

    event: Literal["payment_status_update"]
    """ Event type. """
    data: WebhookPaymentData
    """ Payment data of a `payment_status_update` (union of the current and the older generation's field names:
    `amount_usd`/`amount_crypto`/`currency`/`address` vs
    `price_amount`/`pay_amount`/`pay_currency`/`blockchain_address`). """
    transaction_id: str | Unset = UNSET
    """ Payment id (repeated at the top level by the current generation). """
    status: PaymentStatus | Unset = UNSET
    """ `waiting` created, awaiting funds; `confirming` funds seen, awaiting confirmations; `confirmed`
    confirmations reached (listed as a filter value by the current List Payments page); `sending` being
    credited/forwarded (same source); `completed` fully paid and credited; `partially_completed` partly paid and the
    window expired (the received amount is credited); `expired` nothing paid in time; `failed` failed. """
    timestamp: datetime.datetime | Unset = UNSET
    """ Event time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        data = self.data.to_dict()

        transaction_id = self.transaction_id

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
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if status is not UNSET:
            field_dict["status"] = status
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_payment_data import WebhookPaymentData  # noqa: PLC0415

        d = dict(src_dict)
        event = cast(Literal["payment_status_update"], d.pop("event"))
        if event != "payment_status_update":
            raise ValueError(f"event must match const 'payment_status_update', got '{event}'")

        data = WebhookPaymentData.from_dict(d.pop("data"))

        transaction_id = d.pop("transaction_id", UNSET)

        _status = d.pop("status", UNSET)
        status: PaymentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_payment_status(_status)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _webhook_event_payment_status_update = cls(
            event=event,
            data=data,
            transaction_id=transaction_id,
            status=status,
            timestamp=timestamp,
        )

        _webhook_event_payment_status_update.additional_properties = d
        return _webhook_event_payment_status_update

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
