"""The xCurrency mock over HTTP (in-process, strict): validation, uniqueness, quotes, minimum, the order state
machine through the control API, pagination and exact JSON numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import ORDERS, QUOTE, dumps

HOUR_MS = 3_600_000
CUSTOMER = {"externalRef": "user_10086", "name": "Alice Chen", "email": "alice@example.com", "metadata": {"t": "g"}}


# ---- validation ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        {k: v for k, v in CUSTOMER.items() if k != "email"},
        {**CUSTOMER, "unknown": "x"},
        {**CUSTOMER, "name": ""},
        {**CUSTOMER, "metadata": {"n": 1}},
        [CUSTOMER],
    ],
)
async def test_invalid_customer_bodies_are_400_invalid_parameter(client, body):
    assert await client.error("POST", "/customers", body) == "invalid parameter"
    assert (await client.state())["customers"] == []


async def test_malformed_json_and_wrong_content_type(client):
    for raw, content_type in ((b"{", "application/json"), (dumps(CUSTOMER), "text/plain"), (b'{"a":1,"a":2}', None)):
        response = await client.post("/customers", raw=raw, **({"content-type": content_type} if content_type else {}))
        assert (response.status_code, response.json()) == (400, {"status": "-1", "message": "invalid parameter"})


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/topup/orders", {"pageSize": 0}),
        ("/topup/orders", {"pageSize": 101}),
        ("/topup/orders", {"pages": "x"}),
        ("/topup/orders", {"status": "DONE"}),
        ("/topup/orders", {"bogus": "1"}),
        ("/assets/networks", {"limit": 1}),
    ],
)
async def test_invalid_query_parameters(client, path, params):
    assert await client.error("GET", path, params) == "invalid parameter"


async def test_quote_body_validation(client):
    for body in (
        {"sourceCurrency": "AUD"},
        {"sourceCurrency": "aud", "targetCurrency": "USDT"},
        {"sourceCurrency": "AUD", "targetCurrency": "USDT", "sourceAmount": "1e5"},
        {"sourceCurrency": "AUD", "targetCurrency": "USDT", "sourceAmount": 100},
    ):
        assert await client.error("POST", QUOTE, body) == "invalid parameter"
    assert await client.error("POST", QUOTE, {"sourceCurrency": "XYZ", "targetCurrency": "USDT"}) == (
        "unsupported currency"
    )
    assert (await client.state())["quotes"] == []


async def test_unknown_path_and_wrong_method_use_the_envelope(client):
    response = await client.get("/nowhere")
    assert (response.status_code, response.json()["status"]) == (404, "-1")
    response = await client.http.delete("/customers")
    assert (response.status_code, response.json()["status"], response.headers["allow"]) == (405, "-1", "POST")


# ---- business rules ------------------------------------------------------------------------------
async def test_customer_uniqueness(client):
    created = await client.ok("POST", "/customers", CUSTOMER)
    assert created["customerId"].startswith("cus_") and created["email"] == "alice@example.com"
    assert await client.error("POST", "/customers", {**CUSTOMER, "externalRef": "x"}) == "email already exists"
    assert await client.error("POST", "/customers", {**CUSTOMER, "email": "b@example.com"}) == (
        "externalRef already exists"
    )
    assert len((await client.state())["customers"]) == 1


async def test_wallets_follow_the_matrix(client):
    matrix = (await client.ok("GET", "/assets/networks"))["matrix"]
    customer = await client.customer()
    for row in matrix:
        wallet = await client.wallet(customer["customerId"], row["asset"], row["network"])
        assert (wallet["asset"], wallet["network"], wallet["status"]) == (row["asset"], row["network"], "ACTIVE")
    body = {"customerId": customer["customerId"], "asset": "USDC", "network": "TRON"}
    assert await client.error("POST", "/wallets", body) == "unsupported asset/network"
    assert await client.error("POST", "/wallets", {**body, "customerId": "cus_none"}) == "customer not found"
    assert len((await client.state())["wallets"]) == len(matrix)


async def test_quote_expiry_by_clock_and_by_control(client):
    wallet = await client.wallet((await client.customer())["customerId"])
    q = await client.quote()
    await client.control("POST", "/_mock/clock", {"shift_ms": 300_000})
    await client.login()
    order = {"quoteId": q["queryNo"], "walletId": wallet["walletId"], "payer": {"name": "A"}}
    assert await client.error("POST", ORDERS, order) == "quote expired"
    fresh = await client.quote()
    await client.control("POST", f"/_mock/xcurrency/quotes/{fresh['queryNo']}/expire")
    assert await client.error("POST", ORDERS, {**order, "quoteId": fresh["queryNo"]}) == "quote expired"
    await client.control("POST", "/_mock/xcurrency/quotes/q_none/expire", status=404)
    assert (await client.state())["orders"] == []


async def test_quote_ttl_setting(client):
    await client.control("POST", "/_mock/xcurrency/settings", {"quote_ttl_ms": 1_000})
    wallet = await client.wallet((await client.customer())["customerId"])
    q = await client.quote()
    await client.control("POST", "/_mock/clock", {"shift_ms": 1_000})
    order = {"quoteId": q["queryNo"], "walletId": wallet["walletId"], "payer": {"name": "A"}}
    assert await client.error("POST", ORDERS, order) == "quote expired"
    await client.control("POST", "/_mock/xcurrency/settings", {"quote_ttl_ms": 0}, status=400)


async def test_minimum_top_up(client):
    wallet = await client.wallet((await client.customer())["customerId"])
    q = await client.quote("99.99")
    order = {"quoteId": q["queryNo"], "walletId": wallet["walletId"], "payer": {"name": "A"}}
    assert await client.error("POST", ORDERS, order) == "amount below minimum top-up"
    assert await client.error("POST", ORDERS, {**order, "walletId": "wal_none"}) == "wallet not found"
    assert await client.error("POST", ORDERS, {**order, "quoteId": "q_none"}) == "quote not found"
    assert (await client.state())["orders"] == []
    # the minimum (100.00) is in USD: 147.62 AUD is 99.997 USD, 147.63 AUD is 100.004 USD (x 0.6774)
    q = await client.quote("147.62")
    assert await client.error("POST", ORDERS, {**order, "quoteId": q["queryNo"]}) == "amount below minimum top-up"
    assert (await client.state())["orders"] == []
    created = await client.order(wallet["walletId"], "147.63")
    assert created["status"] == "TRANSFERRING" and created["paymentInstructions"]["currency"] == "AUD"
    assert (await client.order(wallet["walletId"], "1000", "CNY"))["quoteSnapshot"]["targetAmount"] == Decimal("139.6")


async def test_order_state_machine_and_credit(client):
    wallet = await client.wallet((await client.customer())["customerId"])
    wid = wallet["walletId"]
    done, failed = await client.order(wid, "200"), await client.order(wid, "300")
    balance = await client.ok("GET", f"/wallets/{wid}/balances")
    assert (balance["available"], balance["pending"]) == ("0", "336.70")  # 134.48 + 202.22 in flight (fee 1 each)
    moved = await client.settle(done["orderId"])
    assert (moved["status"], moved["walletId"]) == ("COMPLETED", wid)
    assert (await client.settle(failed["orderId"], received=False))["status"] == "FAILED"
    for order_id in (done["orderId"], failed["orderId"]):
        await client.control("POST", f"/_mock/xcurrency/topup/orders/{order_id}/fiat-received", status=409)
    await client.control("POST", "/_mock/xcurrency/topup/orders/nope/fiat-failed", status=404)
    balance = await client.ok("GET", f"/wallets/{wid}/balances")
    assert (balance["available"], balance["pending"]) == ("134.48", "0")
    [tx] = (await client.ok("GET", f"/wallets/{wid}/transactions"))["items"]
    assert (tx["type"], tx["reason"], tx["amount"], tx["asset"]) == ("CREDIT", "TOPUP_CREDIT", "134.48", "USDT")
    assert (await client.ok("GET", f"{ORDERS}/{done['orderId']}"))["status"] == "COMPLETED"
    assert (await client.ok("GET", f"{ORDERS}/{failed['orderId']}"))["status"] == "FAILED"
    assert await client.error("GET", f"{ORDERS}/nope", None) == "order not found"
    assert (await client.control("GET", "/_mock/ledger/check"))["ok"] is True


async def test_auto_advance_completes_orders(client):
    wallet = await client.wallet((await client.customer())["customerId"])
    order = await client.order(wallet["walletId"])
    await client.control("POST", "/_mock/settings", {"auto_advance_ms": 60_000})
    await client.control("POST", "/_mock/clock", {"shift_ms": 60_000})
    await client.login()
    assert (await client.ok("GET", f"{ORDERS}/{order['orderId']}"))["status"] == "COMPLETED"
    assert (await client.ok("GET", f"/wallets/{wallet['walletId']}/balances"))["available"] == "134.48"


async def test_rate_limit_setting_is_refused(client):
    await client.control("POST", "/_mock/settings", {"rate_limit_per_second": 5}, status=400)


async def test_quote_amounts_are_exact_json_numbers(client):
    response = await client.post(QUOTE, {"sourceCurrency": "AUD", "targetCurrency": "USDT", "sourceAmount": "50"})
    assert '"rate":0.6774' in response.text and '"targetAmount":32.87' in response.text
    assert '"sourceAmount":50' in response.text and '"fee":1' in response.text
    data = response.json(parse_float=Decimal)["data"]
    assert data["targetAmount"] == Decimal("32.87")


# ---- pagination ----------------------------------------------------------------------------------
async def test_cursor_pagination_of_wallets_and_transactions(client):
    cid = (await client.customer())["customerId"]
    made = [(await client.wallet(cid))["walletId"] for _ in range(5)]
    seen, cursor = [], None
    while True:
        page = await client.ok(
            "GET", f"/customers/{cid}/wallets", {"limit": 2, **({"cursor": cursor} if cursor else {})}
        )
        seen += [w["walletId"] for w in page["items"]]
        cursor = page["nextCursor"]
        if cursor is None:
            break
    assert seen == made
    assert await client.error("GET", f"/customers/{cid}/wallets", {"cursor": "bogus"}) == "invalid cursor"
    assert await client.error("GET", "/customers/cus_none/wallets", None) == "customer not found"

    wid = made[0]
    orders = [await client.order(wid, str(200 + i)) for i in range(3)]
    for order in orders:
        await client.settle(order["orderId"])
    first = await client.ok("GET", f"/wallets/{wid}/transactions", {"limit": 2})
    rest = await client.ok("GET", f"/wallets/{wid}/transactions", {"limit": 2, "cursor": first["nextCursor"]})
    amounts = [t["amount"] for t in first["items"] + rest["items"]]
    assert amounts == ["135.83", "135.15", "134.48"]  # newest first: 202, 201, 200 AUD at 0.6774, less 1
    assert rest["nextCursor"] is None
    wallet_cursor = (await client.ok("GET", f"/customers/{cid}/wallets", {"limit": 1}))["nextCursor"]
    assert await client.error("GET", f"/wallets/{wid}/transactions", {"cursor": wallet_cursor}) == ("invalid cursor")
    assert await client.error("GET", "/wallets/wal_none/transactions", None) == "wallet not found"
    assert await client.error("GET", "/wallets/wal_none/balances", None) == "wallet not found"


async def test_page_pagination_of_orders_with_total_and_credited_alias(client):
    cid = (await client.customer())["customerId"]
    wid = (await client.wallet(cid))["walletId"]
    other = (await client.wallet(cid, "USDT", "ETH"))["walletId"]
    orders = [await client.order(wid, "200") for _ in range(5)]
    await client.order(other, "200")
    for order in orders[:3]:
        await client.settle(order["orderId"])
    response = await client.get(ORDERS, {"walletId": wid, "pageSize": 2, "pages": 2})
    body = response.json()
    assert body["total"] == 5 and [o["orderId"] for o in body["data"]] == [o["orderId"] for o in orders[::-1][2:4]]
    for status in ("CREDITED", "COMPLETED"):
        body = (await client.get(ORDERS, {"walletId": wid, "status": status})).json()
        assert body["total"] == 3 and {o["status"] for o in body["data"]} == {"COMPLETED"}
    assert (await client.get(ORDERS, {"pages": 99})).json() == {"status": "1", "total": 6, "data": []}
    assert (await client.get(ORDERS, {"status": "TRANSFERRING"})).json()["total"] == 3
    assert await client.error("GET", ORDERS, {"walletId": "wal_none"}) == "wallet not found"
