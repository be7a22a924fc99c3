"""A CeffuClient wired to an in-process httpx.MockTransport."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from ceffu_client import AsyncCeffuClient, CeffuClient, RetryPolicy
from ceffu_client._runtime.jsonutil import dumps

from tests.conftest import ceffu_key_b64

Handler = Callable[[httpx.Request], httpx.Response]


def envelope(
    data: Any, code: str = "000000", message: str = "Success", status: int = 200, **headers: str
) -> httpx.Response:
    return httpx.Response(
        status,
        content=dumps({"code": code, "message": message, "data": data}),
        headers={"content-type": "application/json", **headers},
    )


NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0)


@pytest.fixture
def make_client(rsa_key) -> Callable[..., CeffuClient]:
    clients: list[CeffuClient] = []

    def make(handler: Handler, retry: RetryPolicy = NO_WAIT) -> CeffuClient:
        client = CeffuClient(
            api_key="test-api-key-123456",
            private_key=ceffu_key_b64(rsa_key),
            base_url="http://127.0.0.1:8101",
            transport=httpx.MockTransport(handler),
            retry=retry,
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def make_async_client(rsa_key) -> Callable[..., AsyncCeffuClient]:
    def make(handler: Handler, retry: RetryPolicy = NO_WAIT) -> AsyncCeffuClient:
        return AsyncCeffuClient(
            api_key="test-api-key-123456",
            private_key=ceffu_key_b64(rsa_key),
            base_url="http://127.0.0.1:8101",
            transport=httpx.MockTransport(handler),
            retry=retry,
        )

    return make
