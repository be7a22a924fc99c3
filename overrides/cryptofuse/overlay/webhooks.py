"""Verify and parse a Cryptofuse webhook delivery.

Scheme (x-inferred in specs/cryptofuse.yaml): header `X-Cryptofuse-Signature` = lower-case hex
HMAC-SHA256 of the raw body, keyed with the webhook secret shown once by `POST /user/webhooks/`.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

from ._runtime.jsonutil import loads
from .pydantic_models import (
    WebhookEvent,
    WebhookEventDepositReceived,
    WebhookEventPaymentStatusUpdate,
    WebhookEventTransferStatusUpdate,
    WebhookEventWithdrawalStatusUpdate,
)

SIGNATURE_HEADER = "X-Cryptofuse-Signature"
AnyWebhookEvent = (
    WebhookEventPaymentStatusUpdate
    | WebhookEventDepositReceived
    | WebhookEventWithdrawalStatusUpdate
    | WebhookEventTransferStatusUpdate
)


class WebhookVerificationError(Exception):
    """The delivery is not authentic or not a documented event."""


def signature(secret: str, body: bytes) -> str:
    """The signature Cryptofuse puts in X-Cryptofuse-Signature for `body`."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify_webhook(body: bytes, headers: Mapping[str, str], secret: str) -> AnyWebhookEvent:
    """Check the HMAC (constant time) and return the typed event; raise WebhookVerificationError."""
    given = next((v for k, v in headers.items() if k.lower() == SIGNATURE_HEADER.lower()), None)
    if not given or not hmac.compare_digest(given.strip().lower(), signature(secret, body)):
        raise WebhookVerificationError("signature does not verify")
    try:
        return WebhookEvent.model_validate(loads(body)).root
    except ValueError as exc:
        raise WebhookVerificationError(f"not a documented Cryptofuse event: {exc}") from exc
