"""Balances, holds and money flows: the one implementation of a ledger that every provider's rules use.

`Accounts` keeps a `Balance` per (account, coin) in one store table, and per coin what entered the books
(`inflow`), left them (`outflow`) and was charged (`fees`, plus any flow a provider names, e.g. `refunded`).
Every move checks before it changes anything, so a refused move leaves the rows as they were; the refusal is
the provider's own error, built by the `short` function it passes in. A provider keeps only what is its own:
which records move which money, its error codes and its views.

The invariant checks shared by every provider live here too (`problems`), beside the record-level rules of
`engine/ledger.py` that `Accounts.into` feeds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from coinrails_mock.engine import ledger as books
from coinrails_mock.engine.store import Store

ZERO = Decimal(0)
INFLOW, OUTFLOW, FEES = "inflow", "outflow", "fees"

# (coin, available, needed) -> the provider's "insufficient balance" error
Short = Callable[[str, Decimal, Decimal], Exception]


@dataclass
class Balance:
    """One account's money in one coin: what it can spend, and what open records hold (`locked`)."""

    available: Decimal = ZERO
    locked: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return self.available + self.locked


class Accounts:
    """Balances per (account, coin) in the store table `table`, and the per-coin flow tables `flows`."""

    def __init__(
        self,
        store: Store,
        short: Short,
        table: str = "balances",
        flows: Iterable[str] = (INFLOW, OUTFLOW, FEES),
        row: Callable[[], Balance] = Balance,
    ) -> None:
        self.rows = store.table(table)
        self.flows = {name: store.table(name) for name in flows}
        self.short = short
        self.new_row = row

    # ---- reading (never creates rows) -------------------------------------------------------------
    def get(self, account: Any, coin: str) -> Balance:
        return self.rows.get((account, coin)) or self.new_row()

    def of(self, account: Any, coins: Iterable[str]) -> list[tuple[str, Balance]]:
        """The account's existing rows among `coins`, in that order (one lookup per coin, no scan)."""
        found = ((coin, self.rows.get((account, coin))) for coin in coins)
        return [(coin, b) for coin, b in found if b is not None]

    def flowed(self, name: str, coin: str) -> Decimal:
        return self.flows[name].get(coin, ZERO)

    # ---- moves --------------------------------------------------------------------------------------
    def row(self, account: Any, coin: str) -> Balance:
        return self.rows.setdefault((account, coin), self.new_row())

    def need(self, account: Any, coin: str, amount: Decimal) -> None:
        available = self.get(account, coin).available
        if available < amount:
            raise self.short(coin, available, amount)

    def flow(self, name: str, coin: str, amount: Decimal) -> None:
        table = self.flows[name]
        table[coin] = table.get(coin, ZERO) + amount

    def credit(self, account: Any, coin: str, amount: Decimal, flow: str | None = None) -> None:
        """Add to what the account can spend (`flow`: and count it as entering the books)."""
        self.row(account, coin).available += amount
        if flow is not None:
            self.flow(flow, coin, amount)

    def debit(self, account: Any, coin: str, amount: Decimal, flow: str | None = None) -> None:
        """Take from what the account can spend: the provider's `short` error when it is not there."""
        self.need(account, coin, amount)
        self.row(account, coin).available -= amount
        if flow is not None:
            self.flow(flow, coin, amount)

    def move(self, source: Any, target: Any, coin: str, amount: Decimal) -> None:
        """A transfer inside the books: no flow."""
        self.debit(source, coin, amount)
        self.credit(target, coin, amount)

    def lock(self, account: Any, coin: str, amount: Decimal) -> None:
        """Hold part of what the account can spend for an open record."""
        self.need(account, coin, amount)
        row = self.row(account, coin)
        row.available -= amount
        row.locked += amount

    def unlock(self, account: Any, coin: str, amount: Decimal) -> None:
        """Give a hold back (the record was cancelled or failed)."""
        row = self.row(account, coin)
        row.locked -= amount
        row.available += amount

    def spend(self, account: Any, coin: str, amount: Decimal, **flows: Decimal) -> None:
        """A held `amount` leaves the account (the record completed); `flows` say where it went, by flow name."""
        self.row(account, coin).locked -= amount
        for name, value in flows.items():
            self.flow(name, coin, value)

    # ---- the invariants every provider shares -------------------------------------------------------
    def held(self, coin: str) -> Decimal:
        return sum((b.total for (_, c), b in self.rows.items() if c == coin), ZERO)

    def into(self, ledger: books.Ledger) -> None:
        """The balances as `engine/ledger.py` checks them: total and held per (account, coin)."""
        for (account, coin), b in self.rows.items():
            ledger.balances[(str(account), coin)] = books.Balance(b.total, b.locked)

    def problems(self, open_holds: Mapping[tuple[Any, str], Decimal], what: str) -> list[str]:
        """Negative figures, and holds that differ from what the open records (`what`) hold."""
        out = []
        for (account, coin), b in self.rows.items():
            if any(v < 0 for v in vars(b).values() if isinstance(v, Decimal)):
                out.append(f"negative balance {account}/{coin}: {b}")
            if b.locked != open_holds.get((account, coin), ZERO):
                out.append(f"locked {account}/{coin} {b.locked} != {what} {open_holds.get((account, coin))}")
        return out

    def totals(self, coins: Iterable[str], **held_elsewhere: Callable[[str], Decimal]) -> dict[str, dict[str, Decimal]]:
        """Per coin: what the accounts hold (plus `held_elsewhere`, e.g. futures or mirrored positions), every flow,
        and `expected` = inflow - every other flow. The books balance when `held` == `expected`."""
        out = {}
        for coin in coins:
            row = {"balances": self.held(coin)}
            for label, held in held_elsewhere.items():
                row[label] = held(coin)
            row["held"] = sum(row.values(), ZERO)
            for flow in self.flows:
                row[flow] = self.flowed(flow, coin)
            row["expected"] = row[INFLOW] - sum((row[f] for f in self.flows if f != INFLOW), ZERO)
            out[coin] = row
        return out

    def totals_problems(self, totals: Mapping[str, Mapping[str, Decimal]]) -> list[str]:
        others = " - ".join(f for f in self.flows if f != INFLOW)
        return [
            f"{coin}: held {row['held']} != inflow - {others} {row['expected']}"
            for coin, row in totals.items()
            if row["held"] != row["expected"]
        ]


def add_up(holds: Iterable[tuple[Any, str, Decimal]]) -> dict[tuple[Any, str], Decimal]:
    """(account, coin, amount) triples summed per (account, coin): what open records hold."""
    out: dict[tuple[Any, str], Decimal] = {}
    for account, coin, amount in holds:
        out[(account, coin)] = out.get((account, coin), ZERO) + amount
    return out
