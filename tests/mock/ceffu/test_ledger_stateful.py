"""Ledger invariants under random sequences of deposits, transfers, withdrawals, advances and MirrorX orders."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from coinrails_mock.engine.ledger import Watch, check
from coinrails_mock.providers.ceffu.backend import CeffuBackend
from coinrails_mock.providers.ceffu.coins import deposit_address
from coinrails_mock.providers.ceffu.credentials import MAIN_ENTITY
from coinrails_mock.providers.ceffu.errors import CeffuRuleError
from coinrails_mock.providers.ceffu.models import PRIME
from tests.mock.stores import InMemory, on_sql_stores

COINS = {"ETH": "ETH", "USDT": "TRON"}  # coin -> network used
EXTERNAL = {"ETH": "0x" + "cd" * 20, "USDT": "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"}
amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("500"), places=2)


class LedgerMachine(InMemory, RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.now = 1_714_000_000_000
        self.backend = self.build(CeffuBackend, self.clock)
        self.watch = Watch()
        self.prime = next(w for w in self.backend.parents(MAIN_ENTITY) if w.wallet_type == PRIME)
        self.link = next(x for x in self.backend.links.values() if x.wallet_id == self.prime.wallet_id)
        self.wallets = [self.prime]
        for auto in (0, 0, 1):
            self.wallets.append(
                self.backend.create_sub_wallet(MAIN_ENTITY, str(self.prime.wallet_id), None, auto, None)
            )
        for coin, network in COINS.items():
            self.backend.add_whitelist(
                MAIN_ENTITY, address_type=1, address=EXTERNAL[coin], label="x", symbol=coin, network=network
            )
        self.request = 0
        self.deposited = {c: Decimal(0) for c in COINS}

    def clock(self) -> int:
        self.now += 7
        return self.now

    def request_id(self) -> str:
        self.request += 1
        return f"r{self.request}"

    def attempt(self, action) -> None:
        """Run a backend call; a rule refusal must leave the state untouched."""
        before = self.backend.store.export()
        try:
            action()
        except CeffuRuleError:
            assert self.backend.store.export() == before

    @rule(w=st.integers(0, 3), coin=st.sampled_from(list(COINS)), amount=amounts, fail=st.booleans())
    def deposit(self, w, coin, amount, fail):
        address, memo = deposit_address(self.wallets[w].wallet_id, COINS[coin])
        self.backend.deposit(address, coin, COINS[coin], amount, memo or None, fail)
        if not fail:
            self.deposited[coin] += amount

    @rule(src=st.integers(0, 3), dst=st.integers(0, 3), coin=st.sampled_from(list(COINS)), amount=amounts)
    def transfer(self, src, dst, coin, amount):
        self.attempt(
            lambda: self.backend.transfer(
                MAIN_ENTITY,
                str(self.wallets[src].wallet_id),
                str(self.wallets[dst].wallet_id),
                coin,
                amount,
                self.request_id(),
            )
        )

    @rule(coin=st.sampled_from(list(COINS)), amount=amounts, internal=st.booleans(), v1=st.booleans())
    def withdraw(self, coin, amount, internal, v1):
        target = {"to_wallet": str(self.wallets[1].wallet_id)} if internal else {"address": EXTERNAL[coin]}
        self.attempt(
            lambda: self.backend.withdraw(
                MAIN_ENTITY,
                wallet_id=str(self.prime.wallet_id),
                coin=coin,
                network=COINS[coin],
                amount=amount,
                request_id=self.request_id(),
                api_version=1 if v1 else 2,
                **target,
            )
        )

    @rule(data=st.data(), to=st.sampled_from([None, 40, 99]))
    def advance(self, data, to):
        open_orders = [t.order_id for t in self.backend.txns.values() if t.direction == 20 and t.status < 40]
        if open_orders:
            self.backend.advance(data.draw(st.sampled_from(open_orders)), to)

    @rule(coin=st.sampled_from(list(COINS)), amount=amounts, order_type=st.sampled_from([10, 20]))
    def mirror(self, coin, amount, order_type):
        self.attempt(
            lambda: self.backend.mirror_order(
                MAIN_ENTITY, self.link.link_id, order_type, coin, amount, self.request_id()
            )
        )

    @rule()
    def reuse_request_id(self):
        if self.request:
            self.attempt(
                lambda: self.backend.transfer(
                    MAIN_ENTITY, str(self.prime.wallet_id), str(self.wallets[1].wallet_id), "ETH", "0.01", "r1"
                )
            )

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
        for coin, total in self.deposited.items():
            assert self.backend.accounts.flowed("inflow", coin) == total


LedgerMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=30, deadline=None)
TestLedger = LedgerMachine.TestCase


TestLedger_on_sqlite, TestLedger_on_postgres = on_sql_stores(LedgerMachine)
