"""Send a request with retries, decode exact JSON, turn errors into typed exceptions.

A provider plugs in through `Provider`: how to read its error responses, its exception classes, which
writes are safe to retry and how to find a keyed write's result when its answer was lost.
Authentication is the httpx.Auth given to the client, so every attempt is signed anew.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import httpx

from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    DuplicateRequestError,
    InternalServerError,
    LostAnswerError,
    RateLimitError,
)
from .jsonutil import loads
from .retry import RetryPolicy, retry_after_seconds

log = logging.getLogger("coinrails.client")
M = TypeVar("M")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Transport failures that happen before anything reached the server: the request had no effect.
NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.ProxyError,
    httpx.InvalidURL,
)
# Programming errors: retrying cannot help.
PERMANENT = (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.ProxyError, httpx.InvalidURL)


@dataclass(frozen=True)
class Lookup:
    """How to find a keyed write's result: the read to send and how to pick the write's answer from it."""

    request: dict[str, Any]  # httpx `build_request` arguments
    pick: Callable[[Any], Any]  # the read's payload -> the write's answer payload, or None when not found


class Provider(Protocol):
    """What a provider tells the runtime."""

    request_id_header: str
    unexpected_error: type[APIError]  # a response that does not match the spec
    connection_error: type[APIConnectionError]  # no (complete) response
    timeout_error: type[APITimeoutError]
    lost_answer_error: type[LostAnswerError]  # a keyed write took effect, its result cannot be looked up

    def check(self, response: httpx.Response, payload: Any, request_id: str | None) -> None:
        """Raise the provider's typed error if `response`/`payload` is an error; else return."""

    def is_idempotent_write(self, request: httpx.Request) -> bool:
        """True when a non-GET request carries a key that makes a retry safe."""

    def idempotency_key(self, request: httpx.Request) -> str | None:
        """The key of a keyed write (None: the request is not one)."""

    def lookup(self, request: httpx.Request) -> Lookup | None:
        """How to find the result of the keyed write `request` from the read endpoints (None: no way)."""


@dataclass(frozen=True)
class APIResponse(Generic[M]):
    """A parsed result with the HTTP answer it came from (`client.with_raw_response...`)."""

    parsed: M
    status_code: int
    headers: httpx.Headers
    request_id: str | None
    attempts: int
    http_response: httpx.Response


def _decode(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None


@dataclass
class _Attempts:
    count: int = 0
    lost: bool = False  # an attempt may have reached the server but its answer never came back


class _Base:
    def __init__(self, provider: Provider, retry: RetryPolicy, timeout: float | httpx.Timeout | None) -> None:
        self._provider = provider
        self._retry = retry
        self._timeout = timeout  # None: the http client's own

    def _request_args(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        return kwargs if self._timeout is None else {**kwargs, "timeout": self._timeout}

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

    def _transport_error(self, exc: Exception, state: _Attempts) -> APIConnectionError:
        cls = (
            self._provider.timeout_error if isinstance(exc, httpx.TimeoutException) else self._provider.connection_error
        )
        error = cls(f"{type(exc).__name__}: {exc}")
        error.transient = not isinstance(exc, PERMANENT)
        state.lost = state.lost or not isinstance(exc, NOT_SENT)
        return error

    def _delay(self, attempt: int, error: APIError) -> float | None:
        """Seconds to wait before retrying after `error`, or None to raise it."""
        if attempt >= self._retry.max_retries:
            return None
        if isinstance(error, RateLimitError):
            if error.retry_after is not None and error.retry_after > self._retry.max_retry_after:
                return None
            return self._retry.delay(attempt, error.retry_after)
        if isinstance(error, InternalServerError) or (isinstance(error, APIConnectionError) and error.transient):
            return self._retry.delay(attempt)
        return None

    def _lost_answer(self, request: httpx.Request, error: APIError, state: _Attempts) -> tuple[str, Lookup]:
        """After a duplicate answer to a keyed write whose earlier answer was lost: the key and lookup, or raise."""
        key = self._provider.idempotency_key(request) if state.lost else None
        if key is None or not isinstance(error, DuplicateRequestError):
            raise error
        lookup = self._provider.lookup(request)
        if lookup is None:
            raise self._lost(key, error, "the provider offers no read to find it by its key")
        return key, lookup

    def _lost(self, key: str, error: APIError, why: str) -> LostAnswerError:
        lost = self._provider.lost_answer_error(
            f"the write with key {key!r} took effect on an earlier attempt whose answer was lost; {why}",
            code=error.code,
            status_code=error.status_code,
            request_id=error.request_id,
            body=error.body,
        )
        lost.idempotency_key, lost.attempts = key, error.attempts
        lost.__cause__ = error
        return lost

    def _recovered(
        self, found: APIResponse[Any], key: str, error: APIError, parse: Callable[[Any], M]
    ) -> APIResponse[M]:
        """The keyed write's result, rebuilt from what the lookup found (raise when it found nothing)."""
        if found.parsed is None:
            raise self._lost(key, error, "the lookup by its key found nothing")
        try:
            parsed = parse(found.parsed)
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
            raise self._lost(key, error, f"the lookup's answer does not match the write's: {exc!r}") from exc
        return APIResponse(
            parsed, found.status_code, found.headers, found.request_id, error.attempts, found.http_response
        )

    def _failed(self, exc: Exception, state: _Attempts) -> APIError:
        error = self._transport_error(exc, state) if isinstance(exc, httpx.TransportError | httpx.InvalidURL) else exc
        assert isinstance(error, APIError)
        error.attempts = state.count
        return error


def attach_retry_after(error: APIError, response: httpx.Response) -> APIError:
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after_seconds(response)
    return error


class SyncAPIClient(_Base):
    """Synchronous sender shared by every provider's client."""

    def __init__(
        self,
        http: httpx.Client,
        provider: Provider,
        retry: RetryPolicy,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        super().__init__(provider, retry, timeout)
        self.http = http

    def configured(self, *, retry: RetryPolicy | None, timeout: float | httpx.Timeout | None) -> SyncAPIClient:
        """A sender on the same connection pool with other retry/timeout settings."""
        return SyncAPIClient(
            self.http, self._provider, retry or self._retry, self._timeout if timeout is None else timeout
        )

    def call(self, kwargs: dict[str, Any], parse: Callable[[Any], M]) -> M:
        return self.call_raw(kwargs, parse).parsed

    def call_raw(self, kwargs: dict[str, Any], parse: Callable[[Any], M]) -> APIResponse[M]:
        state = _Attempts()
        while True:
            state.count += 1
            request = None
            try:
                request = self.http.build_request(**self._request_args(kwargs))
                response = self.http.send(request)
                log.debug(
                    "%s %s -> %s (attempt %d)", request.method, request.url.path, response.status_code, state.count
                )
                parsed = self._outcome(response, parse)
                return APIResponse(
                    parsed,
                    response.status_code,
                    response.headers,
                    response.headers.get(self._provider.request_id_header),
                    state.count,
                    response,
                )
            except (httpx.TransportError, httpx.InvalidURL, APIError) as exc:
                error = self._failed(exc, state)
            if request is None:
                raise error
            delay = self._delay(state.count - 1, error) if self._retryable(request) else None
            if delay is None:
                key, lookup = self._lost_answer(request, error, state)
                return self._recovered(self.call_raw(lookup.request, lookup.pick), key, error, parse)
            log.info("retrying %s %s in %.2fs after %s", request.method, request.url.path, delay, type(error).__name__)
            time.sleep(delay)

    def close(self) -> None:
        self.http.close()


class AsyncAPIClient(_Base):
    """Asynchronous twin of SyncAPIClient."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        provider: Provider,
        retry: RetryPolicy,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        super().__init__(provider, retry, timeout)
        self.http = http

    def configured(self, *, retry: RetryPolicy | None, timeout: float | httpx.Timeout | None) -> AsyncAPIClient:
        return AsyncAPIClient(
            self.http, self._provider, retry or self._retry, self._timeout if timeout is None else timeout
        )

    async def call(self, kwargs: dict[str, Any], parse: Callable[[Any], M]) -> M:
        return (await self.call_raw(kwargs, parse)).parsed

    async def call_raw(self, kwargs: dict[str, Any], parse: Callable[[Any], M]) -> APIResponse[M]:
        state = _Attempts()
        while True:
            state.count += 1
            request = None
            try:
                request = self.http.build_request(**self._request_args(kwargs))
                response = await self.http.send(request)
                log.debug(
                    "%s %s -> %s (attempt %d)", request.method, request.url.path, response.status_code, state.count
                )
                parsed = self._outcome(response, parse)
                return APIResponse(
                    parsed,
                    response.status_code,
                    response.headers,
                    response.headers.get(self._provider.request_id_header),
                    state.count,
                    response,
                )
            except (httpx.TransportError, httpx.InvalidURL, APIError) as exc:
                error = self._failed(exc, state)
            if request is None:
                raise error
            delay = self._delay(state.count - 1, error) if self._retryable(request) else None
            if delay is None:
                key, lookup = self._lost_answer(request, error, state)
                return self._recovered(await self.call_raw(lookup.request, lookup.pick), key, error, parse)
            log.info("retrying %s %s in %.2fs after %s", request.method, request.url.path, delay, type(error).__name__)
            await asyncio.sleep(delay)

    async def aclose(self) -> None:
        await self.http.aclose()


def body_json(request: httpx.Request) -> Any:
    """The request's JSON body, decoded exactly, or None."""
    try:
        return loads(request.content) if request.content else None
    except (ValueError, json.JSONDecodeError):
        return None


def body_key(request: httpx.Request, field: str) -> str | None:
    """The non-empty string `field` of the request's JSON body, or None."""
    body = body_json(request)
    value = body.get(field) if isinstance(body, dict) else None
    return value if isinstance(value, str) and value else None


def mask(secret: str | None) -> str:
    """A secret as it may appear in repr and logs: the first 4 characters, nothing more."""
    if not secret:
        return "''"
    return f"'{secret[:4]}…'" if len(secret) > 8 else "'…'"
