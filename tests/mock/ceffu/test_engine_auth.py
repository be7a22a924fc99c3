"""Authentication through the HTTP app: every failure gets Ceffu's envelope and status."""

from __future__ import annotations

import json
from urllib.parse import quote

from coinrails_mock.providers.ceffu.credentials import MAIN_KEY, OTHER_KEY, READONLY_KEY, ApiKey
from tests.mock.ceffu.conftest import sign

WALLETS = "/open-api/v1/wallet/list"


def error(response, status: int, code: str) -> dict:
    body = response.json()
    assert (response.status_code, body["code"], body["data"]) == (status, code, None), body
    assert response.headers["x-request-id"]
    return body


async def test_signed_get_and_post_succeed(client):
    assert (await client.ok("GET", WALLETS, {"pageNo": 1}))["pageNo"] == 1
    created = await client.ok(
        "POST", "/open-api/v1/wallet/create", {"walletName": "QW", "walletType": 10, "requestId": "c1"}
    )
    assert created["walletIdStr"] == str(created["walletId"])


async def test_request_ids_are_unique_per_response(client):
    first = await client.get(WALLETS)
    second = await client.get(WALLETS)
    assert first.headers["x-request-id"] != second.headers["x-request-id"]


async def test_unsigned_request_is_g20008(client):
    error(await client.http.get(f"{WALLETS}?timestamp={client.now()}"), 401, "G20008")
    error(await client.http.get(f"{WALLETS}?timestamp=1", headers={"open-apikey": MAIN_KEY.api_key}), 401, "G20008")


async def test_bad_signature_is_g20009(client):
    query = f"timestamp={client.now()}"
    forged = sign(OTHER_KEY, query.encode())
    error(
        await client.http.get(f"{WALLETS}?{query}", headers={"open-apikey": MAIN_KEY.api_key, "signature": forged}),
        401,
        "G20009",
    )
    error(
        await client.http.get(f"{WALLETS}?{query}", headers={"open-apikey": MAIN_KEY.api_key, "signature": "%%%"}),
        401,
        "G20009",
    )


async def test_signature_covers_the_exact_query_string(client):
    query = f"pageNo=1&timestamp={client.now()}"
    reordered = f"timestamp={query.split('timestamp=')[1]}&pageNo=1"
    headers = {"open-apikey": MAIN_KEY.api_key, "signature": sign(MAIN_KEY, query.encode())}
    assert (await client.http.get(f"{WALLETS}?{query}", headers=headers)).status_code == 200
    error(await client.http.get(f"{WALLETS}?{reordered}", headers=headers), 401, "G20009")


async def test_post_signature_covers_the_exact_body_bytes(client):
    body = json.dumps({"walletName": "QW", "walletType": 10, "requestId": "b1", "timestamp": client.now()}).encode()
    headers = {"content-type": "application/json", "open-apikey": MAIN_KEY.api_key, "signature": sign(MAIN_KEY, body)}
    spaced = body.replace(b",", b", ")
    error(await client.http.post("/open-api/v1/wallet/create", content=spaced, headers=headers), 401, "G20009")
    assert (await client.http.post("/open-api/v1/wallet/create", content=body, headers=headers)).json()[
        "code"
    ] == "000000"


async def test_unknown_key_is_g20010(client):
    stranger = ApiKey("nobody", MAIN_KEY.entity_id, MAIN_KEY.permissions, MAIN_KEY.private_key_b64)
    error(await client.get(WALLETS, key=stranger), 401, "G20010")


async def test_missing_timestamp_is_g20006(client):
    error(await client.get(WALLETS, {"pageNo": 1}, stamp=False), 401, "G20006")
    error(
        await client.post(
            "/open-api/v1/wallet/create", {"walletName": "x", "walletType": 10, "requestId": "t"}, stamp=False
        ),
        401,
        "G20006",
    )


async def test_stale_timestamp_is_g20007(client):
    stale = client.now() - 31_000
    query = f"timestamp={stale}"
    headers = {"open-apikey": MAIN_KEY.api_key, "signature": sign(MAIN_KEY, query.encode())}
    error(await client.http.get(f"{WALLETS}?{query}", headers=headers), 401, "G20007")


async def test_timestamp_window_follows_the_shifted_clock(client):
    query = f"timestamp={client.now()}"
    headers = {"open-apikey": MAIN_KEY.api_key, "signature": sign(MAIN_KEY, query.encode())}
    await client.control("POST", "/_mock/clock", {"shift_ms": 60_000})
    error(await client.http.get(f"{WALLETS}?{query}", headers=headers), 401, "G20007")
    await client.control("POST", "/_mock/settings", {"timestamp_window_ms": 120_000})
    assert (await client.http.get(f"{WALLETS}?{query}", headers=headers)).status_code == 200


async def test_enquiry_only_key_can_read_but_not_write(client):
    assert await client.ok("GET", WALLETS, {}, key=READONLY_KEY)
    body = error(
        await client.post(
            "/open-api/v1/wallet/create", {"walletName": "x", "walletType": 10, "requestId": "ro"}, key=READONLY_KEY
        ),
        403,
        "G20016",
    )
    assert "Enable Wallet Management" in body["message"]
    wallets = await client.ok("GET", WALLETS, {})
    assert len(wallets["data"]) == 2  # nothing was created


async def test_other_tenants_wallet_is_g20013(client):
    other_prime = await client.prime_id(OTHER_KEY)
    error(await client.get("/open-api/v1/wallet/asset/list", {"walletId": other_prime}), 403, "G20013")


async def test_unknown_wallet_is_g20020(client):
    error(await client.get("/open-api/v1/wallet/asset/list", {"walletId": "12345"}), 404, "G20020")


async def test_a_timestamp_of_other_digits_is_a_clean_g20005(client):
    """`"²".isdigit()` and `"١٧٩٦".isdigit()` are true in Python: neither may reach int() or pass as a time."""
    for stamp in ("²", "١٧٩٦"):
        query = f"timestamp={quote(stamp)}"  # signed as sent: percent-encoded
        headers = {"open-apikey": MAIN_KEY.api_key, "signature": sign(MAIN_KEY, query.encode())}
        error(await client.http.get(f"{WALLETS}?{query}", headers=headers), 400, "G20005")
        body = json.dumps({"walletName": "x", "walletType": 10, "requestId": "t", "timestamp": stamp}).encode()
        headers = {"open-apikey": MAIN_KEY.api_key, "signature": sign(MAIN_KEY, body)}
        response = await client.http.post(
            "/open-api/v1/wallet/create", content=body, headers={**headers, "content-type": "application/json"}
        )
        error(response, 400, "G20005")
