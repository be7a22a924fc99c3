"""CryptofuseClient / AsyncCryptofuseClient: the one entry point (OAuth, retries, typed errors, pagination)."""

from __future__ import annotations

from typing import Any

import httpx
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
from .auth import CryptofuseAuth
from .exceptions import (
    CryptofuseConnectionError,
    CryptofuseLostAnswerError,
    CryptofuseTimeoutError,
    CryptofuseUnexpectedResponseError,
    error_class,
)

PRODUCTION_URL = "https://api.cryptofuse.io"
# POSTs that only read (status lookups, estimates, validation, history): safe to repeat.
READ_ONLY_POSTS = frozenset(
    {
        "/payments/status/",
        "/withdrawal/status/",
        "/withdrawal/validate-address/",
        "/withdrawal/fee-estimate/",
        "/withdrawal/estimate/",
        "/withdrawal/min-amount/",
        "/wallets/balances/",
        "/wallets/transfer-history/",
    }
)
# POSTs whose `external_id` names the object they create (unique per tenant: a repeat is refused with
# `duplicate_external_id`). In transfers and lookups `external_id` only names the wallet acted on: no key.
KEYED_POSTS = frozenset({"/wallets/"})


class CryptofuseProvider:
    """How Cryptofuse reports errors (`{"error": {...}}` with an HTTP status) and which writes may be retried."""

    request_id_header = "x-request-id"
    unexpected_error = CryptofuseUnexpectedResponseError
    connection_error = CryptofuseConnectionError
    timeout_error = CryptofuseTimeoutError
    lost_answer_error = CryptofuseLostAnswerError

    def check(self, response: httpx.Response, payload: Any, request_id: str | None) -> None:
        if response.is_success:
            return
        error = payload.get("error") if isinstance(payload, dict) else None
        if isinstance(error, dict):  # {"error": {"code", "message", "details"}}
            code, message = error.get("code"), error.get("message")
        else:  # RFC 6749 on /o/token/: {"error": "invalid_client", "error_description": ...}
            code, message = error, payload.get("error_description") if isinstance(payload, dict) else None
        code = code if isinstance(code, str) else None
        text = str(message or response.reason_phrase or "error")
        exc = error_class(code, response.status_code, text)(
            text,
            code=code,
            status_code=response.status_code,
            request_id=request_id,
            body=payload if payload is not None else response.text[:500],
        )
        raise attach_retry_after(exc, response)

    def is_idempotent_write(self, request: httpx.Request) -> bool:
        """Read-only POSTs repeat freely; a wallet creation with `external_id` cannot create twice."""
        if request.url.path in READ_ONLY_POSTS:
            return True
        return self.idempotency_key(request) is not None

    def idempotency_key(self, request: httpx.Request) -> str | None:
        if request.method != "POST" or request.url.path not in KEYED_POSTS:
            return None
        return body_key(request, "external_id")

    def lookup(self, request: httpx.Request) -> Lookup | None:
        """A wallet created with `external_id`: find it in `GET /wallets/`."""
        key = self.idempotency_key(request)
        if key is None:
            return None

        def pick(payload: Any) -> Any:
            accounts = payload.get("accounts") if isinstance(payload, dict) else None
            found = [a for a in accounts or [] if isinstance(a, dict) and a.get("external_id") == key]
            return found[0] if len(found) == 1 else None

        return Lookup({"method": "GET", "url": "/wallets/"}, pick)


def _credentials(client_id: str | None, client_secret: str | None, scope: str, base_url: str | None) -> dict[str, Any]:
    client_id = setting(client_id, "CRYPTOFUSE_CLIENT_ID")
    return {
        "auth": CryptofuseAuth(client_id, setting(client_secret, "CRYPTOFUSE_CLIENT_SECRET"), scope=scope),
        "provider": CryptofuseProvider(),
        "base_url": optional_setting(base_url, "CRYPTOFUSE_BASE_URL"),
        "default_url": PRODUCTION_URL,
        "key_hint": client_id,
    }


class CryptofuseClient(SyncClientBase, Resources):
    """Synchronous Cryptofuse client: `client.<tag>.<operation>(...)` returns the typed resource.

    Credentials default to CRYPTOFUSE_CLIENT_ID / CRYPTOFUSE_CLIENT_SECRET / CRYPTOFUSE_BASE_URL;
    `scope` is what the token asks for ("read write", or "read write admin").
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        scope: str = "read write",
        base_url: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        SyncClientBase.__init__(self, **_credentials(client_id, client_secret, scope, base_url), **options)


class AsyncCryptofuseClient(AsyncClientBase, AsyncResources):
    """Asynchronous twin of CryptofuseClient."""

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        scope: str = "read write",
        base_url: str | None = None,
        **options: Unpack[AsyncClientOptions],
    ) -> None:
        AsyncClientBase.__init__(self, **_credentials(client_id, client_secret, scope, base_url), **options)
