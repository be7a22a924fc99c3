"""Rate-limit windows. They live in each worker's memory (documented as per-process in the README): a limit is a
guard against a runaway client, and sharing it through the store would cost a write on every read."""

from __future__ import annotations

import math
from collections.abc import Hashable


class FixedWindow:
    """At most `limit` requests per key in each second of the mock's clock."""

    def __init__(self) -> None:
        self._windows: dict[Hashable, tuple[int, int]] = {}  # key -> (second, requests in it)

    def retry_after(self, key: Hashable, limit: int, now_ms: int) -> int | None:
        """Count a request; None when within the limit, else the seconds until the next window."""
        second = now_ms // 1000
        start, count = self._windows.get(key, (second, 0))
        count = count + 1 if start == second else 1
        self._windows[key] = (second, count)
        if count <= limit:
            return None
        return max(1, math.ceil(((second + 1) * 1000 - now_ms) / 1000))

    def clear(self) -> None:
        self._windows.clear()
