"""CeffuClient / AsyncCeffuClient: the one entry point (signing, retries, typed errors, pagination)."""

from __future__ import annotations

from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric import rsa
from typing_extensions import Unpack

from ._runtime.client import Lookup, attach_retry_after, body_json, body_key
from ._runtime.entry import (
    AsyncClientBase,
    AsyncClientOptions,
    ClientOptions,
    SyncClientBase,
    optional_setting,
    setting,
)
from .api import AsyncResources, Resources
from .exceptions import (
    CeffuConnectionError,
    CeffuLostAnswerError,
    CeffuTimeoutError,
    CeffuUnexpectedResponseError,
    error_class,
)
from .signing import CeffuSigner

PRODUCTION_URL = "https://open-api.ceffu.com"
SUCCESS_CODE = "000000"
# Keyed writes whose result a detail endpoint finds by `requestId`:
# write path -> (detail path, {detail query parameter: write body field}, fields of the write's answer).
LOOKUPS: dict[str, tuple[str, dict[str, str], tuple[str, ...]]] = {
    "/open-api/v2/wallet/withdrawal": (
        "/open-api/v2/wallet/withdrawal/detail",
        {},
        ("orderViewId", "status", "transferType"),
    ),
    "/open-api/v1/subwallet/transfer": (
        "/open-api/v1/subwallet/transfer/detail",
        {"walletIdStr": "fromWalletId"},
        ("orderViewId", "status", "direction"),
    ),
    "/open-api/v1/wallet/transfer/exchange": (
        "/open-api/v1/wallet/transfer/exchange/detail",
        {"walletId": "parentWalletId"},
        ("orderViewId", "status", "direction"),
    ),
}


class CeffuProvider:
    """How Ceffu reports errors, which writes may be retried and how a lost answer is found again."""

    request_id_header = "x-request-id"
    unexpected_error = CeffuUnexpectedResponseError
    connection_error = CeffuConnectionError
    timeout_error = CeffuTimeoutError
    lost_answer_error = CeffuLostAnswerError

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
        text = str(message or response.reason_phrase or "error")
        error = error_class(code, response.status_code, text)(
            text,
            code=code,
            status_code=response.status_code,
            request_id=request_id,
            body=payload if payload is not None else response.text[:500],
        )
        raise attach_retry_after(error, response)

    def is_idempotent_write(self, request: httpx.Request) -> bool:
        """A POST is retried only when it carries a requestId (Ceffu refuses a second use: G20015)."""
        return self.idempotency_key(request) is not None

    def idempotency_key(self, request: httpx.Request) -> str | None:
        return body_key(request, "requestId") if request.method == "POST" else None

    def lookup(self, request: httpx.Request) -> Lookup | None:
        """Withdrawals and transfers: their detail endpoint by `requestId`."""
        found = LOOKUPS.get(request.url.path)
        body = body_json(request)
        if found is None or not isinstance(body, dict):
            return None
        path, params, fields = found
        query = {"requestId": body["requestId"], **{name: str(body.get(field, "")) for name, field in params.items()}}

        def pick(payload: Any) -> Any:
            record = payload.get("data") if isinstance(payload, dict) else None
            if not isinstance(record, dict) or record.get("requestId") not in (None, body["requestId"]):
                return None
            return {**payload, "data": {name: record[name] for name in fields if name in record}}

        return Lookup({"method": "GET", "url": path, "params": query}, pick)


def _credentials(
    api_key: str | None, private_key: str | bytes | rsa.RSAPrivateKey | None, base_url: str | None
) -> dict[str, Any]:
    api_key = setting(api_key, "CEFFU_API_KEY")
    key = private_key or setting(None, "CEFFU_PRIVATE_KEY")
    return {
        "auth": CeffuSigner(api_key, key),
        "provider": CeffuProvider(),
        "base_url": optional_setting(base_url, "CEFFU_BASE_URL"),
        "default_url": PRODUCTION_URL,
        "key_hint": api_key,
    }


class CeffuClient(SyncClientBase, Resources):
    """Synchronous Ceffu client: `client.<tag>.<operation>(...)` returns the typed `data`.

    Credentials default to CEFFU_API_KEY / CEFFU_PRIVATE_KEY / CEFFU_BASE_URL (`CeffuClient.from_env()`).
    Options: timeout, max_retries or retry (RetryPolicy), transport or http_client (httpx);
    `with_options(...)` gives a copy with other settings, `with_raw_response` the HTTP answers.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        private_key: str | bytes | rsa.RSAPrivateKey | None = None,
        base_url: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        SyncClientBase.__init__(self, **_credentials(api_key, private_key, base_url), **options)


class AsyncCeffuClient(AsyncClientBase, AsyncResources):
    """Asynchronous twin of CeffuClient."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        private_key: str | bytes | rsa.RSAPrivateKey | None = None,
        base_url: str | None = None,
        **options: Unpack[AsyncClientOptions],
    ) -> None:
        AsyncClientBase.__init__(self, **_credentials(api_key, private_key, base_url), **options)
