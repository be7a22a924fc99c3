"""With a state file, every mutating request is committed before its response, and a restart restores it all."""

from __future__ import annotations

import json
import sqlite3

from coinrails_mock.app import build_app
from tests.mock.ceffu.conftest import CeffuTestClient

EXTERNAL_ETH = "0x" + "ab" * 20


async def test_restart_restores_ledger_orders_and_request_ids(tmp_path):
    state = tmp_path / "ceffu.sqlite"
    first = CeffuTestClient(build_app("ceffu", strict=True, state_path=state))
    prime = await first.prime_id()
    sub = await first.ok("POST", "/open-api/v1/subwallet/create", {"parentWalletId": prime, "requestId": "s1"})
    await first.fund(prime, "ETH", "ETH", "3.5")
    await first.ok(
        "POST",
        "/open-api/v1/wallet/addWhitelist",
        {"addressType": 1, "address": EXTERNAL_ETH, "label": "cold", "symbol": "ETH", "network": "ETH"},
    )
    withdrawal = await first.ok(
        "POST",
        "/open-api/v2/wallet/withdrawal",
        {
            "walletId": prime,
            "coinSymbol": "ETH",
            "network": "ETH",
            "amount": "1",
            "requestId": "w1",
            "withdrawalAddress": EXTERNAL_ETH,
        },
    )
    await first.ok(
        "POST",
        "/open-api/v1/subwallet/transfer",
        {
            "coinSymbol": "ETH",
            "amount": "0.5",
            "fromWalletId": prime,
            "toWalletId": sub["walletIdStr"],
            "requestId": "t1",
        },
    )
    target = await first.control("POST", "/_mock/webhooks", {"url": "http://127.0.0.1:9/hook"})
    before_assets = await first.assets(prime)
    before_state = (await first.control("GET", "/_mock/state"))["provider"]
    await first.aclose()

    second = CeffuTestClient(build_app("ceffu", strict=True, state_path=state))
    try:
        assert (await second.control("GET", "/_mock/state"))["provider"] == before_state
        assert await second.assets(prime) == before_assets
        # 3.5 deposited - 0.5 moved out; the withdrawal's 1 + 0.002 fee is locked, still part of amount
        assert (before_assets["ETH"]["amount"], before_assets["ETH"]["availableAmount"]) == ("3.00000000", "1.99800000")
        detail = await second.ok(
            "GET", "/open-api/v2/wallet/withdrawal/detail", {"orderViewId": withdrawal["orderViewId"]}
        )
        assert detail["status"] == 10
        assert [t["webhookId"] for t in (await second.control("GET", "/_mock/webhooks"))["targets"]] == [
            target["webhookId"]
        ]
        again = await second.post(
            "/open-api/v1/subwallet/transfer",
            {
                "coinSymbol": "ETH",
                "amount": "0.5",
                "fromWalletId": prime,
                "toWalletId": sub["walletIdStr"],
                "requestId": "t1",
            },
        )
        assert again.json()["code"] == "G20015"
        assert (await second.control("GET", "/_mock/ledger/check"))["ok"]
    finally:
        await second.aclose()


async def test_state_is_committed_before_the_response(tmp_path):
    state = tmp_path / "ceffu.sqlite"
    client = CeffuTestClient(build_app("ceffu", strict=True, state_path=state))
    try:
        created = await client.ok(
            "POST", "/open-api/v1/wallet/create", {"walletName": "QW", "walletType": 10, "requestId": "c1"}
        )
        with sqlite3.connect(state) as db:
            keys = [json.loads(k) for (k,) in db.execute("SELECT k FROM cr_wallets")]  # one row per wallet
        assert int(created["walletId"]) in keys
    finally:
        await client.aclose()


async def test_control_settings_and_clock_survive_a_restart(tmp_path):
    state = tmp_path / "ceffu.sqlite"
    first = CeffuTestClient(build_app("ceffu", strict=True, state_path=state))
    await first.control("POST", "/_mock/settings", {"auto_advance_ms": 1234, "webhook_time_scale": 0.5})
    shifted = await first.control("POST", "/_mock/clock", {"shift_ms": 86_400_000})
    await first.aclose()
    second = CeffuTestClient(build_app("ceffu", strict=True, state_path=state))
    try:
        settings = await second.control("GET", "/_mock/settings")
        assert (settings["auto_advance_ms"], settings["webhook_time_scale"]) == (1234, 0.5)
        assert (await second.control("GET", "/_mock/clock"))["offset_ms"] == shifted["offset_ms"]
    finally:
        await second.aclose()
