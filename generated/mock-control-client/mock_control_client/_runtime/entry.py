"""Base classes of every provider's entry point (e.g. CeffuClient): http client, retries, lifecycle."""

from __future__ import annotations

import os
from typing import Any

import httpx

from .client import DEFAULT_TIMEOUT, AsyncAPIClient, Provider, SyncAPIClient, mask
from .retry import RetryPolicy


def setting(value: str | None, variable: str, default: str | None = None) -> str:
    """An explicit value, else the environment variable, else the default; missing is an error."""
    found = value or os.environ.get(variable) or default
    if not found:
        raise ValueError(f"missing setting: pass it explicitly or set {variable}")
    return found


class SyncClientBase:
    """Owns the signed httpx.Client and the retrying sender (`_api`); subclasses add the resources."""

    def __init__(
        self,
        *,
        auth: httpx.Auth,
        provider: Provider,
        base_url: str,
        key_hint: str,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self.base_url = base_url
        self._key_hint = key_hint
        http = http_client or httpx.Client(base_url=base_url, timeout=timeout, transport=transport)
        http.auth = auth
        self._api = SyncAPIClient(http, provider, retry or RetryPolicy(max_retries=max_retries))

    @property
    def http(self) -> httpx.Client:
        """The underlying (authenticated) httpx client."""
        return self._api.http

    def close(self) -> None:
        self._api.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, key={mask(self._key_hint)})"


class AsyncClientBase:
    """Async twin of SyncClientBase."""

    def __init__(
        self,
        *,
        auth: httpx.Auth,
        provider: Provider,
        base_url: str,
        key_hint: str,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self.base_url = base_url
        self._key_hint = key_hint
        http = http_client or httpx.AsyncClient(base_url=base_url, timeout=timeout, transport=transport)
        http.auth = auth
        self._api = AsyncAPIClient(http, provider, retry or RetryPolicy(max_retries=max_retries))

    @property
    def http(self) -> httpx.AsyncClient:
        return self._api.http

    async def aclose(self) -> None:
        await self._api.aclose()

    async def __aenter__(self) -> Any:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, key={mask(self._key_hint)})"
