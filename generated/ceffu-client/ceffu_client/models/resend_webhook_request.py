from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.resend_webhook_request_event_type import (
    ResendWebhookRequestEventType,
    check_resend_webhook_request_event_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResendWebhookRequest")


@_attrs_define
class ResendWebhookRequest:
    """Resend failed webhook notifications."""

    webhook_id: str
    """ Webhook id. """
    event_type: ResendWebhookRequestEventType
    """ Event type (string): `"1"` Deposit success, `"2"` Deposit failed, `"3"` Withdrawal success, `"4"` Withdrawal
    failed. """
    resend_from_date_time: int
    """ Resend failed notifications since this time (ms since epoch; at most 180 days ago per the SDK validator).
    """
    timestamp: int | Unset = UNSET
    """ Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because
    the client's signer stamps it on every request; the server's authentication layer rejects a request without it
    with `G20006` (and a stale one with `G20007`). """

    def to_dict(self) -> dict[str, Any]:
        webhook_id = self.webhook_id

        event_type: str = self.event_type

        resend_from_date_time = self.resend_from_date_time

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "webhookId": webhook_id,
                "eventType": event_type,
                "resendFromDateTime": resend_from_date_time,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_id = d.pop("webhookId")

        event_type = check_resend_webhook_request_event_type(d.pop("eventType"))

        resend_from_date_time = d.pop("resendFromDateTime")

        timestamp = d.pop("timestamp", UNSET)

        _resend_webhook_request = cls(
            webhook_id=webhook_id,
            event_type=event_type,
            resend_from_date_time=resend_from_date_time,
            timestamp=timestamp,
        )

        return _resend_webhook_request
