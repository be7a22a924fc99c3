"""A BitunixClient wired to an in-process httpx.MockTransport."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from bitunix_client import AsyncBitunixClient, BitunixClient, RetryPolicy
from bitunix_client._runtime.jsonutil import dumps

API_KEY, SECRET = "bx-api-key-0001", "bx-secret-key-0001"
NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0)


def envelope(data: Any, code: str = "0", msg: str = "result.success", status: int = 200) -> httpx.Response:
    body = {"code": code, "msg": msg, "data": data, "success": code == "0"}
    return httpx.Response(status, content=dumps(body), headers={"content-type": "application/json"})


@pytest.fixture
def make_client() -> Callable[..., BitunixClient]:
    def make(handler: Callable[[httpx.Request], httpx.Response], retry: RetryPolicy = NO_WAIT) -> BitunixClient:
        return BitunixClient(
            api_key=API_KEY,
            secret_key=SECRET,
            base_url="http://127.0.0.1:8102",
            transport=httpx.MockTransport(handler),
            retry=retry,
        )

    return make


@pytest.fixture
def make_async_client() -> Callable[..., AsyncBitunixClient]:
    def make(handler: Callable[[httpx.Request], httpx.Response], retry: RetryPolicy = NO_WAIT) -> AsyncBitunixClient:
        return AsyncBitunixClient(
            api_key=API_KEY,
            secret_key=SECRET,
            base_url="http://127.0.0.1:8102",
            transport=httpx.MockTransport(handler),
            retry=retry,
        )

    return make
