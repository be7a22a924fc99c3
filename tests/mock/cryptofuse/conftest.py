"""Fixtures for the Cryptofuse mock's tests: a strict in-process app on a frozen clock, an OAuth-aware client and a
loopback webhook receiver that records bodies and headers."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import jsonschema_rs
import pytest

from coinrails_mock.app import build_app
from coinrails_mock.engine.clock import Clock
from coinrails_mock.engine.spec import Spec, spec_dir
from coinrails_mock.engine.wire import JsonNumber, encode
from coinrails_mock.providers.cryptofuse.credentials import (
    MAIN_CLIENT_ID,
    MAIN_CLIENT_SECRET,
    READ_CLIENT_ID,
    READ_CLIENT_SECRET,
)

SPEC = Spec.load(spec_dir() / "cryptofuse.yaml")
REGISTRY = jsonschema_rs.Registry([("urn:spec", SPEC.document)])
START_MS = 1_767_225_600_000  # 2026-01-01T00:00:00Z
TRON = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"  # a well-formed TRON address
EVM = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"


def dumps(body: Any) -> bytes:
    """JSON with Decimals as exact number literals (how the typed client sends `type: number` amounts)."""

    def numbers(value: Any) -> Any:
        if isinstance(value, Decimal):
            return JsonNumber(value)
        if isinstance(value, dict):
            return {k: numbers(v) for k, v in value.items()}
        return value

    return encode(numbers(body))


def schema_errors(name: str, instance: Any) -> list[str]:
    """Why `instance` is not a valid components/schemas/<name> of the Cryptofuse spec."""
    validator = jsonschema_rs.Draft202012Validator({"$ref": f"urn:spec#/components/schemas/{name}"}, registry=REGISTRY)
    return [e.message for e in validator.iter_errors(instance)]


class CryptofuseTestClient:
    """Talks to the in-process app like a Cryptofuse client: form-encoded token request, then Bearer calls."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.engine = app.state.mock
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8104")
        self._tokens: dict[tuple[str, str], str] = {}

    @property
    def backend(self) -> Any:
        return self.engine.provider.backend

    async def token(
        self, client_id: str = MAIN_CLIENT_ID, secret: str = MAIN_CLIENT_SECRET, scope: str = "read write admin"
    ) -> str:
        key = (client_id, scope)
        if key not in self._tokens:
            form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret, "scope": scope}
            response = await self.http.post("/o/token/", data=form)
            assert response.status_code == 200, response.text
            self._tokens[key] = response.json()["access_token"]
        return self._tokens[key]

    async def read_token(self) -> str:
        return await self.token(READ_CLIENT_ID, READ_CLIENT_SECRET, "read")

    async def call(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        token: str | None = None,
    ) -> httpx.Response:
        headers = {"authorization": f"Bearer {token or await self.token()}"}
        if body is None:
            return await self.http.request(method, path, params=params, headers=headers)
        headers["content-type"] = "application/json"
        return await self.http.request(method, path, content=dumps(body), params=params, headers=headers)

    async def ok(self, method: str, path: str, body: dict[str, Any] | None = None, status: int = 200, **kw: Any) -> Any:
        """The JSON answer of a success with `status` (fails the test otherwise)."""
        response = await self.call(method, path, body, **kw)
        assert response.status_code == status, (path, response.status_code, response.text)
        return response.json(parse_float=Decimal) if response.content else None

    async def error(
        self, method: str, path: str, body: dict[str, Any] | None, status: int, code: str, **kw: Any
    ) -> Any:
        """The error envelope of a refused request with `status` and `code`."""
        response = await self.call(method, path, body, **kw)
        payload = response.json()
        assert (response.status_code, payload["error"]["code"]) == (status, code), (path, response.text)
        assert set(payload["error"]) == {"code", "message", "details"}
        return payload["error"]

    async def control(self, method: str, path: str, body: dict[str, Any] | None = None, status: int = 200) -> Any:
        response = await self.http.request(method, path, json=body)
        assert response.status_code == status, (path, response.status_code, response.text)
        return response.json()

    async def shift(self, ms: int) -> None:
        await self.control("POST", "/_mock/clock", {"shift_ms": ms})

    async def payment(self, amount: Any = 100, currency: str = "USDTTRC20", **extra: Any) -> dict[str, Any]:
        return await self.ok("POST", "/payments/", {"amount": amount, "currency": currency, **extra}, status=201)

    async def pay(self, transaction_id: str, amount: str, **extra: Any) -> dict[str, Any]:
        body = {"amount": amount, **extra}
        return await self.control("POST", f"/_mock/cryptofuse/payments/{transaction_id}/deposit", body)

    async def fund(self, paid: str, currency: str = "USDTTRC20", **extra: Any) -> dict[str, Any]:
        """Credit the master account (or `wallet_id`) through a completed payment of `paid` (minus the 1 % fee)."""
        cur = self.backend_currency(currency)
        p = await self.payment(int(cur.min_amount / cur.per_usd) + 1, currency, **extra)
        done = await self.pay(p["transaction_id"], paid)
        assert done["status"] == "completed", done
        return done

    @staticmethod
    def backend_currency(code: str) -> Any:
        from coinrails_mock.providers.cryptofuse.currencies import CURRENCIES

        return CURRENCIES[code]

    async def master(self, currency: str = "USDTTRC20") -> dict[str, str]:
        balances = await self.ok("GET", "/user/balances/")
        return balances["account"].get(currency, {"amount": "0", "pending_amount": "0"})

    async def state(self) -> dict[str, Any]:
        return (await self.control("GET", "/_mock/state"))["provider"]

    async def deliveries(self) -> list[dict[str, Any]]:
        return (await self.control("GET", "/_mock/webhooks/deliveries"))["deliveries"]

    async def aclose(self) -> None:
        await self.http.aclose()
        await self.engine.aclose()


@pytest.fixture
async def cf() -> AsyncIterator[CryptofuseTestClient]:
    """Strict app on a frozen clock: nothing time-driven happens unless a test shifts the clock."""
    client = CryptofuseTestClient(build_app("cryptofuse", strict=True, clock=Clock(frozen_at=START_MS)))
    yield client
    await client.aclose()


class Receiver:
    """A loopback HTTP server recording POSTed (body, headers) and answering the queued statuses (then 200)."""

    def __init__(self) -> None:
        self.requests: list[tuple[bytes, dict[str, str]]] = []
        self.statuses: list[int] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                receiver.requests.append((body, dict(self.headers.items())))
                self.send_response(receiver.statuses.pop(0) if receiver.statuses else 200)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/cryptofuse"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()
    r.server.server_close()


async def wait_for(check: Any, timeout: float = 10.0) -> Any:
    """Poll an async `check()` until it returns something truthy."""
    for _ in range(int(timeout / 0.02)):
        found = await check()
        if found:
            return found
        await asyncio.sleep(0.02)
    raise AssertionError("condition never held")
