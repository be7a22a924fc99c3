"""Signed webhook delivery to a real local receiver, retries on non-200, failure and resend."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jsonschema_rs
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from coinrails_mock.engine.spec import Spec, spec_dir

SPEC = Spec.load(spec_dir() / "ceffu.yaml")
REGISTRY = jsonschema_rs.Registry([("urn:spec", SPEC.document)])
EVENT_SCHEMAS = {
    "1": "WebhookEventDepositSuccess",
    "2": "WebhookEventDepositFailed",
    "3": "WebhookEventWithdrawalSuccess",
    "4": "WebhookEventWithdrawalFailed",
}


class Receiver:
    """A loopback HTTP server that records POSTed bodies and answers the queued statuses (then 200)."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        self.statuses: list[int] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                receiver.bodies.append(self.rfile.read(int(self.headers["content-length"])))
                self.send_response(receiver.statuses.pop(0) if receiver.statuses else 200)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/ceffu"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()
    r.server.server_close()


async def deliveries_until(client, done, timeout: float = 10.0) -> list[dict]:
    """Poll the delivery log until `done(deliveries)` holds."""
    for _ in range(int(timeout / 0.02)):
        found = (await client.control("GET", "/_mock/webhooks/deliveries"))["deliveries"]
        if done(found):
            return found
        await asyncio.sleep(0.02)
    raise AssertionError(f"deliveries never reached the expected state: {found}")


def verify(payload: dict, public_key_b64: str) -> bool:
    unsigned = {k: v for k, v in payload.items() if k not in ("sign", "encoded")}
    signed = json.dumps(unsigned, sort_keys=True, separators=(",", ":")).encode()
    key = serialization.load_der_public_key(base64.b64decode(public_key_b64))
    try:
        key.verify(base64.b64decode(payload["sign"]), signed, padding.PKCS1v15(), hashes.SHA256())
    except Exception:  # noqa: BLE001 - any failure means "does not verify"
        return False
    return True


async def test_deposit_webhook_is_delivered_signed_and_spec_valid(client, receiver):
    target = await client.control("POST", "/_mock/webhooks", {"url": receiver.url})
    deposit = await client.fund(await client.prime_id(), "BTC", "BTC", "0.25")
    [delivery] = await deliveries_until(client, lambda ds: ds and ds[0]["state"] == "delivered")
    payload = json.loads(receiver.bodies[0])
    public_key = (await client.control("GET", "/_mock/credentials"))["webhook_public_key"]
    assert verify(payload, public_key)
    assert not verify({**payload, "data": {**payload["data"], "amount": "99.00000000"}}, public_key)
    assert (payload["event"], payload["webhookId"], payload["data"]["orderViewId"]) == (
        "1",
        target["webhookId"],
        deposit["orderViewId"],
    )
    assert delivery["attempts"][0]["status"] == 200
    validator = jsonschema_rs.Draft202012Validator(
        {"$ref": "urn:spec#/components/schemas/WebhookEventDepositSuccess"}, registry=REGISTRY
    )
    assert validator.is_valid(payload), [e.message for e in validator.iter_errors(payload)]


async def test_every_event_type_matches_its_webhook_schema(client, receiver):
    await client.control("POST", "/_mock/webhooks", {"url": receiver.url})
    prime = await client.prime_id()
    address = await client.ok(
        "GET", "/open-api/v1/wallet/deposit/address", {"walletId": prime, "coinSymbol": "ETH", "network": "ETH"}
    )
    await client.control(
        "POST",
        "/_mock/deposits",
        {"address": address["walletAddress"], "coinSymbol": "ETH", "network": "ETH", "amount": "1", "fail": True},
    )
    await client.fund(prime, "ETH", "ETH", "5")
    qw = await client.ok("POST", "/open-api/v1/wallet/create", {"walletName": "QW", "walletType": 10, "requestId": "q"})
    for request_id, to in (("ok", 40), ("ko", 99)):
        order = await client.ok(
            "POST",
            "/open-api/v2/wallet/withdrawal",
            {
                "walletId": prime,
                "coinSymbol": "ETH",
                "network": "ETH",
                "amount": "1",
                "requestId": request_id,
                "toWalletIdStr": qw["walletIdStr"],
            },
        )
        await client.control("POST", f"/_mock/withdrawals/{order['orderViewId']}/advance", {"to": to})
    found = await deliveries_until(client, lambda ds: len(ds) == 5 and all(d["state"] == "delivered" for d in ds))
    assert sorted(d["event"] for d in found) == ["1", "1", "2", "3", "4"]  # the internal withdrawal credits QW: 1
    for body in receiver.bodies:
        payload = json.loads(body)
        validator = jsonschema_rs.Draft202012Validator(
            {"$ref": f"urn:spec#/components/schemas/{EVENT_SCHEMAS[payload['event']]}"}, registry=REGISTRY
        )
        assert validator.is_valid(payload), [e.message for e in validator.iter_errors(payload)]


async def test_non_200_is_retried_on_the_scaled_schedule(client, receiver):
    receiver.statuses = [500, 503]
    await client.control("POST", "/_mock/webhooks", {"url": receiver.url})
    await client.fund(await client.prime_id(), "ETH", "ETH", "1")
    [delivery] = await deliveries_until(client, lambda ds: ds and ds[0]["state"] == "delivered")
    attempts = delivery["attempts"]
    assert [a["status"] for a in attempts] == [500, 503, 200]
    assert attempts[1]["at_ms"] - attempts[0]["at_ms"] >= 30  # 30 s x 0.001
    assert attempts[2]["at_ms"] - attempts[1]["at_ms"] >= 120  # 120 s x 0.001
    assert len({json.loads(b)["data"]["orderViewId"] for b in receiver.bodies}) == 1


async def test_failed_delivery_is_resent_through_the_api(client, receiver):
    receiver.statuses = [500] * 6
    target = await client.control("POST", "/_mock/webhooks", {"url": receiver.url})
    await client.control("POST", "/_mock/settings", {"webhook_time_scale": 0.00001})
    since = client.now()
    await client.fund(await client.prime_id(), "ETH", "ETH", "1")
    await deliveries_until(client, lambda ds: ds and ds[0]["state"] == "failed")
    assert len(receiver.bodies) == 6  # first attempt + 5 retries
    data = await client.ok(
        "POST",
        "/open-api/entity/webhook/resend",
        {"webhookId": target["webhookId"], "eventType": "1", "resendFromDateTime": since},
    )
    assert data is True
    [delivery] = await deliveries_until(client, lambda ds: ds[0]["state"] == "delivered")
    assert [a["status"] for a in delivery["attempts"]][-1] == 200 and len(receiver.bodies) == 7


async def test_resend_of_unknown_webhook_is_not_found(client):
    response = await client.post(
        "/open-api/entity/webhook/resend", {"webhookId": "42", "eventType": "1", "resendFromDateTime": client.now()}
    )
    assert (response.status_code, response.json()["code"]) == (404, "G20020")


@pytest.mark.parametrize("url", ["http://example.com/hook", "ftp://127.0.0.1/x", "http://10.0.0.1/hook"])
async def test_only_loopback_targets_are_accepted(client, url):
    response = await client.http.post("/_mock/webhooks", json={"url": url})
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_request"
