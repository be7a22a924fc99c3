"""Per owner, a list that only grows (an entity's wallets, a wallet's sub-wallets): appending costs the same
however long the list is, and reading a page costs what the page holds, never a scan of the other owners' items.

Rows: `(owner, position) -> item` in the table `name`, and `owner -> length` in `name_sizes`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coinrails_mock.engine.store import Store


class Lists:
    def __init__(self, store: Store, name: str) -> None:
        self.items = store.table(name)
        self.sizes = store.table(f"{name}_sizes")

    def append(self, owner: Any, item: Any) -> None:
        size = self.count(owner)
        self.items[(owner, size)] = item
        self.sizes[owner] = size + 1

    def count(self, owner: Any) -> int:
        return int(self.sizes.get(owner, 0))

    def slice(self, owner: Any, start: int, stop: int) -> list[Any]:
        """Items `start` to `stop` (exclusive, from 0) of the owner's list."""
        return [self.items[(owner, i)] for i in range(max(start, 0), min(stop, self.count(owner)))]

    def all(self, owner: Any) -> list[Any]:
        return self.slice(owner, 0, self.count(owner))


class Timeline(Lists):
    """A `Lists` whose items are filed with a time (a record's creation ms). While an owner's times never went
    back (the clock can be shifted back), its newest-first pages read only the tail of its list."""

    def __init__(self, store: Store, name: str) -> None:
        super().__init__(store, name)
        self.marks = store.table(f"{name}_marks")  # owner -> (latest time filed, whether times never went back)

    def add(self, owner: Any, when: int, item: Any) -> None:
        self.append(owner, item)
        latest, ordered = self.marks.get(owner, (when, True))
        self.marks[owner] = (max(latest, when), ordered and when >= latest)

    def newest(
        self,
        owner: Any,
        need: int,
        fetch: Callable[[Any], Any],
        when: Callable[[Any], int],
        key: Callable[[Any], Any],
        keep: Callable[[Any], bool] | None = None,
    ) -> list[Any]:
        """The first `need` records (`fetch(item)`, those `keep` accepts) of the owner's, sorted by `key` descending
        (`key` starts with the time `when`). In order, it reads the tail back to the last record tied in time with
        the last one needed (a filter that skips records reads further back)."""
        if need <= 0:
            return []
        size = self.count(owner)
        _, ordered = self.marks.get(owner, (0, True))
        if not ordered:
            every = (fetch(i) for i in self.all(owner))
            return sorted((r for r in every if keep is None or keep(r)), key=key, reverse=True)[:need]
        found: list[Any] = []
        position = size - 1
        while position >= 0:
            record = fetch(self.items[(owner, position)])
            if len(found) >= need and when(record) < when(found[need - 1]):
                break
            if keep is None or keep(record):
                found.append(record)
            position -= 1
        return sorted(found, key=key, reverse=True)[:need]
