"""Exception hierarchy shared by every coinrails client.

Each provider subclasses `APIError` once (e.g. `CeffuError`) and mixes it with the categories
below, so callers can catch by provider, by category, or both.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar


class CoinrailsError(Exception):
    """Base of every error a coinrails client raises.

    `attempts`: how many times the request was sent. A duplicate-request error (ConflictError) on a
    keyed write with `attempts > 1` means an earlier attempt, whose answer was lost, took effect.
    """

    attempts: int = 1


class APIConnectionError(CoinrailsError):
    """The request did not get a response (connection refused, reset, timed out)."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIError(CoinrailsError):
    """The provider answered with an error: its code, message, HTTP status and request id."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        status_code: int | None = None,
        request_id: str | None = None,
        body: object = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status_code = status_code
        self.request_id = request_id
        self.body = body

    def __str__(self) -> str:
        parts = [f"[{self.code}]" if self.code else None, self.message]
        meta = ", ".join(
            p
            for p in (
                f"HTTP {self.status_code}" if self.status_code else None,
                f"request id {self.request_id}" if self.request_id else None,
            )
            if p
        )
        return " ".join(p for p in parts if p) + (f" ({meta})" if meta else "")

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, "
            f"status_code={self.status_code!r}, request_id={self.request_id!r})"
        )


class AuthenticationError(APIError):
    """Credentials missing, unknown, expired, or the signature/timestamp is wrong."""


class PermissionDeniedError(APIError):
    """The credentials are valid but not allowed to do this."""


class InvalidRequestError(APIError):
    """The request was malformed or a parameter is out of range."""


class NotFoundError(APIError):
    """The resource does not exist (or is not visible to these credentials)."""


class ConflictError(APIError):
    """The request duplicates an earlier one (idempotency key reused)."""


class RateLimitError(APIError):
    """Too many requests; `retry_after` holds the server's hint in seconds when it gave one."""

    retry_after: float | None = None


class ServerError(APIError):
    """The provider failed (5xx or its own internal-error code)."""


class UnexpectedResponseError(APIError):
    """The response could not be understood (not JSON, or not the documented shape)."""


E = TypeVar("E", bound=APIError)


def classify(
    code: str | None,
    status_code: int,
    *,
    by_code: Mapping[str, type[E]],
    by_status: Mapping[int, type[E]],
    server: type[E],
    default: type[E],
) -> type[E]:
    """A provider's exception class: by its error code, else by HTTP status (any 5xx is `server`)."""
    if code is not None and code in by_code:
        return by_code[code]
    if status_code >= 500:
        return server
    return by_status.get(status_code, default)
