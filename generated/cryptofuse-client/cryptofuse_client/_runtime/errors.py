"""Exception vocabulary shared by every coinrails client.

Each provider subclasses `APIError` once (its root, e.g. `CeffuError`) and mixes that root with the
categories below, so callers catch by provider, by category, or both. Everything a client raises -
the provider's answers, connection failures, timeouts and answers off the spec - derives from the
provider's root.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar


class CoinrailsError(Exception):
    """Base of every error a coinrails client raises.

    `attempts`: how many times the request was sent. A duplicate-request error (DuplicateRequestError)
    on a keyed write with `attempts > 1` means an earlier attempt, whose answer was lost, took effect.
    """

    attempts: int = 1


class APIError(CoinrailsError):
    """A request failed: the provider's code, message, HTTP status and request id (None when not answered)."""

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


class APIConnectionError(APIError):
    """The request got no (complete) response: connection refused or reset, or an unusable URL.

    `transient` is False for programming errors (unsupported protocol, malformed request): never retried.
    """

    transient: bool = True


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class AuthenticationError(APIError):
    """Credentials missing, unknown, expired, or the signature/timestamp is wrong."""


class PermissionDeniedError(APIError):
    """The credentials are valid but not allowed to do this."""


class InvalidRequestError(APIError):
    """The request was malformed or a parameter is out of range."""


class InsufficientFundsError(InvalidRequestError):
    """The balance does not cover the amount (and fee)."""


class NotFoundError(APIError):
    """The resource does not exist (or is not visible to these credentials)."""


class DuplicateRequestError(APIError):
    """The request duplicates an earlier one (idempotency key or unique field reused)."""


class LostAnswerError(DuplicateRequestError):
    """A keyed write took effect on an attempt whose answer was lost, and its result could not be looked up.

    `idempotency_key` is the key sent; `attempts` how often the request went out. The write happened
    exactly once: do not send it again with a new key.
    """

    idempotency_key: str | None = None


class RateLimitError(APIError):
    """Too many requests; `retry_after` holds the server's hint in seconds when it gave one."""

    retry_after: float | None = None


class InternalServerError(APIError):
    """The provider failed (5xx or its own internal-error code)."""


class UnexpectedResponseError(APIError):
    """The response could not be understood (not JSON, or not the documented shape)."""


# Former names, kept so existing code keeps working.
ConflictError = DuplicateRequestError
ServerError = InternalServerError

E = TypeVar("E", bound=APIError)


def classify(
    code: str | None,
    status_code: int,
    *,
    by_code: Mapping[str, type[E]],
    by_status: Mapping[int, type[E]],
    server: type[E],
    default: type[E],
    message: str | None = None,
    by_message: Sequence[tuple[str, type[E]]] = (),
) -> type[E]:
    """A provider's exception class: by its error code, else by HTTP status (any 5xx is `server`).

    `by_message` refines a found class by a fragment of the lower-cased message, when the fragment's
    class is a subclass of it (e.g. an "invalid amount" that says "insufficient balance").
    """
    if code is not None and code in by_code:
        found = by_code[code]
    elif status_code >= 500:
        found = server
    else:
        found = by_status.get(status_code, default)
    text = (message or "").lower()
    for fragment, cls in by_message:
        if fragment in text and issubclass(cls, found):
            return cls
    return found


__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "CoinrailsError",
    "DuplicateRequestError",
    "InsufficientFundsError",
    "InternalServerError",
    "InvalidRequestError",
    "LostAnswerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedResponseError",
]
