"""With a state file, every change is committed before its response, and a restart restores it all."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal

from tests.mock.bitunix.conftest import QUICK_TRON, RECEIVER, TRC20, make_client


async def test_restart_restores_balances_records_orders_and_out_biz_ids(tmp_path):
    state = tmp_path / "bitunix.sqlite"
    first = make_client(state_path=state, rate_limit_per_second=0)
    await first.fund("1000")
    withdraw_id = await first.ok(
        "POST", "/api/spot/v1/withdraw", {"coin": "USDT", "network": TRC20, "address": QUICK_TRON, "amount": 20}
    )
    transfer = {"coin": "USDT", "amount": 10, "toType": "uid", "toUid": RECEIVER.uid, "outBizId": "keep"}
    transfer_id = await first.ok("POST", "/api/spot/v1/inside_transfer", transfer)
    order = {"side": 2, "type": 1, "volume": "0.001", "price": "80000", "symbol": "BTCUSDT"}
    order_id = (await first.ok("POST", "/api/spot/v1/order/place_order", order))["orderId"]
    await first.control("POST", "/_mock/settings", {"auto_advance_ms": 0, "timestamp_window_ms": 45_000})
    before = await first.balances()
    snapshot = (await first.control("GET", "/_mock/state"))["provider"]
    await first.aclose()

    second = make_client(state_path=state)
    try:
        assert (await second.control("GET", "/_mock/state"))["provider"] == snapshot
        assert await second.balances() == before
        assert before["USDT"] == (Decimal(890), Decimal(110))
        assert (await second.control("GET", "/_mock/settings"))["timestamp_window_ms"] == 45_000
        assert await second.ok("POST", "/api/spot/v1/inside_transfer", transfer) == transfer_id
        assert (await second.ok("GET", "/api/spot/v1/order/detail", {"orderId": order_id}))["status"] == 1
        await second.control("POST", f"/_mock/bitunix/withdraw-transfers/{withdraw_id}/advance", {"to": "success"})
        await second.ledger_ok()
    finally:
        await second.aclose()


async def test_state_is_committed_before_the_response(tmp_path):
    state = tmp_path / "bitunix.sqlite"
    client = make_client(state_path=state)
    try:
        await client.fund("5")
        transfer_id = await client.ok(
            "POST", "/api/spot/v1/funds_transfer", {"type": "spot_futures", "coin": "USDT", "amount": 2}
        )
        with sqlite3.connect(state) as db:
            keys = [json.loads(k) for (k,) in db.execute("SELECT k FROM cr_funds")]  # one row per transfer
        assert transfer_id in keys
    finally:
        await client.aclose()
