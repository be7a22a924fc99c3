"""Tenants on demand (POST /_mock/tenants): fresh credentials in each provider's own format, isolated state, scoped
control calls (X-Mock-Tenant), deletion that revokes the credentials. On the in-memory store and on SQLite."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from coinrails_mock.app import build_app
from coinrails_mock.providers.ceffu.credentials import MAIN_KEY

PROVIDERS = ["ceffu", "bitunix", "xcurrency", "cryptofuse"]


def rsa_sign(private_key_b64: str, payload: bytes, digest: hashes.HashAlgorithm) -> str:
    key = serialization.load_der_private_key(base64.b64decode(private_key_b64), password=None)
    return base64.b64encode(key.sign(payload, padding.PKCS1v15(), digest)).decode()  # type: ignore[union-attr]


class Caller:
    """Makes one authenticated write and one read with a tenant's credentials (or the built-in ones)."""

    def __init__(self, http: httpx.AsyncClient, provider: str, creds: dict[str, Any], tenant: str = "default") -> None:
        self.http, self.provider, self.creds, self.tenant = http, provider, creds, tenant
        self.token: str | None = None

    async def write(self) -> int:
        """A call that changes the caller's state; its HTTP status."""
        c, now = self.creds, int(time.time() * 1000)
        if self.provider == "ceffu":
            listing = await self.read()
            if listing["data"] is None:  # refused (e.g. G20008 for an unknown key)
                return 401
            prime = next(w for w in listing["data"]["data"] if w["walletType"] == 20)["walletIdStr"]
            body = json.dumps({"parentWalletId": prime, "timestamp": now}).encode()
            sig = rsa_sign(c["private_key"], body, hashes.SHA512())
            headers = {"open-apikey": c["api_key"], "signature": sig, "content-type": "application/json"}
            return (await self.http.post("/open-api/v1/subwallet/create", content=body, headers=headers)).status_code
        if self.provider == "bitunix":  # a deposit to the caller's own address (control API), then a transfer
            ask = json.dumps({"coin": "USDT", "network": "Tron (TRC-20)"}).encode()
            found = await self.http.post("/api/spot/v1/deposit/address", content=ask, headers=self._bitunix(ask))
            if found.json()["code"] != "0":
                return 401
            deposit = {"address": found.json()["data"][0]["address"], "coin": "USDT", "network": "Tron (TRC-20)"}
            headers = {"x-mock-tenant": self.tenant}
            await self.http.post("/_mock/bitunix/deposits", json={**deposit, "amount": "5"}, headers=headers)
            body = json.dumps({"type": "spot_futures", "coin": "USDT", "amount": 1}).encode()
            response = await self.http.post("/api/spot/v1/funds_transfer", content=body, headers=self._bitunix(body))
            return response.status_code if response.json()["code"] == "0" else 400
        if self.provider == "xcurrency":
            body = json.dumps({"externalRef": "t-" + secrets.token_hex(4), "name": "T", "email": "t@example.com"})
            headers = {**await self._xcurrency(), "content-type": "application/json"}
            headers["sign"] = rsa_sign(c["private_key"], body.encode(), hashes.SHA256())
            return (await self.http.post("/customers", content=body, headers=headers)).status_code
        headers = await self._cryptofuse()
        body = {"callback_url": "http://127.0.0.1:9/hook"}
        return (await self.http.post("/user/webhooks/", json=body, headers=headers)).status_code

    async def read(self) -> Any:
        c, now = self.creds, int(time.time() * 1000)
        if self.provider == "ceffu":
            query = f"timestamp={now}"
            sig = rsa_sign(c["private_key"], query.encode(), hashes.SHA512())
            headers = {"open-apikey": c["api_key"], "signature": sig}
            return (await self.http.get(f"/open-api/v1/wallet/list?{query}", headers=headers)).json()
        if self.provider == "bitunix":
            return (await self.http.get("/api/spot/v1/user/account", headers=self._bitunix(b""))).json()
        if self.provider == "xcurrency":
            return (await self.http.get("/assets/networks", headers=await self._xcurrency())).json()
        return (await self.http.get("/user/balances/", headers=await self._cryptofuse())).json()

    def _bitunix(self, body: bytes) -> dict[str, str]:
        nonce, stamp = secrets.token_hex(16), str(int(time.time() * 1000))
        key, secret = self.creds["api_key"], self.creds["secret_key"]
        digest = hashlib.sha256((nonce + stamp + key + body.decode()).encode()).hexdigest()
        sign = hashlib.sha256((digest + secret).encode()).hexdigest()
        return {"api-key": key, "nonce": nonce, "timestamp": stamp, "sign": sign, "content-type": "application/json"}

    async def _xcurrency(self) -> dict[str, str]:
        if self.token is None:
            body = {"appKey": self.creds["app_key"], "secretKey": self.creds["secret_key"]}
            self.token = (await self.http.post("/payout/oauth/token", json=body)).json().get("data")
        return {"appkey": self.creds["app_key"], "token": str(self.token)}

    async def _cryptofuse(self) -> dict[str, str]:
        if self.token is None:
            form = {"grant_type": "client_credentials", **{k: self.creds[k] for k in ("client_id", "client_secret")}}
            self.token = (await self.http.post("/o/token/", data=form)).json().get("access_token")
        return {"authorization": f"Bearer {self.token}"}


@pytest.fixture(params=["memory", "sqlite"])
async def http(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[tuple[str, httpx.AsyncClient]]:
    provider = request.node.callspec.params["provider"]
    state = str(tmp_path / "state.sqlite") if request.param == "sqlite" else None
    app = build_app(provider, strict=True, state_path=state)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8101") as client:
        yield provider, client
    await app.state.mock.aclose()


async def state(http: httpx.AsyncClient, tenant: str | None) -> dict[str, Any]:
    headers = {"x-mock-tenant": tenant} if tenant else {}
    response = await http.get("/_mock/state", headers=headers)
    assert response.status_code == 200, response.text
    return dict(response.json()["provider"])


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_tenants_are_isolated_and_deleting_one_revokes_its_credentials(provider, http):
    _, client = http
    created = []
    for name in ("job-a", "job-b"):
        response = await client.post("/_mock/tenants", json={"name": name})
        assert response.status_code == 200, response.text
        created.append(response.json())
    a, b = created
    assert a["tenant"] != b["tenant"] and a["credentials"] != b["credentials"]
    assert all(line.startswith("export ") for line in a["env"]) and len(a["env"]) >= 3
    builtin = (await client.get("/_mock/credentials")).json()
    for key in ("api_key", "app_key", "client_id"):
        if key in builtin:
            assert a["credentials"][key] != builtin[key]

    before = {t: await state(client, t) for t in (None, a["tenant"], b["tenant"])}
    caller_a = Caller(client, provider, a["credentials"], a["tenant"])
    assert await caller_a.write() == 200
    after = {t: await state(client, t) for t in (None, a["tenant"], b["tenant"])}
    assert after[a["tenant"]] != before[a["tenant"]]  # A's write landed in A ...
    assert after[None] == before[None] and after[b["tenant"]] == before[b["tenant"]]  # ... and nowhere else

    listed = {t["tenant"] for t in (await client.get("/_mock/tenants")).json()["tenants"]}
    assert {"default", a["tenant"], b["tenant"]} <= listed
    assert (await client.delete(f"/_mock/tenants/{a['tenant']}")).status_code == 200
    assert (await client.get("/_mock/state", headers={"x-mock-tenant": a["tenant"]})).status_code == 404
    assert await Caller(client, provider, a["credentials"], a["tenant"]).write() in (400, 401, 403)  # revoked
    assert await state(client, None) == before[None] and await state(client, b["tenant"]) == before[b["tenant"]]
    assert (await client.delete(f"/_mock/tenants/{a['tenant']}")).status_code == 404


async def test_the_builtin_credentials_stay_in_the_default_tenant():
    app = build_app("ceffu", strict=True)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8101") as client:
        tenant = (await client.post("/_mock/tenants", json={})).json()["tenant"]
        main = {"api_key": MAIN_KEY.api_key, "private_key": MAIN_KEY.private_key_b64}
        before = await state(client, tenant)
        assert await Caller(client, "ceffu", main).write() == 200
        assert await state(client, tenant) == before
    await app.state.mock.aclose()


@pytest.mark.parametrize("state_kind", ["memory", "sqlite"])
async def test_a_created_tenants_own_oauth_applications_log_in_to_that_tenant(state_kind, tmp_path):
    """Cryptofuse: an application a tenant creates (POST /o/apps/) gets tokens for that tenant, not the default one;
    deleting it revokes its login."""
    state_path = str(tmp_path / "state.sqlite") if state_kind == "sqlite" else None
    app = build_app("cryptofuse", strict=True, state_path=state_path)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8104") as client:

        async def login(client_id: str, client_secret: str) -> httpx.Response:
            form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret}
            return await client.post("/o/token/", data=form)

        created = (await client.post("/_mock/tenants", json={"name": "apps"})).json()
        creds = created["credentials"]
        token = (await login(creds["client_id"], creds["client_secret"])).json()["access_token"]
        bearer = {"authorization": f"Bearer {token}"}
        made = await client.post("/o/apps/", json={"name": "integration"}, headers=bearer)
        assert made.status_code == 201, made.text
        own = made.json()
        answer = await login(own["client_id"], own["client_secret"])
        assert answer.status_code == 200, answer.text
        own_bearer = {"authorization": f"Bearer {answer.json()['access_token']}"}
        assert (await client.get("/user/balances/", headers=own_bearer)).status_code == 200
        in_tenant = (await client.get("/o/apps/", headers=own_bearer)).json()["results"]
        assert own["id"] in [a["id"] for a in in_tenant]
        builtin = (await client.get("/_mock/credentials")).json()
        default_token = (await login(builtin["client_id"], builtin["client_secret"])).json()["access_token"]
        in_default = await client.get("/o/apps/", headers={"authorization": f"Bearer {default_token}"})
        assert own["client_id"] not in [a["client_id"] for a in in_default.json()["results"]]
        engine = app.state.mock

        def filed() -> Any:
            return engine.run(lambda: engine.tenant_keys.get(own["client_id"]))

        assert filed() == {"tenant": created["tenant"]}
        deleted = await client.delete(f"/o/apps/{own['id']}/", headers=bearer)
        assert deleted.status_code == 204, deleted.text
        assert (await login(own["client_id"], own["client_secret"])).status_code == 401
        assert filed() is None  # nothing left behind
        assert (await login(creds["client_id"], creds["client_secret"])).status_code == 200  # the tenant's own stays
    await app.state.mock.aclose()
