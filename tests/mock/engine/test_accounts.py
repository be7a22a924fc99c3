"""engine/accounts.py, keys.py, lists.py and paging.py: the ledger, idempotency store, per-owner lists and pagers
every provider uses, on the in-memory store and on SQLite (each move in a transaction, as the engine runs them)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal as D
from pathlib import Path

import pytest

from coinrails_mock.engine import paging
from coinrails_mock.engine.accounts import FEES, INFLOW, OUTFLOW, Accounts, Balance, add_up
from coinrails_mock.engine.keys import Keys
from coinrails_mock.engine.lists import Lists
from coinrails_mock.engine.store import MemoryStore, SqlStore, Store


class Short(Exception):
    pass


def short(coin: str, available: D, needed: D) -> Short:
    return Short(f"{coin} {available} < {needed}")


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s: Store = MemoryStore() if request.param == "memory" else SqlStore(f"sqlite:///{tmp_path / 's.sqlite'}", "s")
    s.check("test")
    yield s
    s.close()


def test_moves_keep_the_books_balanced_and_holds_match_open_records(store: Store) -> None:
    with store.transaction():
        a = Accounts(store, short)
        a.credit("alice", "USDT", D(100), INFLOW)
        a.lock("alice", "USDT", D(30))  # an open withdrawal of 30 (28 sent, 2 fee)
        a.move("alice", "bob", "USDT", D(50))
    with store.transaction():
        a = Accounts(store, short)
        assert a.get("alice", "USDT") == Balance(D(20), D(30)) and a.get("bob", "USDT") == Balance(D(50))
        assert a.problems(add_up([("alice", "USDT", D(30))]), "open withdrawals") == []
        a.spend("alice", "USDT", D(30), outflow=D(28), fees=D(2))
        totals = a.totals(["USDT"])
        assert totals["USDT"]["held"] == totals["USDT"]["expected"] == D(70)
        assert (a.flowed(INFLOW, "USDT"), a.flowed(OUTFLOW, "USDT"), a.flowed(FEES, "USDT")) == (D(100), D(28), D(2))
        assert a.totals_problems(totals) == [] and a.problems({}, "open withdrawals") == []


def test_a_refused_move_changes_nothing_and_says_what_is_short(store: Store) -> None:
    with store.transaction():
        a = Accounts(store, short)
        a.credit("alice", "USDT", D(10))
        for move in (
            lambda: a.debit("alice", "USDT", D("10.01")),
            lambda: a.lock("alice", "USDT", D(11)),
            lambda: a.move("alice", "bob", "USDT", D(20)),
            lambda: a.debit("carol", "USDT", D(1)),
        ):
            with pytest.raises(Short, match="USDT"):
                move()
        assert a.get("alice", "USDT") == Balance(D(10)) and a.rows.get(("bob", "USDT")) is None
        assert a.rows.get(("carol", "USDT")) is None  # reading and refusing never create rows
        assert a.flows[OUTFLOW].get("USDT") is None


def test_the_checks_name_what_is_broken(store: Store) -> None:
    with store.transaction():
        a = Accounts(store, short)
        a.credit("alice", "BTC", D(1), INFLOW)
        a.row("alice", "BTC").locked = D("0.5")  # a hold with no open record, money from nowhere
        a.row("bob", "BTC").available = D(-1)
        problems = a.problems({}, "open withdrawals")
        assert any("locked alice/BTC 0.5 != open withdrawals" in p for p in problems)
        assert any(p.startswith("negative balance bob/BTC") for p in problems)
        assert a.totals_problems(a.totals(["BTC"])) == ["BTC: held 0.5 != inflow - outflow - fees 1"]


def test_of_reads_an_account_by_coin_without_scanning_other_accounts(store: Store) -> None:
    with store.transaction():
        a = Accounts(store, short)
        a.credit("w1", "ETH", D(1))
        a.credit("w1", "BTC", D(2))
        a.credit("w2", "BTC", D(3))
        assert a.of("w1", ["BTC", "ETH", "USDT"]) == [("BTC", Balance(D(2))), ("ETH", Balance(D(1)))]


def test_keys_remember_the_first_result_per_scope(store: Store) -> None:
    with store.transaction():
        keys = Keys(store, "request_ids")
        assert keys.first("entity-1", "withdrawal", "r-1") is None
        keys.remember("order-1", "entity-1", "withdrawal", "r-1")
    with store.transaction():
        keys = Keys(store, "request_ids")
        assert keys.first("entity-1", "withdrawal", "r-1") == "order-1"
        assert keys.first("entity-2", "withdrawal", "r-1") is None  # scoped: another entity's key is its own


def test_keys_of_one_tenant_are_invisible_to_another(tmp_path: Path) -> None:
    store = SqlStore(f"sqlite:///{tmp_path / 't.sqlite'}", "t")
    store.check("test")
    with store.transaction("a"):
        Keys(store, "k").remember("x", "key")
    with store.transaction("b"):
        assert Keys(store, "k").first("key") is None
    store.close()


def test_numbered_and_offset_pages() -> None:
    items = list(range(1, 8))
    assert [paging.numbered(items, n, 3) for n in (1, 3, 4)] == [[1, 2, 3], [7], []]
    assert paging.page_count(7, 3) == 3 and paging.page_count(0, 3) == 0 and paging.page_count(6, 3) == 2
    assert paging.window(items, 5, 10) == [6, 7] and paging.window(items, 0, 2) == [1, 2]


def test_cursors_walk_a_list_and_refuse_foreign_cursors() -> None:
    cursors = paging.Cursors("tx", lambda: ValueError("invalid cursor"))
    items = [f"t{i}" for i in range(5)]
    seen, cursor = [], None
    while True:
        page, cursor = cursors.page(items, str, 2, cursor)
        seen += page
        if cursor is None:
            break
    assert seen == items
    for bad in ("%%%", paging.Cursors("wal", ValueError).encode("t1"), cursors.encode("gone"), "dHg6"):
        with pytest.raises(ValueError, match="invalid cursor"):
            cursors.page(items, str, 2, bad)


def test_lists_append_and_page_per_owner(store: Store) -> None:
    with store.transaction():
        lists = Lists(store, "owned")
        for i in range(5):
            lists.append("a", f"a{i}")
        lists.append("b", "b0")
    with store.transaction():
        lists = Lists(store, "owned")
        assert (lists.count("a"), lists.count("b"), lists.count("c")) == (5, 1, 0)
        assert lists.slice("a", 1, 3) == ["a1", "a2"] and lists.slice("a", 4, 99) == ["a4"]
        assert lists.slice("a", 7, 9) == [] and lists.all("b") == ["b0"] and lists.all("c") == []


def test_the_amount_rule_counts_decimals_exactly_at_any_length() -> None:
    from coinrails_mock.engine import numbers

    def refuse(reason: str, message: str) -> ValueError:
        return ValueError(reason)

    long = "10.00000000000000000000000000001"  # 31 digits: normalize() in a 28-digit context rounds it to 10
    assert numbers.decimals(D(long)) == 29 and numbers.decimals(D("20.1234560000")) == 6
    with pytest.raises(ValueError, match=numbers.TOO_PRECISE):
        numbers.amount(long, "amount", 8, D(10) ** 15, refuse)
    assert numbers.amount("10.000000000000000000000000000000", "amount", 8, D(10) ** 15, refuse) == 10
    for bad, reason in (("NaN", numbers.NOT_DECIMAL), (1.5, numbers.NOT_DECIMAL), (True, numbers.NOT_DECIMAL)):
        with pytest.raises(ValueError, match=reason):
            numbers.amount(bad, "amount", 8, D(10) ** 15, refuse)
    for bad, reason in (("-0", numbers.NOT_POSITIVE), ("1000000000000001", numbers.TOO_LARGE)):
        with pytest.raises(ValueError, match=reason):
            numbers.amount(bad, "amount", 8, D(10) ** 15, refuse)
