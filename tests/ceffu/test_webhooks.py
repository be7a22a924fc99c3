"""Webhook helper: verifies the RSA signature and freshness, returns the typed event."""

from __future__ import annotations

import base64
import json
from decimal import Decimal

import pytest
from ceffu_client.pydantic_models import WebhookEventWithdrawalSuccess
from ceffu_client.webhooks import WebhookVerificationError, signed_payload, verify_webhook
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

NOW = 1_714_129_420_857


def public_b64(key) -> str:
    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(der).decode()


def delivery(key, **overrides) -> dict:
    event = {
        "entityId": "367070228881951744",
        "webhookId": "1783350890655723522",
        "event": "3",
        "timestamp": NOW,
        "data": {
            "orderViewId": "24073681492141542077760001",
            "transferType": 20,
            "direction": 20,
            "coinSymbol": "BTC",
            "amount": "10.11000000",
            "feeSymbol": "BTC",
            "status": 40,
            "txTime": 1714129418000,
            "walletId": 370387791055810560,
        },
    }
    event.update(overrides)
    signature = key.sign(signed_payload(event), padding.PKCS1v15(), hashes.SHA256())
    return {**event, "sign": base64.b64encode(signature).decode()}


def test_valid_delivery_is_parsed_to_its_event_type(rsa_key):
    event = verify_webhook(json.dumps(delivery(rsa_key)), public_b64(rsa_key), now=NOW + 5_000)
    assert isinstance(event, WebhookEventWithdrawalSuccess)
    assert event.data.amount == Decimal("10.11000000") and event.data.walletId == 370387791055810560


def test_signature_ignores_key_order_and_encoded_blob(rsa_key):
    body = delivery(rsa_key)
    reordered = {"encoded": "opaque", **dict(reversed(list(body.items())))}
    assert verify_webhook(json.dumps(reordered), public_b64(rsa_key), now=NOW)


def test_tampered_amount_is_rejected(rsa_key):
    body = delivery(rsa_key)
    body["data"]["amount"] = "1000.11000000"
    with pytest.raises(WebhookVerificationError, match="signature"):
        verify_webhook(json.dumps(body), public_b64(rsa_key), now=NOW)


def test_wrong_key_is_rejected(rsa_key, other_rsa_key):
    with pytest.raises(WebhookVerificationError, match="signature"):
        verify_webhook(json.dumps(delivery(rsa_key)), public_b64(other_rsa_key), now=NOW)


def test_replay_outside_tolerance_is_rejected(rsa_key):
    body = json.dumps(delivery(rsa_key))
    with pytest.raises(WebhookVerificationError, match="tolerance"):
        verify_webhook(body, public_b64(rsa_key), now=NOW + 4 * 3600 * 1000)
    assert verify_webhook(body, public_b64(rsa_key), now=NOW + 4 * 3600 * 1000, tolerance_ms=None)


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"event": "1"}'])
def test_garbage_is_rejected(rsa_key, body):
    with pytest.raises(WebhookVerificationError):
        verify_webhook(body, public_b64(rsa_key), now=NOW)


def test_undocumented_event_is_rejected_even_if_signed(rsa_key):
    with pytest.raises(WebhookVerificationError, match="documented"):
        verify_webhook(json.dumps(delivery(rsa_key, event="9")), public_b64(rsa_key), now=NOW)
