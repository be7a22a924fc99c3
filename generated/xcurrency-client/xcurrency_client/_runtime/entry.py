"""Base classes of every provider's entry point (e.g. CeffuClient): http client, retries, lifecycle."""

from __future__ import annotations

import copy
import dataclasses
import os
from typing import Any, Self, TypedDict, cast

import httpx
from typing_extensions import Unpack

from .client import DEFAULT_TIMEOUT, AsyncAPIClient, Provider, SyncAPIClient, mask
from .retry import RetryPolicy


class ClientOptions(TypedDict, total=False):
    """Options of every synchronous client (a misspelt one is a type error)."""

    timeout: float | httpx.Timeout  # per request (default 30 s, connect 10 s)
    max_retries: int  # retries after the first attempt (default 2); 0 turns retries off
    retry: RetryPolicy  # full retry policy (overrides max_retries)
    transport: httpx.BaseTransport  # e.g. httpx.MockTransport in tests
    http_client: httpx.Client  # your own httpx client: its auth and, when base_url is given, its base_url are set


class AsyncClientOptions(TypedDict, total=False):
    """Options of every asynchronous client."""

    timeout: float | httpx.Timeout
    max_retries: int
    retry: RetryPolicy
    transport: httpx.AsyncBaseTransport
    http_client: httpx.AsyncClient


def setting(value: str | None, variable: str, default: str | None = None) -> str:
    """An explicit value, else the environment variable, else the default; missing is an error."""
    found = value or os.environ.get(variable) or default
    if not found:
        raise ValueError(f"missing setting: pass it explicitly or set {variable}")
    return found


def optional_setting(value: str | None, variable: str) -> str | None:
    """An explicit value, else the environment variable, else None."""
    return value or os.environ.get(variable) or None


def _base_url(http: httpx.Client | httpx.AsyncClient | None, base_url: str | None, default_url: str) -> str:
    """The explicit (or environment) URL, else an injected client's own, else the provider's production URL."""
    if base_url:
        return base_url
    own = str(http.base_url) if http is not None else ""
    return own.rstrip("/") if own else default_url


def _retry(
    max_retries: int | None, retry: RetryPolicy | None, current: RetryPolicy | None = None
) -> RetryPolicy | None:
    if retry is not None:
        return retry
    if max_retries is not None:
        return (
            RetryPolicy(max_retries=max_retries)
            if current is None
            else dataclasses.replace(current, max_retries=max_retries)
        )
    return current


class _Common:
    base_url: str
    _key_hint: str

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, key={mask(self._key_hint)})"


class SyncClientBase(_Common):
    """Owns the signed httpx.Client and the retrying sender (`_api`); subclasses add the resources."""

    _api: SyncAPIClient

    def __init__(
        self,
        *,
        auth: httpx.Auth,
        provider: Provider,
        base_url: str | None,
        default_url: str,
        key_hint: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self.base_url = _base_url(http_client, base_url, default_url)
        self._key_hint = key_hint
        if http_client is None:
            http = httpx.Client(base_url=self.base_url, timeout=timeout or DEFAULT_TIMEOUT, transport=transport)
        else:
            http = http_client
            http.base_url = httpx.URL(self.base_url)
        http.auth = auth
        policy = _retry(max_retries, retry) or RetryPolicy()
        self._api = SyncAPIClient(http, provider, policy, timeout if http_client is not None else None)

    @classmethod
    def from_env(cls, **options: Unpack[ClientOptions]) -> Self:
        """A client whose credentials and base URL come from the provider's environment variables."""
        return cast(Any, cls)(**options)  # type: ignore[no-any-return]

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
    ) -> Self:
        """A copy of this client with other per-request settings, sharing its connections and credentials."""
        clone = copy.copy(self)
        clone._api = self._api.configured(retry=_retry(max_retries, retry, self._api._retry), timeout=timeout)
        return clone

    @property
    def http(self) -> httpx.Client:
        """The underlying (authenticated) httpx client."""
        return self._api.http

    def close(self) -> None:
        self._api.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClientBase(_Common):
    """Async twin of SyncClientBase."""

    _api: AsyncAPIClient

    def __init__(
        self,
        *,
        auth: httpx.Auth,
        provider: Provider,
        base_url: str | None,
        default_url: str,
        key_hint: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self.base_url = _base_url(http_client, base_url, default_url)
        self._key_hint = key_hint
        if http_client is None:
            http = httpx.AsyncClient(base_url=self.base_url, timeout=timeout or DEFAULT_TIMEOUT, transport=transport)
        else:
            http = http_client
            http.base_url = httpx.URL(self.base_url)
        http.auth = auth
        policy = _retry(max_retries, retry) or RetryPolicy()
        self._api = AsyncAPIClient(http, provider, policy, timeout if http_client is not None else None)

    @classmethod
    def from_env(cls, **options: Unpack[AsyncClientOptions]) -> Self:
        """A client whose credentials and base URL come from the provider's environment variables."""
        return cast(Any, cls)(**options)  # type: ignore[no-any-return]

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
    ) -> Self:
        """A copy of this client with other per-request settings, sharing its connections and credentials."""
        clone = copy.copy(self)
        clone._api = self._api.configured(retry=_retry(max_retries, retry, self._api._retry), timeout=timeout)
        return clone

    @property
    def http(self) -> httpx.AsyncClient:
        return self._api.http

    async def aclose(self) -> None:
        await self._api.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
