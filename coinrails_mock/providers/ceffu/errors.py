"""Ceffu error codes and the HTTP status the mock answers them with.

Envelope: `{"code": "G2xxxx", "message": ..., "data": null}` (success: code "000000", message "Success").
HTTP statuses chosen by the mock (Ceffu documents 200/400/401/403/404/429/500 per endpoint, not the mapping):

- 401: authentication. G20006 timestamp missing, G20007 timestamp outside the window (default +-30 s),
  G20008 `open-apikey` or `signature` header missing, G20009 signature does not verify, G20010 unknown API key.
- 403: G20016 the key lacks the operation's permission group (`x-permission`); G20013 wallet of another tenant.
- 400: the request breaks the spec: G20005 (any parameter/body problem, malformed JSON, wrong content type,
  body over 1 MiB, unknown or repeated query parameter, a broken `x-one-of-required`, an unordered window or
  not a calendar date), G20003 pageLimit out of range, G20004 pageNo out of range, G20014 bad requestId,
  G20026 time window larger than the operation's `x-max-window-days`.
- 404: G20020 unknown wallet, order or other id; G20002 unknown path. 405 (+ Allow): G20002 wrong method.
- 429: G20012 rate limit, with `Retry-After` (seconds).
- 200 + error envelope: business rules. G20005 a well-formed value Ceffu cannot serve (unsupported coin or
  network, unknown option), G20015 duplicate requestId (no second effect), G20017 withdrawal from a
  sub-wallet, G20018/G20019/G20027/G20030 wrong kind of wallet id, G20021 invalid wallet relationship (incl. an
  auto-collection sub-wallet sending a transfer), G20022 invalid amount (zero, precision, below the minimum,
  above the maximum) or insufficient balance ("Insufficient balance", x-inferred), G20024 wallet type not
  supported, G20025 withdrawal address not whitelisted/active, G20029 unknown MirrorX/Mirror link.
- 500: G20001 internal error (a mock bug, or a strict-mode spec violation of the mock's own answer).
"""

from __future__ import annotations

from coinrails_mock.engine.provider import ProviderError

MESSAGES = {
    "G20001": "Internal system error",
    "G20002": "Bad request",
    "G20003": "Exceeded pagination size",
    "G20004": "Exceeded pagination limit",
    "G20005": "Invalid parameter value",
    "G20006": "Timestamp is empty",
    "G20007": "Request timestamp expired",
    "G20008": "Missing API Key or Signature",
    "G20009": "Invalid Sign",
    "G20010": "Invalid API Key",
    "G20012": "Rate limit exceeded",
    "G20013": "No wallet permission",
    "G20014": "Invalid request ID format",
    "G20015": "Duplicated request",
    "G20016": "No permission access this endpoint",
    "G20017": "Sub wallet does not support withdraw action",
    "G20018": "Required Sub wallet ID",
    "G20019": "Prime wallet ID is required",
    "G20020": "Wallet with the given ID not found",
    "G20021": "Invalid wallet relationship",
    "G20022": "Invalid amount",
    "G20024": "Wallet type not supported",
    "G20025": "Address is not activated. Please contact the account manager",
    "G20026": "Time range too large to search",
    "G20027": "Prime or sub wallet ID is required",
    "G20029": "Invalid Mirror linkage relationship",
    "G20030": "Sub wallet ID is not supported for this endpoint",
}


class CeffuRuleError(ProviderError):
    """A Ceffu error answer; `detail` is appended to the code's standard message."""

    def __init__(
        self, code: str, detail: str | None = None, http_status: int = 200, headers: dict[str, str] | None = None
    ) -> None:
        message = MESSAGES[code] + (f": {detail}" if detail else "")
        super().__init__(http_status, code, message, headers)


def invalid(detail: str, code: str = "G20005") -> CeffuRuleError:
    """A business error (HTTP 200) for a well-formed request whose values Ceffu cannot serve
    (unsupported coin/network, unknown option): the spec allows it, so it is not a 400."""
    return CeffuRuleError(code, detail)


def bad_window(detail: str, code: str = "G20005") -> CeffuRuleError:
    """A 400 for a time window that breaks the operation's `x-max-window-days` rule (ordered, bounded)."""
    return CeffuRuleError(code, detail, 400)


def not_found(detail: str) -> CeffuRuleError:
    return CeffuRuleError("G20020", detail, 404)
