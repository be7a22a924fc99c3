"""Fixtures for the xCurrency mock's tests: a strict in-process app and a small token + signing client."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from coinrails_mock.app import build_app
from coinrails_mock.providers.xcurrency.credentials import MAIN_APP, private_key

ORDERS = "/topup/orders"
QUOTE = "/global/payout/rate/query/price"


def sign(body: bytes) -> str:
    """Base64 SHA256withRSA with the platform key, as an xCurrency client signs."""
    key = private_key(MAIN_APP.private_key_b64)
    return base64.b64encode(key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()


def dumps(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":")).encode()


class XCurrencyTestClient:
    """Gets a token once, then sends `appkey` + `token` on every call and `sign` over every POST body."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.engine = app.state.mock
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8103")
        self.token: str | None = None

    def now(self) -> int:
        return self.engine.clock.now_ms()

    async def login(self) -> str:
        response = await self.http.post(
            "/payout/oauth/token", json={"appKey": MAIN_APP.app_key, "secretKey": MAIN_APP.secret_key}
        )
        assert response.status_code == 200, response.text
        self.token = response.json()["data"]
        return self.token

    async def headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        if self.token is None:
            await self.login()
        assert self.token is not None
        return {"appkey": MAIN_APP.app_key, "token": self.token, **(extra or {})}

    async def get(self, path: str, params: dict[str, Any] | None = None, **headers: str) -> httpx.Response:
        return await self.http.get(path, params=params, headers=await self.headers(headers))

    async def post(self, path: str, body: Any = None, raw: bytes | None = None, **headers: str) -> httpx.Response:
        content = raw if raw is not None else dumps(body)
        signed = {"content-type": "application/json", "sign": sign(content), **headers}
        return await self.http.post(path, content=content, headers=await self.headers(signed))

    async def ok(self, method: str, path: str, args: Any = None) -> Any:
        """The `data` of a success envelope (fails the test otherwise)."""
        response = await (self.get(path, args) if method == "GET" else self.post(path, args))
        body = response.json(parse_float=Decimal)
        assert response.status_code == 200 and body["status"] == "1", (path, response.status_code, body)
        return body["data"]

    async def error(self, method: str, path: str, args: Any, status: int = 400) -> str:
        """The `message` of an error envelope with HTTP `status` (fails the test otherwise)."""
        response = await (self.get(path, args) if method == "GET" else self.post(path, args))
        body = response.json()
        assert response.status_code == status and body["status"] == "-1", (path, response.status_code, body)
        assert set(body) == {"status", "message"}
        return body["message"]

    async def control(self, method: str, path: str, body: dict[str, Any] | None = None, status: int = 200) -> Any:
        response = await self.http.request(method, path, json=body)
        assert response.status_code == status, (path, response.status_code, response.text)
        return response.json(parse_float=Decimal)

    async def state(self) -> dict[str, Any]:
        return (await self.control("GET", "/_mock/state"))["provider"]

    # ---- building blocks ----------------------------------------------------------------------------
    async def customer(self, n: int = 1) -> dict[str, Any]:
        body = {"externalRef": f"user_{n}", "name": f"Customer {n}", "email": f"c{n}@example.com"}
        return await self.ok("POST", "/customers", body)

    async def wallet(self, customer_id: str, asset: str = "USDT", network: str = "TRON") -> dict[str, Any]:
        return await self.ok("POST", "/wallets", {"customerId": customer_id, "asset": asset, "network": network})

    async def quote(self, amount: str = "200", source: str = "AUD", target: str = "USDT") -> dict[str, Any]:
        return await self.ok(
            "POST", QUOTE, {"sourceCurrency": source, "targetCurrency": target, "sourceAmount": amount}
        )

    async def order(self, wallet_id: str, amount: str = "200", source: str = "AUD") -> dict[str, Any]:
        q = await self.quote(amount, source)
        return await self.ok("POST", ORDERS, {"quoteId": q["queryNo"], "walletId": wallet_id, "payer": {"name": "A"}})

    async def settle(self, order_id: str, received: bool = True) -> dict[str, Any]:
        which = "fiat-received" if received else "fiat-failed"
        return await self.control("POST", f"/_mock/xcurrency/topup/orders/{order_id}/{which}")

    async def aclose(self) -> None:
        await self.http.aclose()
        await self.engine.aclose()


@pytest.fixture
async def client() -> AsyncIterator[XCurrencyTestClient]:
    test_client = XCurrencyTestClient(build_app("xcurrency", strict=True, webhook_time_scale=0.001))
    yield test_client
    await test_client.aclose()
