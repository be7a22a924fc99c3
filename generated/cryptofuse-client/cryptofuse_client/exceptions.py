"""Cryptofuse's typed errors, from `{"error": {"code", "message", "details"}}` (or RFC 6749 on /o/token/)."""

from __future__ import annotations

from ._runtime.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    CoinrailsError,
    DuplicateRequestError,
    InsufficientFundsError,
    InternalServerError,
    InvalidRequestError,
    LostAnswerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedResponseError,
    classify,
)


class CryptofuseError(APIError):
    """Any error answered by Cryptofuse; `code` is its snake_case code, `details` its context."""

    @property
    def details(self) -> object:
        error = self.body.get("error") if isinstance(self.body, dict) else None
        return error.get("details") if isinstance(error, dict) else None


class CryptofuseConnectionError(CryptofuseError, APIConnectionError):
    """No (complete) answer: connection refused or reset, or an unusable URL."""


class CryptofuseTimeoutError(CryptofuseConnectionError, APITimeoutError):
    """The request timed out."""


class CryptofuseAuthenticationError(CryptofuseError, AuthenticationError):
    """401: the token (or the client credentials) was refused."""


class CryptofusePermissionError(CryptofuseError, PermissionDeniedError):
    """403: the token lacks the scope (e.g. `admin` for /user/fees/)."""


class CryptofuseInvalidRequestError(CryptofuseError, InvalidRequestError):
    """400: invalid or missing fields, currency, URL."""


class CryptofuseInvalidAmountError(CryptofuseInvalidRequestError):
    """422 `invalid_amount`: below the minimum or above the balance."""


class CryptofuseDuplicateError(CryptofuseError, DuplicateRequestError):
    """`duplicate_external_id`."""


class CryptofuseNotFoundError(CryptofuseError, NotFoundError):
    """404."""


class CryptofuseRateLimitError(CryptofuseError, RateLimitError):
    """429; `retry_after` holds the Retry-After seconds."""


class CryptofuseServerError(CryptofuseError, InternalServerError):
    """5xx."""


class CryptofuseUnexpectedResponseError(CryptofuseError, UnexpectedResponseError):
    """The response does not match the spec."""


class CryptofuseInsufficientFundsError(CryptofuseInvalidAmountError, InsufficientFundsError):
    """`invalid_amount` whose message says the balance is insufficient."""


class CryptofuseLostAnswerError(CryptofuseDuplicateError, LostAnswerError):
    """A keyed write took effect on an attempt whose answer was lost and could not be looked up."""


ERRORS_BY_CODE: dict[str, type[CryptofuseError]] = {
    **dict.fromkeys(
        [
            "invalid_request",
            "invalid_currency",
            "invalid_url",
            "missing_required_fields",
            "unsupported_grant_type",
            "invalid_scope",
        ],
        CryptofuseInvalidRequestError,
    ),
    "invalid_amount": CryptofuseInvalidAmountError,
    "duplicate_external_id": CryptofuseDuplicateError,
    **dict.fromkeys(
        ["authentication_failed", "unauthorized", "invalid_client", "invalid_grant", "invalid_token"],
        CryptofuseAuthenticationError,
    ),
    **dict.fromkeys(
        ["permission_denied", "forbidden", "insufficient_permissions", "insufficient_scope"], CryptofusePermissionError
    ),
    "not_found": CryptofuseNotFoundError,
    "rate_limit_exceeded": CryptofuseRateLimitError,
    **dict.fromkeys(["internal_error", "service_unavailable"], CryptofuseServerError),
}
ERRORS_BY_STATUS: dict[int, type[CryptofuseError]] = {
    400: CryptofuseInvalidRequestError,
    401: CryptofuseAuthenticationError,
    403: CryptofusePermissionError,
    404: CryptofuseNotFoundError,
    409: CryptofuseDuplicateError,
    422: CryptofuseInvalidAmountError,
    429: CryptofuseRateLimitError,
}


ERRORS_BY_MESSAGE: list[tuple[str, type[CryptofuseError]]] = [("insufficient", CryptofuseInsufficientFundsError)]


def error_class(code: str | None, status_code: int, message: str | None = None) -> type[CryptofuseError]:
    """The exception class for a Cryptofuse code, falling back to the HTTP status."""
    return classify(
        code,
        status_code,
        by_code=ERRORS_BY_CODE,
        by_status=ERRORS_BY_STATUS,
        server=CryptofuseServerError,
        default=CryptofuseError,
        message=message,
        by_message=ERRORS_BY_MESSAGE,
    )


# The category bases are public here (and at the package top level): catch by category or by provider.
__all__ = [
    "ERRORS_BY_CODE",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "CoinrailsError",
    "CryptofuseAuthenticationError",
    "CryptofuseConnectionError",
    "CryptofuseDuplicateError",
    "CryptofuseError",
    "CryptofuseInsufficientFundsError",
    "CryptofuseInvalidAmountError",
    "CryptofuseInvalidRequestError",
    "CryptofuseLostAnswerError",
    "CryptofuseNotFoundError",
    "CryptofusePermissionError",
    "CryptofuseRateLimitError",
    "CryptofuseServerError",
    "CryptofuseTimeoutError",
    "CryptofuseUnexpectedResponseError",
    "DuplicateRequestError",
    "InsufficientFundsError",
    "InternalServerError",
    "InvalidRequestError",
    "LostAnswerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedResponseError",
    "error_class",
]
