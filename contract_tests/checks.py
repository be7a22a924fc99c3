"""Helpers for the providers' own contract checks (contract_tests/<provider>/checks.py).

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

from schemathesis import Case, Response


def json_body(response: Response) -> Any:
    try:
        return json.loads(response.content or b"null")
    except ValueError:
        return None


def mode(case: Case) -> str | None:
    meta = case.meta
    if meta is None:
        return None
    return "negative" if meta.generation.mode.is_negative else "positive"
