"""Webhook targets, deliveries and their retry schedule (state only; the app's scheduler does the I/O).

A delivery is attempted at once, then after each delay of RETRY_DELAYS_S (scaled by `time_scale`, measured on
the shiftable clock) until a target answers HTTP 200; after the last retry it is `failed` until resent.
Targets must be loopback URLs: the mock never calls out to the network.
"""

from __future__ import annotations

import ipaddress
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

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


class Webhooks:
    def __init__(self, time_scale: float = 1.0) -> None:
        self.time_scale = time_scale
        self.targets: dict[str, Target] = {}
        self.deliveries: list[Delivery] = []
        self.version = 0
        self._in_flight: set[int] = set()
        self._next_id = 1

    # --- targets -----------------------------------------------------------------------------------
    def add_target(self, url: str, now_ms: int) -> Target:
        if not is_loopback_url(url):
            raise ValueError(f"webhook targets must be loopback http(s) URLs, not {url!r}")
        webhook_id = str(1783350890655723522 + self._next_id)
        self._next_id += 1
        target = self.targets[webhook_id] = Target(webhook_id, url, now_ms)
        self.version += 1
        return target

    def remove_target(self, webhook_id: str) -> None:
        del self.targets[webhook_id]
        self.version += 1

    # --- deliveries --------------------------------------------------------------------------------
    def enqueue(
        self, webhook_id: str, event: str, payload: dict[str, Any], now_ms: int, url: str | None = None
    ) -> Delivery:
        """Queue `payload` for a registered target, or for `url` (an event's own destination) when given."""
        url = url or self.targets[webhook_id].url
        delivery = Delivery(len(self.deliveries) + 1, webhook_id, url, event, payload, now_ms, now_ms)
        self.deliveries.append(delivery)
        self.version += 1
        return delivery

    def due(self, now_ms: int) -> list[Delivery]:
        """Pending deliveries whose time has come; they are marked in flight until `record`."""
        found = [
            d
            for d in self.deliveries
            if d.state == "pending"
            and d.next_attempt_ms is not None
            and d.next_attempt_ms <= now_ms
            and d.delivery_id not in self._in_flight
        ]
        self._in_flight.update(d.delivery_id for d in found)
        return found

    def record(self, delivery: Delivery, now_ms: int, status: int | None, error: str | None) -> None:
        self._in_flight.discard(delivery.delivery_id)
        delivery.attempts.append({"at_ms": now_ms, "status": status, "error": error})
        if status == 200:
            delivery.state, delivery.next_attempt_ms = "delivered", None
        elif delivery.retries < len(RETRY_DELAYS_S):
            delay_ms = int(RETRY_DELAYS_S[delivery.retries] * 1000 * self.time_scale)
            delivery.retries += 1
            delivery.next_attempt_ms = now_ms + delay_ms
        else:
            delivery.state, delivery.next_attempt_ms = "failed", None
        self.version += 1

    def resend(self, webhook_id: str, event: str, since_ms: int, now_ms: int) -> int:
        """Re-queue the failed deliveries of a target for `event` created since `since_ms`; how many."""
        if webhook_id not in self.targets:
            raise KeyError(webhook_id)
        count = 0
        for d in self.deliveries:
            if d.webhook_id == webhook_id and d.event == event and d.state == "failed" and d.created_ms >= since_ms:
                d.state, d.retries, d.next_attempt_ms = "pending", 0, now_ms
                count += 1
        self.version += 1
        return count

    # --- persistence -------------------------------------------------------------------------------
    def to_state(self) -> dict[str, Any]:
        return {
            "time_scale": self.time_scale,
            "next_id": self._next_id,
            "targets": [asdict(t) for t in self.targets.values()],
            "deliveries": [asdict(d) for d in self.deliveries],
        }

    def load_state(self, state: dict[str, Any]) -> None:
        self.time_scale = state["time_scale"]
        self._next_id = state["next_id"]
        self.targets = {t["webhook_id"]: Target(**t) for t in state["targets"]}
        self.deliveries = [Delivery(**d) for d in state["deliveries"]]
        self._in_flight.clear()
        self.version += 1

    def reset(self) -> None:
        self.targets.clear()
        self.deliveries.clear()
        self._in_flight.clear()
        self._next_id = 1
        self.version += 1


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
