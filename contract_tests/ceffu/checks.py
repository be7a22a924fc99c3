"""Ceffu's contract check: see contract_tests/checks.py for why envelope checks exist."""

from __future__ import annotations

from schemathesis import Case, CheckContext, Response

from ..checks import json_body, mode

# Codes that mean the request was not properly signed: the suite signs every positive case.
CEFFU_UNSIGNED = frozenset({"G20006", "G20007", "G20008", "G20009", "G20010"})

# Each error code pinned to the HTTP statuses it may come with. The spec's error table names no status; its
# per-status responses do (401 G20009, 403 G20016, 404 G20020, 429 G20012, 500 G20001), and the rest follows
# the same split (specs/ceffu.yaml info, coinrails_mock/providers/ceffu/errors.py): authentication 401,
# permission 403, unknown id or path 404 (405 wrong method), malformed request 400, business rules of a
# well-formed request 200 + the error envelope.
CODE_STATUSES: dict[str, frozenset[int]] = {
    "G20001": frozenset(range(500, 600)),
    "G20002": frozenset({400, 404, 405}),
    "G20003": frozenset({400}),
    "G20004": frozenset({400}),
    "G20005": frozenset({200, 400}),
    **{code: frozenset({401}) for code in ("G20006", "G20007", "G20008", "G20009", "G20010", "G20028")},
    "G20011": frozenset({403}),
    "G20012": frozenset({429}),
    "G20013": frozenset({403}),
    "G20014": frozenset({400}),
    "G20016": frozenset({403}),
    "G20020": frozenset({404}),
    "G20023": frozenset({400}),
    "G20026": frozenset({200, 400}),  # a window too large: malformed (400) or a business rule (resend: 200)
    **{
        code: frozenset({200})
        for code in ("G20015", "G20017", "G20018", "G20019", "G20021", "G20022", "G20024", "G20025", "G20027")
    },
    "G20029": frozenset({200}),
    "G20030": frozenset({200}),
}


def ceffu_envelope(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Every answer is a Ceffu envelope whose `code` agrees with the HTTP status; signed requests pass auth."""
    body = json_body(response)
    assert isinstance(body, dict) and isinstance(body.get("code"), str) and "message" in body, (
        f"not a Ceffu envelope: {response.content[:200]!r}"
    )
    code = body["code"]
    success = code == "000000"
    assert success or body.get("data") is None, f"error {code} carries data"
    if response.status_code != 200:
        assert not success, f"HTTP {response.status_code} with success code 000000"
    if not success:
        allowed = CODE_STATUSES.get(code)
        assert allowed is not None, f"undocumented error code {code!r}"
        assert response.status_code in allowed, (
            f"error {code} answered with HTTP {response.status_code} (documented: {sorted(allowed)})"
        )
    if mode(case) == "positive" and code in CEFFU_UNSIGNED:
        raise AssertionError(f"a correctly signed request was refused for its signing: {code} {body.get('message')}")
    return None
