"""Bitunix request signing as an httpx.Auth.

Headers `api-key`, `nonce` (32 random characters), `timestamp` (ms) and
sign = hex SHA-256( hex SHA-256( nonce + timestamp + api-key + sortedQuery + body ) + secretKey )
where sortedQuery is every `key=value` of the query sorted by key and concatenated with no
separator, and body is the compact JSON actually sent (empty for a GET). Public endpoints are
not signed.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable, Collection, Generator

import httpx

from ._operations import OPERATIONS
from ._runtime.client import mask

# Operations the spec marks `security: []` (market data and common lists).
PUBLIC_PATHS = frozenset(op.path for op in OPERATIONS.values() if op.security == ())


def sorted_query(params: httpx.QueryParams) -> str:
    """`key=value` pairs sorted by key, concatenated with no separator."""
    return "".join(f"{key}={value}" for key, value in sorted(params.multi_items(), key=lambda kv: kv[0]))


def sign(api_key: str, secret_key: str, nonce: str, timestamp: str, query: str, body: str) -> str:
    digest = hashlib.sha256((nonce + timestamp + api_key + query + body).encode()).hexdigest()
    return hashlib.sha256((digest + secret_key).encode()).hexdigest()


def new_nonce() -> str:
    return secrets.token_hex(16)  # 32 characters


def now_ms() -> int:
    return time.time_ns() // 1_000_000


class BitunixSigner(httpx.Auth):
    """Adds `api-key`, `nonce`, `timestamp` and `sign` to every non-public request."""

    requires_request_body = True

    def __init__(
        self,
        api_key: str,
        secret_key: str,
        *,
        public_paths: Collection[str] = PUBLIC_PATHS,
        clock: Callable[[], int] | None = None,
        nonce: Callable[[], str] = new_nonce,
    ) -> None:
        self._api_key = api_key
        self._secret_key = secret_key
        self._public = frozenset(public_paths)
        self._clock = clock
        self._nonce = nonce

    def __repr__(self) -> str:
        return f"BitunixSigner(api_key={mask(self._api_key)})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.url.path not in self._public:
            nonce = self._nonce()
            timestamp = str(self._clock() if self._clock else now_ms())
            body = request.content.decode() if request.content else ""
            request.headers["api-key"] = self._api_key
            request.headers["nonce"] = nonce
            request.headers["timestamp"] = timestamp
            request.headers["sign"] = sign(
                self._api_key, self._secret_key, nonce, timestamp, sorted_query(request.url.params), body
            )
        yield request
