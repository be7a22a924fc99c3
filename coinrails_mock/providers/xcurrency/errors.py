"""xCurrency error answers: `{"status": "-1", "message": ...}` (no error codes; the message is the discriminator).

HTTP statuses (the spec's table, `components.schemas.ErrorEnvelope.x-error-messages`):
- 400: every business rule and malformed request (`email already exists`, `unsupported asset/network`,
  `quote expired`, `... not found`, `amount below minimum top-up`, `quote has no sourceAmount`, `quote already
  used`, `amount does not cover the fee`, `amount has more decimals than the currency allows`,
  `unsupported currency`, `invalid cursor`,
  `invalid parameter`, `invalid appKey or secretKey`, `Failed to verify the signature`). `invalid parameter`
  only for what the spec itself rejects; a well-formed value the mock cannot serve gets its business message.
- 401: token problems (`token invalid`: missing, unknown or issued to another app key; `token expired`).
- The signature check endpoint answers a bad signature with envelope status `"10001"` (HTTP 400).
- 404/405 unknown path or method, 429/5xx injected faults, 500 mock bugs: same envelope.
"""

from __future__ import annotations

from coinrails_mock.engine.provider import ProviderError

EMAIL_EXISTS = "email already exists"
EXTERNAL_REF_EXISTS = "externalRef already exists"
UNSUPPORTED_PAIR = "unsupported asset/network"
QUOTE_EXPIRED = "quote expired"
CUSTOMER_NOT_FOUND = "customer not found"
WALLET_NOT_FOUND = "wallet not found"
QUOTE_NOT_FOUND = "quote not found"
ORDER_NOT_FOUND = "order not found"
BELOW_MINIMUM = "amount below minimum top-up"
QUOTE_WITHOUT_AMOUNT = "quote has no sourceAmount"
QUOTE_USED = "quote already used"
FEE_NOT_COVERED = "amount does not cover the fee"
AMOUNT_PRECISION = "amount has more decimals than the currency allows"
UNSUPPORTED_CURRENCY = "unsupported currency"
INVALID_CURSOR = "invalid cursor"
INVALID_PARAMETER = "invalid parameter"
BAD_CREDENTIALS = "invalid appKey or secretKey"
TOKEN_EXPIRED = "token expired"
TOKEN_INVALID = "token invalid"
BAD_SIGNATURE = "Failed to verify the signature"

ERROR_STATUS = "-1"
SIGN_CHECK_FAILED = "10001"


class XCurrencyRuleError(ProviderError):
    """An xCurrency error answer; `code` is the envelope `status` ("-1", or "10001" for the signature check)."""

    def __init__(
        self, message: str, http_status: int = 400, status: str = ERROR_STATUS, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(http_status, status, message, headers)


def token_error(message: str) -> XCurrencyRuleError:
    return XCurrencyRuleError(message, 401)
