"""Authentication through the HTTP app: each documented failure is an HTTP 200 error envelope with its code."""

from __future__ import annotations

import secrets

import pytest

from coinrails_mock.engine.clock import Clock
from tests.mock.bitunix.conftest import MAIN, RECEIVER, make_client, sign

ACCOUNT = "/api/spot/v1/user/account"
DETAIL = "/api/spot/v1/order/detail"


def envelope(response, code: str) -> dict:
    body = response.json()
    assert (response.status_code, body["code"], body["success"], body["data"]) == (200, code, False, None), body
    assert set(body) == {"code", "msg", "data", "success"}
    return body


async def test_signed_get_and_post_succeed_and_public_needs_no_signature(client):
    assert (await client.ok("GET", "/api/spot/v1/user/info"))["uid"] == MAIN.uid
    assert (await client.ok("GET", "/api/spot/v1/user/info", user=RECEIVER))["uid"] == RECEIVER.uid
    assert await client.ok("POST", "/api/spot/v1/deposit/page", {"limit": 5}) == []
    public = await client.http.get("/api/spot/v1/market/last_price?symbol=BTCUSDT")
    assert public.status_code == 200 and public.json()["data"] == "84321.55"


async def test_unknown_or_missing_key_is_100004(client):
    headers = client.headers(MAIN, {}, b"")
    envelope(await client.http.get(ACCOUNT, headers={**headers, "api-key": "nope"}), "100004")
    del headers["api-key"]
    envelope(await client.http.get(ACCOUNT, headers=headers), "100004")
    envelope(await client.http.get(ACCOUNT), "100004")


async def test_bad_or_missing_signature_parts_are_100005(client):
    headers = client.headers(MAIN, {}, b"")
    envelope(await client.http.get(ACCOUNT, headers={**headers, "sign": "0" * 64}), "100005")
    envelope(await client.http.get(ACCOUNT, headers={**headers, "sign": b"\xe9"}), "100005")
    for name in ("sign", "nonce", "timestamp"):
        envelope(await client.http.get(ACCOUNT, headers={k: v for k, v in headers.items() if k != name}), "100005")
    envelope(await client.http.get(ACCOUNT, headers=client.headers(MAIN, {}, b"", nonce="short")), "100005")
    stamp = headers["timestamp"]
    nonce = secrets.token_hex(16)
    as_seconds = {**headers, "nonce": nonce, "timestamp": stamp[:-3] + ".5"}
    as_seconds["sign"] = sign(MAIN, nonce, as_seconds["timestamp"], "", "")
    envelope(await client.http.get(ACCOUNT, headers=as_seconds), "100005")


async def test_secret_of_another_user_does_not_verify(client):
    headers = client.headers(RECEIVER, {}, b"")
    envelope(await client.http.get(ACCOUNT, headers={**headers, "api-key": MAIN.api_key}), "100005")


async def test_signature_covers_sorted_query_and_exact_body(client):
    data = await client.ok("POST", "/api/spot/v1/deposit/address", {"coin": "USDT", "network": "Tron (TRC-20)"})
    assert data[0]["address"].startswith("T")
    # query: signed over the sorted pairs; a changed value breaks it
    params = {"orderId": "1"}
    headers = client.headers(MAIN, params, b"")
    envelope(await client.http.get(f"{DETAIL}?orderId=2", headers=headers), "100005")
    assert (await client.http.get(f"{DETAIL}?orderId=1", headers=headers)).json()["code"] == "2"  # verified
    # body: signed over the exact bytes; the same JSON with spaces is another body
    content = b'{"coin":"USDT","network":"Tron (TRC-20)"}'
    headers = client.headers(MAIN, {}, content)
    spaced = b'{"coin": "USDT","network":"Tron (TRC-20)"}'
    envelope(await client.http.post("/api/spot/v1/deposit/address", content=spaced, headers=headers), "100005")


async def test_sorted_query_uses_key_order_not_wire_order(client):
    """Two query parameters sent in reverse order still verify: the signature sorts them."""
    params = {"symbol": "BTCUSDT", "limit": 3}
    headers = client.headers(MAIN, params, b"")
    response = await client.http.get("/api/spot/v1/market/kline/history?symbol=BTCUSDT&limit=3", headers=headers)
    assert response.status_code == 200 and len(response.json()["data"]) == 3  # public: headers are ignored


async def test_stale_and_future_timestamps_are_100008_within_a_configurable_window(client):
    now = client.now()
    envelope(await client.get(ACCOUNT, stamp=now - 61_000), "100008")
    envelope(await client.get(ACCOUNT, stamp=now + 61_000), "100008")
    assert (await client.get(ACCOUNT, stamp=now - 59_000)).json()["code"] == "0"
    settings = await client.control("POST", "/_mock/settings", {"timestamp_window_ms": 5_000})
    assert settings["timestamp_window_ms"] == 5_000
    envelope(await client.get(ACCOUNT, stamp=now - 10_000), "100008")


async def test_reused_nonce_is_100008_and_only_verified_requests_use_one(client):
    nonce = secrets.token_hex(16)
    forged = client.headers(MAIN, {}, b"", nonce=nonce)
    envelope(await client.http.get(ACCOUNT, headers={**forged, "sign": "f" * 64}), "100005")
    assert (await client.get(ACCOUNT, nonce=nonce)).json()["code"] == "0"
    envelope(await client.get(ACCOUNT, nonce=nonce), "100008")
    assert (await client.get(ACCOUNT, nonce=nonce, user=RECEIVER)).json()["code"] == "0"  # nonces are per key


async def test_default_window_is_sixty_seconds():
    client = make_client(clock=Clock(frozen_at=1_744_185_000_000))
    try:
        assert (await client.control("GET", "/_mock/settings"))["timestamp_window_ms"] == 60_000
        assert (await client.get(ACCOUNT, stamp=1_744_185_000_000 - 60_000)).json()["code"] == "0"
        envelope(await client.get(ACCOUNT, stamp=1_744_185_000_000 - 60_001), "100008")
    finally:
        await client.aclose()


def test_nonces_are_remembered_two_windows_then_free_again():
    from coinrails_mock.engine.provider import RawRequest
    from coinrails_mock.engine.spec import Spec, spec_dir
    from coinrails_mock.providers.bitunix.auth import Authenticator
    from coinrails_mock.providers.bitunix.errors import BitunixRuleError

    account = Spec.load(spec_dir() / "bitunix.yaml").match(ACCOUNT)[0]["GET"]
    auth, window = Authenticator(), 1000

    def request(nonce: str, now: int) -> None:
        headers = {
            "api-key": MAIN.api_key,
            "nonce": nonce,
            "timestamp": str(now),
            "sign": sign(MAIN, nonce, str(now), "", ""),
        }
        auth.authenticate(RawRequest("GET", ACCOUNT, b"", headers, b""), account, now, window)

    nonces = [secrets.token_hex(16) for _ in range(20)]
    for i, nonce in enumerate(nonces):
        request(nonce, 10_000 + i)
    with pytest.raises(BitunixRuleError) as refused:
        request(nonces[0], 10_000 + 2 * window)  # within two windows: still a replay
    assert refused.value.code == "100008"
    request(nonces[1], 10_001 + 2 * window + 1)  # past two windows: a fresh request may use it again
    with pytest.raises(BitunixRuleError):
        request(nonces[1], 10_001 + 2 * window + 2)  # ... and is then remembered anew
