"""Bitunix's contract checks: see contract_tests/checks.py for why envelope checks exist.

Why Bitunix needs its own: Bitunix answers business errors, and even authentication and rate-limit errors,
with HTTP 200 and a non-zero string `code` inside `{code, msg, data, success}`. The built-in checks judge by
HTTP status only, so on their own they would accept a correctly signed request refused for its signature
(100004/100005/100008 inside a 200), a `success` flag that contradicts the code, or an error that carries
data; and the built-in `ignored_auth` (which only counts 401/403 as a refusal) cannot tell an enforced
signature from an ignored one. So:

- `bitunix_envelope`: every answer is the envelope; code "0" <=> success true (and HTTP 200); an error has
  success false, data null and an HTTP status its code is documented with; a signed positive case is never
  refused for its signing.
- `auth_enforced(auth)`: Bitunix's `ignored_auth` (disabled for this project in schemathesis.toml): once per
  signed operation, after a signed request got through, the same request unsigned and then with each
  signing header spoiled must be refused with 100004/100005/100008 (or 401/403 from a gateway).

Rate limit: User endpoints allow 10 requests/second per key; beyond it Bitunix answers code 110041 in an
HTTP 200 envelope (the spec's documented signal; 429 only from a gateway). The suite must not fail, nor test
less, because of its own speed, and a schemathesis `rate-limit` would pace every request, the many that are
refused as malformed before any counting included (well over a minute for this suite). So test_contract.py
wraps the client's signer in `RateLimited` (contract_tests/auth.py), fed by the predicates below: at most
10 counted User requests in any second, and a request still refused as `throttled` is signed afresh and
re-sent after a pause (like the clients' own retry policy); the checks see the answer once there is room.
Should 110041 still come back after every retry (a sandbox key shared with others), it is what the spec
documents for a well-formed request sent too fast: a legitimate answer, never a contract failure, so no
check here refuses it.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
from bitunix_client._operations import OPERATIONS
from schemathesis import Case, CheckContext, Response

from ..auth import ClientAuth
from ..checks import json_body, mode

SUCCESS = "0"
# Codes that mean the request was not properly signed: the suite signs every positive case (a fresh nonce
# and timestamp on every send, replays included), so none of them may refuse one.
BITUNIX_UNSIGNED = frozenset({"100004", "100005", "100008"})
RATE_LIMITED = "110041"
# Each documented error code pinned to the HTTP statuses it may come with (specs/bitunix.yaml: business and
# authentication errors in an HTTP 200 envelope; 400 only for a request that breaks the spec; 429 only from a
# gateway; 5xx with the system error).
CODE_STATUSES: dict[str, frozenset[int]] = {
    "2": frozenset({200, 400, 404, 405}),
    "70003": frozenset({200, 400}),
    RATE_LIMITED: frozenset({200, 429}),
    "500": frozenset(range(500, 600)),
    **{code: frozenset({200}) for code in ("100004", "100005", "100008", "10016", "10058", "110007", "110008")},
}
SIGNING_HEADERS = ("api-key", "nonce", "timestamp", "sign")


def bitunix_envelope(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Every answer is a Bitunix envelope whose `code`, `success` and `data` agree with each other and with
    the HTTP status; a signed positive case is never refused for its signing."""
    body = json_body(response)
    assert isinstance(body, dict) and isinstance(body.get("code"), str) and isinstance(body.get("msg"), str), (
        f"not a Bitunix envelope: {response.content[:200]!r}"
    )
    code, success = body["code"], body.get("success")
    assert isinstance(success, bool), f"envelope without a boolean `success`: {response.content[:200]!r}"
    if code == SUCCESS:
        assert success is True, "code 0 with success false"
        assert response.status_code == 200, f"HTTP {response.status_code} with success code 0"
    else:
        assert success is False, f"error {code} with success true"
        assert body.get("data") is None, f"error {code} carries data"
        allowed = CODE_STATUSES.get(code)
        assert allowed is None or response.status_code in allowed, (
            f"error {code} answered with HTTP {response.status_code} (documented: {sorted(allowed or ())})"
        )
    if mode(case) == "positive" and code in BITUNIX_UNSIGNED:
        raise AssertionError(f"a correctly signed request was refused for its signing: {code} {body.get('msg')}")
    return None


USER_PATHS = frozenset(op.path for op in OPERATIONS.values() if op.tag == "User")  # the 10/s operations
RATE_LIMIT = 10  # requests per second per key


def _code(response: httpx.Response) -> str | None:
    try:
        body = response.json()
    except ValueError:
        return None
    return body.get("code") if isinstance(body, dict) else None


def rate_limited(request: httpx.Request) -> bool:
    """One of the operations the documented 10 requests/second applies to (tag User)."""
    return request.url.path in USER_PATHS


def counted(response: httpx.Response) -> bool:
    """A request that used up the rate limit: it got past authentication and validation (an envelope in an
    HTTP 200) and was not itself refused as too fast."""
    return response.status_code == 200 and _code(response) not in (*BITUNIX_UNSIGNED, RATE_LIMITED)


def throttled(response: httpx.Response) -> bool:
    """Refused as sent too fast: 110041 in the envelope (or a gateway's 429)."""
    return response.status_code == 429 or _code(response) == RATE_LIMITED


def _refused(response: Response) -> bool | None:
    """True: refused for its authentication; False: let through; None: cannot tell (rate limited)."""
    if response.status_code in (401, 403):
        return True
    body = json_body(response)
    code = body.get("code") if isinstance(body, dict) else None
    if code == RATE_LIMITED or response.status_code == 429:
        return None
    return code in BITUNIX_UNSIGNED


def auth_enforced(auth: ClientAuth) -> Callable[[CheckContext, Response, Case], bool | None]:
    """Bitunix's `ignored_auth`, probing with `auth`'s signer: unsigned, then each signing header spoiled."""
    confirmed: set[str] = set()  # operations whose enforcement is proven: once per run is enough

    def bitunix_auth_enforced(ctx: CheckContext, response: Response, case: Case) -> bool | None:
        operation = case.operation
        if operation.definition.raw.get("security") == [] or operation.label in confirmed:
            return None  # public (the signer leaves it unsigned), or already proven
        if mode(case) != "positive" or response.status_code != 200 or _refused(response) is not False:
            return None  # only a signed request that got through says anything about enforcement
        probes = [("unsigned", ClientAuth(None))]
        probes += [(f"{name} spoiled", auth.spoiled(name)) for name in SIGNING_HEADERS]
        for label, probe_auth in probes:
            probe = case.derive()  # no credentials of its own; `probe_auth` decides what is sent
            answer = operation.schema.transport.send(probe, auth=probe_auth)
            refused = _refused(answer)
            if refused is None:
                return None  # rate limited: inconclusive, probe again on a later case
            assert refused, (
                f"{operation.label} accepted a request {label}: HTTP {answer.status_code} "
                f"{answer.content[:200]!r} (expected code 100004/100005/100008)"
            )
        confirmed.add(operation.label)
        return None

    return bitunix_auth_enforced
