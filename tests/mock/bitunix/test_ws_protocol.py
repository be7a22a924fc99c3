"""The issue's "Done when", end to end: a client written only from the documented WebSocket protocol (raw
`websockets` + hashlib, see ws_support.RawClient) against ws://127.0.0.1:<port>/ws-api/v1 on the Bitunix mock.

Ping, market data, its account (equal to REST), a limit order placed and cancelled over WebSocket (the locked
balance moves and comes back exactly; REST sees the order), and error answers carrying its own `id` for a bad
signature, a stale timestamp, a reused nonce and malformed frames, on one connection that keeps working.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from decimal import Decimal

import pytest

from coinrails_mock.providers.bitunix.credentials import MAIN, RECEIVER
from tests.mock.bitunix.ws_support import RawClient, connect, fund, live_mock, rest, rest_call

ACCOUNT = "/api/spot/v1/user/account"


def balances(rows: list[dict]) -> dict[str, tuple[Decimal, Decimal]]:
    return {r["coin"]: (Decimal(r["balance"]), Decimal(r["balanceLocked"])) for r in rows}


@pytest.fixture(scope="module")
def live():
    with live_mock(rate_limit_per_second=0) as running:
        yield running


async def test_documented_protocol_end_to_end(live):
    async with asyncio.timeout(60), rest(live) as http, connect(live.ws) as connection:
        ws = RawClient(connection, MAIN.api_key, MAIN.secret_key)
        await fund(http, MAIN, "1000")

        # ping and market data
        assert (await ws.ok("ping")) == "pong"
        price = Decimal(await ws.ok("market.last_price", {"symbol": "BTCUSDT"}))
        assert price == Decimal(
            await rest_call(http, MAIN, "GET", "/api/spot/v1/market/last_price", {"symbol": "BTCUSDT"})
        )
        pairs = await ws.ok("common.coin_pair.list")
        btc = next(p for p in pairs if p["base"] == "BTC" and p["quote"] == "USDT")
        depth = await ws.ok("market.depth", {"symbol": "BTCUSDT", "precision": Decimal(btc["precisions"][0])})
        assert (
            depth["asks"] and depth["bids"] and Decimal(depth["asks"][0]["price"]) > Decimal(depth["bids"][0]["price"])
        )
        klines = await ws.ok("market.kline", {"symbol": "BTCUSDT", "interval": "1"})
        assert klines and all(Decimal(k["low"]) <= Decimal(k["high"]) for k in klines)

        # the account, equal to REST
        before = await ws.ok("user.account")
        assert before == await rest_call(http, MAIN, "GET", ACCOUNT)
        assert (await ws.ok("user.info")) == {"uid": MAIN.uid}
        usdt = balances(before)["USDT"]
        assert usdt[0] >= Decimal("1000")

        # a resting limit buy locks price * volume; REST sees it
        order = {"side": 2, "type": 1, "volume": "0.01", "price": "1000.00", "symbol": "BTCUSDT"}
        placed = await ws.ok("order.place_order", order)
        order_id = placed["orderId"]
        after_place = balances(await ws.ok("user.account"))["USDT"]
        assert after_place == (usdt[0] - Decimal("10"), usdt[1] + Decimal("10"))
        assert balances(await rest_call(http, MAIN, "GET", ACCOUNT))["USDT"] == after_place
        detail = await rest_call(http, MAIN, "GET", "/api/spot/v1/order/detail", {"orderId": order_id})
        assert (detail["status"], detail["symbol"]) == (1, "BTCUSDT")
        pending = await ws.ok("order.pending.list", {"symbol": "BTCUSDT"})
        assert order_id in [o["orderId"] for o in pending]

        # cancelled over WebSocket: the lock comes back exactly, REST sees the cancel
        await ws.ok("order.cancel", {"orderIdList": [{"orderId": order_id, "symbol": "BTCUSDT"}]})
        assert balances(await ws.ok("user.account"))["USDT"] == usdt
        detail = await rest_call(http, MAIN, "GET", "/api/spot/v1/order/detail", {"orderId": order_id})
        assert detail["status"] == 4
        history = await ws.ok("order.history.page", {"symbol": "BTCUSDT", "page": 1, "pageSize": 10})
        assert order_id in [o["orderId"] for o in history["data"]]

        # errors carry the request's own id, and the connection keeps working after each
        bad = ws.signed({"symbol": "BTCUSDT"})
        answer = await ws.frame({"id": 9001, "method": "market.last_price", "params": {**bad, "sign": "0" * 64}})
        assert (answer["id"], answer["code"], answer["data"]) == (9001, "100005", None)
        stale = int(time.time() * 1000) - 10 * 60_000
        answer = await ws.frame({"id": "stale-1", "method": "user.account", "params": ws.signed({}, timestamp=stale)})
        assert (answer["id"], answer["code"]) == ("stale-1", "100008")
        nonce = secrets.token_hex(16)
        first = await ws.frame({"id": 9002, "method": "user.info", "params": ws.signed({}, nonce=nonce)})
        again = await ws.frame({"id": 9003, "method": "user.info", "params": ws.signed({}, nonce=nonce)})
        assert (first["code"], again["id"], again["code"]) == ("0", 9003, "100008")
        unknown_key = {**ws.signed({}), "apiKey": "bx-not-a-key"}
        answer = await ws.frame({"id": 9004, "method": "user.account", "params": unknown_key})
        assert (answer["id"], answer["code"]) == (9004, "100004")
        answer = await ws.send_raw("{not json")
        assert (answer["id"], answer["code"]) == (None, "2")
        answer = await ws.send_raw("[1, 2]")
        assert (answer["id"], answer["code"]) == (None, "2")
        answer = await ws.frame({"id": 9005, "method": "market.nope", "params": ws.signed({})})
        assert (answer["id"], answer["code"]) == (9005, "2")
        answer = await ws.frame({"id": 9006, "method": "market.last_price"})
        assert (answer["id"], answer["code"]) == (9006, "70003")
        answer = await ws.frame({"id": 9007, "method": "market.last_price", "params": ws.signed({})})
        assert (answer["id"], answer["code"]) == (9007, "70003")  # symbol missing
        assert (await ws.ok("ping")) == "pong"
        assert balances(await ws.ok("user.account"))["USDT"] == usdt
        check = (await http.get("/_mock/ledger/check")).json()
        assert check["ok"], check


async def test_an_order_placed_over_rest_is_seen_and_cancelled_over_websocket(live):
    async with asyncio.timeout(60), rest(live) as http, connect(live.ws) as connection:
        ws = RawClient(connection, RECEIVER.api_key, RECEIVER.secret_key)
        await fund(http, RECEIVER, "500")
        start = balances(await ws.ok("user.account"))["USDT"]
        body = {"side": 2, "type": 1, "volume": "0.02", "price": "1500.00", "symbol": "BTCUSDT"}
        placed = await rest_call(http, RECEIVER, "POST", "/api/spot/v1/order/place_order", body)
        pending = await ws.ok("order.pending.list", {"symbol": "BTCUSDT"})
        assert placed["orderId"] in [o["orderId"] for o in pending]
        assert balances(await ws.ok("user.account"))["USDT"] == (start[0] - 30, start[1] + 30)
        await ws.ok("order.cancel", {"orderIdList": [{"orderId": placed["orderId"], "symbol": "BTCUSDT"}]})
        assert balances(await rest_call(http, RECEIVER, "GET", ACCOUNT))["USDT"] == start
