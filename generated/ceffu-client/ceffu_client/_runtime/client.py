"""Send a request with retries, decode exact JSON, turn errors into typed exceptions.

A provider plugs in through `Provider`: how to read its error responses and which writes are safe
to retry. Authentication is the httpx.Auth given to the client, so every attempt is signed anew.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import httpx

from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    CoinrailsError,
    RateLimitError,
    ServerError,
)
from .jsonutil import loads
from .retry import RetryPolicy, retry_after_seconds

log = logging.getLogger("coinrails.client")
M = TypeVar("M")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class Provider(Protocol):
    """What a provider tells the runtime."""

    request_id_header: str
    unexpected_error: type[APIError]  # raised when a success response does not match the spec

    def check(self, response: httpx.Response, payload: Any, request_id: str | None) -> None:
        """Raise the provider's typed error if `response`/`payload` is an error; else return."""

    def is_idempotent_write(self, request: httpx.Request) -> bool:
        """True when a non-GET request carries a key that makes a retry safe."""


def _decode(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None


class _Base:
    def __init__(self, provider: Provider, retry: RetryPolicy) -> None:
        self._provider = provider
        self._retry = retry

    def _retryable(self, request: httpx.Request) -> bool:
        return request.method in SAFE_METHODS or self._provider.is_idempotent_write(request)

    def _outcome(self, response: httpx.Response, parse: Callable[[Any], M]) -> M:
        request_id = response.headers.get(self._provider.request_id_header)
        payload = _decode(response)
        self._provider.check(response, payload, request_id)
        try:
            return parse(payload)
        # ArithmeticError: decimal.InvalidOperation on a malformed amount
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
            raise self._provider.unexpected_error(
                f"response does not match the spec: {exc!r}",
                status_code=response.status_code,
                request_id=request_id,
                body=payload,
            ) from exc

    def _delay(self, attempt: int, error: Exception) -> float | None:
        """Seconds to wait before retrying after `error`, or None to raise it."""
        if attempt >= self._retry.max_retries:
            return None
        if isinstance(error, RateLimitError):
            if error.retry_after is not None and error.retry_after > self._retry.max_retry_after:
                return None
            return self._retry.delay(attempt, error.retry_after)
        if isinstance(error, ServerError | APIConnectionError):
            return self._retry.delay(attempt)
        return None


def _transport_error(exc: httpx.TransportError) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(f"{type(exc).__name__}: {exc}")


def attach_retry_after(error: APIError, response: httpx.Response) -> APIError:
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after_seconds(response)
    return error


class SyncAPIClient(_Base):
    """Synchronous sender shared by every provider's client."""

    def __init__(self, http: httpx.Client, provider: Provider, retry: RetryPolicy) -> None:
        super().__init__(provider, retry)
        self.http = http

    def call(self, kwargs: dict[str, Any], parse: Callable[[Any], M]) -> M:
        attempt = 0
        while True:
            request = self.http.build_request(**kwargs)
            try:
                response = self.http.send(request)
                log.debug(
                    "%s %s -> %s (attempt %d)", request.method, request.url.path, response.status_code, attempt + 1
                )
                return self._outcome(response, parse)
            except httpx.TransportError as exc:
                error: CoinrailsError = _transport_error(exc)
            except CoinrailsError as exc:
                error = exc
            error.attempts = attempt + 1
            delay = self._delay(attempt, error) if self._retryable(request) else None
            if delay is None:
                raise error
            log.info("retrying %s %s in %.2fs after %s", request.method, request.url.path, delay, type(error).__name__)
            time.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self.http.close()


class AsyncAPIClient(_Base):
    """Asynchronous twin of SyncAPIClient."""

    def __init__(self, http: httpx.AsyncClient, provider: Provider, retry: RetryPolicy) -> None:
        super().__init__(provider, retry)
        self.http = http

    async def call(self, kwargs: dict[str, Any], parse: Callable[[Any], M]) -> M:
        attempt = 0
        while True:
            request = self.http.build_request(**kwargs)
            try:
                response = await self.http.send(request)
                log.debug(
                    "%s %s -> %s (attempt %d)", request.method, request.url.path, response.status_code, attempt + 1
                )
                return self._outcome(response, parse)
            except httpx.TransportError as exc:
                error: CoinrailsError = _transport_error(exc)
            except CoinrailsError as exc:
                error = exc
            error.attempts = attempt + 1
            delay = self._delay(attempt, error) if self._retryable(request) else None
            if delay is None:
                raise error
            log.info("retrying %s %s in %.2fs after %s", request.method, request.url.path, delay, type(error).__name__)
            await asyncio.sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self.http.aclose()


def body_json(request: httpx.Request) -> Any:
    """The request's JSON body, decoded exactly, or None."""
    try:
        return loads(request.content) if request.content else None
    except (ValueError, json.JSONDecodeError):
        return None


def mask(secret: str | None) -> str:
    """A secret as it may appear in repr and logs: the first 4 characters, nothing more."""
    if not secret:
        return "''"
    return f"'{secret[:4]}…'" if len(secret) > 8 else "'…'"
