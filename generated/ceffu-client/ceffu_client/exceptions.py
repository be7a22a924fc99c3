"""Ceffu's typed errors, mapped from its `G2xxxx` codes (or the HTTP status when there is none)."""

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


class CeffuError(APIError):
    """Root of everything the Ceffu client raises; `code` is Ceffu's G2xxxx code when it answered."""


class CeffuConnectionError(CeffuError, APIConnectionError):
    """No (complete) answer from Ceffu: connection refused or reset, or an unusable URL."""


class CeffuTimeoutError(CeffuConnectionError, APITimeoutError):
    """The request to Ceffu timed out."""


class CeffuAuthenticationError(CeffuError, AuthenticationError):
    """G20006–G20011, G20028: timestamp, key, signature or IP rejected."""


class CeffuPermissionError(CeffuError, PermissionDeniedError):
    """G20013, G20016: the key may not touch this wallet or endpoint."""


class CeffuRateLimitError(CeffuError, RateLimitError):
    """G20012 or HTTP 429."""


class CeffuDuplicateRequestError(CeffuError, DuplicateRequestError):
    """G20015: the requestId (or the same signature) was already used."""


class CeffuLostAnswerError(CeffuDuplicateRequestError, LostAnswerError):
    """A keyed write took effect on an attempt whose answer was lost and could not be looked up."""


class CeffuInvalidRequestError(CeffuError, InvalidRequestError):
    """G20002–G20005, G20014, G20017–G20019, G20021–G20027, G20029, G20030: malformed or out of range."""


class CeffuInsufficientFundsError(CeffuInvalidRequestError, InsufficientFundsError):
    """G20022 (invalid amount) whose message says the balance is insufficient (x-inferred: no own code)."""


class CeffuNotFoundError(CeffuError, NotFoundError):
    """G20020 or HTTP 404."""


class CeffuServerError(CeffuError, InternalServerError):
    """G20001 or HTTP 5xx."""


class CeffuUnexpectedResponseError(CeffuError, UnexpectedResponseError):
    """The response is not Ceffu's documented envelope (or a field has the wrong type)."""


def _codes(*spec: str | tuple[int, int]) -> set[str]:
    out: set[str] = set()
    for item in spec:
        out |= {f"G2{n:04d}" for n in range(item[0], item[1] + 1)} if isinstance(item, tuple) else {item}
    return out


# Every code of the documented table (specs/ceffu.yaml, "Error codes").
ERRORS_BY_CODE: dict[str, type[CeffuError]] = {
    **dict.fromkeys(_codes((6, 11), "G20028"), CeffuAuthenticationError),
    **dict.fromkeys(_codes("G20013", "G20016"), CeffuPermissionError),
    "G20012": CeffuRateLimitError,
    "G20015": CeffuDuplicateRequestError,
    **dict.fromkeys(_codes((2, 5), "G20014", (17, 19), (21, 27), (29, 30)), CeffuInvalidRequestError),
    "G20020": CeffuNotFoundError,
    "G20001": CeffuServerError,
}
ERRORS_BY_STATUS: dict[int, type[CeffuError]] = {
    400: CeffuInvalidRequestError,
    401: CeffuAuthenticationError,
    403: CeffuPermissionError,
    404: CeffuNotFoundError,
    409: CeffuDuplicateRequestError,
    429: CeffuRateLimitError,
}
ERRORS_BY_MESSAGE: list[tuple[str, type[CeffuError]]] = [("insufficient", CeffuInsufficientFundsError)]


def error_class(code: str | None, status_code: int, message: str | None = None) -> type[CeffuError]:
    """The exception class for a Ceffu code, falling back to the HTTP status."""
    return classify(
        code,
        status_code,
        by_code=ERRORS_BY_CODE,
        by_status=ERRORS_BY_STATUS,
        server=CeffuServerError,
        default=CeffuError,
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
    "CeffuAuthenticationError",
    "CeffuConnectionError",
    "CeffuDuplicateRequestError",
    "CeffuError",
    "CeffuInsufficientFundsError",
    "CeffuInvalidRequestError",
    "CeffuLostAnswerError",
    "CeffuNotFoundError",
    "CeffuPermissionError",
    "CeffuRateLimitError",
    "CeffuServerError",
    "CeffuTimeoutError",
    "CeffuUnexpectedResponseError",
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
    "error_class",
]
