"""Bitunix contract suite fixtures: the provider name, and typed clients built only from the printed credentials."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from bitunix_client import BitunixClient

SPACING_S = 0.11  # the documented limit is 10 requests/second per key: keep requests >= 100 ms apart


@pytest.fixture(scope="session")
def provider() -> str:
    return "bitunix"


class PacedTransport(httpx.HTTPTransport):
    """Sends at most one request every SPACING_S seconds (how a client honours "10 times/1 second")."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._lock = threading.Lock()
        self._last = 0.0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            wait = self._last + SPACING_S - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last = time.monotonic()
        return super().handle_request(request)


def typed_client(mock: Any, prefix: str = "", **options: Any) -> BitunixClient:
    """A client from `coinrails-mock credentials bitunix` alone (`prefix` "receiver_" for the second user)."""
    creds = mock.credentials
    options.setdefault("transport", PacedTransport())
    return BitunixClient(
        api_key=creds[f"{prefix}api_key"], secret_key=creds[f"{prefix}secret_key"], base_url=mock.base_url, **options
    )


@pytest.fixture
def control(mock: Any) -> Iterator[httpx.Client]:
    """The mock's control API, reset to the seeded state before each test (settings kept)."""
    with httpx.Client(base_url=f"{mock.base_url}/_mock") as http:
        assert http.post("/reset").status_code == 200
        yield http


@pytest.fixture
def bitunix(mock: Any, control: httpx.Client) -> Iterator[BitunixClient]:
    with typed_client(mock) as client:
        yield client


@pytest.fixture
def receiver(mock: Any, control: httpx.Client) -> Iterator[BitunixClient]:
    with typed_client(mock, "receiver_") as client:
        yield client
