"""The xCurrency mock over HTTP (in-process, strict): authentication - tokens, their lifetime, body signatures."""

from __future__ import annotations

import json

import pytest

from coinrails_mock.providers.xcurrency.credentials import MAIN_APP

from .conftest import dumps, sign

HOUR_MS = 3_600_000
CUSTOMER = {"externalRef": "user_10086", "name": "Alice Chen", "email": "alice@example.com", "metadata": {"t": "g"}}


# ---- authentication ------------------------------------------------------------------------------
async def test_token_endpoint_needs_the_right_secret(client):
    response = await client.http.post("/payout/oauth/token", json={"appKey": MAIN_APP.app_key, "secretKey": "nope"})
    assert (response.status_code, response.json()) == (400, {"status": "-1", "message": "invalid appKey or secretKey"})
    response = await client.http.post("/payout/oauth/token", json={"appKey": MAIN_APP.app_key})
    assert (response.status_code, response.json()["message"]) == (400, "invalid parameter")
    assert len(await client.login()) == 32


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_missing_or_unknown_token_is_401_token_invalid(client, method):
    path, body = ("/assets/networks", None) if method == "GET" else ("/customers", CUSTOMER)
    content = dumps(body) if body else None
    headers = {"content-type": "application/json", "sign": sign(content)} if content else {}
    for token in ({}, {"token": "0" * 32}):
        response = await client.http.request(
            method, path, content=content, headers={"appkey": MAIN_APP.app_key, **headers, **token}
        )
        assert (response.status_code, response.json()) == (401, {"status": "-1", "message": "token invalid"})
    assert (await client.state())["customers"] == []


async def test_token_of_another_appkey_or_without_appkey_is_invalid(client):
    token = await client.login()
    for headers in ({"token": token}, {"token": token, "appkey": "someone-else"}):
        response = await client.http.get("/assets/networks", headers=headers)
        assert (response.status_code, response.json()["message"]) == (401, "token invalid")


async def test_token_expires_after_one_hour_of_mock_time(client):
    await client.login()
    await client.ok("GET", "/assets/networks")
    await client.control("POST", "/_mock/clock", {"shift_ms": HOUR_MS - 1_000})
    await client.ok("GET", "/assets/networks")
    await client.control("POST", "/_mock/clock", {"shift_ms": 1_000})
    assert await client.error("GET", "/assets/networks", None, 401) == "token expired"
    assert await client.error("POST", "/customers", CUSTOMER, 401) == "token expired"
    await client.login()
    await client.ok("GET", "/assets/networks")


async def test_token_ttl_is_configurable(client):
    settings = await client.control("POST", "/_mock/xcurrency/settings", {"token_ttl_ms": 5_000})
    assert settings == {"quote_ttl_ms": 300_000, "token_ttl_ms": 5_000}
    await client.login()
    await client.control("POST", "/_mock/clock", {"shift_ms": 5_000})
    assert await client.error("GET", "/assets/networks", None, 401) == "token expired"


@pytest.mark.parametrize("bad", ["missing", "other-body", "garbage", "not-base64!"])
async def test_post_needs_a_signature_over_the_exact_body(client, bad):
    content = dumps(CUSTOMER)
    signature = {
        "missing": None,
        "other-body": sign(content + b" "),
        "garbage": "AAAA",
        "not-base64!": "not-base64!",
    }[bad]
    headers = await client.headers({"content-type": "application/json"})
    if signature is not None:
        headers["sign"] = signature
    response = await client.http.post("/customers", content=content, headers=headers)
    assert (response.status_code, response.json()) == (
        400,
        {"status": "-1", "message": "Failed to verify the signature"},
    )
    assert (await client.state())["customers"] == []


async def test_signature_covers_bytes_not_json_meaning(client):
    spaced = json.dumps(CUSTOMER, indent=2).encode()
    headers = await client.headers({"content-type": "application/json", "sign": sign(dumps(CUSTOMER))})
    response = await client.http.post("/customers", content=spaced, headers=headers)
    assert response.json()["message"] == "Failed to verify the signature"
    assert (await client.post("/customers", raw=spaced)).json()["status"] == "1"  # signed as sent: accepted


async def test_get_needs_no_signature_and_ignores_one(client):
    await client.ok("GET", "/assets/networks")
    response = await client.get("/assets/networks", sign="whatever")
    assert response.status_code == 200


async def test_check_sign_answers_10001_for_a_bad_signature(client):
    assert await client.ok("POST", "/payout/encrypt/check", {"hello": "world"}) is True
    response = await client.post("/payout/encrypt/check", {"hello": "world"}, sign=sign(b"{}"))
    assert (response.status_code, response.json()) == (
        400,
        {"status": "10001", "message": "Failed to verify the signature"},
    )
