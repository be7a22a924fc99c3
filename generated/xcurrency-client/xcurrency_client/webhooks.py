"""Parse a `topup.status` delivery. xCurrency documents no webhook signature: confirm the status
with `GET /topup/orders/{orderId}` before acting, and deduplicate on (orderId, status)."""

from __future__ import annotations

from ._runtime.jsonutil import loads
from .pydantic_models import TopupStatusEvent

ACK = b'{"status":"1"}'  # the body to answer with HTTP 200


class WebhookParseError(Exception):
    """The delivery is not a documented `topup.status` event."""


def parse_webhook(body: bytes | str) -> TopupStatusEvent:
    """The typed event (amounts as Decimal, never float)."""
    try:
        return TopupStatusEvent.model_validate(loads(body))
    except ValueError as exc:
        raise WebhookParseError(str(exc)) from exc
