"""What the throughput goals leave for the mock's own work per request, and the one step of it no code of ours
can shorten: the provider's signature check.

On one core, a server answering r requests a second spends 1/r s on each. The floor answers the same requests
on the same HTTP stack, so 1/floor is the stack's share. A mock at the goal's rate t (the larger of 8× Prism
and 50 % of the floor) spends 1/t, which leaves 1/t − 1/floor for all it adds: routing, authentication,
validation, rules, encoding, the journal. The mock's own work now is 1/mock − 1/floor, from the same rounds.

The signature check is timed here on the row's own signed request with the mock's own key objects: for an RSA
signature, OpenSSL's public-key operation (`cryptography`), the same call the mock makes. When it alone takes
longer than the budget, the goal cannot be reached by any change to the mock's code.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

CALLS = 100  # calls per timed batch
BATCHES = 21


def check_us(check: Callable[[], object]) -> float:
    """Median µs per call of `check`, over BATCHES batches of CALLS calls."""
    check()  # warm: keys loaded, caches filled
    times = []
    for _ in range(BATCHES):
        started = time.perf_counter()
        for _ in range(CALLS):
            check()
        times.append((time.perf_counter() - started) / CALLS)
    return statistics.median(times) * 1e6


@dataclass
class Budget:
    target_rps: float  # the goal's rate: max(8× Prism, 50 % of the floor)
    floor_us: float  # the HTTP stack's time per request (1/floor)
    budget_us: float  # what the goal leaves for the mock's own work
    own_us: float  # the mock's own work now (1/mock − 1/floor)
    check_us: float | None  # the signature check alone, when the request carries one

    @property
    def verdict(self) -> str:
        if self.own_us <= self.budget_us:
            return "met"
        if self.budget_us <= 0:
            return "unreachable: the goal is above the floor itself"
        if self.check_us is not None and self.check_us >= self.budget_us:
            return "unreachable: the signature check alone takes longer"
        return f"needs {self.own_us / self.budget_us:.1f}× less own work"


def budget(
    mock_rps: float, prism_rps: float, floor_rps: float, prism_factor: float, floor_share: float, check: float | None
) -> Budget | None:
    """None when a rate is missing (a server answered nothing)."""
    if not (mock_rps and prism_rps and floor_rps):
        return None
    target = max(prism_factor * prism_rps, floor_share * floor_rps)
    floor_us = 1e6 / floor_rps
    return Budget(target, floor_us, 1e6 / target - floor_us, 1e6 / mock_rps - floor_us, check)
