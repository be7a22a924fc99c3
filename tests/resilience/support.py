"""Shared helpers of the resilience suites: the mock's control API, a recording transport, fake sleeps."""

from __future__ import annotations

import importlib
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import httpx
import pytest

from contract_tests.harness import RunningMock, running_mock

PROVIDERS = ("ceffu", "bitunix", "xcurrency", "cryptofuse")
# Retries as fast as the test allows: backoff is never really slept (see `FakeSleep`), only recorded.
FAULT_RETRY_DELAY = 0.001


class Control:
    """The mock's control API (/_mock/...), plain JSON over loopback."""

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=f"{base_url}/_mock", timeout=30)

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self.http.request(method, path, json=body)
        assert response.status_code == 200, (method, path, response.status_code, response.text)
        return response.json()

    def get(self, path: str) -> Any:
        return self.call("GET", path)

    def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        return self.call("POST", path, body if body is not None else {})

    def state(self) -> dict[str, Any]:
        return self.get("/state")

    def ledger_ok(self) -> dict[str, Any]:
        check = self.get("/ledger/check")
        assert check["ok"], check["problems"]
        return check

    def faults(self, **config: Any) -> dict[str, Any]:
        return self.post("/faults", config)

    def shift_clock(self, ms: int) -> None:
        self.post("/clock", {"shift_ms": ms})

    def close(self) -> None:
        self.http.close()


@contextmanager
def serve(provider: str, **options: Any) -> Iterator[tuple[RunningMock, Control]]:
    """A strict mock of `provider` on a free loopback port, with its control API."""
    with running_mock(provider, **options) as mock:
        control = Control(mock.base_url)
        try:
            yield mock, control
        finally:
            control.close()


@dataclass
class Sent:
    """One request as it left the client, and what became of it."""

    method: str
    path: str
    body: bytes = field(repr=False)
    headers: dict[str, str] = field(repr=False)  # credentials: kept out of assertion messages
    status: int | None = None
    outcome: str = "answered"  # "answered" | "dropped" (no complete response) | "lost" (answered, then cut)


@dataclass
class Wire(httpx.BaseTransport):
    """A real HTTP transport that records every request (incl. auth-flow token requests) and, for requests
    `losable` says may be, sometimes throws away the server's complete answer and raises a connection error:
    the server did the work but the client never hears of it, the case an idempotency key exists for."""

    losable: Callable[[httpx.Request], bool] = lambda _: False
    lose_rate: float = 0.0
    seed: int = 0
    sent: list[Sent] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self._rng = random.Random(self.seed)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        entry = Sent(request.method, request.url.path, body, dict(request.headers))
        self.sent.append(entry)
        try:
            response = self._inner.handle_request(request)
            try:
                content = response.read()
            finally:
                response.close()
        except httpx.TransportError:
            entry.outcome = "dropped"
            raise
        entry.status = response.status_code
        if response.is_success and self.lose_rate and self.losable(request) and self._rng.random() < self.lose_rate:
            entry.outcome = "lost"
            raise httpx.ReadError("connection reset after the server answered (injected by the test)", request=request)
        return httpx.Response(response.status_code, headers=response.headers, content=content, request=request)

    def close(self) -> None:
        self._inner.close()

    def mark(self) -> int:
        return len(self.sent)

    def since(self, mark: int, *, skip_paths: frozenset[str] = frozenset()) -> list[Sent]:
        return [s for s in self.sent[mark:] if s.path not in skip_paths]


class FakeSleep:
    """Replaces `time` in a client's retry runtime: records each backoff instead of sleeping it."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)


def fake_sleep(monkeypatch: pytest.MonkeyPatch, package: str) -> FakeSleep:
    runtime = importlib.import_module(f"{package}._runtime.client")
    fake = FakeSleep()
    monkeypatch.setattr(runtime, "time", SimpleNamespace(sleep=fake.sleep))
    return fake


def categories(package: str) -> ModuleType:
    """The provider-independent error categories of a client (`<package>._runtime.errors`)."""
    return importlib.import_module(f"{package}._runtime.errors")


def state_file(tmp_path: Path, provider: str) -> Path:
    return tmp_path / f"{provider}.sqlite"


class Receiver:
    """A loopback webhook endpoint: records (raw body, headers) of every delivery and answers 200."""

    def __init__(self) -> None:
        self.deliveries: list[tuple[bytes, dict[str, str]]] = []
        deliveries = self.deliveries

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                deliveries.append((self.rfile.read(int(self.headers["content-length"])), dict(self.headers.items())))
                self.send_response(200)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait(self, count: int = 1, timeout: float = 15.0) -> list[tuple[bytes, dict[str, str]]]:
        deadline = time.monotonic() + timeout
        while len(self.deliveries) < count:
            assert time.monotonic() < deadline, f"{len(self.deliveries)} webhook deliveries, expected {count}"
            time.sleep(0.02)
        return list(self.deliveries)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
