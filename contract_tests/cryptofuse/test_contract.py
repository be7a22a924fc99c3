"""schemathesis contract suite for Cryptofuse: every operation, every check, all phases.

Runs against the Cryptofuse mock (on a free loopback port), or against CRYPTOFUSE_BASE_URL with
CRYPTOFUSE_CLIENT_ID / CRYPTOFUSE_CLIENT_SECRET. Requests are authorized by the generated client's
own CryptofuseAuth (client-credentials token fetched from `/o/token/`, cached, renewed on 401), with
scope `read write admin` so that every operation (`/user/fees/` needs admin) is allowed. The token
endpoint and `/status/` are public operations of the spec and are tested like any other.
"""

from __future__ import annotations

import pytest
from cryptofuse_client.auth import CryptofuseAuth

from ..auth import ClientAuth
from ..extensions import relabel
from ..suite import ContractSuite
from ..world import Success
from .checks import cryptofuse_errors
from .world import REQUESTS, prepare

SCOPE = "read write admin"


def _auth(credentials: dict[str, str]) -> ClientAuth:
    client_id = credentials.get("CRYPTOFUSE_CLIENT_ID") or credentials["client_id"]
    client_secret = credentials.get("CRYPTOFUSE_CLIENT_SECRET") or credentials["client_secret"]
    return ClientAuth(CryptofuseAuth(client_id, client_secret, scope=SCOPE))


SUITE = ContractSuite("cryptofuse", _auth)
schema = SUITE.schema


@pytest.fixture(scope="module", autouse=True)
def serve():
    with SUITE.serving() as target:
        yield target


CHECKS = [cryptofuse_errors]
world, test_success, test_error_statuses = SUITE.world_tests(prepare, REQUESTS, CHECKS, Success())


@schema.parametrize()
def test_operations(case):
    SUITE.run_case(relabel(case), CHECKS)


TestCryptofuseFlows = SUITE.state_machine(CHECKS)
