"""Ledger invariants under random sequences of deposits, withdrawals, transfers, funds transfers and orders:
no negative balance, locked == open records + open orders, and money conserved per coin."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from coinrails_mock.engine.ledger import Watch, check
from coinrails_mock.providers.bitunix.backend import BitunixBackend
from coinrails_mock.providers.bitunix.credentials import MAIN, RECEIVER
from coinrails_mock.providers.bitunix.errors import BitunixRuleError
from tests.mock.stores import InMemory, on_sql_stores

TRC20 = "Tron (TRC-20)"
QUICK_TRON = "TJmW5D1p1LnMdTMmxuY1VELHht7v5HV7rU"
USERS = [MAIN.uid, RECEIVER.uid]
amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("5000"), places=2)
volumes = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("0.2"), places=3)
prices = st.decimals(min_value=Decimal("83000"), max_value=Decimal("86000"), places=2)


class LedgerMachine(InMemory, RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.now = 1_744_185_000_000
        self.backend = self.build(BitunixBackend, self.clock)
        self.watch = Watch()
        self.backend.add_quick_address(RECEIVER.uid, "USDT", TRC20, QUICK_TRON, None, None)
        self.deposited = Decimal(0)
        self.biz = 0

    def clock(self) -> int:
        self.now += 3
        return self.now

    def attempt(self, action) -> None:
        """Run a backend call; a refusal must leave the state untouched."""
        before = self.backend.store.export()
        try:
            action()
        except BitunixRuleError:
            assert self.backend.store.export() == before

    def open_records(self) -> list[str]:
        return [r.record_id for r in self.backend.records.values() if r.status in ("verification", "pending")]

    @rule(user=st.sampled_from(USERS), amount=amounts, coin=st.sampled_from(["USDT", "BTC"]))
    def deposit(self, user, amount, coin):
        network = TRC20 if coin == "USDT" else "Bitcoin"
        address, memo = self.backend.deposit_address(user, coin, network)
        self.backend.deposit(address, coin, network, amount if coin == "USDT" else amount / 1000, memo)
        self.deposited += amount if coin == "USDT" else 0

    @rule(user=st.sampled_from(USERS), amount=amounts)
    def withdraw(self, user, amount):
        self.attempt(lambda: self.backend.withdraw(user, "USDT", TRC20, QUICK_TRON, amount))

    @rule(data=st.data())
    def security_check(self, data):
        """The control API puts a pending withdrawal into `verification` (the app's security check)."""
        records = self.open_records()
        if records:
            self.attempt(lambda: self.backend.advance(data.draw(st.sampled_from(records)), "verification"))

    @rule(sender=st.sampled_from(USERS), amount=amounts, reuse=st.booleans())
    def inside_transfer(self, sender, amount, reuse):
        to = RECEIVER.uid if sender == MAIN.uid else MAIN.uid
        if not reuse:
            self.biz += 1
        body = {"coin": "USDT", "amount": amount, "toType": "uid", "toUid": to, "outBizId": f"b{self.biz}"}
        self.attempt(lambda: self.backend.inside_transfer(sender, body))

    @rule(data=st.data(), to=st.sampled_from([None, "approved", "success", "fail"]))
    def advance(self, data, to):
        open_ids = self.open_records()
        if open_ids:
            self.attempt(lambda: self.backend.advance(data.draw(st.sampled_from(open_ids)), to))

    @rule(data=st.data())
    def cancel(self, data):
        open_ids = self.open_records()
        if open_ids:
            r = self.backend.records[data.draw(st.sampled_from(open_ids))]
            self.attempt(lambda: self.backend.cancel(r.uid, r.record_id, r.kind))

    @rule(user=st.sampled_from(USERS), amount=amounts, out=st.booleans())
    def funds(self, user, amount, out):
        direction = "spot_futures" if out else "futures_spot"
        self.attempt(lambda: self.backend.funds_transfer(user, direction, "USDT", amount))

    @rule(user=st.sampled_from(USERS), side=st.sampled_from([1, 2]), kind=st.sampled_from([1, 2]), v=volumes, p=prices)
    def place(self, user, side, kind, v, p):
        item = {"side": side, "type": kind, "volume": str(v), "price": str(p), "symbol": "BTCUSDT"}
        self.attempt(lambda: self.backend.place_order(user, item))

    @rule(data=st.data(), part=st.booleans())
    def fill(self, data, part):
        open_orders = [o for o in self.backend.orders.values() if o.open]
        if open_orders:
            o = data.draw(st.sampled_from(open_orders))
            volume = (o.left / 2).quantize(Decimal("0.000001")) if part else None
            self.attempt(lambda: self.backend.fill(o.order_id, volume or None))

    @rule(data=st.data())
    def cancel_order(self, data):
        open_orders = [o for o in self.backend.orders.values() if o.open]
        if open_orders:
            o = data.draw(st.sampled_from(open_orders))
            self.attempt(lambda: self.backend.cancel_orders(o.uid, [{"orderId": o.order_id, "symbol": o.symbol}]))

    @rule(p=prices)
    def move_price(self, p):
        self.backend.set_price("BTCUSDT", p)

    @invariant()
    def books_reconcile_after_every_step(self):
        """The shared checks (coinrails_mock.engine.ledger): balance = credits - debits - fees of the records, held =
        open records, fees shown where charged, figures add up and keep their sign as statuses advance."""
        books = self.backend.ledger()
        assert check(books) == [] and self.watch.observe(books) == []

    @invariant()
    def ledger_is_sound(self):
        assert self.backend.ledger_problems() == []

    @invariant()
    def deposits_are_accounted(self):
        assert sum(d.amount for d in self.backend.deposits.values() if d.kind == "deposit" and d.coin == "USDT") == (
            self.deposited
        )


LedgerMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=30, deadline=None)
TestLedger = LedgerMachine.TestCase


TestLedger_on_sqlite, TestLedger_on_postgres = on_sql_stores(LedgerMachine)
