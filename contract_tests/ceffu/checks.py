"""Ceffu's contract check: see contract_tests/checks.py for why envelope checks exist."""

from __future__ import annotations

from schemathesis import Case, CheckContext, Response

from ..checks import json_body, mode

# Codes that mean the request was not properly signed: the suite signs every positive case.
CEFFU_UNSIGNED = frozenset({"G20006", "G20007", "G20008", "G20009", "G20010"})


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
    if mode(case) == "positive" and code in CEFFU_UNSIGNED:
        raise AssertionError(f"a correctly signed request was refused for its signing: {code} {body.get('message')}")
    return None
