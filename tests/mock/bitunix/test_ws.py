"""The mock's /ws-api/v1: every method answers in the shape of its AsyncAPI reply (the app is strict), frames are
checked against the AsyncAPI request schemas, authentication shares the REST nonce memory and rate limit, and a
bad frame gets an error answer while the connection stays usable."""

from __future__ import annotations

import asyncio
import json
import secrets
from decimal import Decimal

import pytest
import websockets

from coinrails_mock.providers.bitunix.credentials import MAIN
from tests.mock.bitunix.ws_support import TIMEOUT, RawClient, connect, fund, live_mock, rest, rest_call, rest_headers


@pytest.fixture(scope="module")
def live():
    with live_mock(rate_limit_per_second=0) as running:
        yield running


async def test_every_documented_method_answers_success(live):
    async with asyncio.timeout(60), rest(live) as http, connect(live.ws) as connection:
        ws = RawClient(connection, MAIN.api_key, MAIN.secret_key)
        await fund(http, MAIN, "100")
        order = {"side": 2, "type": 1, "volume": "0.01", "price": "900.00", "symbol": "BTCUSDT"}
        placed = await ws.ok("order.place_order", order)
        batch = await ws.ok("order.place_order.batch", {"orderList": [order, {**order, "price": "901.00"}]})
        ref = {"orderId": placed["orderId"], "symbol": "BTCUSDT"}
        calls = {
            "ping": {},
            "market.last_price": {"symbol": "ETHUSDT"},
            "market.depth": {"symbol": "BTCUSDT", "precision": Decimal("0.1")},
            "market.kline": {"symbol": "BTCUSDT", "interval": "15"},
            "common.coin_pair.list": {},
            "common.rate.list": {},
            "common.coin.coin_network.list": {},
            "user.account": {},
            "user.info": {},
            "order.deal.list": ref,
            "order.history.page": {"symbol": "BTCUSDT"},
            "order.pending.list": {"symbol": "BTCUSDT"},
            "order.cancel": {"orderIdList": [ref, *({"orderId": o["orderId"], "symbol": "BTCUSDT"} for o in batch)]},
        }
        for method, params in calls.items():
            assert (await ws.call(method, params))["code"] == "0", method
        assert [o["orderId"] for o in await ws.ok("order.pending.list", {"symbol": "BTCUSDT"})] == []


async def test_frames_breaking_the_asyncapi_schema_are_refused_with_their_id(live):
    async with asyncio.timeout(30), connect(live.ws) as connection:
        ws = RawClient(connection, MAIN.api_key, MAIN.secret_key)
        cases = {
            "extra param": ("market.last_price", {"symbol": "BTCUSDT", "colour": "red"}, "2"),
            "wrong type": ("order.pending.list", {"symbol": 7}, "2"),
            "bad enum": ("market.kline", {"symbol": "BTCUSDT", "interval": "2"}, "2"),
            "missing": ("order.deal.list", {"symbol": "BTCUSDT"}, "70003"),
            "too long": ("market.last_price", {"symbol": "X" * 40}, "2"),
        }
        for number, (name, (method, params, code)) in enumerate(cases.items()):
            answer = await ws.frame({"id": f"case-{number}", "method": method, "params": ws.signed(params)})
            assert (answer["id"], answer["code"], answer["data"]) == (f"case-{number}", code, None), name
        answer = await ws.frame({"id": {"no": 1}, "method": "ping", "params": ws.signed({})})
        assert (answer["id"], answer["code"]) == (None, "2")  # an id the spec does not allow is not echoed
        answer = await ws.frame({"id": 5, "method": "ping", "params": "nope"})
        assert (answer["id"], answer["code"]) == (5, "2")
        answer = await ws.frame({"id": 6, "method": 12, "params": ws.signed({})})
        assert (answer["id"], answer["code"]) == (6, "2")
        assert await ws.ok("ping") == "pong"


async def test_binary_huge_and_tampered_frames_keep_the_connection(live):
    async with asyncio.timeout(30), connect(live.ws) as connection:
        ws = RawClient(connection, MAIN.api_key, MAIN.secret_key)
        assert (await ws.send_raw(b'{"id":1,"method":"ping","params":{}}'))["code"] == "2"
        huge = await ws.send_raw('{"id":2,"method":"ping","params":{"pad":"' + "x" * (1024 * 1024) + '"}}')
        assert huge["code"] == "2"
        params = ws.signed({"symbol": "BTCUSDT"})
        answer = await ws.frame({"id": 3, "method": "market.last_price", "params": {**params, "symbol": "ETHUSDT"}})
        assert (answer["id"], answer["code"]) == (3, "100005")  # the signature covers the params
        answer = await ws.frame({"id": 4, "method": "ping", "params": {**ws.signed({}), "nonce": "short"}})
        assert (answer["id"], answer["code"]) == (4, "100005")
        assert await ws.ok("ping") == "pong"


async def test_pipelined_requests_are_each_answered_by_id(live):
    async with asyncio.timeout(30), connect(live.ws) as connection:
        ws = RawClient(connection, MAIN.api_key, MAIN.secret_key)
        symbols = ["BTCUSDT", "ETHUSDT"] * 10
        for number, symbol in enumerate(symbols):
            frame = {"id": number, "method": "market.last_price", "params": ws.signed({"symbol": symbol})}
            await connection.send(json.dumps(frame))
        answers = {}
        for _ in symbols:
            answer = json.loads(await asyncio.wait_for(connection.recv(), TIMEOUT))
            answers[answer["id"]] = answer["data"]
        assert sorted(answers) == list(range(len(symbols)))
        assert len({answers[n] for n in range(0, len(symbols), 2)}) == 1
        assert answers[0] != answers[1]


async def test_a_nonce_used_over_rest_is_refused_over_websocket(live):
    async with asyncio.timeout(30), rest(live) as http, connect(live.ws) as connection:
        ws = RawClient(connection, MAIN.api_key, MAIN.secret_key)
        headers = rest_headers(MAIN.api_key, MAIN.secret_key)
        assert (await http.get("/api/spot/v1/user/info", headers=headers)).json()["code"] == "0"
        answer = await ws.call("user.info", nonce=headers["nonce"])
        assert answer["code"] == "100008"
        assert (await ws.call("user.info", nonce=secrets.token_hex(16)))["code"] == "0"


async def test_unknown_paths_refuse_the_handshake(live):
    async with asyncio.timeout(30):
        with pytest.raises(websockets.InvalidStatus) as refused:
            async with connect(live.ws.replace("/ws-api/v1", "/ws-api/v2")):
                pass
        assert refused.value.response.status_code == 403


async def test_the_rest_rate_limit_counts_websocket_user_requests_too():
    with live_mock(rate_limit_per_second=3) as running:
        async with asyncio.timeout(30), rest(running) as http, connect(running.ws) as connection:
            ws = RawClient(connection, MAIN.api_key, MAIN.secret_key)
            await rest_call(http, MAIN, "GET", "/api/spot/v1/user/info")
            codes = [(await ws.call("user.account"))["code"] for _ in range(4)]
            assert codes[:2] == ["0", "0"] and "110041" in codes[2:]
            assert (await ws.call("ping"))["code"] == "0"  # not a User method: not limited


async def test_websocket_frames_are_journaled_like_rest_requests(live):
    async with asyncio.timeout(30), rest(live) as http, connect(live.ws) as connection:
        await http.post("/_mock/reset")
        ws = RawClient(connection, MAIN.api_key, MAIN.secret_key)
        assert (await ws.call("user.account"))["code"] == "0"
        bad = ws.signed({})
        bad["sign"] = "0" * 64
        assert (await ws.frame({"id": 9, "method": "user.info", "params": bad}))["code"] == "100005"
        entries = (await http.get("/_mock/requests", params={"limit": 10})).json()["requests"]
    frames = [(e["method"], e["path"], e["operation"], e["code"]) for e in entries if e["method"] == "WS"]
    assert frames == [("WS", "/ws-api/v1", "user.account", "0"), ("WS", "/ws-api/v1", "user.info", "100005")]
    assert entries[-1]["reason"], "a refused frame says why"
