"""Run a provider's mock on a free loopback port for the duration of a test session."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn

from coinrails_mock.app import build_app
from coinrails_mock.engine.serving import SERVER_LIMITS
from coinrails_mock.providers import load_provider


@dataclass
class RunningMock:
    provider: str
    base_url: str
    credentials: dict[str, Any] = field(repr=False)
    app: Any = field(repr=False)

    @property
    def engine(self) -> Any:
        """The in-process MockEngine (state, clock, settings) behind the server."""
        return self.app.state.mock


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_mock(
    provider: str,
    *,
    port: int | None = None,
    strict: bool | None = None,
    state_path: Path | None = None,
    **options: Any,
) -> Iterator[RunningMock]:
    """Serve `provider`'s mock (strict: an off-spec answer is a loud 500) on 127.0.0.1 until the block ends.

    Strict unless told otherwise, or unless COINRAILS_MOCK_STRICT=0 (how a real sandbox behaves: it does
    not validate its own answers; the mutation runner sets it)."""
    if strict is None:
        strict = os.environ.get("COINRAILS_MOCK_STRICT", "1") != "0"
    port = port or free_port()
    base_url = f"http://127.0.0.1:{port}"
    app = build_app(provider, strict=strict, state_path=state_path, base_url=base_url, **options)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on", **SERVER_LIMITS)
    )
    thread = threading.Thread(target=server.run, name=f"mock-{provider}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the {provider} mock did not start")
        time.sleep(0.02)
    try:
        yield RunningMock(provider, base_url, load_provider(provider).credentials(base_url), app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
