"""schemathesis contract suite for Bitunix spot: every operation, every check, all phases.

Runs against the Bitunix mock (on a free loopback port), or against BITUNIX_BASE_URL with
BITUNIX_API_KEY / BITUNIX_SECRET_KEY. Requests are signed by the generated client's own BitunixSigner
(public operations are left unsigned by the signer itself); every send, replays included, goes through
ClientAuth and so gets a fresh nonce and timestamp. The suite keeps to the documented 10 User
requests/second itself (and re-signs and re-sends a request still refused with 110041); checks.py says why,
and how the 200-envelope auth errors are judged.
"""

from __future__ import annotations

import pytest
from bitunix_client.signing import BitunixSigner

from ..auth import ClientAuth, RateLimited
from ..extensions import relabel
from ..suite import ContractSuite
from ..world import Success
from .checks import RATE_LIMIT, auth_enforced, bitunix_envelope, counted, rate_limited, throttled
from .world import LIMITERS, REQUESTS, prepare

_SIGNERS: dict[str, RateLimited] = {}


def _auth(credentials: dict[str, str]) -> ClientAuth:
    api_key = credentials.get("BITUNIX_API_KEY") or credentials["api_key"]
    secret_key = credentials.get("BITUNIX_SECRET_KEY") or credentials["secret_key"]
    # The documented 10 User requests/second is kept by the suite itself (checks.py says why and how), in one
    # window per key shared by every schema of the module: Bitunix counts per key.
    if api_key not in _SIGNERS:
        signer = BitunixSigner(api_key, secret_key)
        _SIGNERS[api_key] = RateLimited(
            signer, limit=RATE_LIMIT, applies=rate_limited, counted=counted, throttled=throttled
        )
    LIMITERS[api_key] = _SIGNERS[api_key]  # the world's client shares the window (world.py)
    return ClientAuth(_SIGNERS[api_key])


# The signer owns only headers (api-key, nonce, timestamp, sign: security schemes, never generated thanks to
# `with-security-parameters = false`); it stamps no query or body field.
SUITE = ContractSuite("bitunix", _auth, signer_fields=())
schema = SUITE.schema
CHECKS = [bitunix_envelope, auth_enforced(_auth(SUITE.target.credentials))]


@pytest.fixture(scope="module", autouse=True)
def serve():
    with SUITE.serving() as target:
        yield target


world, test_success, test_error_statuses = SUITE.world_tests(
    prepare, REQUESTS, CHECKS, Success(ok=lambda body: isinstance(body, dict) and body.get("code") == "0")
)


@schema.parametrize()
def test_operations(case):
    SUITE.run_case(relabel(case), CHECKS)


TestBitunixFlows = SUITE.state_machine(CHECKS)
