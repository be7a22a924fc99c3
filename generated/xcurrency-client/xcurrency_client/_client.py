"""XCurrencyClient / AsyncXCurrencyClient: the one entry point (token auth, signing, retries, typed errors)."""

from __future__ import annotations

from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric import rsa
from typing_extensions import Unpack

from ._runtime.client import Lookup, attach_retry_after, body_key
from ._runtime.entry import (
    AsyncClientBase,
    AsyncClientOptions,
    ClientOptions,
    SyncClientBase,
    optional_setting,
    setting,
)
from .api import AsyncResources, Resources
from .auth import XCurrencyAuth
from .exceptions import (
    XCurrencyConnectionError,
    XCurrencyLostAnswerError,
    XCurrencyTimeoutError,
    XCurrencyUnexpectedResponseError,
    error_class,
)

PRODUCTION_URL = "https://api.xcurrency.com"
SANDBOX_URL = "https://api-sandbox.xcurrency.com"
# POSTs with no effect to repeat: a rate query and the signature check.
IDEMPOTENT_POSTS = frozenset({"/global/payout/rate/query/price", "/payout/encrypt/check"})


class XCurrencyProvider:
    """How xCurrency reports errors (`status: "-1"`) and which writes may be retried."""

    request_id_header = "x-request-id"
    unexpected_error = XCurrencyUnexpectedResponseError
    connection_error = XCurrencyConnectionError
    timeout_error = XCurrencyTimeoutError
    lost_answer_error = XCurrencyLostAnswerError

    def check(self, response: httpx.Response, payload: Any, request_id: str | None) -> None:
        status = payload.get("status") if isinstance(payload, dict) else None
        if response.is_success and status == "1":
            return
        if response.is_success and status is None:
            raise XCurrencyUnexpectedResponseError(
                "response has no xCurrency envelope",
                status_code=response.status_code,
                request_id=request_id,
                body=payload,
            )
        message = payload.get("message") if isinstance(payload, dict) else None
        message = str(message or response.reason_phrase or "error")
        error = error_class(message, response.status_code)(
            message,
            status_code=response.status_code,
            request_id=request_id,
            body=payload if payload is not None else response.text[:500],
        )
        raise attach_retry_after(error, response)

    def is_idempotent_write(self, request: httpx.Request) -> bool:
        """Rate queries and signature checks repeat freely; a body with `externalRef` cannot create twice."""
        if request.url.path in IDEMPOTENT_POSTS:
            return True
        return self.idempotency_key(request) is not None

    def idempotency_key(self, request: httpx.Request) -> str | None:
        return body_key(request, "externalRef") if request.method == "POST" else None

    def lookup(self, request: httpx.Request) -> Lookup | None:
        """No read finds a customer by `externalRef`: a lost answer ends in XCurrencyLostAnswerError."""
        return None


def _credentials(
    app_key: str | None,
    secret_key: str | None,
    private_key: str | bytes | rsa.RSAPrivateKey | None,
    base_url: str | None,
) -> dict[str, Any]:
    app_key = setting(app_key, "XCURRENCY_APP_KEY")
    auth = XCurrencyAuth(
        app_key, setting(secret_key, "XCURRENCY_APP_SECRET"), private_key or setting(None, "XCURRENCY_PRIVATE_KEY")
    )
    return {
        "auth": auth,
        "provider": XCurrencyProvider(),
        "base_url": optional_setting(base_url, "XCURRENCY_BASE_URL"),
        "default_url": PRODUCTION_URL,
        "key_hint": app_key,
    }


class XCurrencyClient(SyncClientBase, Resources):
    """Synchronous xCurrency top-up client: `client.<tag>.<operation>(...)` returns the typed `data`.

    Credentials default to XCURRENCY_APP_KEY / XCURRENCY_APP_SECRET / XCURRENCY_PRIVATE_KEY /
    XCURRENCY_BASE_URL. The token is fetched, cached for its hour and renewed automatically.
    """

    def __init__(
        self,
        *,
        app_key: str | None = None,
        secret_key: str | None = None,
        private_key: str | bytes | rsa.RSAPrivateKey | None = None,
        base_url: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        SyncClientBase.__init__(self, **_credentials(app_key, secret_key, private_key, base_url), **options)


class AsyncXCurrencyClient(AsyncClientBase, AsyncResources):
    """Asynchronous twin of XCurrencyClient."""

    def __init__(
        self,
        *,
        app_key: str | None = None,
        secret_key: str | None = None,
        private_key: str | bytes | rsa.RSAPrivateKey | None = None,
        base_url: str | None = None,
        **options: Unpack[AsyncClientOptions],
    ) -> None:
        AsyncClientBase.__init__(self, **_credentials(app_key, secret_key, private_key, base_url), **options)
