"""xCurrency's contract check: why it exists (see also contract_tests/checks.py).

xCurrency has no error codes: every answer is `{"status": "1" | "-1", "message", "data"}` and an error is
told apart only by its `message`. Business outcomes of a well-formed request (unknown wallet, expired
quote, amount below the minimum, duplicate email, wrong app secret...) are answered with HTTP 400 and
`status: "-1"` - the provider's documented wire format, the same status as a malformed request
(`invalid parameter`). The built-in checks judge by HTTP status only, so they cannot tell a valid request
refused as malformed from a business refusal, nor see a signed request refused for its token or
signature. So schemathesis.toml lets a positive case get 400 for this project only, and this check
holds every answer to the spec instead:

- the body is the envelope; `status` agrees with HTTP: 2xx <=> `"1"`. A `"-1"` under a 2xx is a contract
  violation: every 200 schema of the spec has `status: const "1"` and the spec's Envelope section puts
  every error on HTTP 400/401. The signature check's `"10001"` only on `checkSign`, HTTP 400;
- an error has a non-empty `message` and no `data` (null tolerated, as `ErrorEnvelope` allows);
- on the statuses the spec declares for errors (400, 401) the message is one of the spec's own
  `ErrorEnvelope.x-error-messages`, with the HTTP status listed there, for an operation listed there;
- a positive case (the spec accepts it, and the suite signs it with the client's own XCurrencyAuth) is
  never refused as malformed (`invalid parameter`) nor for its token or signature.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from schemathesis import Case, CheckContext, Response

from ..checks import json_body, mode

SPEC = Path("specs/xcurrency.yaml")
SUCCESS, ERROR, SIGN_CHECK_FAILED = "1", "-1", "10001"
MALFORMED = "invalid parameter"
# Refusals of the suite's own signing: a positive case carries a fresh token and a valid signature.
SIGNING = frozenset({"token expired", "token invalid", "failed to verify the signature"})


@dataclass(frozen=True)
class Known:
    http: int
    operations: frozenset[str]


@cache
def known_messages() -> dict[str, Known]:
    """The spec's table of error messages (lower-cased: clients match them case-insensitively)."""
    doc = yaml.safe_load(SPEC.read_text())
    table = doc["components"]["schemas"]["ErrorEnvelope"]["x-error-messages"]
    return {row["message"].lower(): Known(int(row["http"]), frozenset(row["operations"])) for row in table}


def xcurrency_envelope(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Every answer is an xCurrency envelope whose `status` and `message` agree with the HTTP status and the spec."""
    body = json_body(response)
    assert isinstance(body, dict) and isinstance(body.get("status"), str), (
        f"not an xCurrency envelope: {response.content[:200]!r}"
    )
    status, http = body["status"], response.status_code
    if 200 <= http < 300:
        assert status == SUCCESS, f'HTTP {http} with envelope status {status!r}: success is HTTP 200 + status "1"'
        return None
    operation = case.operation.definition.raw.get("operationId", "")
    message = body.get("message")
    assert status != SUCCESS, f'HTTP {http} with success status "1"'
    assert isinstance(message, str) and message, f"error without a message: {body!r}"
    assert body.get("data") is None, f"error {message!r} carries data"
    if status == SIGN_CHECK_FAILED:
        assert (operation, http) == ("checkSign", 400), f"status 10001 outside checkSign's HTTP 400 (HTTP {http})"
    else:
        assert status == ERROR, f"unknown envelope status {status!r} (errors are {ERROR!r})"
    if http in (400, 401):
        known = known_messages().get(message.lower())
        assert known is not None, f"HTTP {http} with a message the spec does not list: {message!r}"
        assert known.http == http, f"{message!r} is documented with HTTP {known.http}, got {http}"
        assert "*" in known.operations or operation in known.operations, (
            f"{message!r} is not an error of {operation} (spec: {', '.join(sorted(known.operations))})"
        )
    if mode(case) == "positive":
        assert message.lower() != MALFORMED, f"valid data refused as malformed: HTTP {http} {message!r}"
        assert message.lower() not in SIGNING, f"a correctly signed request was refused for its signing: {message!r}"
    return None
