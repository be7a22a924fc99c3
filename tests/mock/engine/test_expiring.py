"""engine/expiring.py: a clean-up forgets exactly the records whose time is at or before its bound (the same set
as a scan over every record, whatever order the times came in), reads only those, and the count is kept."""

from __future__ import annotations

import random
from pathlib import Path

from coinrails_mock.engine.expiring import Expiring
from coinrails_mock.engine.store import MemoryStore, Store, open_store
from tests.mock.stores import CountingStore, reads


def make(store: Store) -> Expiring:
    return Expiring(store, store.table("records"), "record_expiries")


def test_forgets_what_a_scan_would_whatever_the_order_of_times() -> None:
    rng = random.Random(7)
    for _ in range(30):
        store = MemoryStore()
        with store.transaction():
            index, oracle = make(store), {}  # key -> time, the records a scan would see
            now, serial = 1_000_000, 0
            for _ in range(300):
                step = rng.random()
                if step < 0.55:  # a new record; times mostly go up, sometimes back (clock shifted), often tied
                    now += rng.choice([0, 0, 1, 7, 1000, -3000, -50])
                    serial += 1
                    when = now + rng.choice([0, 10, 10, 5000])
                    index.put(f"k{serial}", {"n": serial}, when)
                    oracle[f"k{serial}"] = when
                else:
                    bound = now + rng.choice([-6000, -10, 0, 10, 3000])
                    gone = [k for k, when in oracle.items() if when <= bound]  # ties: forgotten
                    assert sorted(index.forget(bound)) == sorted(gone)
                    for k in gone:
                        del oracle[k]
                assert sorted(k for k, _ in store.table("records").items()) == sorted(oracle)
                assert index.count() == len(oracle)


def test_a_clean_up_reads_what_it_forgets_not_what_it_keeps() -> None:
    def cost(kept: int, due: int) -> tuple[int, int, int]:
        store = CountingStore()
        with store.transaction():
            index = make(store)
            for i in range(due):
                index.put(f"old{i}", i, 1_000 + i)
            for i in range(kept):
                index.put(f"kept{i}", i, 10_000 + i)
            index.put("mine", 0, 20_000)
            first = reads(store, lambda: index.forget(5_000))  # forgets the `due` old ones
            again = reads(store, lambda: index.forget(5_000))  # nothing left to forget
            put = reads(store, lambda: index.put("next", 0, 20_001))
            assert index.count() == kept + 2
            return first, again, put

    # nothing due: the marks and the one run; due: also 2 rows per forgotten record (its queue entry and the
    # record) and the first entry kept
    assert cost(0, 0) == cost(1000, 0) == (2, 2, 2)
    assert cost(0, 1000) == cost(1000, 1000) == (3 + 2 * 1000, 2, 2)


def test_one_run_per_time_that_went_back() -> None:
    store = CountingStore()
    with store.transaction():
        index = make(store)
        for when in (10, 20, 20, 5, 30, 6, 6, 100):
            index.put(f"k{when}-{index.count()}", when, when)
        assert len(index.runs.items()) == 3
        assert len(index.forget(6)) == 3 and len(index.runs.items()) == 3  # 10, 20, 20 | 5, 30 | 6, 6, 100 -> 30, 100
        assert len(index.forget(20)) == 3 and index.count() == 2 and len(index.runs.items()) == 2
        assert reads(store, lambda: index.forget(20)) == 1 + 2  # the marks, and one row per run still holding keys
        assert len(index.forget(1000)) == 2 and index.runs.items() == [] and index.count() == 0


def test_rows_are_stored_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    store = open_store(path)
    with store.transaction():
        index = make(store)
        index.put("a", {"v": 1}, 50)
        index.put("b", {"v": 2}, 40)
        index.put("c", {"v": 3}, 60)
    again = open_store(path)
    with again.transaction():
        index = make(again)
        assert index.count() == 3
        assert len(index.forget(50)) == 2
    with again.transaction():
        index = make(again)
        assert [k for k, _ in index.records.items()] == ["c"] and index.count() == 1
