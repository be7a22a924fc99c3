"""Validation, rate limiting, idempotency and business errors through the HTTP app (strict mode)."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from coinrails_mock.engine.clock import Clock
from tests.mock.bitunix.conftest import MAIN, QUICK_TRON, RECEIVER, TRC20, make_client

WITHDRAW = "/api/spot/v1/withdraw"
TRANSFER = "/api/spot/v1/inside_transfer"
ACCOUNT = "/api/spot/v1/user/account"


async def raw_post(client, path: str, content: bytes, content_type: str = "application/json"):
    headers = {**client.headers(MAIN, {}, content), "content-type": content_type}
    return await client.http.post(path, content=content, headers=headers)


def rejected(response, status: int, code: str) -> None:
    body = response.json()
    assert (response.status_code, body["code"], body["success"], body["data"]) == (status, code, False, None), body


async def test_malformed_requests_are_400_in_the_bitunix_envelope_and_change_nothing(client):
    await client.fund("100")
    state = await client.control("GET", "/_mock/state")
    rejected(await raw_post(client, WITHDRAW, b'{"coin":"USDT",'), 400, "2")
    rejected(await raw_post(client, WITHDRAW, b'{"coin":"USDT"}', "text/plain"), 400, "2")
    rejected(await raw_post(client, WITHDRAW, b'{"coin":"USDT","coin":"TRX"}'), 400, "2")
    rejected(await client.post(WITHDRAW, {"coin": "USDT", "network": TRC20, "address": QUICK_TRON}), 400, "70003")
    body = {"coin": "USDT", "network": TRC20, "address": QUICK_TRON, "amount": "20"}  # a string, not a number
    rejected(await client.post(WITHDRAW, body), 400, "2")
    rejected(await client.post(WITHDRAW, {**body, "amount": 20, "extra": 1}), 400, "2")
    rejected(await client.post(WITHDRAW, {**body, "amount": -5}), 400, "2")
    rejected(await client.get("/api/spot/v1/order/detail", {}), 400, "70003")
    rejected(await client.get("/api/spot/v1/order/detail", {"orderId": "1", "x": "y"}), 400, "2")
    assert (await client.control("GET", "/_mock/state"))["provider"] == state["provider"]


async def test_unknown_path_and_method(client):
    rejected(await client.http.get("/api/spot/v1/nope"), 404, "2")
    response = await client.http.get(WITHDRAW)
    rejected(response, 405, "2")
    assert response.headers["allow"] == "POST"


async def test_amounts_travel_as_exact_json_numbers(client):
    await client.fund("100")
    content = b'{"coin":"USDT","network":"Tron (TRC-20)","address":"%s","amount":20.000001}' % QUICK_TRON.encode()
    withdraw_id = (await raw_post(client, WITHDRAW, content)).json()["data"]
    record = (await client.ok("POST", "/api/spot/v1/withdraw_transfer/page", {"id": withdraw_id}))[0]
    assert (record["amount"], record["fee"]) == ("19.000001", "1.000000")
    assert (await client.balances())["USDT"] == (Decimal("79.999999"), Decimal("20.000001"))


async def test_business_errors_are_http_200_envelopes(client):
    await client.fund("50")
    body = {"coin": "USDT", "network": TRC20, "address": "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf", "amount": 20}
    await client.error("POST", WITHDRAW, body, "110008")
    await client.error("POST", WITHDRAW, {**body, "address": QUICK_TRON, "amount": 1}, "110007")
    await client.error("POST", TRANSFER, {"coin": "USDT", "amount": 1, "toType": "uid", "toUid": 1}, "10016")
    await client.error("POST", TRANSFER, {"coin": "USDT", "amount": 1, "toType": "email"}, "70003")
    order = {"side": 2, "type": 1, "volume": "0.0000001", "price": "80000", "symbol": "BTCUSDT"}
    await client.error("POST", "/api/spot/v1/order/place_order", order, "10058")
    await client.error("GET", "/api/spot/v1/market/last_price", {"symbol": "NOPE"}, "2")
    assert (await client.balances())["USDT"] == (Decimal(50), Decimal(0))


async def test_out_biz_id_makes_a_transfer_safe_to_repeat(client):
    await client.fund("100")
    body = {"coin": "USDT", "amount": 10, "toType": "uid", "toUid": RECEIVER.uid, "outBizId": "pay-42"}
    first = await client.ok("POST", TRANSFER, body)
    assert await client.ok("POST", TRANSFER, body) == first
    concurrent = await asyncio.gather(*(client.call("POST", TRANSFER, body) for _ in range(8)))
    assert {r["data"] for r in concurrent} == {first}
    assert (await client.balances())["USDT"] == (Decimal(90), Decimal(10))
    records = await client.ok("POST", "/api/spot/v1/withdraw_transfer/page", {"outBizId": "pay-42"})
    assert [r["id"] for r in records] == [first]


async def test_concurrent_withdrawals_cannot_overdraw(client):
    await client.fund("100")
    body = {"coin": "USDT", "network": TRC20, "address": QUICK_TRON, "amount": 20}
    codes = [r["code"] for r in await asyncio.gather(*(client.call("POST", WITHDRAW, body) for _ in range(12)))]
    assert codes.count("0") == 5 and codes.count("2") == 7
    assert (await client.balances())["USDT"] == (Decimal(0), Decimal(100))
    await client.ledger_ok()


async def test_user_endpoints_allow_ten_requests_per_second_per_key():
    clock = Clock(frozen_at=1_744_185_000_000)
    client = make_client(clock=clock)
    try:
        codes = [(await client.call("GET", ACCOUNT))["code"] for _ in range(12)]
        assert codes == ["0"] * 10 + ["110041"] * 2
        response = await client.get(ACCOUNT)
        body = response.json()
        assert (response.status_code, body["code"], body["success"]) == (200, "110041", False)
        assert (await client.call("GET", ACCOUNT, user=RECEIVER))["code"] == "0"  # per key
        order = {"symbol": "BTCUSDT"}
        assert (await client.call("POST", "/api/spot/v1/order/pending/list", order))["code"] == "0"  # not User
        assert (await client.http.get("/api/spot/v1/market/last_price?symbol=BTCUSDT")).json()["code"] == "0"
        clock.frozen_at += 1000
        assert (await client.call("GET", ACCOUNT))["code"] == "0"
        await client.control("POST", "/_mock/settings", {"rate_limit_per_second": 0})
        codes = [(await client.call("GET", ACCOUNT))["code"] for _ in range(15)]
        assert set(codes) == {"0"}
    finally:
        await client.aclose()


async def test_rate_limited_requests_change_nothing():
    clock = Clock(frozen_at=1_744_185_000_000)
    client = make_client(clock=clock)
    try:
        await client.fund("100")  # one User request (the deposit address)
        clock.frozen_at += 1000
        body = {"type": "spot_futures", "coin": "USDT", "amount": 1}
        codes = [(await client.call("POST", "/api/spot/v1/funds_transfer", body))["code"] for _ in range(11)]
        assert codes == ["0"] * 10 + ["110041"]
        clock.frozen_at += 1000
        assert (await client.balances())["USDT"] == (Decimal(90), Decimal(0))
    finally:
        await client.aclose()


async def test_balances_are_exact_bare_json_numbers(client):
    await client.fund("1000.000001")
    raw = (await client.get(ACCOUNT)).content
    assert b'{"coin":"USDT","balance":1000.000001,"balanceLocked":0.000000}' in raw
