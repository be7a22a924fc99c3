from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.delivery_state import DeliveryState, check_delivery_state

if TYPE_CHECKING:
    from ..models.delivery_attempt import DeliveryAttempt
    from ..models.delivery_payload import DeliveryPayload


T = TypeVar("T", bound="Delivery")


@_attrs_define
class Delivery:
    delivery_id: int
    """ Delivery id. """
    webhook_id: str
    """ Target webhook id. """
    url: str
    """ Target URL. """
    event: str
    """ Provider event type (Ceffu `1`-`4`). """
    state: DeliveryState
    """ Delivery state. """
    created_ms: int
    """ When the event was queued. """
    next_attempt_ms: int | None
    """ Next attempt time (null when delivered or failed). """
    attempts: list[DeliveryAttempt]
    """ Attempts so far. """
    payload: DeliveryPayload
    """ The signed body POSTed to the target. """

    def to_dict(self) -> dict[str, Any]:
        delivery_id = self.delivery_id

        webhook_id = self.webhook_id

        url = self.url

        event = self.event

        state: str = self.state

        created_ms = self.created_ms

        next_attempt_ms: int | None
        next_attempt_ms = self.next_attempt_ms

        attempts = []
        for attempts_item_data in self.attempts:
            attempts_item = attempts_item_data.to_dict()
            attempts.append(attempts_item)

        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delivery_id": delivery_id,
                "webhookId": webhook_id,
                "url": url,
                "event": event,
                "state": state,
                "created_ms": created_ms,
                "next_attempt_ms": next_attempt_ms,
                "attempts": attempts,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_attempt import DeliveryAttempt  # noqa: PLC0415
        from ..models.delivery_payload import DeliveryPayload  # noqa: PLC0415

        d = dict(src_dict)
        delivery_id = d.pop("delivery_id")

        webhook_id = d.pop("webhookId")

        url = d.pop("url")

        event = d.pop("event")

        state = check_delivery_state(d.pop("state"))

        created_ms = d.pop("created_ms")

        def _parse_next_attempt_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        next_attempt_ms = _parse_next_attempt_ms(d.pop("next_attempt_ms"))

        attempts = []
        _attempts = d.pop("attempts")
        for attempts_item_data in _attempts:
            attempts_item = DeliveryAttempt.from_dict(attempts_item_data)

            attempts.append(attempts_item)

        payload = DeliveryPayload.from_dict(d.pop("payload"))

        _delivery = cls(
            delivery_id=delivery_id,
            webhook_id=webhook_id,
            url=url,
            event=event,
            state=state,
            created_ms=created_ms,
            next_attempt_ms=next_attempt_ms,
            attempts=attempts,
            payload=payload,
        )

        return _delivery
