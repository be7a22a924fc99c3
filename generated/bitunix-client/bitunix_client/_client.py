"""BitunixClient / AsyncBitunixClient: the one entry point (signing, retries, typed errors, pagination)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import attrs
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
from ._runtime.pagination import aiterate_time_window, iterate_time_window
from .api import AsyncResources, Resources
from .exceptions import (
    BitunixConnectionError,
    BitunixLostAnswerError,
    BitunixTimeoutError,
    BitunixUnexpectedResponseError,
    error_class,
)
from .models import DepositRecord, ListDepositsRequest, ListWithdrawTransfersRequest, WithdrawTransferRecord
from .signing import BitunixSigner
from .types import UNSET

PRODUCTION_URL = "https://openapi.bitunix.com"
SUCCESS_CODE = "0"
PAGE_LIMIT = 100  # records per time-window answer (the API's maximum)
# POSTs that only read (record lists, order queries, the account's deposit address): safe to repeat.
READ_ONLY_POSTS = frozenset(
    {
        "/api/spot/v1/withdraw_transfer/page",
        "/api/spot/v1/deposit/page",
        "/api/spot/v1/deposit/address",
        "/api/spot/v1/order/deal/list",
        "/api/spot/v1/order/history/page",
        "/api/spot/v1/order/pending/list",
    }
)


class BitunixProvider:
    """How Bitunix reports errors (HTTP 200 with a non-zero string code) and which writes may be retried."""

    request_id_header = "x-request-id"
    unexpected_error = BitunixUnexpectedResponseError
    connection_error = BitunixConnectionError
    timeout_error = BitunixTimeoutError
    lost_answer_error = BitunixLostAnswerError

    def check(self, response: httpx.Response, payload: Any, request_id: str | None) -> None:
        code = payload.get("code") if isinstance(payload, dict) else None
        code = str(code) if isinstance(code, str | int) and not isinstance(code, bool) else None
        if response.is_success and code == SUCCESS_CODE:
            return
        if response.is_success and code is None:
            raise BitunixUnexpectedResponseError(
                "response has no Bitunix envelope",
                status_code=response.status_code,
                request_id=request_id,
                body=payload,
            )
        message = payload.get("msg") if isinstance(payload, dict) else None
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
        """Read-only POSTs, and inside transfers carrying an `outBizId`, are safe to repeat."""
        if request.url.path in READ_ONLY_POSTS:
            return True
        return self.idempotency_key(request) is not None

    def idempotency_key(self, request: httpx.Request) -> str | None:
        return body_key(request, "outBizId")

    def lookup(self, request: httpx.Request) -> Lookup | None:
        """Nothing to look up: a repeated `outBizId` is answered with the first transfer's id."""
        return None


def _credentials(api_key: str | None, secret_key: str | None, base_url: str | None) -> dict[str, Any]:
    api_key = setting(api_key, "BITUNIX_API_KEY")
    return {
        "auth": BitunixSigner(api_key, setting(secret_key, "BITUNIX_SECRET_KEY")),
        "provider": BitunixProvider(),
        "base_url": optional_setting(base_url, "BITUNIX_BASE_URL"),
        "default_url": PRODUCTION_URL,
        "key_hint": api_key,
    }


def _window(body: Any, start: int | None, end: int | None) -> Any:
    return attrs.evolve(body, start_time=UNSET if start is None else start, end_time=UNSET if end is None else end)


def _bounds(body: Any) -> dict[str, Any]:
    return {
        "start": body.start_time if isinstance(body.start_time, int) else None,
        "end": body.end_time if isinstance(body.end_time, int) else None,
        "limit": body.limit if isinstance(body.limit, int) else PAGE_LIMIT,
        "time_of": lambda record: record.ctime,
        "key_of": lambda record: record.id,
    }


class BitunixClient(SyncClientBase, Resources):
    """Synchronous Bitunix spot client: `client.<tag>.<operation>(...)` returns the typed `data`.

    Credentials default to BITUNIX_API_KEY / BITUNIX_SECRET_KEY / BITUNIX_BASE_URL.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        SyncClientBase.__init__(self, **_credentials(api_key, secret_key, base_url), **options)

    def iter_withdraw_transfers(
        self, body: ListWithdrawTransfersRequest | None = None
    ) -> Iterator[WithdrawTransferRecord]:
        """Every withdrawal/transfer record in the body's time window, walking past the 100-record limit."""
        query = body or ListWithdrawTransfersRequest()
        return iterate_time_window(
            lambda start, end: self.user.list_withdraw_transfers(body=_window(query, start, end)), **_bounds(query)
        )

    def iter_deposits(self, body: ListDepositsRequest | None = None) -> Iterator[DepositRecord]:
        """Every deposit record in the body's time window, walking past the 100-record limit."""
        query = body or ListDepositsRequest()
        return iterate_time_window(
            lambda start, end: self.user.list_deposits(body=_window(query, start, end)), **_bounds(query)
        )


class AsyncBitunixClient(AsyncClientBase, AsyncResources):
    """Asynchronous twin of BitunixClient."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        **options: Unpack[AsyncClientOptions],
    ) -> None:
        AsyncClientBase.__init__(self, **_credentials(api_key, secret_key, base_url), **options)

    def iter_withdraw_transfers(
        self, body: ListWithdrawTransfersRequest | None = None
    ) -> AsyncIterator[WithdrawTransferRecord]:
        query = body or ListWithdrawTransfersRequest()

        async def fetch(start: int | None, end: int | None) -> list[WithdrawTransferRecord]:
            return await self.user.list_withdraw_transfers(body=_window(query, start, end))

        return aiterate_time_window(fetch, **_bounds(query))

    def iter_deposits(self, body: ListDepositsRequest | None = None) -> AsyncIterator[DepositRecord]:
        query = body or ListDepositsRequest()

        async def fetch(start: int | None, end: int | None) -> list[DepositRecord]:
            return await self.user.list_deposits(body=_window(query, start, end))

        return aiterate_time_window(fetch, **_bounds(query))
