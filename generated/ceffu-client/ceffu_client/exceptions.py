"""Ceffu's typed errors, mapped from its `G2xxxx` codes (or the HTTP status when there is none)."""

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


class CeffuError(APIError):
    """Any error answered by Ceffu; `code` is its G2xxxx code."""


class CeffuAuthenticationError(CeffuError, AuthenticationError):
    """G20006–G20011, G20028: timestamp, key, signature or IP rejected."""


class CeffuPermissionError(CeffuError, PermissionDeniedError):
    """G20013, G20016: the key may not touch this wallet or endpoint."""


class CeffuRateLimitError(CeffuError, RateLimitError):
    """G20012 or HTTP 429."""


class CeffuDuplicateRequestError(CeffuError, ConflictError):
    """G20015: the requestId (or the same signature) was already used."""


class CeffuInvalidRequestError(CeffuError, InvalidRequestError):
    """G20002–G20005, G20014, G20022, G20023, G20026: the request is malformed or out of range."""


class CeffuNotFoundError(CeffuError, NotFoundError):
    """G20020 or HTTP 404."""


class CeffuServerError(CeffuError, ServerError):
    """G20001 or HTTP 5xx."""


class CeffuUnexpectedResponseError(CeffuError, UnexpectedResponseError):
    """The response is not Ceffu's documented envelope."""


def _codes(*spec: str | tuple[int, int]) -> set[str]:
    out: set[str] = set()
    for item in spec:
        out |= {f"G2{n:04d}" for n in range(item[0], item[1] + 1)} if isinstance(item, tuple) else {item}
    return out


ERRORS_BY_CODE: dict[str, type[CeffuError]] = {
    **dict.fromkeys(_codes((6, 11), "G20028"), CeffuAuthenticationError),
    **dict.fromkeys(_codes("G20013", "G20016"), CeffuPermissionError),
    "G20012": CeffuRateLimitError,
    "G20015": CeffuDuplicateRequestError,
    **dict.fromkeys(_codes((2, 5), "G20014", "G20022", "G20023", "G20026"), CeffuInvalidRequestError),
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


def error_class(code: str | None, status_code: int) -> type[CeffuError]:
    """The exception class for a Ceffu code, falling back to the HTTP status."""
    return classify(
        code,
        status_code,
        by_code=ERRORS_BY_CODE,
        by_status=ERRORS_BY_STATUS,
        server=CeffuServerError,
        default=CeffuError,
    )


__all__ = [
    "ERRORS_BY_CODE",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "CeffuAuthenticationError",
    "CeffuDuplicateRequestError",
    "CeffuError",
    "CeffuInvalidRequestError",
    "CeffuNotFoundError",
    "CeffuPermissionError",
    "CeffuRateLimitError",
    "CeffuServerError",
    "CeffuUnexpectedResponseError",
    "CoinrailsError",
    "error_class",
]
