"""Ledger invariants under random sequences of payments, deposits, expiry, withdrawals, transfers and failures.

After every step: no balance component is negative, money is conserved per currency (what arrived on chain =
balances + fees + what left + refunds), and a refused call changed nothing.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from coinrails_mock.engine.ledger import Watch, check
from coinrails_mock.providers.cryptofuse.backend import CryptofuseBackend
from coinrails_mock.providers.cryptofuse.currencies import CURRENCIES
from coinrails_mock.providers.cryptofuse.errors import CryptofuseError
from coinrails_mock.providers.cryptofuse.models import MASTER, TO_MASTER, TO_SUB, ZERO
from tests.mock.stores import InMemory, on_sql_stores

CODES = ["USDTTRC20", "ETH"]
ADDRESSES = {"USDTTRC20": "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf", "ETH": "0x" + "cd" * 20}
amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("2000"), places=2)
pick = st.integers(0, 10_000)


class LedgerMachine(InMemory, RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.now = 1_767_225_600_000
        self.backend = self.build(CryptofuseBackend, lambda: self.now)
        self.watch = Watch()
        self.wallets = [self.backend.create_wallet(f"w{i}", f"user-{i}") for i in range(2)]

    def attempt(self, action) -> None:
        """Run a backend call; a refusal must leave the state untouched."""
        before = self.backend.store.export()
        try:
            action()
        except CryptofuseError:
            assert self.backend.store.export() == before

    def _pick(self, records: dict, index: int):
        items = list(records.values())
        return items[index % len(items)] if items else None

    @rule(code=st.sampled_from(CODES), usd=st.integers(1, 5000), to_wallet=st.booleans(), by_user=st.booleans())
    def create_payment(self, code, usd, to_wallet, by_user):
        wallet = self.wallets[usd % 2].wallet_id if to_wallet else None
        self.attempt(
            lambda: self.backend.create_payment(usd, CURRENCIES[code], wallet_id=wallet, is_fee_paid_by_user=by_user)
        )

    @rule(index=pick, amount=amounts, confirmed=st.booleans())
    def deposit(self, index, amount, confirmed):
        p = self._pick(self.backend.payments, index)
        if p is not None:
            scale = CURRENCIES[p.currency].per_usd
            value = (amount * scale).quantize(Decimal("0.00000001")) or Decimal("0.00000001")
            self.attempt(lambda: self.backend.simulate_deposit(p.transaction_id, value, None if confirmed else 0))

    @rule(index=pick)
    def confirm(self, index):
        p = self._pick(self.backend.payments, index)
        if p is not None:
            self.attempt(lambda: self.backend.confirm_payment(p.transaction_id))

    @rule(index=pick)
    def fail_payment(self, index):
        p = self._pick(self.backend.payments, index)
        if p is not None:
            self.attempt(lambda: self.backend.fail_payment(p.transaction_id))

    @rule(minutes=st.integers(1, 120))
    def time_passes(self, minutes):
        self.now += minutes * 60_000
        self.backend.tick(self.now, transfer_delay_ms=120_000)

    @rule(code=st.sampled_from(CODES), amount=amounts, final=st.booleans(), from_wallet=st.booleans())
    def withdraw(self, code, amount, final, from_wallet):
        value = (amount * CURRENCIES[code].per_usd).quantize(Decimal("0.00000001"))
        account = self.wallets[0].wallet_id if from_wallet else None
        self.attempt(
            lambda: self.backend.create_withdrawal(
                CURRENCIES[code], ADDRESSES[code], amount=value, final_amount=final, account_id=account
            )
        )

    @rule(index=pick, to=st.sampled_from([None, "completed", "rejected", "failed", "cancelled", "submitted"]))
    def advance(self, index, to):
        w = self._pick(self.backend.withdrawals, index)
        if w is not None:
            self.attempt(lambda: self.backend.advance_withdrawal(w.withdrawal_id, to))

    @rule(code=st.sampled_from(CODES), amount=amounts, w=st.integers(0, 1), back=st.booleans())
    def transfer(self, code, amount, w, back):
        value = (amount * CURRENCIES[code].per_usd).quantize(Decimal("0.00000001")) or Decimal("0.00000001")
        kind = TO_MASTER if back else TO_SUB
        self.attempt(lambda: self.backend.transfer(kind, self.wallets[w], code, value, "http://127.0.0.1:1/cb"))

    @rule(index=pick, ok=st.booleans())
    def settle(self, index, ok):
        t = self._pick(self.backend.transfers, index)
        if t is not None:
            self.attempt(lambda: self.backend.settle_transfer(t.id, "completed" if ok else "failed"))

    @invariant()
    def books_reconcile_after_every_step(self):
        """The shared checks (coinrails_mock.engine.ledger): balance = credits - debits - fees of the records, held =
        open records, fees shown where charged, figures add up and keep their sign as statuses advance."""
        books = self.backend.ledger()
        assert check(books) == [] and self.watch.observe(books) == []

    @invariant()
    def no_negative_balance(self):
        for key, b in self.backend.accounts.rows.items():
            assert min(b.available, b.incoming, b.locked) >= ZERO, (key, b)

    @invariant()
    def money_is_conserved(self):
        assert self.backend.ledger_problems() == []
        for code, row in self.backend.totals().items():
            assert row["held"] + row["fees"] + row["outflow"] + row["refunded"] == row["inflow"], code

    @invariant()
    def open_records_hold_exactly_the_reserved_funds(self):
        held: dict[tuple[str, str], Decimal] = {}
        for w in self.backend.withdrawals.values():
            if w.status not in ("completed", "rejected", "failed", "cancelled"):
                held[(w.account, w.currency)] = held.get((w.account, w.currency), ZERO) + w.debit
        for t in self.backend.transfers.values():
            if t.status == "pending":
                source = MASTER if t.transfer_type == TO_SUB else t.wallet_id
                held[(source, t.currency)] = held.get((source, t.currency), ZERO) + t.amount
        for key, b in self.backend.accounts.rows.items():
            assert b.locked == held.get(key, ZERO), key


LedgerMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)
TestLedger = LedgerMachine.TestCase


TestLedger_on_sqlite, TestLedger_on_postgres = on_sql_stores(LedgerMachine)
