"""Fixtures for the Bitunix mock's tests: a strict in-process app and a client that signs as the spec documents
(written from the securitySchemes text, independent of the generated client)."""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from coinrails_mock.app import build_app
from coinrails_mock.providers.bitunix.credentials import MAIN, RECEIVER, User

TRC20 = "Tron (TRC-20)"
ERC20 = "Ethereum (ERC-20)"
QUICK_TRON = "TJmW5D1p1LnMdTMmxuY1VELHht7v5HV7rU"  # seeded on MAIN's quick-withdrawal list
EXTERNAL_ETH = "0x" + "ab" * 20


def dumps(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":"), default=str).encode()


def sign(user: User, nonce: str, timestamp: str, query: str, body: str) -> str:
    """sign = hex(SHA-256(hex(SHA-256(nonce + timestamp + api-key + sortedQuery + body)) + secretKey))."""
    digest = hashlib.sha256((nonce + timestamp + user.api_key + query + body).encode()).hexdigest()
    return hashlib.sha256((digest + user.secret_key).encode()).hexdigest()


def sorted_query(params: dict[str, Any]) -> str:
    return "".join(f"{k}={v}" for k, v in sorted(params.items()))


class BitunixTestClient:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.engine = app.state.mock
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8102")

    def now(self) -> int:
        return self.engine.clock.now_ms()

    def headers(
        self, user: User, query: dict[str, Any], body: bytes, *, nonce: str | None = None, stamp: int | None = None
    ) -> dict[str, str]:
        nonce = nonce or secrets.token_hex(16)
        timestamp = str(self.now() if stamp is None else stamp)
        return {
            "api-key": user.api_key,
            "nonce": nonce,
            "timestamp": timestamp,
            "sign": sign(user, nonce, timestamp, sorted_query(query), body.decode()),
            "content-type": "application/json",
        }

    async def get(
        self, path: str, params: dict[str, Any] | None = None, user: User = MAIN, **kw: Any
    ) -> httpx.Response:
        params = params or {}
        url = f"{path}?{urlencode(params)}" if params else path
        return await self.http.get(url, headers=self.headers(user, params, b"", **kw))

    async def post(self, path: str, body: Any = None, user: User = MAIN, **kw: Any) -> httpx.Response:
        content = dumps(body if body is not None else {})
        return await self.http.post(path, content=content, headers=self.headers(user, {}, content, **kw))

    async def call(self, method: str, path: str, args: Any = None, user: User = MAIN) -> dict[str, Any]:
        response = await (self.get(path, args, user) if method == "GET" else self.post(path, args, user))
        return response.json(parse_float=Decimal)

    async def ok(self, method: str, path: str, args: Any = None, user: User = MAIN) -> Any:
        """The `data` of a success envelope (fails the test otherwise)."""
        body = await self.call(method, path, args, user)
        assert body["code"] == "0" and body["success"] is True, (path, body)
        return body["data"]

    async def error(self, method: str, path: str, args: Any, code: str, user: User = MAIN) -> str:
        """Assert an HTTP 200 error envelope with `code`; returns its msg."""
        response = await (self.get(path, args, user) if method == "GET" else self.post(path, args, user))
        body = response.json()
        assert (response.status_code, body["code"], body["success"], body["data"]) == (200, code, False, None), body
        return body["msg"]

    async def control(self, method: str, path: str, body: dict[str, Any] | None = None, status: int = 200) -> Any:
        response = await self.http.request(method, path, json=body)
        assert response.status_code == status, (path, response.status_code, response.text)
        return response.json()

    async def address(self, coin: str = "USDT", network: str = TRC20, user: User = MAIN) -> dict[str, Any]:
        rows = await self.ok("POST", "/api/spot/v1/deposit/address", {"coin": coin, "network": network}, user)
        return rows[0]

    async def fund(self, amount: str, coin: str = "USDT", network: str = TRC20, user: User = MAIN) -> dict[str, Any]:
        """Deposit through the user's deposit address and the control API."""
        row = await self.address(coin, network, user)
        body = {"address": row["address"], "coin": coin, "network": network, "amount": amount}
        if row["memo"]:
            body["memo"] = row["memo"]
        return await self.control("POST", "/_mock/bitunix/deposits", body)

    async def balances(self, user: User = MAIN) -> dict[str, tuple[Decimal, Decimal]]:
        rows = await self.ok("GET", "/api/spot/v1/user/account", None, user)
        return {r["coin"]: (Decimal(r["balance"]), Decimal(r["balanceLocked"])) for r in rows}

    async def ledger_ok(self) -> None:
        check = await self.control("GET", "/_mock/ledger/check")
        assert check["ok"], check["problems"]

    async def aclose(self) -> None:
        await self.http.aclose()
        await self.engine.aclose()


def make_client(**options: Any) -> BitunixTestClient:
    return BitunixTestClient(build_app("bitunix", strict=True, base_url="http://127.0.0.1:8102", **options))


@pytest.fixture
async def client() -> AsyncIterator[BitunixTestClient]:
    """Strict app with the rate limit off (tests send bursts); rate-limit tests build their own."""
    test_client = make_client(rate_limit_per_second=0)
    yield test_client
    await test_client.aclose()


__all__ = ["ERC20", "EXTERNAL_ETH", "MAIN", "QUICK_TRON", "RECEIVER", "TRC20", "BitunixTestClient", "make_client"]
