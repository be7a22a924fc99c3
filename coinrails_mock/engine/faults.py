"""Fault injection, configured through the control API; a seeded RNG makes a run reproducible."""

from __future__ import annotations

import random
from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass
class FaultConfig:
    latency_ms: int = 0  # added before every provider request
    error_rate: float = 0.0  # share of requests answered with `status` (provider error shape)
    status: int = 503
    rate_429: float = 0.0  # share of requests answered 429 with Retry-After
    retry_after: int = 1  # seconds
    drop_rate: float = 0.0  # share of connections closed without a complete response
    drop_answers: int = 0  # the next N successful writes take effect, then their connection is closed (lost answer)
    seed: int = 0


@dataclass(frozen=True)
class Fault:
    kind: str  # "drop" | "error" | "429"
    status: int = 0
    retry_after: int = 0


class Faults:
    """Decides, per request, whether to misbehave. Draws are in a fixed order so a seed replays a run."""

    def __init__(self) -> None:
        self.config = FaultConfig()
        self._rng = random.Random(self.config.seed)

    def configure(self, changes: dict[str, Any]) -> FaultConfig:
        """Apply the given fields (others keep their value) and re-seed the generator."""
        known = {f.name for f in fields(FaultConfig)}
        self.config = replace(self.config, **{k: v for k, v in changes.items() if k in known})
        self._rng = random.Random(self.config.seed)
        return self.config

    @property
    def active(self) -> bool:
        c = self.config
        return bool(c.latency_ms or c.error_rate or c.rate_429 or c.drop_rate)

    def lose_answer(self) -> bool:
        """True (and one fewer left) when the answer to a successful write must be lost."""
        if self.config.drop_answers <= 0:
            return False
        self.config = replace(self.config, drop_answers=self.config.drop_answers - 1)
        return True

    def draw(self) -> Fault | None:
        c = self.config
        drop, error, limited = self._rng.random(), self._rng.random(), self._rng.random()
        if drop < c.drop_rate:
            return Fault("drop")
        if error < c.error_rate:
            return Fault("error", status=c.status)
        if limited < c.rate_429:
            return Fault("429", status=429, retry_after=c.retry_after)
        return None
