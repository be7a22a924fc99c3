"""Requests through the in-process strict app: validation errors (shape, status, no state change), the payment and
withdrawal state machines, 202 wallet transfers, the webhook secret, rate limiting and routing errors."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coinrails_mock.providers.cryptofuse.credentials import MAIN_CLIENT_ID, MAIN_CLIENT_SECRET

from .conftest import EVM, TRON, schema_errors

UUID = "123e4567-e89b-12d3-a456-426614174000"


@pytest.mark.parametrize(
    ("path", "body", "status", "code"),
    [
        ("/payments/", {"currency": "USDTTRC20"}, 400, "missing_required_fields"),
        ("/payments/", {"amount": 100}, 400, "missing_required_fields"),
        (
            "/payments/",
            {"amount": 100, "currency": "USDTTRC20", "blockchain": "TRX", "token": "USDT"},
            400,
            "invalid_request",
        ),
        ("/payments/", {"amount": 100, "blockchain": "TRX"}, 400, "missing_required_fields"),
        ("/payments/", {"amount": 100, "currency": "NOPE"}, 400, "invalid_currency"),
        ("/payments/", {"amount": 100, "currency": "USDTTRC20", "callback_url": "ftp://x"}, 400, "invalid_url"),
        ("/payments/", {"amount": 100, "currency": "USDTTRC20", "expiry_minutes": 0}, 400, "invalid_request"),
        ("/payments/", {"amount": 100, "currency": "USDTTRC20", "colour": "red"}, 400, "invalid_request"),
        ("/payments/", {"amount": "1e2", "currency": "USDTTRC20"}, 400, "invalid_request"),  # "100" is fine
        ("/payments/", {"amount": 0, "currency": "USDTTRC20"}, 422, "invalid_amount"),
        ("/payments/", {"amount": 1, "currency": "USDTTRC20"}, 422, "invalid_amount"),
        ("/withdrawal/", {"amount": 20, "currency": "USDTTRC20", "address": TRON}, 422, "invalid_amount"),
        ("/withdrawal/", {"amount": 20, "currency": "USDTTRC20", "address": EVM}, 400, "invalid_request"),
        ("/withdrawal/", {"currency": "USDTTRC20", "address": TRON}, 400, "missing_required_fields"),
        ("/withdrawal/estimate/", {"amount": 1, "currency": "USDTTRC20"}, 422, "invalid_amount"),
        (
            "/withdrawal/fee-estimate/",
            {"amount": 1, "currency": "USDTTRC20", "address": "nope"},
            400,
            "invalid_request",
        ),
        ("/withdrawal/min-amount/", {"currency": "XXX"}, 400, "invalid_currency"),
        ("/withdrawal/validate-address/", {"address": TRON}, 400, "missing_required_fields"),
        ("/wallets/balances/", {}, 400, "invalid_request"),
        ("/wallets/balances/", {"wallet_id": "w_missing"}, 404, "not_found"),
        (
            "/wallets/transfer-to-user/",
            {"wallet_id": "w_x", "currency": "USDTTRC20", "amount": "1"},
            400,
            "missing_required_fields",
        ),
        ("/wallets/transfer-history/", {"wallet_id": "w_missing"}, 404, "not_found"),
        ("/payments/status/", {"transaction_id": UUID}, 404, "not_found"),
        ("/withdrawal/status/", {"withdrawal_id": UUID}, 404, "not_found"),
        ("/user/webhooks/", {"callback_url": "not a url"}, 400, "invalid_url"),
    ],
)
async def test_refused_requests_answer_the_error_envelope_and_change_nothing(cf, path, body, status, code):
    await cf.token()  # issuing the token is a change of its own
    before = await cf.state()
    error = await cf.error("POST", path, body, status, code)
    assert error["message"]
    assert not schema_errors("ErrorEnvelope", {"error": error})
    assert await cf.state() == before


async def test_invalid_json_query_and_path_are_400(cf):
    response = await cf.http.post(
        "/payments/",
        content=b'{"amount": 1,',
        headers={"authorization": f"Bearer {await cf.token()}", "content-type": "application/json"},
    )
    assert (response.status_code, response.json()["error"]["code"]) == (400, "invalid_request")
    await cf.error("GET", "/payments/", None, 400, "invalid_request", params={"limit": 1000})
    await cf.error("GET", "/payments/", None, 400, "invalid_request", params={"bogus": 1})
    # include_usd without min_max is well formed (the spec has no rule against it): no limits, so no USD limits
    plain = await cf.ok("GET", "/currencies/", params={"full": "true", "include_usd": "true"})
    assert all("min_amount_usd" not in c for c in plain["currencies"])
    await cf.error("GET", "/withdrawal/", None, 400, "invalid_request", params={"start_date": "yesterday"})
    await cf.error("DELETE", "/o/apps/abc/", None, 400, "invalid_request")
    await cf.error("DELETE", "/o/apps/999/", None, 404, "not_found")
    own = next(a["id"] for a in (await cf.ok("GET", "/o/apps/"))["results"] if a["client_id"] == MAIN_CLIENT_ID)
    await cf.error("DELETE", f"/o/apps/{own}/", None, 403, "permission_denied")  # an application cannot delete itself
    await cf.error("GET", f"/withdrawal/{UUID}/", None, 404, "not_found")
    await cf.error("GET", "/wallets/42/", None, 404, "not_found")


async def test_unknown_path_and_wrong_method(cf):
    await cf.error("GET", "/nowhere/", None, 404, "not_found")
    response = await cf.call("PUT", "/payments/")
    assert (response.status_code, response.json()["error"]["code"]) == (405, "method_not_allowed")
    assert response.headers["allow"] == "GET, POST"


async def test_insufficient_balance_is_422_with_details_and_no_debit(cf):
    await cf.fund("100")  # 99 available
    before = await cf.state()
    error = await cf.error(
        "POST", "/withdrawal/", {"amount": 150, "currency": "USDTTRC20", "address": TRON}, 422, "invalid_amount"
    )
    assert error["details"] == {"available": "99.00000000", "required": "150.00000000"}
    assert await cf.state() == before


async def test_payment_state_machine_over_http(cf):
    p = await cf.payment(Decimal("100.00"), callback_url="http://127.0.0.1:9/pay", order_id="order-1")
    assert (p["status"], p["amount_crypto"], p["amount_usd"], p["order_id"]) == (
        "waiting",
        "99.90000000",
        "100.00",
        "order-1",
    )
    assert not schema_errors("Payment", p)
    seen = await cf.pay(p["transaction_id"], "99.9", confirmations=1)
    assert seen["status"] == "confirming"
    status = await cf.ok("POST", "/payments/status/", {"transaction_id": p["transaction_id"]})
    assert (status["status"], status["confirmations"], status["total_paid_amount"]) == ("confirming", 1, "99.90000000")
    # unconfirmed: in the payment (total_paid_amount), in no balance yet
    zero = {"amount": "0.00000000", "pending_amount": "0.00000000", "available_balance": "0.00000000"}
    assert (await cf.master()) == zero
    done = await cf.control("POST", f"/_mock/cryptofuse/payments/{p['transaction_id']}/confirm")
    assert (done["status"], done["payment_type"], done["merchant_received_usd"]) == ("completed", "full", "99.00")
    assert (done["merchant_received_amount"], done["fee_amount"]) == ("98.90100000", "0.99900000")  # 99.9 in all
    assert await cf.master() == {
        "amount": "98.90100000",
        "pending_amount": "0.00000000",
        "available_balance": "98.90100000",
    }
    events = [(d["event"], d["payload"].get("status"), d["url"]) for d in await cf.deliveries()]
    assert events == [
        ("deposit_received", None, "http://127.0.0.1:9/pay"),
        ("payment_status_update", "confirming", "http://127.0.0.1:9/pay"),
        ("payment_status_update", "completed", "http://127.0.0.1:9/pay"),
    ]
    await cf.control("POST", f"/_mock/cryptofuse/payments/{p['transaction_id']}/deposit", {"amount": "1"}, status=409)
    listed = await cf.ok("GET", "/payments/", params={"status": "completed"})
    assert [r["transaction_id"] for r in listed["results"]] == [p["transaction_id"]]
    assert (await cf.control("GET", "/_mock/ledger/check"))["ok"]


async def test_partial_and_expired_payments_follow_the_clock(cf):
    partial = await cf.payment(100, expiry_minutes=10)
    unpaid = await cf.payment(100, expiry_minutes=10)
    await cf.pay(partial["transaction_id"], "50")
    await cf.shift(10 * 60_000)
    got = {
        p["transaction_id"]: p["status"]
        for p in (await cf.ok("GET", "/payments/", params={"currency": "USDTTRC20"}))["results"]
    }
    assert got == {partial["transaction_id"]: "partially_completed", unpaid["transaction_id"]: "expired"}
    assert (await cf.master())["amount"] == "49.50000000"
    failed = await cf.payment(100)
    await cf.control("POST", f"/_mock/cryptofuse/payments/{failed['transaction_id']}/fail")
    status = await cf.ok("POST", "/payments/status/", {"transaction_id": failed["transaction_id"]})
    assert status["status"] == "failed"


async def test_withdrawal_state_machine_over_http(cf):
    await cf.fund("1000")
    w = await cf.ok(
        "POST",
        "/withdrawal/",
        {"amount": Decimal("100.5"), "currency": "USDTTRC20", "address": TRON, "custom_id": "payout-1"},
        status=201,
    )
    assert (w["status"], w["fee"], w["platform_fee"], w["network_fee"], w["amount"]) == (
        "pending",
        "2.50500000",
        "1.00500000",
        "1.50000000",
        "97.99500000",
    )
    path = f"/_mock/cryptofuse/withdrawals/{w['withdrawal_id']}/advance"
    assert (await cf.control("POST", path))["status"] == "approved"
    assert (await cf.control("POST", path, {"to": "submitted"}))["transaction_hash"]
    done = await cf.control("POST", path, {"to": "completed"})
    assert done["status"] == "completed" and done["completed_at"]
    await cf.control("POST", path, status=409)
    detail = await cf.ok("GET", f"/withdrawal/{w['withdrawal_id']}/")
    assert detail == await cf.ok("POST", "/withdrawal/status/", {"withdrawal_id": w["withdrawal_id"]})
    listed = await cf.ok("GET", "/withdrawal/", params={"custom_id": "payout-1", "status": "completed"})
    assert listed["total"] == 1
    assert (await cf.master())["amount"] == "889.50000000"
    history = await cf.ok("GET", "/user/balances/history/", params={"type": "withdrawal"})
    assert [h["amount"] for h in history["history"]] == ["-100.50000000"]


async def test_rejected_withdrawal_refunds(cf):
    await cf.fund("1000")
    w = await cf.ok("POST", "/withdrawal/", {"amount": 100, "currency": "USDTTRC20", "address": TRON}, status=201)
    path = f"/_mock/cryptofuse/withdrawals/{w['withdrawal_id']}/advance"
    rejected = await cf.control("POST", path, {"to": "rejected", "error_message": "sanctions screening"})
    assert (rejected["status"], rejected["error_message"]) == ("rejected", "sanctions screening")
    assert await cf.master() == {
        "amount": "990.00000000",
        "pending_amount": "0.00000000",
        "available_balance": "990.00000000",
    }


async def test_wallet_transfers_are_202_and_complete_asynchronously(cf):
    await cf.fund("1000")
    wallet = await cf.ok("POST", "/wallets/", {"name": "Alice", "external_id": "alice"}, status=201)
    accepted = await cf.ok(
        "POST",
        "/wallets/transfer-to-user/",
        {"external_id": "alice", "currency": "USDTTRC20", "amount": "250.5", "callback_url": "http://127.0.0.1:9/t"},
        status=202,
    )
    assert accepted["status"] == "accepted"
    history = await cf.ok("POST", "/wallets/transfer-history/", {"wallet_id": wallet["wallet_id"]})
    assert [(t["id"], t["status"]) for t in history["transfers"]] == [(accepted["transfer_id"], "pending")]
    assert (await cf.master())["pending_amount"] == "250.50000000"
    await cf.shift(500)  # the engine tick completes transfers after transfer_delay_ms (500 ms)
    history = await cf.ok(
        "POST", "/wallets/transfer-history/", {"wallet_id": wallet["wallet_id"], "status": "completed"}
    )
    assert history["pagination"]["total"] == 1
    balances = await cf.ok("POST", "/wallets/balances/", {"wallet_id": wallet["wallet_id"]})
    assert balances["balances"][0]["available_balance"] == "250.50000000"
    [callback] = [d for d in await cf.deliveries() if d["event"] == "transfer_status_update"]
    assert (callback["url"], callback["payload"]["data"]["status"]) == ("http://127.0.0.1:9/t", "completed")
    back = await cf.ok(
        "POST",
        "/wallets/withdraw-to-master/",
        {
            "wallet_id": wallet["wallet_id"],
            "currency": "USDTTRC20",
            "amount": "50",
            "callback_url": "http://127.0.0.1:9/t",
        },
        status=202,
    )
    failed = await cf.control("POST", f"/_mock/cryptofuse/transfers/{back['transfer_id']}/settle", {"status": "failed"})
    assert failed["status"] == "failed"
    await cf.control("POST", f"/_mock/cryptofuse/transfers/{back['transfer_id']}/settle", status=409)
    wallet_now = await cf.ok("GET", f"/wallets/{wallet['id']}/")
    assert wallet_now["balances"][0]["amount"] == "250.50000000"
    assert (await cf.control("GET", "/_mock/ledger/check"))["ok"]


async def test_transfer_over_the_balance_is_422_and_unknown_wallet_404(cf):
    await cf.fund("100")
    await cf.ok("POST", "/wallets/", {"name": "Bob", "external_id": "bob"}, status=201)
    body = {"external_id": "bob", "currency": "USDTTRC20", "amount": "100", "callback_url": "http://127.0.0.1:9/t"}
    before = await cf.state()
    await cf.error("POST", "/wallets/transfer-to-user/", body, 422, "invalid_amount")
    await cf.error("POST", "/wallets/transfer-to-user/", {**body, "external_id": "nobody"}, 404, "not_found")
    await cf.error("POST", "/wallets/withdraw-to-master/", {**body, "amount": "1"}, 422, "invalid_amount")
    await cf.error("POST", "/wallets/", {"name": "again", "external_id": "bob"}, 400, "duplicate_external_id")
    assert await cf.state() == before


async def test_webhook_secret_is_shown_once_then_masked(cf):
    first = await cf.ok("POST", "/user/webhooks/", {"callback_url": "https://merchant.example/hook"})
    secret = first["secret"]
    assert secret.startswith("sec_") and "masked_secret" not in first
    second = await cf.ok("POST", "/user/webhooks/", {"callback_url": "https://merchant.example/v2"})
    assert "secret" not in second and second["masked_secret"] == f"sec_****{secret[-4:]}"
    me = await cf.ok("GET", "/user/me/")
    assert (me["webhook_callback_url"], me["webhook_secret_masked"]) == (
        "https://merchant.example/v2",
        second["masked_secret"],
    )
    assert secret not in str(me)
    assert not schema_errors("TenantInfo", me)


async def test_rates_are_deterministic_and_exact(cf):
    simple = await cf.ok("GET", "/rates/", params={"currency_to": "USDTTRC20", "amount": "100"})
    assert simple == {
        "currency_from": "USD",
        "currency_to": "USDTTRC20",
        "amount": 100,
        "estimated_amount": Decimal("99.9"),
        "rate": Decimal("0.999"),
    }
    full = await cf.ok(
        "GET", "/rates/", params={"currency_from": "BTC", "currency_to": "ETH", "amount": "0.5", "full": "true"}
    )
    assert (full["rate"], full["fee_percentage"], full["fee_amount"], full["estimated_amount"]) == (
        Decimal("40"),
        Decimal("1.0"),
        Decimal("0.2"),
        Decimal("19.8"),
    )
    await cf.error("GET", "/rates/", None, 400, "invalid_currency", params={"currency_to": "DOGEWOW"})


async def test_rate_limit_answers_429_with_retry_after(cf):
    token = await cf.token()
    await cf.control("POST", "/_mock/settings", {"rate_limit_per_second": 3})
    for _ in range(3):
        await cf.ok("GET", "/status/")  # public: not counted
        await cf.ok("GET", "/wallets/", token=token)
    response = await cf.call("GET", "/wallets/", token=token)
    assert response.status_code == 429
    assert response.json()["error"]["code"] == "rate_limit_exceeded"
    assert response.headers["retry-after"] == "1"
    form = {"grant_type": "client_credentials", "client_id": MAIN_CLIENT_ID, "client_secret": MAIN_CLIENT_SECRET}
    assert (await cf.http.post("/o/token/", data=form)).status_code == 429  # same client
    await cf.shift(1000)
    await cf.ok("GET", "/wallets/", token=token)


async def test_well_formed_values_the_gateway_does_not_know_are_not_malformed(cf):
    # an unknown blockchain or address type: the address cannot be valid (200 is_valid false, not a 400)
    for body in ({"address": EVM, "blockchain": "NOCHAIN"}, {"address": EVM, "type": "NOTYPE"}):
        answer = await cf.ok("POST", "/withdrawal/validate-address/", body)
        assert answer["is_valid"] is False and answer["error_message"].startswith("Unsupported")
    # JSON Schema counts 2.0 as an integer
    wallet = await cf.ok("POST", "/wallets/", {"name": "ints", "external_id": "ints"}, status=201)
    history = await cf.ok(
        "POST", "/wallets/transfer-history/", {"wallet_id": wallet["wallet_id"], "limit": 2.0, "offset": 0.0}
    )
    assert history["pagination"]["limit"] == 2
