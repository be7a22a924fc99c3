"""Cryptofuse's typed errors, from `{"error": {"code", "message", "details"}}` (or RFC 6749 on /o/token/)."""

from __future__ import annotations

from ._runtime.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    CoinrailsError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    classify,
)


class CryptofuseError(APIError):
    """Any error answered by Cryptofuse; `code` is its snake_case code, `details` its context."""

    @property
    def details(self) -> object:
        error = self.body.get("error") if isinstance(self.body, dict) else None
        return error.get("details") if isinstance(error, dict) else None


class CryptofuseAuthenticationError(CryptofuseError, AuthenticationError):
    """401: the token (or the client credentials) was refused."""


class CryptofusePermissionError(CryptofuseError, PermissionDeniedError):
    """403: the token lacks the scope (e.g. `admin` for /user/fees/)."""


class CryptofuseInvalidRequestError(CryptofuseError, InvalidRequestError):
    """400: invalid or missing fields, currency, URL."""


class CryptofuseInvalidAmountError(CryptofuseInvalidRequestError):
    """422 `invalid_amount`: below the minimum or above the balance."""


class CryptofuseDuplicateError(CryptofuseError, ConflictError):
    """`duplicate_external_id`."""


class CryptofuseNotFoundError(CryptofuseError, NotFoundError):
    """404."""


class CryptofuseRateLimitError(CryptofuseError, RateLimitError):
    """429; `retry_after` holds the Retry-After seconds."""


class CryptofuseServerError(CryptofuseError, ServerError):
    """5xx."""


class CryptofuseUnexpectedResponseError(CryptofuseError, UnexpectedResponseError):
    """The response does not match the spec."""


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


def error_class(code: str | None, status_code: int) -> type[CryptofuseError]:
    """The exception class for a Cryptofuse code, falling back to the HTTP status."""
    return classify(
        code,
        status_code,
        by_code=ERRORS_BY_CODE,
        by_status=ERRORS_BY_STATUS,
        server=CryptofuseServerError,
        default=CryptofuseError,
    )


__all__ = [
    "ERRORS_BY_CODE",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "CoinrailsError",
    "CryptofuseAuthenticationError",
    "CryptofuseDuplicateError",
    "CryptofuseError",
    "CryptofuseInvalidAmountError",
    "CryptofuseInvalidRequestError",
    "CryptofuseNotFoundError",
    "CryptofusePermissionError",
    "CryptofuseRateLimitError",
    "CryptofuseServerError",
    "CryptofuseUnexpectedResponseError",
    "error_class",
]
