"""Backends on a real store for rule tests: each `with tx(backend):` block is one committed transaction, and
`reopened` builds a second backend on the same SQLite file (what a restart or another worker sees)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from coinrails_mock.engine.store import Store, open_store

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
