"""Bitunix's typed errors, mapped from its string `code` (or the HTTP status when there is none)."""

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


class BitunixError(APIError):
    """Any error answered by Bitunix; `code` is its string code."""


class BitunixConnectionError(BitunixError, APIConnectionError):
    """No (complete) answer: connection refused or reset, or an unusable URL."""


class BitunixTimeoutError(BitunixConnectionError, APITimeoutError):
    """The request timed out."""


class BitunixAuthenticationError(BitunixError, AuthenticationError):
    """100004 unknown key, 100005 bad signature, 100008 request expired."""


class BitunixSignatureError(BitunixAuthenticationError):
    """100005: the signature does not match."""


class BitunixRequestExpiredError(BitunixAuthenticationError):
    """100008: the timestamp is too old (or the nonce was used)."""


class BitunixRateLimitError(BitunixError, RateLimitError):
    """110041 or HTTP 429: more than 10 requests a second."""


class BitunixPermissionError(BitunixError, PermissionDeniedError):
    """HTTP 403: the key may not do this (e.g. no withdrawal permission)."""


class BitunixWhitelistError(BitunixPermissionError):
    """110008: withdrawals go only to quick-withdrawal (whitelisted) addresses."""


class BitunixInvalidRequestError(BitunixError, InvalidRequestError):
    """2 / 70003 parameter errors, 10058 precision, 110007 amount below the fee."""


class BitunixAmountBelowFeeError(BitunixInvalidRequestError):
    """110007: the withdrawal amount is below the current fee."""


class BitunixNotFoundError(BitunixError, NotFoundError):
    """10016 user does not exist, or HTTP 404."""


class BitunixServerError(BitunixError, InternalServerError):
    """500 or HTTP 5xx."""


class BitunixUnexpectedResponseError(BitunixError, UnexpectedResponseError):
    """The response is not Bitunix's documented envelope."""


class BitunixInsufficientFundsError(BitunixInvalidRequestError, InsufficientFundsError):
    """Code 2 (parameter error) whose message says the balance is insufficient (x-inferred: no own code)."""


class BitunixLostAnswerError(BitunixError, LostAnswerError):
    """A keyed write took effect on an attempt whose answer was lost and could not be looked up."""


ERRORS_BY_CODE: dict[str, type[BitunixError]] = {
    "100004": BitunixAuthenticationError,
    "100005": BitunixSignatureError,
    "100008": BitunixRequestExpiredError,
    "110041": BitunixRateLimitError,
    "110008": BitunixWhitelistError,
    "110007": BitunixAmountBelowFeeError,
    "2": BitunixInvalidRequestError,
    "70003": BitunixInvalidRequestError,
    "10058": BitunixInvalidRequestError,
    "10016": BitunixNotFoundError,
    "500": BitunixServerError,
}
ERRORS_BY_STATUS: dict[int, type[BitunixError]] = {
    400: BitunixInvalidRequestError,
    401: BitunixAuthenticationError,
    403: BitunixPermissionError,
    404: BitunixNotFoundError,
    429: BitunixRateLimitError,
}


ERRORS_BY_MESSAGE: list[tuple[str, type[BitunixError]]] = [("insufficient", BitunixInsufficientFundsError)]


def error_class(code: str | None, status_code: int, message: str | None = None) -> type[BitunixError]:
    """The exception class for a Bitunix code, falling back to the HTTP status."""
    return classify(
        code,
        status_code,
        by_code=ERRORS_BY_CODE,
        by_status=ERRORS_BY_STATUS,
        server=BitunixServerError,
        default=BitunixError,
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
    "BitunixAmountBelowFeeError",
    "BitunixAuthenticationError",
    "BitunixConnectionError",
    "BitunixError",
    "BitunixInsufficientFundsError",
    "BitunixInvalidRequestError",
    "BitunixLostAnswerError",
    "BitunixNotFoundError",
    "BitunixPermissionError",
    "BitunixRateLimitError",
    "BitunixRequestExpiredError",
    "BitunixServerError",
    "BitunixSignatureError",
    "BitunixTimeoutError",
    "BitunixUnexpectedResponseError",
    "BitunixWhitelistError",
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
