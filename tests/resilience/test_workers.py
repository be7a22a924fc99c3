"""Many workers, one state: `coinrails-mock serve --workers 2 --state postgresql://...` against a real PostgreSQL
(started here by the `pgserver` wheel, no system install; it listens on a Unix socket only).

- 200 concurrent debits spread over the workers against a balance that covers exactly 100: exactly 100 succeed,
  the rest are refused as insufficient, and the books balance (the database serialises, not a process lock);
- kill -9 of one worker mid-stream: `serve` starts another in its place, and every write acknowledged before or
  after stays visible (read through the new workers only: the other is killed too once the first is replaced);
- the same rules on SQLite (`--state FILE`, one writer at a time across processes).
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest

from tests.mock.ceffu.conftest import CeffuTestClient

pytestmark = pytest.mark.timeout(240)
TRANSFER = "/open-api/v1/subwallet/transfer"
COMMAND = [sys.executable, "-m", "coinrails_mock.cli", "serve", "--provider", "ceffu"]


@pytest.fixture(scope="module")
def postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pgserver = pytest.importorskip("pgserver")
    server = pgserver.get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="stop")
    try:
        yield server.get_uri()
    finally:
        server.cleanup()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    def __init__(self, state: str, workers: int) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [*COMMAND, "--port", str(self.port), "--state", state, "--workers", str(workers), "--log-level", "warning"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the mock exited: {self.process.stderr.read() if self.process.stderr else ''}")
            if len(self.workers()) == workers and self._answers():
                return
            time.sleep(0.2)
        raise AssertionError("the workers did not start")

    def workers(self) -> list[psutil.Process]:
        return psutil.Process(self.process.pid).children()

    def _answers(self) -> bool:
        try:
            return httpx.get(f"{self.base_url}/_mock/clock", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def replaced(self, killed: int) -> None:
        """Until a new worker has taken the place of the killed one and the mock answers."""
        deadline = time.monotonic() + 30
        while not (len(self.workers()) == 2 and killed not in {p.pid for p in self.workers()} and self._answers()):
            assert time.monotonic() < deadline, f"worker {killed} was not replaced"
            time.sleep(0.1)

    def client(self) -> CeffuTestClient:
        client = CeffuTestClient.__new__(CeffuTestClient)
        client.http = httpx.AsyncClient(base_url=self.base_url, timeout=30, limits=httpx.Limits(max_connections=50))
        client.now = lambda: time.time_ns() // 1_000_000  # type: ignore[method-assign]
        return client

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture(params=["postgresql", "sqlite"])
def state(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "ceffu.sqlite")
    return str(request.getfixturevalue("postgres"))


async def funded_pair(client: CeffuTestClient, amount: str) -> tuple[str, str]:
    prime = await client.prime_id()
    sub = (await client.ok("POST", "/open-api/v1/subwallet/create", {"parentWalletId": prime}))["walletIdStr"]
    await client.fund(prime, "USDT", "TRON", amount)
    return prime, sub


def test_200_debits_over_two_workers_against_a_balance_for_100(state: str) -> None:
    served = Served(state, workers=2)
    try:
        pids = {p.pid for p in served.workers()}

        async def race() -> tuple[list[str], str, dict[str, Any]]:
            client = served.client()
            try:
                prime, sub = await funded_pair(client, "100")

                async def debit(i: int) -> str:
                    body = {"coinSymbol": "USDT", "amount": "1", "fromWalletId": prime, "toWalletId": sub}
                    response = await client.post(TRANSFER, {**body, "requestId": f"race-{i}"})
                    return str(response.json()["code"])

                codes = await asyncio.gather(*(debit(i) for i in range(200)))
                assets = await client.assets(prime)
                return (
                    codes,
                    assets["USDT"]["amount"] if "USDT" in assets else "0",
                    await client.control("GET", "/_mock/ledger/check"),
                )
            finally:
                await client.http.aclose()

        codes, left, ledger = asyncio.run(race())
        assert (codes.count("000000"), codes.count("G20022")) == (100, 100), sorted(set(codes))
        assert Decimal(left) == 0 and ledger["ok"], ledger
        assert {p.pid for p in served.workers()} == pids  # nobody crashed on the way
    finally:
        served.stop()


def test_kill_9_of_a_worker_loses_nothing_acknowledged(postgres: str) -> None:
    served = Served(postgres, workers=2)
    try:

        async def stream() -> tuple[list[str], str, str]:
            client = served.client()
            try:
                prime, sub = await funded_pair(client, "1000")
                acknowledged: list[str] = []

                async def write(i: int) -> None:
                    body = {"coinSymbol": "USDT", "amount": "1", "fromWalletId": prime, "toWalletId": sub}
                    try:
                        response = await client.post(TRANSFER, {**body, "requestId": f"k-{i}"})
                    except httpx.HTTPError:
                        return  # the killed worker's connection: not acknowledged
                    if response.status_code == 200 and response.json()["code"] == "000000":
                        acknowledged.append(response.json()["data"]["orderViewId"])

                for batch in range(6):
                    if batch == 3:
                        killed.append(served.workers()[0].pid)
                        os.kill(killed[0], signal.SIGKILL)  # mid-stream
                    await asyncio.gather(*(write(batch * 20 + i) for i in range(20)))
                return acknowledged, prime, sub
            finally:
                await client.http.aclose()

        killed: list[int] = []
        originals = {p.pid for p in served.workers()}
        acknowledged, prime, sub = asyncio.run(stream())
        assert len(acknowledged) >= 60
        served.replaced(killed[0])
        (other,) = originals - set(killed)
        os.kill(other, signal.SIGKILL)
        served.replaced(other)
        assert not originals & {p.pid for p in served.workers()}

        async def check() -> tuple[list[str], str]:
            client = served.client()
            try:
                found = []
                for order in acknowledged:
                    query = {"walletIdStr": prime, "orderViewId": order}
                    detail = await client.get("/open-api/v1/subwallet/transfer/detail", query)
                    found.append(str(detail.json()["code"]))
                rows = await client.ok("GET", "/open-api/v1/subwallet/asset/list", {"walletId": sub, "pageLimit": 500})
                return found, next(r["availableAmount"] for r in rows["data"] if r["coinSymbol"] == "USDT")
            finally:
                await client.http.aclose()

        found, moved = asyncio.run(check())
        assert found == ["000000"] * len(acknowledged)
        assert Decimal(moved) >= len(acknowledged)  # every acknowledged debit arrived (a lost answer may add more)
    finally:
        served.stop()
