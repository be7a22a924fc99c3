"""Cryptofuse money rules (the spec's "Money rules"): requested_amount = amount + fee also with final_amount, balances
as amount = available_balance + pending_amount with unconfirmed payments outside them, the payment fee shown where
it is charged, request amounts as JSON numbers or decimal strings, fiat prices exact or refused. The ledger check of
coinrails_mock.engine.ledger runs after every step."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coinrails_mock.engine.ledger import Watch, check
from coinrails_mock.providers.cryptofuse.currencies import CURRENCIES

from .conftest import TRON
from .test_backend_rules import backend, clock, funded, refused  # noqa: F401 (fixtures)

D = Decimal
USDT = CURRENCIES["USDTTRC20"]


class Books:
    """The shared ledger checks, run after every step through the control API (as the contract suite can)."""

    def __init__(self, cf) -> None:
        self.cf = cf

    async def ok(self) -> None:
        result = await self.cf.control("GET", "/_mock/ledger/check")
        assert result["ok"], result["problems"]


# ---- withdrawals -------------------------------------------------------------------------------------
def test_final_amount_estimate_and_withdrawal_keep_requested_equal_amount_plus_fee(backend):  # noqa: F811
    funded(backend)
    requested, sent, platform, network, _ = backend.quote(USDT, D(20), True, TRON)
    assert (sent, platform + network, requested) == (D(20), D("1.7"), D("21.7"))  # the 20 / 1.70 / 21.70
    before = backend.balance("master", USDT.code).available
    w = backend.create_withdrawal(USDT, TRON, amount=20, final_amount=True)
    assert (w.amount, w.platform_fee + w.network_fee, w.requested_amount) == (D(20), D("1.7"), D("21.7"))
    assert before - backend.balance("master", USDT.code).available == w.requested_amount
    backend.advance_withdrawal(w.withdrawal_id, "completed")
    assert backend.ledger_problems() == []


async def test_http_estimate_withdraw_and_balances_reconcile(cf):
    books = Books(cf)
    await cf.fund("1000")  # 990 credited after the 1 % fee
    await books.ok()
    body = {"amount": 20, "currency": "USDTTRC20", "address": TRON, "final_amount": True}
    estimate = await cf.ok("POST", "/withdrawal/estimate/", body)
    assert (estimate["amount"], estimate["fee"], estimate["requested_amount"]) == (
        "20.00000000",
        "1.70000000",
        "21.70000000",
    )
    w = await cf.ok("POST", "/withdrawal/", body, status=201)
    assert {k: w[k] for k in ("amount", "fee", "requested_amount")} == {
        k: estimate[k] for k in ("amount", "fee", "requested_amount")
    }
    assert await cf.master() == {
        "amount": "990.00000000",
        "pending_amount": "21.70000000",  # held: the withdrawal's requested_amount
        "available_balance": "968.30000000",
    }
    await books.ok()
    await cf.control("POST", f"/_mock/cryptofuse/withdrawals/{w['withdrawal_id']}/advance", {"to": "completed"})
    assert (await cf.master())["amount"] == "968.30000000"  # 990 - requested_amount
    await books.ok()
    plain = await cf.ok("POST", "/withdrawal/estimate/", {**body, "final_amount": False, "amount": "100"})
    assert D(plain["requested_amount"]) == D(plain["amount"]) + D(plain["fee"]) == D(100)


# ---- payments and balances ---------------------------------------------------------------------------
async def test_unconfirmed_payment_is_in_no_balance_and_the_fee_is_shown(cf):
    books = Books(cf)
    p = await cf.payment(200)
    await cf.pay(p["transaction_id"], "199.8", confirmations=0)
    await books.ok()
    assert (await cf.master())["amount"] == "0.00000000"
    status = await cf.ok("POST", "/payments/status/", {"transaction_id": p["transaction_id"]})
    assert (status["status"], status["total_paid_amount"], status["fee_amount"]) == (
        "confirming",
        "199.80000000",
        "0.00000000",
    )
    done = await cf.control("POST", f"/_mock/cryptofuse/payments/{p['transaction_id']}/confirm")
    assert D(done["total_paid_amount"]) == D(done["merchant_received_amount"]) + D(done["fee_amount"])
    assert (await cf.master())["amount"] == done["merchant_received_amount"] == "197.80200000"
    await books.ok()


# ---- request amounts: JSON numbers and decimal strings ---------------------------------------------
@pytest.mark.parametrize("amount", [100, D("100.00"), "100", "100.00"])
async def test_payment_amount_as_number_or_string(cf, amount):
    p = await cf.payment(amount)
    assert (p["amount_usd"], p["amount_crypto"]) == ("100.00", "99.90000000")


async def test_withdrawal_estimate_and_transfer_amounts_as_number_or_string(cf):
    await cf.fund("1000")
    wallet = await cf.ok("POST", "/wallets/", {"name": "W", "external_id": "w-1"}, status=201)
    for amount in (D("12.5"), "12.5"):
        w = await cf.ok("POST", "/withdrawal/", {"amount": amount, "currency": "USDTTRC20", "address": TRON}, 201)
        assert w["requested_amount"] == "12.50000000"
        fee = await cf.ok("POST", "/withdrawal/fee-estimate/", {"amount": amount, "currency": "USDTTRC20"})
        assert fee["fee"] == "0.50000000"
        move = {"wallet_id": wallet["wallet_id"], "currency": "USDTTRC20", "amount": amount}
        await cf.ok("POST", "/wallets/transfer-to-user/", {**move, "callback_url": "http://127.0.0.1:9/t"}, 202)
    assert (await cf.master())["pending_amount"] == "50.00000000"  # two withdrawals + two transfers held
    await Books(cf).ok()


@pytest.mark.parametrize("amount", ["1e2", "abc", "-5", "", "1.2.3", " 10", True, None, [1]])
async def test_malformed_string_amounts_are_refused_without_change(cf, amount):
    await cf.token()
    before = await cf.state()
    await cf.error("POST", "/payments/", {"amount": amount, "currency": "USDTTRC20"}, 400, "invalid_request")
    assert await cf.state() == before


@pytest.mark.parametrize("amount", [D("-5"), D(0), D("1000000000.01"), "99999999999999999999"])
async def test_amounts_out_of_range_are_invalid_amount_without_change(cf, amount):
    await cf.token()
    before = await cf.state()
    await cf.error("POST", "/withdrawal/estimate/", {"amount": amount, "currency": "USDTTRC20"}, 422, "invalid_amount")
    await cf.error("POST", "/payments/", {"amount": amount, "currency": "USDTTRC20"}, 422, "invalid_amount")
    assert await cf.state() == before


async def test_unrepresentable_amount_is_refused_by_the_engine_guard_without_change(cf):
    # Beyond what any JSON number a rule sees may be (engine/guards.py): refused before the rules run.
    await cf.token()
    before = await cf.state()
    await cf.error("POST", "/payments/", {"amount": D("2.8E+224"), "currency": "USDTTRC20"}, 400, "invalid_request")
    assert await cf.state() == before


# ---- fiat prices are exact or refused --------------------------------------------------------------
@pytest.mark.parametrize("price", ["100.12345678", D("100.123"), "0.001"])
async def test_fiat_price_finer_than_cents_is_refused(cf, price):
    await cf.token()
    before = await cf.state()
    error = await cf.error("POST", "/payments/", {"amount": price, "currency": "USDTTRC20"}, 422, "invalid_amount")
    assert "no more than 2 decimal places" in error["message"]
    body = {"price_amount": price, "currency": "USDTTRC20", "address": TRON}
    await cf.error("POST", "/withdrawal/", body, 422, "invalid_amount")
    assert await cf.state() == before


async def test_fiat_price_keeps_its_exact_value(cf):
    p = await cf.payment("100.10")
    assert (p["amount_usd"], p["amount_crypto"]) == ("100.10", "99.99990000")  # 100.10 x 0.999
    trailing = await cf.payment("100.100000")  # same value, trailing zeros
    assert (trailing["amount_usd"], trailing["amount_crypto"]) == ("100.10", "99.99990000")
    eur = await cf.payment("92.00", price_currency="EUR")
    assert eur["amount_usd"] == "100.00"


# ---- the shared checks catch what they should ------------------------------------------------------
def test_watch_and_check_follow_a_withdrawal_through_its_statuses(backend):  # noqa: F811
    funded(backend)
    watch = Watch()
    w = backend.create_withdrawal(USDT, TRON, amount=50)
    for to in (None, None, "completed"):
        if to is None:
            backend.advance_withdrawal(w.withdrawal_id)
        else:
            backend.advance_withdrawal(w.withdrawal_id, to)
        books = backend.ledger()
        assert check(books) == [] and watch.observe(books) == []
    w.amount = -w.amount  # a figure turning negative is caught by both checks
    books = backend.ledger()
    assert check(books) and watch.observe(books)
