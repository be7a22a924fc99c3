"""schemathesis contract suite for xCurrency: every operation, every check, all phases.

Runs against the xCurrency mock (on a free loopback port), or against XCURRENCY_BASE_URL with
XCURRENCY_APP_KEY / XCURRENCY_APP_SECRET / XCURRENCY_PRIVATE_KEY. Requests are authenticated by the
generated client's own XCurrencyAuth: it fetches the token from `POST /payout/oauth/token` first (sent by
ClientAuth through the write guard), caches it, renews it when refused, and signs every body.
"""

from __future__ import annotations

import pytest
from xcurrency_client import XCurrencyAuth

from ..auth import ClientAuth
from ..extensions import relabel
from ..suite import ContractSuite
from ..world import Success
from .checks import xcurrency_envelope
from .world import REQUESTS, prepare

TOKEN_OPERATION = ("/payout/oauth/token", "POST")


def _credentials(credentials: dict[str, str]) -> tuple[str, str, str]:
    return (
        credentials.get("XCURRENCY_APP_KEY") or credentials["app_key"],
        credentials.get("XCURRENCY_APP_SECRET") or credentials["secret_key"],
        credentials.get("XCURRENCY_PRIVATE_KEY") or credentials["private_key"],
    )


def _auth(credentials: dict[str, str]) -> ClientAuth:
    return ClientAuth(XCurrencyAuth(*_credentials(credentials)))


# The signer sets only headers (appkey, token, sign): no request field is the signer's.
SUITE = ContractSuite("xcurrency", _auth, signer_fields=())
schema = SUITE.schema


@pytest.fixture(scope="module", autouse=True)
def serve():
    with SUITE.serving() as target:
        yield target


CHECKS = [xcurrency_envelope]
world, test_success, test_error_statuses = SUITE.world_tests(
    prepare, REQUESTS, CHECKS, Success(ok=lambda body: isinstance(body, dict) and body.get("status") == "1")
)


@schema.parametrize()
def test_operations(case):
    SUITE.run_case(relabel(case), CHECKS)


def test_token_issued_for_the_apps_credentials():
    """getToken with the real app credentials: generated credentials only ever get `invalid appKey or
    secretKey`, so the success answer of the token endpoint is checked here, with every check."""
    if not SUITE.target.writes:
        pytest.skip("getToken is a POST: not sent to a non-loopback target without CONTRACT_ALLOW_WRITES=1")
    app_key, secret_key, _ = _credentials(SUITE.target.credentials)
    case = schema[TOKEN_OPERATION[0]][TOKEN_OPERATION[1]].Case(body={"appKey": app_key, "secretKey": secret_key})
    response = case.call_and_validate(additional_checks=[xcurrency_envelope])
    assert response.status_code == 200 and isinstance(response.json()["data"], str), response.text


TestXCurrencyFlows = SUITE.state_machine(CHECKS)
