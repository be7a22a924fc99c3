"""The Bitunix control operations (/_mock/bitunix/...), auto-advance, faults and reset, seen through the API."""

from __future__ import annotations

import re
from decimal import Decimal

from coinrails_mock.providers.bitunix.coins import NETWORKS
from tests.mock.bitunix.conftest import ERC20, EXTERNAL_ETH, MAIN, QUICK_TRON, RECEIVER, TRC20

HISTORY = "/api/spot/v1/withdraw_transfer/page"


async def withdrawal(client, amount: int = 20) -> str:
    body = {"coin": "USDT", "network": TRC20, "address": QUICK_TRON, "amount": amount}
    return await client.ok("POST", "/api/spot/v1/withdraw", body)


async def record(client, record_id: str, user=MAIN) -> dict:
    return (await client.ok("POST", HISTORY, {"id": record_id}, user))[0]


async def test_deposit_addresses_are_realistic_and_deposits_show_in_history(client):
    for (coin, network), net in NETWORKS.items():
        row = await client.address(coin, network)
        assert re.fullmatch(net.address_regex, row["address"]) and row == await client.address(coin, network)
    deposit = await client.fund("250.5")
    assert (deposit["uid"], deposit["amount"], deposit["status"]) == (MAIN.uid, "250.500000", "success")
    rows = await client.ok("POST", "/api/spot/v1/deposit/page", {"id": deposit["id"]})
    assert rows[0]["toAddress"] == deposit["toAddress"] and rows[0]["transactionHash"] == deposit["transactionHash"]
    xrp = await client.fund("30", "XRP", "Ripple", RECEIVER)
    assert xrp["uid"] == RECEIVER.uid
    await client.control(
        "POST",
        "/_mock/bitunix/deposits",
        {"address": "T" + "1" * 33, "coin": "USDT", "network": TRC20, "amount": "1"},
        404,
    )
    await client.control(
        "POST",
        "/_mock/bitunix/deposits",
        {"address": QUICK_TRON, "coin": "USDT", "network": "Nope", "amount": "1"},
        400,
    )


async def test_pending_deposit_is_confirmed_by_the_control_api(client):
    row = await client.address()
    body = {"address": row["address"], "coin": "USDT", "network": TRC20, "amount": "40", "status": "pending"}
    pending = await client.control("POST", "/_mock/bitunix/deposits", body)
    assert (await client.balances())["USDT"] == (0, 0)
    done = await client.control("POST", f"/_mock/bitunix/deposits/{pending['id']}/advance", {})
    assert done["status"] == "success" and (await client.balances())["USDT"] == (40, 0)
    await client.control("POST", f"/_mock/bitunix/deposits/{pending['id']}/advance", {"to": "fail"}, 409)
    await client.control("POST", "/_mock/bitunix/deposits/999/advance", {}, 404)


async def test_quick_withdrawal_list_is_managed_by_the_control_api(client):
    await client.fund("1", "ETH", ERC20)
    listed = await client.control("GET", f"/_mock/bitunix/quick-withdraw-addresses?uid={MAIN.uid}")
    assert [a["address"] for a in listed["addresses"]] == [QUICK_TRON]
    body = {"coin": "ETH", "network": ERC20, "address": EXTERNAL_ETH, "amount": 0.5}
    await client.error("POST", "/api/spot/v1/withdraw", body, "110008")
    entry = await client.control(
        "POST", "/_mock/bitunix/quick-withdraw-addresses", {"coin": "ETH", "network": ERC20, "address": EXTERNAL_ETH}
    )
    assert entry["uid"] == MAIN.uid
    withdraw_id = await client.ok("POST", "/api/spot/v1/withdraw", body)
    assert (await record(client, withdraw_id))["fee"] == "0.00200000"
    await client.control("DELETE", f"/_mock/bitunix/quick-withdraw-addresses/{entry['addressId']}")
    await client.error("POST", "/api/spot/v1/withdraw", body, "110008")
    await client.control("DELETE", f"/_mock/bitunix/quick-withdraw-addresses/{entry['addressId']}", status=404)
    await client.control(
        "POST", "/_mock/bitunix/quick-withdraw-addresses", {"coin": "ETH", "network": ERC20, "address": "nope"}, 400
    )
    await client.control(
        "POST",
        "/_mock/bitunix/quick-withdraw-addresses",
        {"uid": 1, "coin": "ETH", "network": ERC20, "address": EXTERNAL_ETH},
        404,
    )


async def test_withdrawal_statuses_follow_the_control_api_and_cancel_stops_at_approval(client):
    await client.fund("100")
    first = await withdrawal(client)
    assert (await record(client, first))["status"] == "pending"  # a fresh API withdrawal, as in the docs' example
    check = {"to": "verification"}
    held = await client.control("POST", f"/_mock/bitunix/withdraw-transfers/{first}/advance", check)
    assert (held["status"], held["approved"]) == ("verification", False)
    moved = await client.control("POST", f"/_mock/bitunix/withdraw-transfers/{first}/advance", {})
    assert (moved["status"], moved["approved"]) == ("pending", False)
    approved = await client.control("POST", f"/_mock/bitunix/withdraw-transfers/{first}/advance", {})
    assert (approved["status"], approved["approved"]) == ("pending", True) and approved["transactionHash"]
    await client.error("POST", "/api/spot/v1/withdraw/cancel", {"withdrawId": first}, "2")
    done = await client.control("POST", f"/_mock/bitunix/withdraw-transfers/{first}/advance", {})
    assert done["status"] == "success"
    await client.control("POST", f"/_mock/bitunix/withdraw-transfers/{first}/advance", {}, 409)
    second = await withdrawal(client)
    assert await client.ok("POST", "/api/spot/v1/withdraw/cancel", {"withdrawId": second}) is None
    assert (await record(client, second))["status"] == "cancelled"
    third = await withdrawal(client)
    failed = await client.control("POST", f"/_mock/bitunix/withdraw-transfers/{third}/advance", {"to": "fail"})
    assert failed["status"] == "fail"
    assert (await client.balances())["USDT"] == (Decimal(80), Decimal(0))
    await client.control("POST", "/_mock/bitunix/withdraw-transfers/42/advance", {}, 404)
    await client.ledger_ok()


async def test_inside_transfer_reaches_the_receiver_who_sees_it_with_its_own_key(client):
    await client.fund("100")
    body = {"coin": "USDT", "amount": 12, "toType": "phone"}
    body |= {"toPhoneCountryCode": RECEIVER.phone_country_code, "toPhoneNumber": RECEIVER.phone_number}
    transfer_id = await client.ok("POST", "/api/spot/v1/inside_transfer", {**body, "remark": "rent"})
    assert (await record(client, transfer_id))["status"] == "pending"
    assert (await client.ok("POST", HISTORY, {"remark": "rent", "type": "inside_transfer"}))[0]["id"] == transfer_id
    await client.control("POST", f"/_mock/bitunix/withdraw-transfers/{transfer_id}/advance", {"to": "approved"}, 409)
    await client.control("POST", f"/_mock/bitunix/withdraw-transfers/{transfer_id}/advance", {})
    incoming = await client.ok("POST", "/api/spot/v1/deposit/page", {"type": "inside_transfer_in"}, RECEIVER)
    assert (incoming[0]["amount"], incoming[0]["fromAddress"]) == ("12.000000", str(MAIN.uid))
    assert (await client.balances(RECEIVER))["USDT"] == (Decimal(12), Decimal(0))
    await client.error("POST", "/api/spot/v1/inside_transfer/cancel", {"insideTransferId": transfer_id}, "2")


async def test_auto_advance_completes_records_on_the_scheduler(client):
    await client.fund("100")
    withdraw_id = await withdrawal(client)
    await client.control("POST", "/_mock/settings", {"auto_advance_ms": 1})
    for _ in range(4):
        client.engine.clock.shift(5)
        client.engine.run_due()
    assert (await record(client, withdraw_id))["status"] == "success"


async def test_fills_and_price_moves_through_the_control_api(client):
    await client.fund("10000")
    order = {"side": 2, "type": 1, "volume": "0.02", "price": "80000", "symbol": "BTCUSDT"}
    order_id = (await client.ok("POST", "/api/spot/v1/order/place_order", order))["orderId"]
    half = await client.control("POST", f"/_mock/bitunix/orders/{order_id}/fill", {"volume": "0.01"})
    assert (half["status"], half["dealVolume"]) == (3, "0.010000")
    await client.control("POST", f"/_mock/bitunix/orders/{order_id}/fill", {"price": "80000.01"}, 400)
    moved = await client.control("POST", "/_mock/bitunix/markets/BTCUSDT/price", {"price": "79000"})
    assert moved["filled"] == [order_id]
    assert await client.ok("GET", "/api/spot/v1/market/last_price", {"symbol": "BTCUSDT"}) == "79000.00"
    await client.control("POST", f"/_mock/bitunix/orders/{order_id}/fill", {}, 409)
    await client.control("POST", "/_mock/bitunix/orders/1/fill", {}, 404)
    await client.control("POST", "/_mock/bitunix/markets/DOGEUSDT/price", {"price": "1"}, 400)
    await client.ledger_ok()


async def test_accounts_view_shows_futures_and_reset_restores_the_seed(client):
    await client.fund("100")
    await client.ok("POST", "/api/spot/v1/funds_transfer", {"type": "spot_futures", "coin": "USDT", "amount": 60})
    view = await client.control("GET", f"/_mock/bitunix/accounts/{MAIN.uid}")
    usdt = next(row for row in view["futures"] if row["coin"] == "USDT")
    assert usdt["balance"] == "60.000000"
    await client.control("GET", "/_mock/bitunix/accounts/5", status=404)
    await client.control("POST", "/_mock/reset")
    assert (await client.balances())["USDT"] == (0, 0)
    listed = await client.control("GET", "/_mock/bitunix/quick-withdraw-addresses")
    assert [a["address"] for a in listed["addresses"]] == [QUICK_TRON]


async def test_injected_faults_use_the_bitunix_shape(client):
    await client.control("POST", "/_mock/faults", {"error_rate": 1, "status": 503})
    response = await client.get("/api/spot/v1/user/account")
    assert (response.status_code, response.json()["code"], response.json()["success"]) == (503, "500", False)
    await client.control("POST", "/_mock/faults", {"error_rate": 0, "rate_429": 1, "retry_after": 3})
    response = await client.get("/api/spot/v1/user/account")
    assert (response.status_code, response.json()["code"], response.headers["retry-after"]) == (429, "110041", "3")
