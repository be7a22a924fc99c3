"""Fixtures for the mock's tests: a strict in-process Ceffu app and a small signing client."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from coinrails_mock.app import build_app
from coinrails_mock.providers.ceffu import credentials as creds
from coinrails_mock.providers.ceffu.credentials import MAIN_KEY, ApiKey


def sign(key: ApiKey, payload: bytes) -> str:
    """base64 SHA512withRSA, as a Ceffu client signs."""
    private = creds.private_key(key.private_key_b64)
    return base64.b64encode(private.sign(payload, padding.PKCS1v15(), hashes.SHA512())).decode()


def dumps(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":"), default=str).encode()


class CeffuTestClient:
    """Signs like a Ceffu client: GET signs the exact query string, POST the exact body; both carry timestamp."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.engine = app.state.mock
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8101")

    def now(self) -> int:
        return self.engine.clock.now_ms()

    async def get(
        self, path: str, params: dict[str, Any] | None = None, key: ApiKey = MAIN_KEY, stamp: bool = True
    ) -> httpx.Response:
        query = urlencode({**(params or {}), **({"timestamp": self.now()} if stamp else {})})
        headers = {"open-apikey": key.api_key, "signature": sign(key, query.encode())}
        return await self.http.get(f"{path}?{query}" if query else path, headers=headers)

    async def post(
        self,
        path: str,
        body: dict[str, Any] | None = None,
        key: ApiKey = MAIN_KEY,
        raw: bytes | None = None,
        stamp: bool = True,
    ) -> httpx.Response:
        content = raw if raw is not None else dumps({**(body or {}), **({"timestamp": self.now()} if stamp else {})})
        headers = {"content-type": "application/json", "open-apikey": key.api_key, "signature": sign(key, content)}
        return await self.http.post(path, content=content, headers=headers)

    async def ok(self, method: str, path: str, args: dict[str, Any] | None = None, key: ApiKey = MAIN_KEY) -> Any:
        """The `data` of a success envelope (fails the test otherwise)."""
        response = await (self.get(path, args, key) if method == "GET" else self.post(path, args, key))
        body = response.json(parse_float=Decimal)
        assert response.status_code == 200 and body["code"] == "000000", (path, response.status_code, body)
        return body["data"]

    async def control(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = await self.http.request(method, path, json=body)
        assert response.status_code == 200, (path, response.status_code, response.text)
        return response.json()

    async def prime_id(self, key: ApiKey = MAIN_KEY) -> str:
        wallets = await self.ok("GET", "/open-api/v1/wallet/list", {}, key)
        return next(w["walletIdStr"] for w in wallets["data"] if w["walletType"] == 20)

    async def fund(self, wallet_id: str, coin: str, network: str, amount: str, sub: bool = False) -> dict[str, Any]:
        """Deposit `amount` to a wallet through its deposit address and the control API."""
        path = "/open-api/v1/subwallet/deposit/address" if sub else "/open-api/v1/wallet/deposit/address"
        address = await self.ok("GET", path, {"walletId": wallet_id, "coinSymbol": coin, "network": network})
        body = {"address": address["walletAddress"], "coinSymbol": coin, "network": network, "amount": amount}
        if address["memo"]:
            body["memo"] = address["memo"]
        return await self.control("POST", "/_mock/deposits", body)

    async def assets(self, wallet_id: str) -> dict[str, dict[str, str]]:
        rows = await self.ok("GET", "/open-api/v1/wallet/asset/list", {"walletId": wallet_id, "pageLimit": 500})
        return {r["coinSymbol"]: r for r in rows["data"]}

    async def aclose(self) -> None:
        await self.http.aclose()
        await self.engine.aclose()


@pytest.fixture
async def client() -> AsyncIterator[CeffuTestClient]:
    test_client = CeffuTestClient(build_app("ceffu", strict=True, webhook_time_scale=0.001))
    yield test_client
    await test_client.aclose()
