"""Backends on a real store for rule tests: each `with tx(backend):` block is one committed transaction, and
`reopened` builds a second backend on the same SQLite file (what a restart or another worker sees); the ledger
state machines run on every store through `InMemory` / `OnSqlite` / `OnPostgres`."""

from __future__ import annotations

import atexit
import contextlib
import functools
import itertools
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import settings
from hypothesis.stateful import invariant

from coinrails_mock.engine.store import MemoryStore, MemoryTable, Store, Table, open_store

B = TypeVar("B")


def on_sqlite(cls: Callable[..., B], clock: Any, path: Path) -> B:
    """A seeded backend whose tables live in the SQLite file `path`."""
    backend = cls(clock, open_store(path))
    with tx(backend):
        backend.seed()  # type: ignore[attr-defined]
    return backend


def reopened(cls: Callable[..., B], clock: Any, path: Path) -> B:
    """Another backend over the same file (nothing shared in memory with the first)."""
    return cls(clock, open_store(path))


@contextlib.contextmanager
def tx(backend: Any) -> Iterator[Store]:
    with backend.store.transaction():
        yield backend.store


# ---- the ledger state machines on every store ---------------------------------------------------------------
# A machine builds its backend with `self.build(cls, clock)`: in memory (the default), on a SQLite file, or on
# PostgreSQL. On a SQL store each step is one committed transaction, and the invariants after it read every row
# back from the database (nothing carried over in memory between steps).


class InMemory:
    def build(self, cls: Callable[..., B], clock: Any) -> B:
        return cls(clock)

    def teardown(self) -> None:
        pass


class OnSql:
    """Mixin (before the machine class) that puts the backend on `self.url()`, a fresh tenant per example."""

    tenants = itertools.count()

    def url(self) -> str:
        raise NotImplementedError

    def build(self, cls: Callable[..., B], clock: Any) -> B:
        self._store = _store(self.url())
        self._tenant = f"machine-{os.getpid()}-{next(self.tenants)}"
        backend = cls(clock, self._store)
        self._tx = self._store.transaction(self._tenant)
        self._tx.__enter__()
        backend.seed()  # type: ignore[attr-defined]
        return backend

    @invariant()
    def a_step_is_one_committed_transaction(self) -> None:  # named to run before the machine's own invariants
        self._tx.__exit__(None, None, None)
        self._tx = self._store.transaction(self._tenant)
        self._tx.__enter__()

    def teardown(self) -> None:
        if getattr(self, "_tx", None) is not None:
            self._store.wipe(self._tenant)
            self._tx.__exit__(None, None, None)
            self._tx = None


class OnSqlite(OnSql):
    def url(self) -> str:
        return str(_scratch() / "ledger-machines.sqlite")


class OnPostgres(OnSql):
    def url(self) -> str:
        return _postgres()


def on_sql_stores(machine: type) -> tuple[type, type]:
    """The machine's TestCase on a SQLite file and on PostgreSQL (fewer examples than in memory: every step
    commits and every invariant reads the rows back)."""
    cases = []
    for mixin in (OnSqlite, OnPostgres):
        variant: Any = type(f"{machine.__name__}{mixin.__name__}", (mixin, machine), {})
        variant.TestCase.settings = settings(max_examples=15, stateful_step_count=25, deadline=None)
        cases.append(variant.TestCase)
    return cases[0], cases[1]


@functools.cache
def _store(url: str) -> Store:
    store = open_store(url)
    store.check("ledger-machines")
    return store


@functools.cache
def _scratch() -> Path:
    folder = tempfile.TemporaryDirectory(prefix="coinrails-machines-")
    atexit.register(folder.cleanup)
    return Path(folder.name)


@functools.cache
def _postgres() -> str:
    """A PostgreSQL 16 of this test process (the `pgserver` wheel, Unix socket only), stopped at exit."""
    pgserver = pytest.importorskip("pgserver")
    server = pgserver.get_server(_scratch() / "pg", cleanup_mode="stop")
    atexit.register(server.cleanup)
    return str(server.get_uri())


# ---- counting what a request reads ----------------------------------------------------------------------------
class CountingStore(MemoryStore):
    """A MemoryStore that counts the rows its tables hand out (`reads`): a lookup reads one, a scan every row."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def _table(self, name: str, shared: bool) -> Table:
        return _CountingTable(self, name, shared)


class _CountingTable(MemoryTable):
    store: CountingStore

    def get(self, key: Any, default: Any = None) -> Any:
        self.store.reads += 1
        return super().get(key, default)

    def __contains__(self, key: Any) -> bool:
        self.store.reads += 1
        return super().__contains__(key)

    def items(self) -> list[tuple[Any, Any]]:
        rows = super().items()
        self.store.reads += len(rows)
        return rows

    def values(self) -> list[Any]:
        return [v for _, v in self.items()]

    def __len__(self) -> int:
        return len(self.items())


def reads(store: CountingStore, run: Callable[[], Any]) -> int:
    """How many rows `run()` reads."""
    before = store.reads
    run()
    return store.reads - before
