"""Webhook targets, deliveries and their retry schedule (state only; the app's scheduler does the I/O).

A delivery is attempted at once, then after each delay of RETRY_DELAYS_S (scaled by `time_scale`, measured on
the shiftable clock) until a target answers HTTP 200; after the last retry it is `failed` until resent.
Targets must be loopback URLs: the mock never calls out to the network.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from coinrails_mock.engine.store import Store
from coinrails_mock.engine.wire import encode

RETRY_DELAYS_S = (30, 120, 480, 1920, 7680)
CALLBACK_ID = "callback"  # webhookId of deliveries to an event's own URL (not a registered target)
ATTEMPT_TIMEOUT_S = 10.0


def is_loopback_url(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


@dataclass
class Target:
    webhook_id: str
    url: str
    created_ms: int


@dataclass
class Delivery:
    delivery_id: int
    webhook_id: str
    url: str
    event: str
    payload: dict[str, Any]
    created_ms: int
    next_attempt_ms: int | None
    state: str = "pending"  # pending | delivered | failed
    retries: int = 0  # retries used in the current cycle (a resend starts a new cycle)
    attempts: list[dict[str, Any]] = field(default_factory=list)


CLAIM_MS = 60_000  # a worker that claimed a delivery has this long to record its attempt before another may


class Webhooks:
    """Targets and deliveries in the store's tables (per tenant); `webhook_queue` (shared) holds only the pending
    deliveries with their next attempt and claim, so finding due work never scans the delivery log, and a
    delivery claimed by one worker is not attempted by another (exactly once while that worker lives)."""

    def __init__(self, store: Store, time_scale: float = 1.0) -> None:
        self.store = store
        self.time_scale = time_scale
        self.targets = store.table("webhook_targets")
        self.deliveries = store.table("webhook_deliveries")
        self.queue = store.table("webhook_queue", shared=True)  # (tenant, delivery_id) -> [next_attempt, claimed]

    # --- targets -----------------------------------------------------------------------------------
    def add_target(self, url: str, now_ms: int) -> Target:
        if not is_loopback_url(url):
            raise ValueError(f"webhook targets must be loopback http(s) URLs, not {url!r}")
        webhook_id = str(1783350890655723522 + self.store.next_id("webhook"))
        target = self.targets[webhook_id] = Target(webhook_id, url, now_ms)
        return target

    def remove_target(self, webhook_id: str) -> None:
        del self.targets[webhook_id]

    # --- deliveries --------------------------------------------------------------------------------
    def enqueue(
        self, webhook_id: str, event: str, payload: dict[str, Any], now_ms: int, url: str | None = None
    ) -> Delivery:
        """Queue `payload` for a registered target, or for `url` (an event's own destination) when given."""
        url = url or self.targets[webhook_id].url
        delivery = Delivery(self.store.next_id("delivery"), webhook_id, url, event, payload, now_ms, now_ms)
        self.deliveries[delivery.delivery_id] = delivery
        self.queue[(self.store.tenant, delivery.delivery_id)] = [now_ms, 0]
        return delivery

    def claim_due(self, now_ms: int) -> list[tuple[str, int]]:
        """(tenant, delivery id) of every pending delivery whose time has come, claimed for this worker."""
        found = []
        for (tenant, delivery_id), (next_ms, claimed_until) in self.queue.items():
            if next_ms <= now_ms and claimed_until <= now_ms:
                self.queue[(tenant, delivery_id)] = [next_ms, now_ms + CLAIM_MS]
                found.append((tenant, delivery_id))
        return found

    def record(self, delivery: Delivery, now_ms: int, status: int | None, error: str | None) -> None:
        """An attempt's outcome (in the delivery's tenant): delivered, retried later, or failed."""
        delivery.attempts.append({"at_ms": now_ms, "status": status, "error": error})
        if status == 200:
            delivery.state, delivery.next_attempt_ms = "delivered", None
        elif delivery.retries < len(RETRY_DELAYS_S):
            delay_ms = int(RETRY_DELAYS_S[delivery.retries] * 1000 * self.time_scale)
            delivery.retries += 1
            delivery.next_attempt_ms = now_ms + delay_ms
        else:
            delivery.state, delivery.next_attempt_ms = "failed", None
        self.deliveries[delivery.delivery_id] = delivery
        self._schedule(delivery)

    def _schedule(self, delivery: Delivery) -> None:
        key = (self.store.tenant, delivery.delivery_id)
        if delivery.state == "pending" and delivery.next_attempt_ms is not None:
            self.queue[key] = [delivery.next_attempt_ms, 0]
        else:
            self.queue.pop(key, None)

    def resend(self, webhook_id: str, event: str, since_ms: int, now_ms: int) -> int:
        """Re-queue the failed deliveries of a target for `event` created since `since_ms`; how many."""
        if webhook_id not in self.targets:
            raise KeyError(webhook_id)
        count = 0
        for d in self.deliveries.values():
            if d.webhook_id == webhook_id and d.event == event and d.state == "failed" and d.created_ms >= since_ms:
                d.state, d.retries, d.next_attempt_ms = "pending", 0, now_ms
                self.deliveries[d.delivery_id] = d
                self._schedule(d)
                count += 1
        return count

    def reset(self, tenant: str) -> None:
        """Forget `tenant`'s queue entries (its targets and deliveries go with the tenant's rows)."""
        for key in [k for k in self.queue.keys() if k[0] == tenant]:
            del self.queue[key]


def delivery_body(delivery: Delivery) -> bytes:
    """The exact bytes POSTed for a delivery (what a provider signs)."""
    return encode(delivery.payload, ensure_ascii=True)  # JsonNumber amounts stay bare, exact numbers


async def post(
    client: httpx.AsyncClient, delivery: Delivery, headers: dict[str, str] | None = None
) -> tuple[int | None, str | None]:
    """One delivery attempt: (HTTP status, None) or (None, error text). `headers` are added (e.g. a signature)."""
    body = delivery_body(delivery)
    try:
        response = await client.post(
            delivery.url,
            content=body,
            headers={"content-type": "application/json", **(headers or {})},
            timeout=ATTEMPT_TIMEOUT_S,
        )
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {exc}"
    return response.status_code, None
