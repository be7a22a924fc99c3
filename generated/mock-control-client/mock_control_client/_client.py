"""MockControlClient / AsyncMockControlClient: drive a coinrails mock (deposits, clock, faults, webhooks)."""

from __future__ import annotations

from typing import Any

import httpx

from ._runtime.client import attach_retry_after
from ._runtime.entry import AsyncClientBase, SyncClientBase
from ._runtime.errors import APIError, UnexpectedResponseError
from .api import AsyncResources, Resources


class MockControlError(APIError):
    """The control API refused: `code` and `message` from `{"error": {...}}`."""


class MockControlUnexpectedResponseError(MockControlError, UnexpectedResponseError):
    """The control API answered off its spec."""


class MockControlProvider:
    """Control API errors are `{"error": {"code", "message"}}` with a 4xx status; nothing is retried."""

    request_id_header = "x-request-id"
    unexpected_error = MockControlUnexpectedResponseError

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


def _settings(base_url: str) -> dict[str, Any]:
    return {"auth": httpx.Auth(), "provider": MockControlProvider(), "base_url": base_url, "key_hint": ""}


class MockControlClient(SyncClientBase, Resources):
    """Synchronous control client for a mock at `base_url` (e.g. http://127.0.0.1:8101)."""

    def __init__(self, *, base_url: str, **options: Any) -> None:
        SyncClientBase.__init__(self, **_settings(base_url), **{"max_retries": 0, **options})
        Resources.__init__(self, self._api)


class AsyncMockControlClient(AsyncClientBase, AsyncResources):
    """Asynchronous twin of MockControlClient."""

    def __init__(self, *, base_url: str, **options: Any) -> None:
        AsyncClientBase.__init__(self, **_settings(base_url), **{"max_retries": 0, **options})
        AsyncResources.__init__(self, self._api)
