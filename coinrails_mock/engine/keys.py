"""Client-chosen keys and what their first request made: the one idempotency store every provider's rules use.

A key (Ceffu's `requestId`, Bitunix's `outBizId`, Cryptofuse's `external_id`, ...) is scoped by whatever the
provider scopes it by (entity, user, kind of request) and points at the id of what its first request created.
Lookups are by key, never by scanning the records. What a repeat means is the provider's own rule: refuse it,
or answer with the first result when the request is the same.
"""

from __future__ import annotations

from typing import Any

from coinrails_mock.engine.store import Store


class Keys:
    """One kind of key in its own store table: (scope..., key) -> the first result's id."""

    def __init__(self, store: Store, name: str) -> None:
        self.table = store.table(name)

    def first(self, *key: Any) -> Any:
        """What the first request with this key made (None: the key is new)."""
        return self.table.get(key)

    def remember(self, result: Any, *key: Any) -> None:
        self.table[key] = result

    def forget(self, *key: Any) -> None:
        self.table.pop(key, None)
