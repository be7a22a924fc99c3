"""Ledger invariants under random sequences of customers, wallets, quotes, orders, settlements and clock moves.

After every step the shared checks of coinrails_mock.engine.ledger hold: each wallet's balance is what its
transactions credited and debited, each order's figures add up (converted = targetAmount + fee), no figure changes
sign as the status advances; a refused call changes nothing and a repeated order from a used quote returns it."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from coinrails_mock.engine.ledger import Watch, check
from coinrails_mock.providers.xcurrency.backend import XCurrencyBackend
from coinrails_mock.providers.xcurrency.errors import XCurrencyRuleError
from tests.mock.stores import InMemory, on_sql_stores

PAIRS = [("USDT", "TRON"), ("USDT", "ETH"), ("USDC", "ETH"), ("USDC", "TRON")]  # the last is off the matrix
FIATS = ["USD", "AUD", "EUR", "JPY", "XYZ"]
amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000"), places=2)


class TopupMachine(InMemory, RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.now = 1_764_000_000_000
        self.backend = self.build(XCurrencyBackend, lambda: self.now)
        self.backend.quote_ttl_ms = 60_000
        self.customers: list[str] = []
        self.wallets: list[str] = []
        self.quotes: list[str] = []
        self.open_orders: list[str] = []
        self.credited: dict[str, Decimal] = {}  # the model: completed top-ups per wallet
        self.watch = Watch()

    def attempt(self, action):
        """Run a backend call; a refusal must leave the state untouched."""
        before = self.backend.store.export()
        try:
            return action()
        except XCurrencyRuleError:
            assert self.backend.store.export() == before
            return None

    @rule(n=st.integers(0, 6), ref=st.integers(0, 6))
    def create_customer(self, n, ref):
        c = self.attempt(lambda: self.backend.create_customer(f"ref-{ref}", "X", f"user{n}@example.com"))
        if c:
            self.customers.append(c.customer_id)

    @precondition(lambda self: self.customers)
    @rule(data=st.data(), pair=st.sampled_from(PAIRS))
    def create_wallet(self, data, pair):
        customer = data.draw(st.sampled_from(self.customers))
        w = self.attempt(lambda: self.backend.create_wallet(customer, *pair))
        if w:
            self.wallets.append(w.wallet_id)
            self.credited[w.wallet_id] = Decimal(0)

    @rule(fiat=st.sampled_from(FIATS), coin=st.sampled_from(["USDT", "USDC"]), amount=st.none() | amounts)
    def quote(self, fiat, coin, amount):
        q = self.attempt(lambda: self.backend.create_quote(fiat, coin, None if amount is None else str(amount)))
        if q:
            self.quotes.append(q.query_no)

    @precondition(lambda self: self.wallets and self.quotes)
    @rule(data=st.data())
    def order(self, data):
        wallet, quote = data.draw(st.sampled_from(self.wallets)), data.draw(st.sampled_from(self.quotes))
        known, before = set(self.backend.orders), self.backend.store.export()
        o = self.attempt(lambda: self.backend.create_order(quote, wallet, "Payer"))
        if o and o.order_id in known:  # a quote is single-use: the same request again is that order, no change
            assert self.backend.store.export() == before and self.backend.quotes[quote].order_id == o.order_id
        elif o:
            self.open_orders.append(o.order_id)

    @precondition(lambda self: self.open_orders)
    @rule(data=st.data(), received=st.booleans())
    def settle(self, data, received):
        order_id = data.draw(st.sampled_from(self.open_orders))
        order = self.backend.settle(order_id, received)
        self.open_orders.remove(order_id)
        if received:
            self.credited[order.wallet_id] += order.target_amount
        self.attempt(lambda: self.backend.settle(order_id, not received))  # a final order never moves again

    @rule(ms=st.integers(0, 120_000))
    def time_passes(self, ms):
        self.now += ms

    @rule(interval=st.sampled_from([0, 30_000]))
    def auto_advance(self, interval):
        for order_id in list(self.open_orders):
            order = self.backend.orders[order_id]
            if interval and self.now - order.created_ms >= interval:
                self.credited[order.wallet_id] += order.target_amount
                self.open_orders.remove(order_id)
        self.backend.tick(self.now, interval)

    @invariant()
    def balances_equal_credited_top_ups(self):
        for wallet_id, expected in self.credited.items():
            w = self.backend.wallets[wallet_id]
            assert w.available == expected >= 0
            assert self.backend.pending(w) >= 0

    @invariant()
    def ledger_is_sound(self):
        assert self.backend.ledger_problems() == []

    @invariant()
    def books_reconcile_after_every_step(self):
        books = self.backend.ledger()
        assert check(books) == [] and self.watch.observe(books) == []

    @invariant()
    def transferring_orders_are_the_open_ones(self):
        assert sorted(self.open_orders) == sorted(
            o.order_id for o in self.backend.orders.values() if o.status == "TRANSFERRING"
        )


TopupMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)
test_topup_ledger = TopupMachine.TestCase


test_topup_ledger_on_sqlite, test_topup_ledger_on_postgres = on_sql_stores(TopupMachine)
