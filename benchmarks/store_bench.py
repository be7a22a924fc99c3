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
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

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


def workers_throughput(state: str, workers: int, seconds: float, concurrency: int = 16) -> dict[str, float]:
    """Signed transfers per second through `coinrails-mock serve --workers N` on one store (real sockets)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-m", "coinrails_mock.cli", "serve", "--provider", "ceffu", "--port", str(port)]
    server = subprocess.Popen([*command, "--state", state, "--workers", str(workers), "--log-level", "warning"])
    try:
        return asyncio.run(_drive(f"http://127.0.0.1:{port}", seconds, concurrency))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


async def _drive(base_url: str, seconds: float, concurrency: int) -> dict[str, float]:
    client = CeffuTestClient.__new__(CeffuTestClient)
    client.http = httpx.AsyncClient(base_url=base_url, timeout=30, limits=httpx.Limits(max_connections=concurrency))
    client.now = lambda: time.time_ns() // 1_000_000  # type: ignore[method-assign]
    for _ in range(300):  # until the workers listen
        try:
            await client.http.get("/_mock/clock")
            break
        except httpx.HTTPError:
            await asyncio.sleep(0.1)
    prime = await client.prime_id()
    sub = (await client.ok("POST", "/open-api/v1/subwallet/create", {"parentWalletId": prime}))["walletIdStr"]
    await client.fund(prime, "USDT", "TRON", "100000000")
    run = secrets.token_hex(4)  # requestIds unique across runs on the same store
    counter = iter(range(10**9))

    async def transfer() -> None:
        body = {"coinSymbol": "USDT", "amount": "1", "fromWalletId": prime, "toWalletId": sub}
        await client.ok("POST", "/open-api/v1/subwallet/transfer", {**body, "requestId": f"{run}-{next(counter)}"})

    async def read() -> None:
        await client.ok("GET", "/open-api/v1/subwallet/asset/list", {"walletId": sub})

    out = {}
    for name, call in (("writes_per_s", transfer), ("reads_per_s", read)):
        done, deadline = [0], time.perf_counter() + seconds

        async def loop(call: Any = call, done: list[int] = done, deadline: float = deadline) -> None:
            while time.perf_counter() < deadline:
                await call()
                done[0] += 1

        started = time.perf_counter()
        await asyncio.gather(*(loop() for _ in range(concurrency)))
        out[name] = round(done[0] / (time.perf_counter() - started), 1)
    await client.http.aclose()
    return out


def summary(seconds: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in seconds)
    return {"p50_ms": round(statistics.median(ms), 3), "p99_ms": round(ms[int(len(ms) * 0.99) - 1], 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "1000,10000,100000"))
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--stores", default="memory,sqlite,postgresql")
    parser.add_argument("--worker-seconds", type=float, default=10.0, help="0: skip the 1 vs 2 workers run")
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
        workers: dict[int, Any] = {}
        if args.worker_seconds > 0 and "postgresql" in args.stores:
            import pgserver

            server = pgserver.get_server(Path(folder) / "pg-workers", cleanup_mode="stop")
            try:
                for n in (1, 2):
                    workers[n] = workers_throughput(server.get_uri(), n, args.worker_seconds)
                    print("workers", n, workers[n], flush=True)
            finally:
                server.cleanup()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "store.json").write_text(json.dumps({"latency": results, "workers_postgresql": workers}, indent=2))
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
    if workers:
        lines += ["", "| PostgreSQL workers | signed transfers/s | signed reads/s |", "|---:|---:|---:|"]
        lines += [f"| {n} | {w['writes_per_s']} | {w['reads_per_s']} |" for n, w in workers.items()]
        lines += ["", "16 connections from one Python client; every transfer debits the same wallet (one hot row)."]
    (OUT / "store.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
