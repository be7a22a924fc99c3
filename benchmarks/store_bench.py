"""The state store's cost as history grows (issue 17): latency of one signed Ceffu write (a sub-wallet transfer)
and one signed read (a wallet's assets) with 1k, 10k and 100k stored wallets, on each store — memory, SQLite
(`--state FILE`) and PostgreSQL (`--state postgresql://...`, a private server started by the pgserver wheel) —
through the whole in-process request pipeline (ASGI, no sockets). Writes reports/bench/store.{md,json}.

python -m benchmarks.store_bench [--sizes 1000,10000,100000] [--requests 300]   (BENCH_SIZES sets the sizes)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.seeded import seed_ceffu
from coinrails_mock.app import build_app
from tests.mock.ceffu.conftest import CeffuTestClient

OUT = Path("reports/bench")


async def measure(state: str | None, size: int, requests: int) -> dict[str, Any]:
    app = build_app("ceffu", state_path=state)
    engine = app.state.mock
    client = CeffuTestClient(app)
    try:
        engine.run(lambda: seed_ceffu(engine.provider.backend, size))  # `size` wallets, one transaction
        prime = await client.prime_id()
        sub = (await client.ok("POST", "/open-api/v1/subwallet/create", {"parentWalletId": prime}))["walletIdStr"]
        await client.fund(prime, "USDT", "TRON", str(requests * 2))
        writes, reads = [], []
        for i in range(requests):
            body = {"coinSymbol": "USDT", "amount": "1", "fromWalletId": prime, "toWalletId": sub, "requestId": f"b{i}"}
            started = time.perf_counter()
            await client.ok("POST", "/open-api/v1/subwallet/transfer", body)
            writes.append(time.perf_counter() - started)
            started = time.perf_counter()
            await client.ok("GET", "/open-api/v1/subwallet/asset/list", {"walletId": sub})
            reads.append(time.perf_counter() - started)
        return {"write": summary(writes), "read": summary(reads)}
    finally:
        await client.aclose()


def summary(seconds: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in seconds)
    return {"p50_ms": round(statistics.median(ms), 3), "p99_ms": round(ms[int(len(ms) * 0.99) - 1], 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "1000,10000,100000"))
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--stores", default="memory,sqlite,postgresql")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    results: dict[str, dict[int, Any]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for store in args.stores.split(","):
            results[store] = {}
            for size in sizes:
                if store == "postgresql":
                    import pgserver

                    server = pgserver.get_server(Path(folder) / f"pg-{size}", cleanup_mode="stop")
                    state: str | None = server.get_uri()
                else:
                    server, state = None, (str(Path(folder) / f"s-{size}.sqlite") if store == "sqlite" else None)
                try:
                    results[store][size] = asyncio.run(measure(state, size, args.requests))
                finally:
                    if server is not None:
                        server.cleanup()
                print(store, size, results[store][size], flush=True)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "store.json").write_text(json.dumps(results, indent=2))
    lines = [
        "# State store: signed Ceffu write and read latency as stored wallets grow",
        "",
        f"In-process pipeline (ASGI, no sockets), {args.requests} sequential requests each;"
        " `python -m benchmarks.store_bench`.",
        "",
        "| store | wallets | write p50 ms | write p99 ms | read p50 ms | read p99 ms | write p50 vs smallest |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for store, rows in results.items():
        base = rows[sizes[0]]["write"]["p50_ms"]
        for size, r in rows.items():
            w, rd = r["write"], r["read"]
            ratio = f"{w['p50_ms'] / base:.2f}x"
            lines.append(
                f"| {store} | {size} | {w['p50_ms']} | {w['p99_ms']} | {rd['p50_ms']} | {rd['p99_ms']} | {ratio} |"
            )
    (OUT / "store.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
