"""Contract checks schemathesis does not have: they understand each provider's envelope.

Why: Ceffu and Bitunix answer business errors with HTTP 200 and the error code inside the JSON
envelope (xCurrency with `status: "-1"`). The built-in checks judge by HTTP status only, so they
cannot see an envelope that is malformed, an error code under a non-error status (or the reverse),
or a correctly signed request refused for its signature inside a 200. Malformed input is judged by
the built-in `negative_data_rejection` / `positive_data_acceptance`: the specs answer it with 400,
and keep HTTP 200 envelopes for business outcomes (unknown coin, insufficient balance, ...).
"""

from __future__ import annotations

import json
from typing import Any

from schemathesis import Case, CheckContext, Response


def _json(response: Response) -> Any:
    try:
        return json.loads(response.content or b"null")
    except ValueError:
        return None


def _mode(case: Case) -> str | None:
    meta = case.meta
    if meta is None:
        return None
    return "negative" if meta.generation.mode.is_negative else "positive"


# Codes that mean the request was not properly signed: the suite signs every positive case.
CEFFU_UNSIGNED = frozenset({"G20006", "G20007", "G20008", "G20009", "G20010"})


def ceffu_envelope(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Every answer is a Ceffu envelope whose `code` agrees with the HTTP status; signed requests pass auth."""
    body = _json(response)
    assert isinstance(body, dict) and isinstance(body.get("code"), str) and "message" in body, (
        f"not a Ceffu envelope: {response.content[:200]!r}"
    )
    code = body["code"]
    success = code == "000000"
    assert success or body.get("data") is None, f"error {code} carries data"
    if response.status_code != 200:
        assert not success, f"HTTP {response.status_code} with success code 000000"
    if _mode(case) == "positive" and code in CEFFU_UNSIGNED:
        raise AssertionError(f"a correctly signed request was refused for its signing: {code} {body.get('message')}")
    return None
