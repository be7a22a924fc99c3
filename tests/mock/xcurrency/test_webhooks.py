"""`topup.status` delivery to a real local receiver: spec-valid body with exact numbers, retries, give-up."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jsonschema_rs
import pytest

from coinrails_mock.engine.spec import Spec, spec_dir

SPEC = Spec.load(spec_dir() / "xcurrency.yaml")
EVENT = jsonschema_rs.Draft202012Validator(
    {"$ref": "urn:spec#/components/schemas/TopupStatusEvent"},
    registry=jsonschema_rs.Registry([("urn:spec", SPEC.document)]),
)


class Receiver:
    """A loopback HTTP server that records POSTed bodies and answers the queued statuses (then 200 + ack)."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        self.statuses: list[int] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                receiver.bodies.append(self.rfile.read(int(self.headers["content-length"])))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                ack = b'{"status":"1"}' if status == 200 else b""
                self.send_response(status)
                self.send_header("content-length", str(len(ack)))
                self.end_headers()
                self.wfile.write(ack)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/webhooks/topup.status"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()
    r.server.server_close()


async def deliveries_until(client, done, timeout: float = 10.0) -> list[dict]:
    """Poll the delivery log until `done(deliveries)` holds."""
    found: list[dict] = []
    for _ in range(int(timeout / 0.02)):
        found = (await client.control("GET", "/_mock/webhooks/deliveries"))["deliveries"]
        if done(found):
            return found
        await asyncio.sleep(0.02)
    raise AssertionError(f"deliveries never reached the expected state: {found}")


async def test_completion_and_failure_are_delivered_spec_valid_with_exact_numbers(client, receiver):
    await client.control("POST", "/_mock/webhooks", {"url": receiver.url})
    wallet = await client.wallet((await client.customer())["customerId"])
    done = await client.order(wallet["walletId"], "150", "GBP")
    lost = await client.order(wallet["walletId"], "1000.10", "AUD")
    await client.settle(done["orderId"])
    await client.settle(lost["orderId"], received=False)
    found = await deliveries_until(client, lambda ds: len(ds) == 2 and all(d["state"] == "delivered" for d in ds))
    assert {d["event"] for d in found} == {"topup.status"}
    payloads = [json.loads(b, parse_float=Decimal) for b in receiver.bodies]
    for payload in payloads:
        assert EVENT.is_valid(payload), [e.message for e in EVENT.iter_errors(payload)]
    by_id = {p["data"]["orderId"]: p["data"] for p in payloads}
    assert by_id[done["orderId"]]["status"] == "COMPLETED"
    assert by_id[lost["orderId"]]["status"] == "FAILED"
    assert by_id[lost["orderId"]]["quoteSnapshot"]["targetAmount"] == Decimal("676.46")  # 1000.10 x 0.6774 - 1
    raw = next(b for b in receiver.bodies if lost["orderId"].encode() in b)
    assert b'"sourceAmount":1000.10' in raw and b'"targetAmount":676.46' in raw  # bare, exact JSON numbers


async def test_non_200_is_retried_until_acknowledged(client, receiver):
    receiver.statuses = [500, 503]
    await client.control("POST", "/_mock/webhooks", {"url": receiver.url})
    wallet = await client.wallet((await client.customer())["customerId"])
    order = await client.order(wallet["walletId"])
    await client.settle(order["orderId"])
    [delivery] = await deliveries_until(client, lambda ds: ds and ds[0]["state"] == "delivered")
    attempts = delivery["attempts"]
    assert [a["status"] for a in attempts] == [500, 503, 200]
    assert attempts[1]["at_ms"] - attempts[0]["at_ms"] >= 30  # 30 s x 0.001
    assert len(receiver.bodies) == 3 and len(set(receiver.bodies)) == 1  # the same body each time


async def test_delivery_gives_up_after_the_last_retry(client, receiver):
    receiver.statuses = [500] * 6
    await client.control("POST", "/_mock/webhooks", {"url": receiver.url})
    await client.control("POST", "/_mock/settings", {"webhook_time_scale": 0.00001})
    wallet = await client.wallet((await client.customer())["customerId"])
    order = await client.order(wallet["walletId"])
    await client.settle(order["orderId"], received=False)
    [delivery] = await deliveries_until(client, lambda ds: ds and ds[0]["state"] == "failed")
    assert len(delivery["attempts"]) == 6 and len(receiver.bodies) == 6


async def test_no_webhook_without_a_status_change(client, receiver):
    await client.control("POST", "/_mock/webhooks", {"url": receiver.url})
    wallet = await client.wallet((await client.customer())["customerId"])
    await client.order(wallet["walletId"])
    await asyncio.sleep(0.1)
    assert (await client.control("GET", "/_mock/webhooks/deliveries"))["deliveries"] == []
