"""CeffuClient / AsyncCeffuClient: the one entry point (signing, retries, typed errors, pagination)."""

from __future__ import annotations

from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric import rsa

from ._runtime.client import attach_retry_after, body_json
from ._runtime.entry import AsyncClientBase, SyncClientBase, setting
from .api import AsyncResources, Resources
from .exceptions import CeffuUnexpectedResponseError, error_class
from .signing import CeffuSigner

PRODUCTION_URL = "https://open-api.ceffu.com"
SUCCESS_CODE = "000000"


class CeffuProvider:
    """How Ceffu reports errors and which writes may be retried."""

    request_id_header = "x-request-id"
    unexpected_error = CeffuUnexpectedResponseError

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
        code = code if isinstance(code, str) else None
        error = error_class(code, response.status_code)(
            str(message or response.reason_phrase or "error"),
            code=code,
            status_code=response.status_code,
            request_id=request_id,
            body=payload if payload is not None else response.text[:500],
        )
        raise attach_retry_after(error, response)

    def is_idempotent_write(self, request: httpx.Request) -> bool:
        """A POST is retried only when it carries a requestId (Ceffu refuses a second use: G20015)."""
        body = body_json(request)
        return isinstance(body, dict) and body.get("requestId") not in (None, "")


def _credentials(
    api_key: str | None, private_key: str | bytes | rsa.RSAPrivateKey | None, base_url: str | None
) -> dict[str, Any]:
    api_key = setting(api_key, "CEFFU_API_KEY")
    key = private_key or setting(None, "CEFFU_PRIVATE_KEY")
    return {
        "auth": CeffuSigner(api_key, key),
        "provider": CeffuProvider(),
        "base_url": setting(base_url, "CEFFU_BASE_URL", PRODUCTION_URL),
        "key_hint": api_key,
    }


class CeffuClient(SyncClientBase, Resources):
    """Synchronous Ceffu client: `client.<tag>.<operation>(...)` returns the typed `data`.

    Credentials default to CEFFU_API_KEY / CEFFU_PRIVATE_KEY / CEFFU_BASE_URL. Options: timeout,
    max_retries or retry (RetryPolicy), transport or http_client (httpx).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        private_key: str | bytes | rsa.RSAPrivateKey | None = None,
        base_url: str | None = None,
        **options: Any,
    ) -> None:
        SyncClientBase.__init__(self, **_credentials(api_key, private_key, base_url), **options)
        Resources.__init__(self, self._api)


class AsyncCeffuClient(AsyncClientBase, AsyncResources):
    """Asynchronous twin of CeffuClient."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        private_key: str | bytes | rsa.RSAPrivateKey | None = None,
        base_url: str | None = None,
        **options: Any,
    ) -> None:
        AsyncClientBase.__init__(self, **_credentials(api_key, private_key, base_url), **options)
        AsyncResources.__init__(self, self._api)
