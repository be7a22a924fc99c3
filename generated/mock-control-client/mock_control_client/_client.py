"""MockControlClient / AsyncMockControlClient: drive a coinrails mock (deposits, clock, faults, webhooks)."""

from __future__ import annotations

from typing import Any

import httpx
from typing_extensions import Unpack

from ._runtime.client import Lookup, attach_retry_after
from ._runtime.entry import AsyncClientBase, AsyncClientOptions, ClientOptions, SyncClientBase
from ._runtime.errors import APIConnectionError, APIError, APITimeoutError, LostAnswerError, UnexpectedResponseError
from .api import AsyncResources, Resources


class MockControlError(APIError):
    """Root of everything the control client raises: `code` and `message` from `{"error": {...}}`."""


class MockControlConnectionError(MockControlError, APIConnectionError):
    """No (complete) answer from the mock."""


class MockControlTimeoutError(MockControlConnectionError, APITimeoutError):
    """The request to the mock timed out."""


class MockControlUnexpectedResponseError(MockControlError, UnexpectedResponseError):
    """The control API answered off its spec."""


class MockControlLostAnswerError(MockControlError, LostAnswerError):
    """Never raised: the control API has no keyed writes."""


class MockControlProvider:
    """Control API errors are `{"error": {"code", "message"}}` with a 4xx status; nothing is retried."""

    request_id_header = "x-request-id"
    unexpected_error = MockControlUnexpectedResponseError
    connection_error = MockControlConnectionError
    timeout_error = MockControlTimeoutError
    lost_answer_error = MockControlLostAnswerError

    def check(self, response: httpx.Response, payload: Any, request_id: str | None) -> None:
        if response.is_success:
            return
        error = payload.get("error") if isinstance(payload, dict) else None
        error = error if isinstance(error, dict) else {}
        raise attach_retry_after(
            MockControlError(
                str(error.get("message") or response.reason_phrase),
                code=error.get("code"),
                status_code=response.status_code,
                request_id=request_id,
                body=payload,
            ),
            response,
        )

    def is_idempotent_write(self, request: httpx.Request) -> bool:
        return False

    def idempotency_key(self, request: httpx.Request) -> str | None:
        return None

    def lookup(self, request: httpx.Request) -> Lookup | None:
        return None


def _settings(base_url: str) -> dict[str, Any]:
    return {
        "auth": httpx.Auth(),
        "provider": MockControlProvider(),
        "base_url": base_url,
        "default_url": base_url,
        "key_hint": "",
    }


class MockControlClient(SyncClientBase, Resources):
    """Synchronous control client for a mock at `base_url` (e.g. http://127.0.0.1:8101); never retries."""

    def __init__(self, *, base_url: str, **options: Unpack[ClientOptions]) -> None:
        options.setdefault("max_retries", 0)
        SyncClientBase.__init__(self, **_settings(base_url), **options)


class AsyncMockControlClient(AsyncClientBase, AsyncResources):
    """Asynchronous twin of MockControlClient."""

    def __init__(self, *, base_url: str, **options: Unpack[AsyncClientOptions]) -> None:
        options.setdefault("max_retries", 0)
        AsyncClientBase.__init__(self, **_settings(base_url), **options)
