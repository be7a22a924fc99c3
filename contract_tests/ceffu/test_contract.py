"""schemathesis contract suite for Ceffu: every operation, every check, all phases.

Runs against the Ceffu mock (on a free loopback port), or against CEFFU_BASE_URL with
CEFFU_API_KEY / CEFFU_PRIVATE_KEY. Requests are signed by the generated client's own CeffuSigner.
"""

from __future__ import annotations

import pytest
import requests
from ceffu_client import CeffuSigner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from ..auth import ClientAuth
from ..extensions import relabel
from ..suite import ContractSuite
from ..world import Success
from .checks import ceffu_envelope
from .world import REQUESTS, prepare


def _auth(credentials: dict[str, str]) -> ClientAuth:
    api_key = credentials.get("CEFFU_API_KEY") or credentials["api_key"]
    private_key = credentials.get("CEFFU_PRIVATE_KEY") or credentials["private_key"]
    return ClientAuth(CeffuSigner(api_key, private_key))


SUITE = ContractSuite("ceffu", _auth, signer_fields=("timestamp",))
schema = SUITE.schema


@pytest.fixture(scope="module", autouse=True)
def serve():
    with SUITE.serving() as target:
        yield target


CHECKS = [ceffu_envelope]
world, test_success, test_error_statuses = SUITE.world_tests(
    prepare, REQUESTS, CHECKS, Success(ok=lambda body: isinstance(body, dict) and body.get("code") == "000000")
)


@schema.parametrize()
def test_operations(case):
    SUITE.run_case(relabel(case), CHECKS)


TestCeffuFlows = SUITE.state_machine(CHECKS)


OPERATIONS = [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
@settings(max_examples=1, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_refuses_unsigned_and_badly_signed(operation, data):
    """Every operation refuses a request without the signing headers (G20008) and one whose
    signature was altered after signing (G20009), with 401 and Ceffu's envelope."""
    case = data.draw(operation.as_strategy(generation_mode=GenerationMode.POSITIVE))
    kwargs = case.as_transport_kwargs(base_url=SUITE.target.base_url)
    kwargs.pop("auth", None)
    for auth, code in [(ClientAuth(None), "G20008"), (_auth(SUITE.target.credentials).spoiled("signature"), "G20009")]:
        response = requests.request(**kwargs, auth=auth, timeout=10)
        assert (response.status_code, response.json()["code"]) == (401, code), response.text
