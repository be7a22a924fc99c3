"""Webhook helpers reject what is not authentic or not fresh, on real deliveries from the mocks.

Ceffu (`ceffu_client.webhooks.verify_webhook`): RSA signature over the canonical payload, timestamp within a
tolerance (3 h by default: Ceffu's retry schedule). Cryptofuse (`cryptofuse_client.webhooks.verify_webhook`):
HMAC-SHA256 of the raw body with the tenant's webhook secret. Cryptofuse deliveries carry no timestamp, so a
replay window cannot be checked there (deduplicate on the event's ids instead); xCurrency documents no webhook
signature at all (its helper only parses).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from decimal import Decimal

import pytest
from ceffu_client.webhooks import DEFAULT_TOLERANCE_MS
from ceffu_client.webhooks import WebhookVerificationError as CeffuWebhookError
from ceffu_client.webhooks import verify_webhook as verify_ceffu
from cryptofuse_client.models import ConfigureWebhookRequest, CreatePaymentRequest
from cryptofuse_client.webhooks import SIGNATURE_HEADER
from cryptofuse_client.webhooks import WebhookVerificationError as CryptofuseWebhookError
from cryptofuse_client.webhooks import verify_webhook as verify_cryptofuse
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from .providers import ADAPTERS
from .support import Receiver, serve


@pytest.fixture(scope="module")
def ceffu_delivery() -> Iterator[tuple[bytes, str]]:
    """A deposit-success webhook body as the Ceffu mock delivered it, and the key to verify it with."""
    receiver = Receiver()
    adapter = ADAPTERS["ceffu"]
    try:
        with serve("ceffu") as (mock, control), adapter.client(mock) as client:
            control.post("/webhooks", {"url": receiver.url})
            prime = adapter.prime(client)
            address = client.deposits.get_deposit_address(wallet_id=prime, network="TRON", coin_symbol="USDT")
            adapter.fund(control, address.wallet_address, "42.5")
            body, _ = receiver.wait(1)[0]
            yield body, mock.credentials["webhook_public_key"]
    finally:
        receiver.close()


@pytest.fixture(scope="module")
def cryptofuse_delivery() -> Iterator[tuple[bytes, dict[str, str], str]]:
    """A Cryptofuse delivery (body, headers) and the webhook secret shown when the URL was configured."""
    receiver = Receiver()
    adapter = ADAPTERS["cryptofuse"]
    try:
        with serve("cryptofuse", **adapter.options) as (mock, control), adapter.client(mock) as client:
            created = client.user_information.configure_webhook(body=ConfigureWebhookRequest(callback_url=receiver.url))
            payment = client.payments.create_payment(
                body=CreatePaymentRequest(amount=Decimal(50), currency="USDTTRC20")
            )
            adapter.fund(control, payment)
            body, headers = receiver.wait(1)[0]
            yield body, headers, created.secret
    finally:
        receiver.close()


def other_public_key() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    der = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(der).decode()


def test_ceffu_accepts_the_genuine_delivery(ceffu_delivery):
    body, key = ceffu_delivery
    event = verify_ceffu(body, key)
    assert event.event == "1" and event.data.amount == Decimal("42.5")


def test_ceffu_rejects_a_tampered_body(ceffu_delivery):
    body, key = ceffu_delivery
    event = json.loads(body)
    event["data"]["amount"] = "4250"
    with pytest.raises(CeffuWebhookError, match="signature"):
        verify_ceffu(json.dumps(event), key)


def test_ceffu_rejects_another_key(ceffu_delivery):
    body, _ = ceffu_delivery
    with pytest.raises(CeffuWebhookError, match="signature"):
        verify_ceffu(body, other_public_key())


def test_ceffu_rejects_a_delivery_without_signature(ceffu_delivery):
    body, key = ceffu_delivery
    event = json.loads(body)
    del event["sign"]
    with pytest.raises(CeffuWebhookError):
        verify_ceffu(json.dumps(event), key)


def test_ceffu_rejects_a_replay_outside_the_tolerance_window(ceffu_delivery):
    body, key = ceffu_delivery
    sent = json.loads(body)["timestamp"]
    assert verify_ceffu(body, key, now=sent + DEFAULT_TOLERANCE_MS)  # a retry within the window is genuine
    for now in (sent + DEFAULT_TOLERANCE_MS + 1, sent - DEFAULT_TOLERANCE_MS - 1):
        with pytest.raises(CeffuWebhookError, match="tolerance"):
            verify_ceffu(body, key, now=now)
    with pytest.raises(CeffuWebhookError, match="tolerance"):
        verify_ceffu(body, key, tolerance_ms=60_000, now=sent + 60_001)


def test_ceffu_rejects_a_re_signed_stale_timestamp_claim(ceffu_delivery):
    """Moving the timestamp forward to pass the window breaks the signature (the timestamp is signed)."""
    body, key = ceffu_delivery
    event = json.loads(body)
    event["timestamp"] += DEFAULT_TOLERANCE_MS
    with pytest.raises(CeffuWebhookError, match="signature"):
        verify_ceffu(json.dumps(event), key)


def test_cryptofuse_accepts_the_genuine_delivery(cryptofuse_delivery):
    body, headers, secret = cryptofuse_delivery
    assert verify_cryptofuse(body, headers, secret).event


def test_cryptofuse_rejects_a_tampered_body(cryptofuse_delivery):
    body, headers, secret = cryptofuse_delivery
    tampered = body.replace(b'"amount"', b'"amount" ', 1)  # same JSON meaning, other bytes
    assert tampered != body
    with pytest.raises(CryptofuseWebhookError, match="signature"):
        verify_cryptofuse(tampered, headers, secret)


def test_cryptofuse_rejects_a_wrong_secret(cryptofuse_delivery):
    body, headers, secret = cryptofuse_delivery
    with pytest.raises(CryptofuseWebhookError, match="signature"):
        verify_cryptofuse(body, headers, secret + "x")


def test_cryptofuse_rejects_a_missing_or_forged_signature(cryptofuse_delivery):
    body, headers, secret = cryptofuse_delivery
    unsigned = {k: v for k, v in headers.items() if k.lower() != SIGNATURE_HEADER.lower()}
    with pytest.raises(CryptofuseWebhookError):
        verify_cryptofuse(body, unsigned, secret)
    with pytest.raises(CryptofuseWebhookError):
        verify_cryptofuse(body, {**unsigned, SIGNATURE_HEADER: "0" * 64}, secret)
