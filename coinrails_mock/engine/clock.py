"""A wall clock in milliseconds that the control API can shift forward (or back)."""

from __future__ import annotations

import time


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class Clock:
    """Real time plus an offset; `frozen_at` pins it (tests)."""

    def __init__(self, offset_ms: int = 0, frozen_at: int | None = None) -> None:
        self.offset_ms = offset_ms
        self.frozen_at = frozen_at

    def now_ms(self) -> int:
        base = self.frozen_at if self.frozen_at is not None else time.time_ns() // 1_000_000
        return base + self.offset_ms

    def shift(self, ms: int) -> int:
        self.offset_ms += ms
        return self.now_ms()
