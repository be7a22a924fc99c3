"""xCurrency's typed errors. The `-1` envelope has no codes: the message is the discriminator."""

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


class XCurrencyError(APIError):
    """Any `status: "-1"` answer; `message` is xCurrency's text (`code` is None: there are no codes)."""


class XCurrencyConnectionError(XCurrencyError, APIConnectionError):
    """No (complete) answer: connection refused or reset, or an unusable URL."""


class XCurrencyTimeoutError(XCurrencyConnectionError, APITimeoutError):
    """The request timed out."""


class XCurrencyAuthenticationError(XCurrencyError, AuthenticationError):
    """Token expired or invalid, wrong app key/secret, or a signature that does not verify."""


class XCurrencyDuplicateError(XCurrencyError, DuplicateRequestError):
    """A unique field is taken (`email already exists`, `externalRef already exists`)."""


class XCurrencyEmailExistsError(XCurrencyDuplicateError):
    """`email already exists`."""


class XCurrencyInvalidRequestError(XCurrencyError, InvalidRequestError):
    """`invalid parameter` and other refused input."""


class XCurrencyUnsupportedAssetError(XCurrencyInvalidRequestError):
    """`unsupported asset/network` (or currency)."""


class XCurrencyQuoteExpiredError(XCurrencyInvalidRequestError):
    """`quote expired`: ask for a new quote."""


class XCurrencyBelowMinimumError(XCurrencyInvalidRequestError):
    """The amount is below the minimum top-up."""


class XCurrencyNotFoundError(XCurrencyError, NotFoundError):
    """`customer/wallet/quote/order not found`."""


class XCurrencyRateLimitError(XCurrencyError, RateLimitError):
    """HTTP 429."""


class XCurrencyServerError(XCurrencyError, InternalServerError):
    """HTTP 5xx."""


class XCurrencyUnexpectedResponseError(XCurrencyError, UnexpectedResponseError):
    """The response is not xCurrency's documented envelope."""


class XCurrencyInsufficientFundsError(XCurrencyInvalidRequestError, InsufficientFundsError):
    """A message saying the balance is insufficient."""


class XCurrencyLostAnswerError(XCurrencyDuplicateError, LostAnswerError):
    """A keyed write (`externalRef`) took effect on an attempt whose answer was lost; no read finds it by its key."""


# (fragment of the lower-cased message, class): the first match wins.
ERRORS_BY_MESSAGE: list[tuple[str, type[XCurrencyError]]] = [
    ("email already exists", XCurrencyEmailExistsError),
    ("already exists", XCurrencyDuplicateError),
    ("unsupported", XCurrencyUnsupportedAssetError),
    ("quote expired", XCurrencyQuoteExpiredError),
    ("below minimum", XCurrencyBelowMinimumError),
    ("does not cover the fee", XCurrencyBelowMinimumError),
    ("quote already used", XCurrencyDuplicateError),  # a quote makes one order
    ("insufficient", XCurrencyInsufficientFundsError),
    ("not found", XCurrencyNotFoundError),
    ("token", XCurrencyAuthenticationError),
    ("signature", XCurrencyAuthenticationError),
    ("appkey", XCurrencyAuthenticationError),
    ("invalid", XCurrencyInvalidRequestError),
]
ERRORS_BY_STATUS: dict[int, type[XCurrencyError]] = {
    400: XCurrencyInvalidRequestError,
    401: XCurrencyAuthenticationError,
    404: XCurrencyNotFoundError,
    409: XCurrencyDuplicateError,
    429: XCurrencyRateLimitError,
}


def error_class(message: str | None, status_code: int) -> type[XCurrencyError]:
    """The exception class for an xCurrency message, falling back to the HTTP status."""
    text = (message or "").lower()
    for fragment, cls in ERRORS_BY_MESSAGE:
        if fragment in text:
            return cls
    return classify(
        None, status_code, by_code={}, by_status=ERRORS_BY_STATUS, server=XCurrencyServerError, default=XCurrencyError
    )


# The category bases are public here (and at the package top level): catch by category or by provider.
__all__ = [
    "ERRORS_BY_MESSAGE",
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
    "XCurrencyAuthenticationError",
    "XCurrencyBelowMinimumError",
    "XCurrencyConnectionError",
    "XCurrencyDuplicateError",
    "XCurrencyEmailExistsError",
    "XCurrencyError",
    "XCurrencyInsufficientFundsError",
    "XCurrencyInvalidRequestError",
    "XCurrencyLostAnswerError",
    "XCurrencyNotFoundError",
    "XCurrencyQuoteExpiredError",
    "XCurrencyRateLimitError",
    "XCurrencyServerError",
    "XCurrencyTimeoutError",
    "XCurrencyUnexpectedResponseError",
    "XCurrencyUnsupportedAssetError",
    "error_class",
]
