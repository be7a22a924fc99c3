"""Cryptofuse's contract check: see contract_tests/checks.py for why provider checks exist.

Why Cryptofuse needs one although it has no 200 envelope: the built-in checks judge statuses and
validate bodies against the schema of the *declared* response, and every Cryptofuse error response
shares one loose `ErrorEnvelope` schema. They cannot see an error whose `code` contradicts its HTTP
status (a 404 saying `authentication_failed`, a 400 saying `internal_error`), a success status that
carries an error object instead of the resource, the token endpoint answering in the API's error
shape instead of RFC 6749's (or the reverse), or a request carrying a valid bearer token that is
refused as unauthenticated (the built-in `positive_data_acceptance` accepts 401 for any case).

A positive case may be answered 400/422 here (schemathesis.toml, Cryptofuse project): only with the
business refusals Cryptofuse documents for well-formed input (`POSITIVE_REFUSALS`), never with a
validation error, which would mean the mock rejects what the spec allows.
"""

from __future__ import annotations

from schemathesis import Case, CheckContext, Response

from ..checks import json_body, mode

TOKEN_OPERATION = "getAccessToken"
PUBLIC_OPERATIONS = frozenset({TOKEN_OPERATION, "getApiStatus"})

# `{"error": {"code", ...}}` codes and the HTTP statuses they may come with (specs/cryptofuse.yaml
# components/responses, plus the routing answers 404/405 of any path).
ERROR_CODES: dict[str, frozenset[int]] = {
    "invalid_request": frozenset({400, 405}),
    "invalid_currency": frozenset({400}),
    "invalid_url": frozenset({400}),
    "missing_required_fields": frozenset({400}),
    "duplicate_external_id": frozenset({400}),
    "authentication_failed": frozenset({401}),
    "unauthorized": frozenset({401}),
    "permission_denied": frozenset({403}),
    "forbidden": frozenset({403}),
    "insufficient_permissions": frozenset({403}),
    "not_found": frozenset({404}),
    "method_not_allowed": frozenset({405}),
    "invalid_amount": frozenset({422}),
    "rate_limit_exceeded": frozenset({429}),
    "internal_error": frozenset(range(500, 600)),
    "service_unavailable": frozenset({500, 503}),
}
# RFC 6749 section 5.2 `{"error": "<code>", "error_description"}` of the token endpoint.
OAUTH_CODES: dict[str, frozenset[int]] = {
    "invalid_request": frozenset({400}),
    "invalid_client": frozenset({401}),
    "invalid_grant": frozenset({400}),
    "unauthorized_client": frozenset({400}),
    "unsupported_grant_type": frozenset({400}),
    "invalid_scope": frozenset({400}),
}

# Refusals of a well-formed (positive) request: code -> the `details.field` it must name (None: any).
# A JSON number of 10^20 or more (which the engine refuses, coinrails_mock/engine/guards.py) is not schema-valid:
# the spec bounds the number form of every request amount below 10^20, so no allowance for it is needed here.
POSITIVE_REFUSALS: dict[int, dict[str, frozenset[str] | None]] = {
    400: {
        "invalid_currency": None,  # a currency the tenant has not enabled
        "duplicate_external_id": None,  # a wallet external_id already taken
        # an address not valid on the currency's chain; a body reference to an unknown wallet
        "invalid_request": frozenset({"address", "account_id", "wallet_id"}),
    },
    422: {"invalid_amount": None},  # below the minimum, above the maximum or the balance
}


def _is_oauth_error(body: object) -> bool:
    return isinstance(body, dict) and isinstance(body.get("error"), str)


def cryptofuse_errors(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """2xx carries the resource, 4xx/5xx an error whose code agrees with the status; a token is never refused."""
    status = response.status_code
    body = json_body(response)
    operation = case.operation.definition.raw.get("operationId")
    if status < 400:
        error = body.get("error") if isinstance(body, dict) else None
        assert not isinstance(error, (dict, str)), f"HTTP {status} carries an error object: {response.content[:200]!r}"
        return None
    if operation == TOKEN_OPERATION and status in (400, 401):
        assert _is_oauth_error(body), (
            f"token endpoint HTTP {status} is not an RFC 6749 error: {response.content[:200]!r}"
        )
        code = body["error"]
        assert status in OAUTH_CODES.get(code, frozenset()), f"token endpoint HTTP {status} with error {code!r}"
        return None
    error = body.get("error") if isinstance(body, dict) else None
    assert isinstance(error, dict) and isinstance(error.get("code"), str) and isinstance(error.get("message"), str), (
        f"HTTP {status} is not a Cryptofuse error: {response.content[:200]!r}"
    )
    details = error.get("details")
    assert details is None or isinstance(details, dict), f"error details is not an object: {details!r}"
    code = error["code"]
    assert status in ERROR_CODES.get(code, frozenset()), f"HTTP {status} with error code {code!r}"
    if mode(case) != "positive":
        return None
    if status == 401 and operation not in PUBLIC_OPERATIONS:
        raise AssertionError(f"a request with a valid bearer token was refused: {code} {error.get('message')}")
    if status in POSITIVE_REFUSALS:
        allowed = POSITIVE_REFUSALS[status]
        field = (details or {}).get("field")
        assert code in allowed and (allowed[code] is None or field in allowed[code]), (
            f"a schema-valid request was refused with HTTP {status} {code} (field {field!r}): {error.get('message')}"
        )
    return None
