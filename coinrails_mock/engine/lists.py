"""Per owner, a list that only grows (an entity's wallets, a wallet's sub-wallets): appending costs the same
however long the list is, and reading a page costs what the page holds, never a scan of the other owners' items.

Rows: `(owner, position) -> item` in the table `name`, and `owner -> length` in `name_sizes`."""

from __future__ import annotations

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
