"""Verify and parse a Ceffu webhook delivery.

Scheme (x-inferred in specs/ceffu.yaml: Ceffu does not publish it; community clients agree):
`sign` is base64 SHA256withRSA (PKCS#1 v1.5) by Ceffu's webhook key over the compact JSON of the
payload without `sign` and `encoded`, object keys sorted recursively.
"""

from __future__ import annotations

import base64
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from ._runtime.jsonutil import dumps, loads
from .pydantic_models import (
    WebhookEvent,
    WebhookEventDepositFailed,
    WebhookEventDepositSuccess,
    WebhookEventWithdrawalFailed,
    WebhookEventWithdrawalSuccess,
)
from .signing import now_ms

AnyWebhookEvent = (
    WebhookEventDepositSuccess
    | WebhookEventDepositFailed
    | WebhookEventWithdrawalSuccess
    | WebhookEventWithdrawalFailed
)
# Ceffu retries for 30+120+480+1920+7680 s after the event: accept deliveries up to 3 h old.
DEFAULT_TOLERANCE_MS = 3 * 3600 * 1000


class WebhookVerificationError(Exception):
    """The delivery is not authentic, not fresh, or not a documented event."""


def _sorted(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _sorted(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_sorted(item) for item in value]
    return value


def signed_payload(event: dict[str, Any]) -> bytes:
    """The bytes Ceffu signs: compact, key-sorted JSON without `sign` and `encoded`."""
    return dumps(_sorted({k: v for k, v in event.items() if k not in ("sign", "encoded")}))


def load_public_key(key: str | bytes | rsa.RSAPublicKey) -> rsa.RSAPublicKey:
    """An RSA public key from base64 X.509 SubjectPublicKeyInfo DER (PEM accepted)."""
    if isinstance(key, rsa.RSAPublicKey):
        return key
    raw = key.encode() if isinstance(key, str) else key
    loaded = (
        serialization.load_pem_public_key(raw)
        if raw.lstrip().startswith(b"-----BEGIN")
        else serialization.load_der_public_key(base64.b64decode(b"".join(raw.split())))
    )
    if not isinstance(loaded, rsa.RSAPublicKey):
        raise ValueError("Ceffu webhook keys are RSA keys")
    return loaded


def verify_webhook(
    body: bytes | str,
    public_key: str | bytes | rsa.RSAPublicKey,
    *,
    tolerance_ms: int | None = DEFAULT_TOLERANCE_MS,
    now: int | None = None,
) -> AnyWebhookEvent:
    """Check the signature (and freshness) of a delivery and return the typed event.

    Raises WebhookVerificationError on a bad signature, a stale or future timestamp outside
    `tolerance_ms` (None disables the check), or a body that is not a documented event.
    Deliveries may repeat: deduplicate on `event.data.orderViewId`.
    """
    try:
        event = loads(body)
    except ValueError as exc:
        raise WebhookVerificationError("body is not JSON") from exc
    if not isinstance(event, dict) or not isinstance(event.get("sign"), str):
        raise WebhookVerificationError("no signature in the delivery")
    try:
        load_public_key(public_key).verify(
            base64.b64decode(event["sign"], validate=True), signed_payload(event), padding.PKCS1v15(), hashes.SHA256()
        )
    except Exception as exc:
        raise WebhookVerificationError("signature does not verify") from exc
    timestamp = event.get("timestamp")
    if tolerance_ms is not None:
        current = now if now is not None else now_ms()
        if not isinstance(timestamp, int) or abs(current - timestamp) > tolerance_ms:
            raise WebhookVerificationError("delivery timestamp is outside the tolerance window")
    try:
        return WebhookEvent.model_validate(event).root
    except ValueError as exc:
        raise WebhookVerificationError(f"not a documented Ceffu event: {exc}") from exc
