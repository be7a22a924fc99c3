"""CeffuClient / AsyncCeffuClient: the one entry point (signing, retries, typed errors, pagination)."""

from __future__ import annotations

import os
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric import rsa

from ._runtime.client import DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient, attach_retry_after, body_json, mask
from ._runtime.retry import RetryPolicy
from .api import AsyncResources, Resources
from .exceptions import CeffuUnexpectedResponseError, error_class
from .signing import CeffuSigner

PRODUCTION_URL = "https://open-api.ceffu.com"
SUCCESS_CODE = "000000"


class CeffuProvider:
    """How Ceffu reports errors and which writes may be retried."""

    request_id_header = "x-request-id"

    def check(self, response: httpx.Response, payload: Any, request_id: str | None) -> None:
        code = payload.get("code") if isinstance(payload, dict) else None
        if response.is_success and code == SUCCESS_CODE:
            return
        if response.is_success and code is None:
            raise CeffuUnexpectedResponseError(
                "response has no Ceffu envelope",
                status_code=response.status_code,
                request_id=request_id,
                body=payload,
            )
        message = payload.get("message") if isinstance(payload, dict) else None
        cls = error_class(code if isinstance(code, str) else None, response.status_code)
        error = cls(
            str(message or response.reason_phrase or "error"),
            code=code if isinstance(code, str) else None,
            status_code=response.status_code,
            request_id=request_id,
            body=payload if payload is not None else response.text[:500],
        )
        raise attach_retry_after(error, response)

    def is_idempotent_write(self, request: httpx.Request) -> bool:
        """A POST is retried only when it carries a requestId (Ceffu refuses a second use: G20015)."""
        body = body_json(request)
        return isinstance(body, dict) and body.get("requestId") not in (None, "")


def _settings(
    api_key: str | None, private_key: str | bytes | rsa.RSAPrivateKey | None, base_url: str | None
) -> tuple[str, str | bytes | rsa.RSAPrivateKey, str]:
    api_key = api_key or os.environ.get("CEFFU_API_KEY")
    private_key = private_key or os.environ.get("CEFFU_PRIVATE_KEY")
    if not api_key or not private_key:
        raise ValueError("Ceffu needs api_key and private_key (or CEFFU_API_KEY and CEFFU_PRIVATE_KEY)")
    return api_key, private_key, base_url or os.environ.get("CEFFU_BASE_URL") or PRODUCTION_URL


class CeffuClient(Resources):
    """Synchronous Ceffu client: `client.<tag>.<operation>(...)` returns the typed `data`.

    Credentials default to CEFFU_API_KEY / CEFFU_PRIVATE_KEY / CEFFU_BASE_URL.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        private_key: str | bytes | rsa.RSAPrivateKey | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        api_key, private_key, self.base_url = _settings(api_key, private_key, base_url)
        self._api_key = api_key
        http = http_client or httpx.Client(base_url=self.base_url, timeout=timeout, transport=transport)
        http.auth = CeffuSigner(api_key, private_key)
        self._api = SyncAPIClient(http, CeffuProvider(), retry or RetryPolicy(max_retries=max_retries))
        super().__init__(self._api)

    @property
    def http(self) -> httpx.Client:
        """The underlying httpx client (signed)."""
        return self._api.http

    def close(self) -> None:
        self._api.close()

    def __enter__(self) -> CeffuClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"CeffuClient(base_url={self.base_url!r}, api_key={mask(self._api_key)})"


class AsyncCeffuClient(AsyncResources):
    """Asynchronous twin of CeffuClient."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        private_key: str | bytes | rsa.RSAPrivateKey | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        api_key, private_key, self.base_url = _settings(api_key, private_key, base_url)
        self._api_key = api_key
        http = http_client or httpx.AsyncClient(base_url=self.base_url, timeout=timeout, transport=transport)
        http.auth = CeffuSigner(api_key, private_key)
        self._api = AsyncAPIClient(http, CeffuProvider(), retry or RetryPolicy(max_retries=max_retries))
        super().__init__(self._api)

    @property
    def http(self) -> httpx.AsyncClient:
        return self._api.http

    async def aclose(self) -> None:
        await self._api.aclose()

    async def __aenter__(self) -> AsyncCeffuClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncCeffuClient(base_url={self.base_url!r}, api_key={mask(self._api_key)})"
