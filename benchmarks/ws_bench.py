"""Bitunix WebSocket API throughput next to REST, on loopback only. Writes reports/bench/ws.md.

    python -m benchmarks.ws_bench [--seconds 3]

The Bitunix mock runs in its own process (rate limit off; pinned to the last core when there are two or more,
the load to the first). Every request is a signed `user.account` (REST: GET /api/spot/v1/user/account), sent by
the typed WebSocket client (`AsyncBitunixWebSocket.request`, answers matched by id) or by httpx with the REST
signer; neither parses models, so both sides do the same work. Figures are answers per second, errors counted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
from bitunix_client import AsyncBitunixWebSocket, CoinrailsError
from bitunix_client.signing import BitunixSigner

from coinrails_mock.providers.bitunix.credentials import MAIN

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
REPORT = ROOT / "reports" / "bench" / "ws.md"
SERVER = """
import uvicorn
from coinrails_mock.app import build_app
app = build_app("bitunix", rate_limit_per_second=0, base_url="http://{host}:{port}")
uvicorn.run(app, host="{host}", port={port}, log_level="warning", access_log=False)
"""


@dataclass
class Result:
    name: str
    connections: int
    in_flight: int
    answers: int
    errors: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.answers / self.seconds


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start_server(port: int) -> subprocess.Popen[bytes]:
    cpus = sorted(os.sched_getaffinity(0))
    command = [sys.executable, "-c", SERVER.format(host=HOST, port=port)]
    if len(cpus) >= 2:
        command = ["taskset", "-c", str(cpus[-1]), *command]
        os.sched_setaffinity(0, {cpus[0]})
    process = subprocess.Popen(command, cwd=ROOT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((HOST, port), timeout=0.2):
                return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("the Bitunix mock did not start")


async def drive(worker_count: int, seconds: float, call: Callable[[], Awaitable[object]]) -> tuple[int, int]:
    """Run `worker_count` loops of `await call()` for `seconds`; (answers, errors)."""
    answers = errors = 0
    stop = time.monotonic() + seconds

    async def worker() -> None:
        nonlocal answers, errors
        while time.monotonic() < stop:
            try:
                await call()
                answers += 1
            except (CoinrailsError, httpx.HTTPError, RuntimeError):  # counted, the run goes on
                errors += 1

    await asyncio.gather(*(worker() for _ in range(worker_count)))
    return answers, errors


async def websocket(url: str, connections: int, in_flight: int, seconds: float) -> Result:
    clients = [
        AsyncBitunixWebSocket(api_key=MAIN.api_key, secret_key=MAIN.secret_key, url=url, timeout=30)
        for _ in range(connections)
    ]
    for client in clients:
        await client.connect()
    try:
        started = time.monotonic()
        totals = await asyncio.gather(
            *(drive(in_flight, seconds, lambda c=c: c.request("user.account")) for c in clients)
        )
        elapsed = time.monotonic() - started
    finally:
        for client in clients:
            await client.close()
    name = f"WebSocket, {connections} connection{'s' * (connections > 1)}"
    return Result(name, connections, in_flight, sum(t[0] for t in totals), sum(t[1] for t in totals), elapsed)


async def rest(base_url: str, connections: int, seconds: float) -> Result:
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    auth = BitunixSigner(MAIN.api_key, MAIN.secret_key)
    async with httpx.AsyncClient(base_url=base_url, auth=auth, limits=limits, timeout=30) as client:

        async def call() -> None:
            response = await client.get("/api/spot/v1/user/account")
            if b'"code":"0"' not in response.content:
                raise RuntimeError(response.text[:200])

        started = time.monotonic()
        answers, errors = await drive(connections, seconds, call)
        elapsed = time.monotonic() - started
    name = f"REST, {connections} connection{'s' * (connections > 1)}"
    return Result(name, connections, 1, answers, errors, elapsed)


async def run(seconds: float) -> list[Result]:
    port, affinity = free_port(), os.sched_getaffinity(0)
    server = start_server(port)
    base, url = f"http://{HOST}:{port}", f"ws://{HOST}:{port}/ws-api/v1"
    try:
        await websocket(url, 1, 1, 0.5)  # warm-up (imports, first spec compile)
        return [
            await websocket(url, 1, 1, seconds),
            await websocket(url, 1, 16, seconds),
            await websocket(url, 16, 1, seconds),
            await rest(base, 1, seconds),
            await rest(base, 16, seconds),
        ]
    finally:
        server.terminate()
        server.wait(10)
        os.sched_setaffinity(0, affinity)


def report(results: list[Result], seconds: float) -> str:
    lines = [
        "# Bitunix WebSocket API vs REST (loopback)",
        "",
        f"Signed `user.account` for {seconds:g} s per row; mock in its own process, rate limit off. "
        f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.machine()}. "
        "The load generator is Python too: on this scale it is part of what is measured. The REST rows are mostly "
        "httpx's async connection pool (16 connections answer fewer than 1); wrk drives the same signed REST read "
        "at the rate in results.md (Bitunix getAccount).",
        "",
        "| transport | connections | in flight per connection | answers | errors | answers/s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(f"| {r.name} | {r.connections} | {r.in_flight} | {r.answers} | {r.errors} | {r.rate:,.0f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--out", type=Path, default=REPORT)
    args = parser.parse_args()
    results = asyncio.run(run(args.seconds))
    text = report(results, args.seconds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print(text)
    if any(r.errors or not r.answers for r in results):
        sys.exit("some requests failed")


if __name__ == "__main__":
    main()
