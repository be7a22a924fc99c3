"""Ledger invariants as executable checks, shared by every provider mock.

A provider describes its books as a `Ledger`: the balances its API shows per (account, coin) and the records its
API returns, each with the money it moves now (`Entry`: credit, debit, fee or hold) and the figures it shows.
`check(ledger)` lists every broken rule (empty when the books are sound):

1. per account and coin: balance = credits - debits - fees of the records (every movement is in some record);
2. per account and coin: held (locked / reserved / pending) = what the open records hold, and
   0 <= held <= balance (nothing negative, nothing held that is not there);
3. per record: its figures add up by the provider's stated rules (`Record.sums`, e.g. requested = amount + fee),
   no figure or entry is negative, and a fee is charged only by a record that shows a fee figure equal to it.

`Watch` remembers each record's figures and money direction between checks: no figure changes sign and no record
turns from debiting an account to crediting it (or back) when its status advances.

Mock tests call `check` and `Watch.observe` after every step; the contract suites read the same result through the
control API (`GET /_mock/ledger/check`, which every provider answers from `Provider.ledger_check`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

ZERO = Decimal(0)
CREDIT, DEBIT, FEE, HOLD = "credit", "debit", "fee", "hold"
KINDS = (CREDIT, DEBIT, FEE, HOLD)


@dataclass(frozen=True)
class Entry:
    """What a record moves now: `credit`/`debit`/`fee` change the balance, `hold` keeps part of it aside."""

    account: str
    coin: str
    kind: str
    amount: Decimal


@dataclass(frozen=True)
class Record:
    """One record the API returns (`ref` like `withdrawal:123`), its status, entries and shown money figures."""

    ref: str
    status: str
    entries: tuple[Entry, ...] = ()
    figures: Mapping[str, Decimal] = field(default_factory=dict)
    # (total, parts): figures[total] == sum(figures[p] for p in parts), a money rule the provider states
    sums: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the figure that shows the fee this record charges (None: the record charges no fee)
    fee_figure: str | None = None


@dataclass(frozen=True)
class Balance:
    """A balance as the API shows it: `total` owned (available + held) and the `held` part."""

    total: Decimal
    held: Decimal = ZERO


@dataclass
class Ledger:
    provider: str
    balances: dict[tuple[str, str], Balance] = field(default_factory=dict)
    records: list[Record] = field(default_factory=list)

    def record(
        self,
        ref: str,
        status: str,
        entries: Iterable[Entry] = (),
        figures: Mapping[str, Decimal] | None = None,
        sums: Iterable[tuple[str, tuple[str, ...]]] = (),
        fee_figure: str | None = None,
    ) -> None:
        self.records.append(Record(ref, status, tuple(entries), dict(figures or {}), tuple(sums), fee_figure))


def _money(value: Decimal) -> str:
    return format(value.normalize() if value else ZERO, "f")


def check(ledger: Ledger) -> list[str]:
    """Every broken ledger rule of `ledger`, as text ([] when sound)."""
    problems: list[str] = []
    net: dict[tuple[str, str], Decimal] = {}
    held: dict[tuple[str, str], Decimal] = {}
    for r in ledger.records:
        fees = ZERO
        for e in r.entries:
            key = (e.account, e.coin)
            if e.kind not in KINDS:
                problems.append(f"{r.ref}: unknown entry kind {e.kind}")
            elif e.amount < 0:
                problems.append(f"{r.ref}: negative {e.kind} {_money(e.amount)} {e.coin} on {e.account}")
            if e.kind == HOLD:
                held[key] = held.get(key, ZERO) + e.amount
            else:
                net[key] = net.get(key, ZERO) + (e.amount if e.kind == CREDIT else -e.amount)
            if e.kind == FEE:
                fees += e.amount
        for name, value in r.figures.items():
            if value < 0:
                problems.append(f"{r.ref}: figure {name} is negative ({_money(value)})")
        for total, parts in r.sums:
            want = sum((r.figures[p] for p in parts), ZERO)
            if r.figures[total] != want:
                problems.append(f"{r.ref}: {total} {_money(r.figures[total])} != {' + '.join(parts)} {_money(want)}")
        if fees and (r.fee_figure is None or r.figures.get(r.fee_figure) != fees):
            shown = "no fee figure" if r.fee_figure is None else f"{r.fee_figure} {r.figures.get(r.fee_figure)}"
            problems.append(f"{r.ref}: charged a fee of {_money(fees)} but shows {shown}")
    for key in sorted(set(ledger.balances) | set(net) | set(held)):
        account, coin = key
        shown = ledger.balances.get(key, Balance(ZERO))
        booked = net.get(key, ZERO)
        if shown.total != booked:
            problems.append(
                f"{ledger.provider} {account} {coin}: balance {_money(shown.total)} != credits - debits - fees of "
                f"its records {_money(booked)}"
            )
        if shown.held != held.get(key, ZERO):
            problems.append(
                f"{ledger.provider} {account} {coin}: held {_money(shown.held)} != what open records hold "
                f"{_money(held.get(key, ZERO))}"
            )
        if shown.held < 0 or shown.total < shown.held:
            problems.append(
                f"{ledger.provider} {account} {coin}: held {_money(shown.held)} outside 0..{_money(shown.total)}"
            )
    return problems


def _direction(r: Record) -> dict[tuple[str, str], int]:
    """Per (account, coin): the sign of what the record moves (credits minus debits, fees and holds)."""
    net: dict[tuple[str, str], Decimal] = {}
    for e in r.entries:
        key = (e.account, e.coin)
        net[key] = net.get(key, ZERO) + (e.amount if e.kind == CREDIT else -e.amount)
    return {key: _sign(value) for key, value in net.items()}


def _sign(value: Decimal) -> int:
    return (value > 0) - (value < 0)


@dataclass
class Watch:
    """Checks across observations: a record's figures keep their sign and its money keeps its direction."""

    seen: dict[str, tuple[str, dict[str, int], dict[tuple[str, str], int]]] = field(default_factory=dict)

    def observe(self, ledger: Ledger) -> list[str]:
        problems: list[str] = []
        for r in ledger.records:
            signs = {name: _sign(v) for name, v in r.figures.items()}
            direction = _direction(r)
            before = self.seen.get(r.ref)
            if before is not None:
                status, old_signs, old_direction = before
                for name, sign in signs.items():
                    old = old_signs.get(name, 0)
                    if old and sign and old != sign:
                        problems.append(f"{r.ref}: {name} changed sign from {status} to {r.status}")
                for key, d in direction.items():
                    old = old_direction.get(key, 0)
                    if old and d and old != d:
                        problems.append(f"{r.ref}: {key[0]} {key[1]} changed direction from {status} to {r.status}")
                # remember the first non-zero sign / direction seen for each figure and account
                signs = {n: s or old_signs.get(n, 0) for n, s in {**old_signs, **signs}.items()}
                direction = {k: d or old_direction.get(k, 0) for k, d in {**old_direction, **direction}.items()}
            self.seen[r.ref] = (r.status, signs, direction)
        return problems


def report(ledger: Ledger, watch: Watch | None = None) -> list[str]:
    """`check` plus, with a watch, the sign/direction rules since the watch's previous observation."""
    return check(ledger) + (watch.observe(ledger) if watch is not None else [])
