"""Signed webhook delivery to a real loopback receiver: HMAC over the raw body, schemas, routing and retries."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import AsyncIterator

import pytest

from coinrails_mock.app import build_app

from .conftest import TRON, CryptofuseTestClient, schema_errors, wait_for

SCHEMAS = {
    "payment_status_update": "WebhookEventPaymentStatusUpdate",
    "deposit_received": "WebhookEventDepositReceived",
    "withdrawal_status_update": "WebhookEventWithdrawalStatusUpdate",
    "transfer_status_update": "WebhookEventTransferStatusUpdate",
}


@pytest.fixture
async def live() -> AsyncIterator[CryptofuseTestClient]:
    """Real clock and retry delays scaled by 0.001 (30 ms, 120 ms, ...), so the scheduler retries on its own."""
    client = CryptofuseTestClient(build_app("cryptofuse", strict=True, webhook_time_scale=0.001))
    yield client
    await client.aclose()


def expected_signature(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def delivered(client: CryptofuseTestClient, count: int) -> list[dict]:
    async def check() -> list[dict] | None:
        found = await client.deliveries()
        return found if len(found) >= count and all(d["state"] == "delivered" for d in found) else None

    return await wait_for(check)


async def test_payment_webhooks_are_signed_with_the_secret_and_match_the_spec(live, receiver):
    secret = (await live.ok("POST", "/user/webhooks/", {"callback_url": receiver.url}))["secret"]
    p = await live.payment(100)
    await live.pay(p["transaction_id"], "99.9")
    await delivered(live, 3)
    assert len(receiver.requests) == 3
    events = []
    for body, headers in receiver.requests:
        assert headers["X-Cryptofuse-Signature"] == expected_signature(secret, body)
        assert headers["X-Cryptofuse-Signature"] != expected_signature(secret + "x", body)
        payload = json.loads(body)
        assert not schema_errors(SCHEMAS[payload["event"]], payload)
        events.append((payload["event"], payload.get("status")))
    # the three are due at once and posted concurrently: webhooks carry no ordering guarantee
    assert sorted(events, key=str) == [
        ("deposit_received", None),
        ("payment_status_update", "completed"),
        ("payment_status_update", "confirming"),
    ]
    completed = next(e for e in map(json.loads, (b for b, _ in receiver.requests)) if e.get("status") == "completed")
    assert completed["data"]["previous_status"] == "confirming"
    assert completed["data"]["total_paid_amount"] == "99.90000000"


async def test_withdrawal_and_transfer_webhooks(live, receiver):
    secret = (await live.ok("POST", "/user/webhooks/", {"callback_url": "https://merchant.example/elsewhere"}))[
        "secret"
    ]
    await live.fund("500")  # the tenant URL is not loopback: nothing is sent for the payment
    wallet = await live.ok("POST", "/wallets/", {"name": "Alice", "external_id": "alice"}, status=201)
    w = await live.ok(
        "POST",
        "/withdrawal/",
        {"amount": 50, "currency": "USDTTRC20", "address": TRON, "callback_url": receiver.url},
        status=201,
    )
    await live.control("POST", f"/_mock/cryptofuse/withdrawals/{w['withdrawal_id']}/advance", {"to": "completed"})
    body = {"wallet_id": wallet["wallet_id"], "currency": "USDTTRC20", "amount": "25", "callback_url": receiver.url}
    accepted = await live.ok("POST", "/wallets/transfer-to-user/", body, status=202)
    found = await delivered(live, 2)  # the engine tick completes the transfer after 500 ms
    assert [d["event"] for d in found] == ["withdrawal_status_update", "transfer_status_update"]
    assert all(d["url"] == receiver.url for d in found)
    for raw, headers in receiver.requests:
        payload = json.loads(raw)
        assert headers["X-Cryptofuse-Signature"] == expected_signature(secret, raw)
        assert not schema_errors(SCHEMAS[payload["event"]], payload)
    transfer = json.loads(receiver.requests[1][0])["data"]
    assert (transfer["transfer_id"], transfer["status"], transfer["amount"]) == (
        accepted["transfer_id"],
        "completed",
        "25.00000000",
    )


async def test_payment_callback_url_overrides_the_tenant_url_and_unsigned_before_a_secret(live, receiver):
    p = await live.payment(100, callback_url=receiver.url)
    await live.pay(p["transaction_id"], "10")
    await delivered(live, 2)
    assert all("X-Cryptofuse-Signature" not in headers for _, headers in receiver.requests)


async def test_non_200_answers_are_retried_until_delivered(live, receiver):
    receiver.statuses = [500, 503]
    await live.ok("POST", "/user/webhooks/", {"callback_url": receiver.url})
    p = await live.payment(100)
    await live.control("POST", f"/_mock/cryptofuse/payments/{p['transaction_id']}/fail")
    [delivery] = await delivered(live, 1)
    assert [a["status"] for a in delivery["attempts"]] == [500, 503, 200]
    bodies = {body for body, _ in receiver.requests}
    assert len(bodies) == 1  # every retry sends the same signed bytes
