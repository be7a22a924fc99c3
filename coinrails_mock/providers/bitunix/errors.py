"""Bitunix error codes and the HTTP status the mock answers them with.

Envelope: `{"code": "<non-zero string>", "msg": ..., "data": null, "success": false}` (success: code "0",
msg "result.success", success true). Statuses (specs/bitunix.yaml declares 200, 400 and 429 per operation):

- 200 + error envelope, authentication: 100004 `api-key` missing or unknown; 100005 `nonce`, `timestamp` or
  `sign` missing or malformed (nonce not 32 characters, timestamp not digits) or a signature that does not
  verify; 100008 timestamp outside the window (default +-60 s) or a nonce already used by the key.
- 200 + error envelope, rate limit: 110041 beyond 10 requests/second per API key on User endpoints (the spec's
  documented signal; its 429 is only for gateways, used here for injected faults).
- 200 + error envelope, business rules: 110008 withdrawal address not on the quick-withdrawal list, 110007
  amount not above the network fee, 10016 inside-transfer recipient unknown, 10058 volume precision, 2 any
  other parameter or state problem (unknown coin/network/pair/order, insufficient balance, not cancellable -
  x-inferred: Bitunix publishes no codes for these), 70003 a parameter required by the chosen `toType` missing.
- 400 + error envelope: the request breaks the spec before the business layer (bad JSON or a body that is not
  UTF-8 text - checked before the signature, which covers the body as text -, wrong type, unknown
  field, out of bounds): 70003 when only required fields are missing, else 2.
- 404/405 (unknown path / method): 2. 429 injected: 110041. 5xx injected or a mock bug: 500.
"""

from __future__ import annotations

from coinrails_mock.engine.provider import ProviderError

MESSAGES = {
    "2": "parameter error",
    "500": "system error",
    "100004": "app-key not found",
    "100005": "parameter signature error",
    "100008": "request expired",
    "10016": "user does not exist",
    "70003": "missing parameters",
    "10058": "volume precision error",
    "110041": "interface access too fast",
    "110007": "withdrawal amount below current fee",
    "110008": "only withdrawals to whitelisted addresses allowed",
}


class BitunixRuleError(ProviderError):
    """A Bitunix error answer; `detail` is appended to the code's message."""

    def __init__(
        self, code: str, detail: str | None = None, http_status: int = 200, headers: dict[str, str] | None = None
    ) -> None:
        message = MESSAGES[code] + (f": {detail}" if detail else "")
        super().__init__(http_status, code, message, headers)
        self.detail = detail


def invalid(detail: str) -> BitunixRuleError:
    """Code 2 in a 200 envelope: a request the spec allows but the rules refuse."""
    return BitunixRuleError("2", detail)
