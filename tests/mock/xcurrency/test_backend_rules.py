"""xCurrency rules on the backend alone (no HTTP): tokens, uniqueness, matrix, quotes, minimum, state machine."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coinrails_mock.providers.xcurrency.backend import XCurrencyBackend
from coinrails_mock.providers.xcurrency.catalog import address_for
from coinrails_mock.providers.xcurrency.credentials import MAIN_APP
from coinrails_mock.providers.xcurrency.errors import XCurrencyRuleError
from tests.mock.stores import on_sqlite, reopened, tx

T0 = 1_764_000_000_000


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def backend(clock: Clock) -> XCurrencyBackend:
    return XCurrencyBackend(clock)


def refused(backend: XCurrencyBackend, message: str, action, status: int = 400) -> None:
    """`action` raises `message` and leaves the state exactly as it was."""
    before = backend.store.export()
    with pytest.raises(XCurrencyRuleError) as caught:
        action()
    assert (caught.value.message, caught.value.status) == (message, status)
    assert backend.store.export() == before


def open_wallet(backend: XCurrencyBackend, asset: str = "USDT", network: str = "TRON"):
    c = backend.create_customer("ref-1", "Alice", "alice@example.com")
    return backend.create_wallet(c.customer_id, asset, network)


# ---- tokens --------------------------------------------------------------------------------------
def test_token_lives_one_hour_on_the_mock_clock(backend, clock):
    token = backend.issue_token(MAIN_APP.app_key, MAIN_APP.secret_key)
    assert backend.check_token(token, MAIN_APP.app_key, T0 + 3_599_999) == MAIN_APP.app_key
    with pytest.raises(XCurrencyRuleError) as caught:
        backend.check_token(token, MAIN_APP.app_key, T0 + 3_600_000)
    assert (caught.value.message, caught.value.status) == ("token expired", 401)


@pytest.mark.parametrize(
    ("token", "app_key"), [(None, MAIN_APP.app_key), ("deadbeef", MAIN_APP.app_key), ("GOOD", "another-app")]
)
def test_unknown_missing_or_foreign_token_is_invalid(backend, token, app_key):
    good = backend.issue_token(MAIN_APP.app_key, MAIN_APP.secret_key)
    with pytest.raises(XCurrencyRuleError) as caught:
        backend.check_token(good if token == "GOOD" else token, app_key, T0)
    assert (caught.value.message, caught.value.status) == ("token invalid", 401)


@pytest.mark.parametrize(("key", "secret"), [(MAIN_APP.app_key, "wrong"), ("nobody", MAIN_APP.secret_key)])
def test_wrong_credentials_issue_no_token(backend, key, secret):
    refused(backend, "invalid appKey or secretKey", lambda: backend.issue_token(key, secret))


# ---- customers and wallets -----------------------------------------------------------------------
def test_email_and_external_ref_are_unique(backend):
    first = backend.create_customer("user_10086", "Alice Chen", "alice@example.com", {"tier": "gold"})
    assert first.customer_id.startswith("cus_")
    refused(backend, "email already exists", lambda: backend.create_customer("other", "A", "ALICE@example.com"))
    refused(backend, "externalRef already exists", lambda: backend.create_customer("user_10086", "B", "b@x.com"))
    assert backend.create_customer("user_2", "Bob", "bob@example.com").customer_id != first.customer_id


@pytest.mark.parametrize("email", ["alice", "alice@", "@example.com", "a b@example.com", "alice@example"])
def test_email_must_look_like_one(backend, email):
    refused(backend, "invalid parameter", lambda: backend.create_customer("ref", "A", email))


@pytest.mark.parametrize(("asset", "network"), [("USDT", "TRON"), ("USDT", "ETH"), ("USDC", "ETH")])
def test_wallets_open_on_the_matrix_with_real_looking_addresses(backend, asset, network):
    w = open_wallet(backend, asset, network)
    assert (w.asset, w.network, w.status, w.available) == (asset, network, "ACTIVE", Decimal(0))
    if network == "TRON":
        assert w.address.startswith("T") and len(w.address) == 34
    else:
        assert w.address.startswith("0x") and len(w.address) == 42 and int(w.address, 16) >= 0
    assert w.address == address_for(w.wallet_id, network)


@pytest.mark.parametrize(("asset", "network"), [("USDC", "TRON"), ("DAI", "ETH"), ("USDT", "BSC")])
def test_wallets_off_the_matrix_are_refused(backend, asset, network):
    c = backend.create_customer("ref", "A", "a@example.com")
    refused(backend, "unsupported asset/network", lambda: backend.create_wallet(c.customer_id, asset, network))


def test_wallet_for_unknown_customer_is_refused(backend):
    refused(backend, "customer not found", lambda: backend.create_wallet("cus_nobody", "USDT", "TRON"))


# ---- quotes --------------------------------------------------------------------------------------
def test_quote_uses_the_rate_table_exactly(backend):
    q = backend.create_quote("AUD", "USDT", "50")
    assert (q.rate, q.source_amount, q.target_amount, q.fee, q.fee_currency) == (
        Decimal("0.6774"),
        Decimal("50"),
        Decimal("32.87"),  # the seed's own example: 50 x 0.6774 = 33.87, less the 1 USD fee
        Decimal("1"),
        "USD",
    )
    assert backend.create_quote("JPY", "USDC", "12345").target_amount == Decimal("81.11")  # 82.118..., cents down
    bare = backend.create_quote("EUR", "USDT")
    assert bare.source_amount is None and bare.target_amount is None


@pytest.mark.parametrize(("source", "target"), [("XYZ", "USDT"), ("AUD", "DAI"), ("USDT", "AUD")])
def test_quote_for_unknown_currency_is_refused(backend, source, target):
    refused(backend, "unsupported currency", lambda: backend.create_quote(source, target, "100"))


@pytest.mark.parametrize("amount", ["0", "0.000", "1" + "0" * 16])
def test_quote_amount_must_be_positive_and_bounded(backend, amount):
    refused(backend, "invalid parameter", lambda: backend.create_quote("AUD", "USDT", amount))


def test_quote_expires_after_its_ttl(backend, clock):
    w = open_wallet(backend)
    backend.quote_ttl_ms = 10_000
    q, late = backend.create_quote("AUD", "USDT", "200"), backend.create_quote("AUD", "USDT", "200")
    clock.now += 9_999
    backend.create_order(q.query_no, w.wallet_id, "Alice")
    clock.now += 1
    refused(backend, "quote expired", lambda: backend.create_order(late.query_no, w.wallet_id, "Alice"))


# ---- orders --------------------------------------------------------------------------------------
def test_order_below_minimum_is_refused(backend):
    w = open_wallet(backend)
    small = backend.create_quote("USD", "USDT", "99.99")
    refused(backend, "amount below minimum top-up", lambda: backend.create_order(small.query_no, w.wallet_id, "A"))
    exact = backend.create_quote("USD", "USDT", "100.00")
    assert backend.create_order(exact.query_no, w.wallet_id, "A").status == "TRANSFERRING"


def test_order_needs_known_wallet_quote_and_matching_asset(backend):
    w = open_wallet(backend)
    q = backend.create_quote("AUD", "USDC", "200")
    refused(backend, "wallet not found", lambda: backend.create_order(q.query_no, "wal_nope", "A"))
    refused(backend, "quote not found", lambda: backend.create_order("q_nope", w.wallet_id, "A"))
    refused(backend, "unsupported currency", lambda: backend.create_order(q.query_no, w.wallet_id, "A"))


def test_completion_credits_exactly_once_and_failure_credits_nothing(backend):
    w = open_wallet(backend)
    done = backend.create_order(backend.create_quote("AUD", "USDT", "200").query_no, w.wallet_id, "A")
    lost = backend.create_order(backend.create_quote("GBP", "USDT", "150").query_no, w.wallet_id, "A")
    assert backend.pending(w) == Decimal("134.48") + Decimal("188.72")  # 200 x 0.6774 - 1, 150 x 1.2648 - 1
    backend.settle(done.order_id, received=True)
    backend.settle(lost.order_id, received=False)
    assert (done.status, lost.status) == ("COMPLETED", "FAILED")
    assert w.available == Decimal("134.48") and backend.pending(w) == 0
    [tx] = backend.transactions(w.wallet_id)
    assert (tx.type, tx.reason, tx.amount, tx.order_id) == ("CREDIT", "TOPUP_CREDIT", Decimal("134.48"), done.order_id)
    refused(backend, f"order {done.order_id} is already COMPLETED", lambda: backend.settle(done.order_id, True), 409)
    refused(backend, f"order {lost.order_id} is already FAILED", lambda: backend.settle(lost.order_id, True), 409)
    refused(backend, "order not found", lambda: backend.settle("nope", True), 404)
    assert [e.data["status"] for e in backend.drain_events()] == ["COMPLETED", "FAILED"]
    assert backend.ledger_problems() == []


def test_auto_advance_completes_orders_after_the_interval(backend, clock):
    w = open_wallet(backend)
    order = backend.create_order(backend.create_quote("USD", "USDT", "100").query_no, w.wallet_id, "A")
    assert backend.tick(clock.now + 999, 1_000) == 0
    assert backend.tick(clock.now + 1_000, 0) == 0  # 0 = control API only
    assert backend.tick(clock.now + 1_000, 1_000) == 1
    assert order.status == "COMPLETED" and w.available == Decimal("99.00")  # 100 USD less the 1 USD fee


def test_list_orders_filters_and_credited_alias(backend):
    w = open_wallet(backend)
    orders = [
        backend.create_order(backend.create_quote("USD", "USDT", "100").query_no, w.wallet_id, "A") for _ in "abc"
    ]
    backend.settle(orders[0].order_id, True)
    backend.settle(orders[1].order_id, False)
    ids = [o.order_id for o in orders]
    assert [o.order_id for o in backend.list_orders(None, None)] == ids[::-1]
    assert [o.order_id for o in backend.list_orders(w.wallet_id, "CREDITED")] == [ids[0]]
    assert [o.order_id for o in backend.list_orders(None, "COMPLETED")] == [ids[0]]
    assert [o.order_id for o in backend.list_orders(None, "TRANSFERRING")] == [ids[2]]
    refused(backend, "wallet not found", lambda: backend.list_orders("wal_nope", None))


def test_state_survives_a_restart_on_sqlite_exactly(tmp_path):
    path = tmp_path / "xcurrency.sqlite"
    backend = on_sqlite(XCurrencyBackend, Clock(), path)
    with tx(backend) as store:
        w = open_wallet(backend)
        backend.issue_token(MAIN_APP.app_key, MAIN_APP.secret_key)
        order = backend.create_order(backend.create_quote("JPY", "USDT", "123456").query_no, w.wallet_id, "A")
        backend.settle(order.order_id, True)
    with tx(backend) as store:
        before = store.export()
    backend.store.close()
    copy = reopened(XCurrencyBackend, Clock(), path)
    with tx(copy) as store:
        assert store.export() == before
        assert copy.wallets[w.wallet_id].available == Decimal("820.22")  # 123456 x 0.006652 - 1, cents down
        with pytest.raises(XCurrencyRuleError, match="email already exists"):
            copy.create_customer("x", "y", "alice@example.com")
