"""Per-call cost of the generated typed client versus a raw httpx call, and of the signer alone.

- client: `client.<tag>.<operation>(...)`, the typed `data` back (signing, envelope check, models).
- raw:    the same signed request built by hand (the client package's own signing function), sent with
          a keep-alive `httpx.Client`, body parsed with `json.loads`.
- signer: the signing function alone on one request's payload.
Client and raw calls alternate (one of each per round) so both see the same server state and load.
Figures are medians of `rounds` calls after `warmup` rounds, sequential, one connection.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass
class ClientCost:
    provider: str
    operation: str
    client_us: float
    raw_us: float  # includes building and signing the request
    signer_us: float

    @property
    def ratio(self) -> float:
        return self.client_us / self.raw_us if self.raw_us else 0.0


def timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def median_us(samples: list[float]) -> float:
    return statistics.median(samples) * 1e6 if samples else 0.0


def measure(workload: Any, base_url: str, *, rounds: int = 300, warmup: int = 30) -> list[ClientCost]:
    """Read and write of one provider; `workload.prepare(base_url)` must have run."""
    results = []
    with workload.client(base_url) as client, httpx.Client(base_url=base_url) as http:
        for kind, label in (("read", workload.read_label), ("write", workload.write_label)):
            typed = getattr(workload, f"client_{kind}")
            build = getattr(workload, kind)

            def raw(i: int, build: Callable[[int], Any] = build) -> Any:
                call = build(i)
                response = http.request(call.method, call.target, headers=call.headers, content=call.body)
                if not response.is_success:
                    raise RuntimeError(f"raw {call.method} {call.target}: HTTP {response.status_code} {response.text}")
                return json.loads(response.content)

            client_times, raw_times = [], []
            for i in range(warmup + rounds):
                c = timed(lambda i=i, typed=typed: typed(client, i))
                r = timed(lambda i=i: raw(i))
                if i >= warmup:
                    client_times.append(c)
                    raw_times.append(r)
            signer = getattr(workload, f"sign_{kind}")
            signer_times = [timed(signer) for _ in range(rounds)]
            results.append(
                ClientCost(workload.name, label, median_us(client_times), median_us(raw_times), median_us(signer_times))
            )
    return results
