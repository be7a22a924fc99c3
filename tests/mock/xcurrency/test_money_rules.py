"""xCurrency money rules (the spec's "Money rules"): the fee is deducted and shows in the figures, sourceAmount
respects the currency's minor unit, the minimum is compared in USD, a quote makes one order (a retry returns it),
and a quote without an amount says so. Each case runs on the backend and, where it matters, over HTTP."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

import pytest

from coinrails_mock.engine.ledger import check
from coinrails_mock.providers.xcurrency.backend import XCurrencyBackend
from coinrails_mock.providers.xcurrency.catalog import RATES
from tests.mock.xcurrency.conftest import ORDERS, QUOTE
from tests.mock.xcurrency.test_backend_rules import Clock, open_wallet, refused

D = Decimal


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def backend(clock: Clock) -> XCurrencyBackend:
    return XCurrencyBackend(clock)


@pytest.mark.parametrize(
    ("source", "amount", "target"),
    [("AUD", "50", "32.87"), ("USD", "100", "99.00"), ("GBP", "150", "188.72"), ("JPY", "20000", "132.04")],
)
def test_fee_is_deducted_and_the_figures_reconcile(backend, source, amount, target):
    q = backend.create_quote(source, "USDT", amount)
    converted = (D(amount) * RATES[source]).quantize(D("0.01"), rounding=ROUND_DOWN)
    assert (q.target_amount, q.fee, q.fee_currency) == (D(target), D(1), "USD")
    assert q.target_amount + q.fee == converted  # targetAmount = round_down(sourceAmount x rate) - fee


def test_order_figures_and_wallet_credit_pass_the_ledger_checks(backend):
    w = open_wallet(backend)
    order = backend.create_order(backend.create_quote("AUD", "USDT", "500").query_no, w.wallet_id, "A")
    backend.settle(order.order_id, received=True)
    books = backend.ledger()
    assert check(books) == []
    [record] = [r for r in books.records if r.ref == f"order:{order.order_id}"]
    assert record.figures["converted"] == record.figures["targetAmount"] + record.figures["fee"] == D("338.70")
    # a wallet balance that moved without a transaction is caught
    w.available += D("0.01")
    assert any("balance" in p for p in check(backend.ledger()))


def test_fee_must_be_covered(backend):
    refused(backend, "amount does not cover the fee", lambda: backend.create_quote("USD", "USDT", "1"))
    assert backend.create_quote("USD", "USDT", "1.01").target_amount == D("0.01")


@pytest.mark.parametrize(
    ("source", "amount", "ok"),
    [
        ("AUD", "50.12", True),
        ("AUD", "50.120", True),  # by value: 50.12
        ("AUD", "50.123", False),
        ("USD", "100.001", False),
        ("JPY", "20000", True),
        ("JPY", "20000.0", True),
        ("JPY", "20000.5", False),
    ],
)
def test_source_amount_respects_the_minor_unit(backend, source, amount, ok):
    if ok:
        assert backend.create_quote(source, "USDT", amount).source_amount == D(amount)
    else:
        refused(
            backend,
            "amount has more decimals than the currency allows",
            lambda: backend.create_quote(source, "USDT", amount),
        )


@pytest.mark.parametrize(
    ("source", "amount", "ok"),
    [
        ("USD", "99.99", False),
        ("USD", "100", True),
        ("AUD", "99.99", False),  # 67.73 USD
        ("AUD", "147.62", False),  # 99.997 USD
        ("AUD", "147.63", True),  # 100.004 USD
        ("CNY", "700", False),  # 98.42 USD
        ("CNY", "1000", True),  # 140.60 USD
        ("JPY", "15000", False),  # 99.78 USD
        ("JPY", "15100", True),  # 100.45 USD
    ],
)
def test_minimum_is_compared_in_usd(backend, source, amount, ok):
    w = open_wallet(backend)
    q = backend.create_quote(source, "USDT", amount)
    if ok:
        assert backend.create_order(q.query_no, w.wallet_id, "A").status == "TRANSFERRING"
    else:
        refused(backend, "amount below minimum top-up", lambda: backend.create_order(q.query_no, w.wallet_id, "A"))


def test_quote_without_amount_says_what_is_missing(backend):
    w = open_wallet(backend)
    bare = backend.create_quote("AUD", "USDT")
    assert bare.rate == RATES["AUD"] and bare.source_amount is None
    refused(backend, "quote has no sourceAmount", lambda: backend.create_order(bare.query_no, w.wallet_id, "A"))


def test_quote_is_single_use_and_a_retry_returns_the_same_order(backend, clock):
    w = open_wallet(backend)
    other = backend.create_wallet(w.customer_id, "USDT", "ETH")
    q = backend.create_quote("USD", "USDT", "250")
    first = backend.create_order(q.query_no, w.wallet_id, "Alice")
    before = backend.store.export()
    assert backend.create_order(q.query_no, w.wallet_id, "Alice") is first  # the retry: no second order
    clock.now += backend.quote_ttl_ms  # still the same order after the quote expired
    assert backend.create_order(q.query_no, w.wallet_id, "Alice") is first
    assert backend.store.export() == before and len(backend.orders) == 1
    refused(backend, "quote already used", lambda: backend.create_order(q.query_no, other.wallet_id, "Alice"))
    refused(backend, "quote already used", lambda: backend.create_order(q.query_no, w.wallet_id, "Bob"))


# ---- over HTTP -----------------------------------------------------------------------------------
async def test_http_quote_rules_and_retried_order(client):
    wallet = (await client.wallet((await client.customer())["customerId"]))["walletId"]
    bare = await client.ok("POST", QUOTE, {"sourceCurrency": "AUD", "targetCurrency": "USDT"})
    body = {"quoteId": bare["queryNo"], "walletId": wallet, "payer": {"name": "A"}}
    assert await client.error("POST", ORDERS, body) == "quote has no sourceAmount"
    fine = {"sourceCurrency": "AUD", "targetCurrency": "USDT", "sourceAmount": "200.001"}
    assert await client.error("POST", QUOTE, fine) == "amount has more decimals than the currency allows"
    q = await client.quote("200.000")
    assert (q["sourceAmount"], q["targetAmount"], q["fee"]) == (D(200), D("134.48"), D(1))
    body = {**body, "quoteId": q["queryNo"]}
    first, again = await client.ok("POST", ORDERS, body), await client.ok("POST", ORDERS, body)
    assert first["orderId"] == again["orderId"]
    snapshot = first["quoteSnapshot"]
    assert snapshot["rate"] == RATES["AUD"] and snapshot["targetAmount"] + snapshot["fee"] == D("135.48")
    assert (await client.get(ORDERS)).json()["total"] == 1
    other = (await client.wallet((await client.customer(2))["customerId"]))["walletId"]
    assert await client.error("POST", ORDERS, {**body, "walletId": other}) == "quote already used"
    await client.settle(first["orderId"])
    assert (await client.control("GET", "/_mock/ledger/check"))["ok"] is True
