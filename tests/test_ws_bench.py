"""benchmarks/ws_bench.py runs end to end on loopback (a short run; the figures themselves are not judged here)."""

from __future__ import annotations

import asyncio

from benchmarks import ws_bench


def test_ws_bench_measures_every_row_without_errors():
    results = asyncio.run(asyncio.wait_for(ws_bench.run(0.2), 120))
    assert [(r.name.split(",")[0], r.connections, r.in_flight) for r in results] == [
        ("WebSocket", 1, 1),
        ("WebSocket", 1, 16),
        ("WebSocket", 16, 1),
        ("REST", 1, 1),
        ("REST", 16, 1),
    ]
    assert all(r.answers > 0 and r.errors == 0 for r in results)
    table = ws_bench.report(results, 0.2)
    assert table.count("\n| ") == 1 + len(results)
