"""Security matrix: each bad request is rejected with the provider's own error and changes nothing.

Every case is a write that would change the state if it were accepted; `GET /_mock/state` is taken just before
and just after it and must be identical. Cases go through the typed client (with its `http.auth` swapped for a
forged/expired/replaying credential where the client itself would never send one); an exact replay of captured
bytes is sent with raw httpx and its answer turned into the typed exception by the client's own Provider.check.

Not modelled (the provider's scheme has no such thing; listed as skipped cases):
- Bitunix: permissions (one kind of API key) and tenants (users only: another *user's* record is tested).
- xCurrency: timestamps and nonces (no replay protection beyond `externalRef`), scopes, tenants (one platform app).
- Cryptofuse: request signatures, timestamps and nonces (bearer tokens: a replayed create without `external_id`
  would create again - the API has no replay protection), tenants (one merchant).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx
import pytest
from bitunix_client import models as bx
from bitunix_client.exceptions import (
    BitunixAuthenticationError,
    BitunixInvalidRequestError,
    BitunixRequestExpiredError,
    BitunixSignatureError,
)
from bitunix_client.signing import BitunixSigner
from ceffu_client import (
    CeffuAuthenticationError,
    CeffuDuplicateRequestError,
    CeffuPermissionError,
)
from ceffu_client.signing import CeffuSigner
from ceffu_client.signing import now_ms as ceffu_now
from cryptofuse_client import models as cr
from cryptofuse_client.exceptions import (
    CryptofuseAuthenticationError,
    CryptofuseDuplicateError,
    CryptofusePermissionError,
)
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from xcurrency_client import XCurrencyAuthenticationError, XCurrencyDuplicateError
from xcurrency_client import models as xc
from xcurrency_client._runtime.jsonutil import loads
from xcurrency_client.auth import load_private_key
from xcurrency_client.auth import sign as xcurrency_sign

from contract_tests.harness import RunningMock

from .providers import ADAPTERS, Bitunix, Ceffu
from .support import Control, Sent, Wire, serve

D = Decimal
HOUR = 3_600_000


@dataclass
class Env:
    """One provider's mock, control API, a funded account and a recording client."""

    provider: str
    mock: RunningMock
    control: Control
    wire: Wire
    client: Any
    ctx: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    @property
    def creds(self) -> dict[str, Any]:
        return self.mock.credentials

    def key(self, prefix: str) -> str:
        self.seq += 1
        return f"{prefix}-{self.seq}"

    def typed_client(self, **options: Any) -> Any:
        """A client of this provider (no retries); `options` override its credentials."""
        client = ADAPTERS[self.provider].client(self.mock, retry=_no_retry(self.provider), **options)
        self.ctx.setdefault("clients", []).append(client)
        return client

    def last(self, path: str) -> Sent:
        return next(s for s in reversed(self.wire.sent) if s.path == path)

    def replay(self, sent: Sent) -> Any:
        """Send captured bytes again, headers and all; raise the typed error the client would raise."""
        request = httpx.Request(sent.method, self.mock.base_url + sent.path, headers=sent.headers, content=sent.body)
        with httpx.Client() as raw:
            response = raw.send(request)
        payload = loads(response.content) if response.content else None
        ADAPTERS[self.provider].rules().check(response, payload, response.headers.get("x-request-id"))
        return payload


def _no_retry(provider: str) -> Any:
    return __import__(ADAPTERS[provider].package).RetryPolicy(max_retries=0)


class Forged(httpx.Auth):
    """Sends exactly these headers (a forged, expired or reused credential); signs xCurrency bodies if told."""

    requires_request_body = True

    def __init__(self, headers: dict[str, str], sign: Callable[[bytes], str] | None = None) -> None:
        self.headers = headers
        self.sign = sign

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        request.headers.update(self.headers)
        if self.sign and request.content:
            request.headers["sign"] = self.sign(request.content)
        yield request


def another_rsa_key() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return base64.b64encode(der).decode()


# ---- the write each case attempts ---------------------------------------------------------------------------------
def ceffu_write(env: Env, client: Any, key: str | None = None) -> Any:
    return Ceffu().transfer(client, env.ctx["prime"], env.ctx["sub"], D(1), key or env.key("sec"))


def bitunix_write(env: Env, client: Any, key: str | None = None) -> Any:
    return Bitunix.inside(client, env.ctx["receiver"], D(1), key=key or env.key("sec"))


def xcurrency_write(env: Env, client: Any, key: str | None = None) -> Any:
    ref = key or env.key("sec")
    body = xc.CreateCustomerRequest(external_ref=ref, name="Mallory", email=f"{ref}@example.com")
    return client.customers.create_customer(body=body)


def cryptofuse_write(env: Env, client: Any, key: str | None = None) -> Any:
    ref = key or env.key("sec")
    return client.wallets.create_wallet(body=cr.CreateWalletRequest(name=ref, external_id=ref))


WRITES = {"ceffu": ceffu_write, "bitunix": bitunix_write, "xcurrency": xcurrency_write, "cryptofuse": cryptofuse_write}


def xcurrency_token(env: Env) -> str:
    body = {"appKey": env.creds["app_key"], "secretKey": env.creds["secret_key"]}
    return httpx.post(env.mock.base_url + "/payout/oauth/token", json=body).json()["data"]


def cryptofuse_token(env: Env, scope: str = "read write") -> str:
    form = {
        "grant_type": "client_credentials",
        "client_id": env.creds["client_id"],
        "client_secret": env.creds["client_secret"],
        "scope": scope,
    }
    return httpx.post(env.mock.base_url + "/o/token/", data=form).json()["access_token"]


# ---- cases --------------------------------------------------------------------------------------------------------
Attack = Callable[[], object]


@dataclass(frozen=True)
class Case:
    provider: str
    name: str
    arrange: Callable[[Env], Attack]  # runs before the "before" snapshot; returns the attack
    expected: type[Exception]
    status: int
    code: str | None = None
    message: str | None = None
    restore: Callable[[Env], None] | None = None  # after the "after" snapshot


def no_credentials(env: Env) -> Attack:
    client = env.typed_client()
    client.http.auth = None
    return lambda: WRITES[env.provider](env, client)


def with_client(**options: Any) -> Callable[[Env], Attack]:
    def arrange(env: Env) -> Attack:
        client = env.typed_client(**options)
        return lambda: WRITES[env.provider](env, client)

    return arrange


def with_credential(option: str, credential: str) -> Callable[[Env], Attack]:
    """A client built with another of the mock's credentials (e.g. the read-only key)."""

    def arrange(env: Env) -> Attack:
        return with_client(**{option: env.creds[credential]})(env)

    return arrange


def ceffu_other_key(which: str) -> Callable[[Env], Attack]:
    """A client with another of the mock's Ceffu keys (`readonly`, `other_tenant`)."""

    def arrange(env: Env) -> Attack:
        creds = env.creds
        return with_client(api_key=creds[f"{which}_api_key"], private_key=creds[f"{which}_private_key"])(env)

    return arrange


def ceffu_stale(env: Env) -> Attack:
    client = env.typed_client()
    client.http.auth = CeffuSigner(env.creds["api_key"], env.creds["private_key"], clock=lambda: ceffu_now() - 120_000)
    return lambda: ceffu_write(env, client)


def bitunix_stale(env: Env) -> Attack:
    client = env.typed_client()
    clock = lambda: ceffu_now() - 120_000  # noqa: E731 - the window is +-60 s
    client.http.auth = BitunixSigner(env.creds["api_key"], env.creds["secret_key"], clock=clock)
    return lambda: bitunix_write(env, client)


def replay_exact(path: str) -> Callable[[Env], Attack]:
    """A write is accepted once; the very same bytes (signature, timestamp, nonce) are sent again."""

    def arrange(env: Env) -> Attack:
        WRITES[env.provider](env, env.client)
        captured = env.last(path)
        return lambda: env.replay(captured)

    return arrange


def ceffu_same_request_id(env: Env) -> Attack:
    key = env.key("once")
    ceffu_write(env, env.client, key)
    return lambda: ceffu_write(env, env.client, key)  # freshly signed, new timestamp, same requestId


def bitunix_reused_nonce(env: Env) -> Attack:
    client = env.typed_client()
    client.http.auth = BitunixSigner(env.creds["api_key"], env.creds["secret_key"], nonce=lambda: "n" * 32)
    bitunix_write(env, client)  # the nonce is used once, successfully
    return lambda: bitunix_write(env, client)  # another transfer, signed anew with the same nonce


def bitunix_other_users_record(env: Env) -> Attack:
    body = bx.CreateWithdrawalRequest(
        coin="USDT", network="Tron (TRC-20)", address=env.creds["quick_withdraw_address"], amount=D(12)
    )
    withdrawal = env.client.user.create_withdrawal(body=body)
    receiver = env.typed_client(api_key=env.creds["receiver_api_key"], secret_key=env.creds["receiver_secret_key"])
    cancel = bx.CancelWithdrawalRequest(withdraw_id=withdrawal)
    return lambda: receiver.user.cancel_withdrawal(body=cancel)


def xcurrency_warm(**options: Any) -> Callable[[Env], Attack]:
    """A client that already holds a token (issuing it changes the state), then attempts the write."""

    def arrange(env: Env) -> Attack:
        client = env.typed_client(**options)
        client.assets_networks.list_asset_networks()
        return lambda: xcurrency_write(env, client)

    return arrange


def xcurrency_expired(env: Env) -> Attack:
    token = xcurrency_token(env)
    env.control.shift_clock(2 * HOUR)  # tokens live one hour on the mock's clock
    client = env.typed_client()
    key = load_private_key(env.creds["private_key"])
    client.http.auth = Forged({"appkey": env.creds["app_key"], "token": token}, lambda b: xcurrency_sign(key, b))
    return lambda: xcurrency_write(env, client)


def cryptofuse_bearer(token: Callable[[Env], str]) -> Callable[[Env], Attack]:
    def arrange(env: Env) -> Attack:
        client = env.typed_client()
        client.http.auth = Forged({"authorization": f"Bearer {token(env)}"})
        return lambda: cryptofuse_write(env, client)

    return arrange


def cryptofuse_expired_token(env: Env) -> str:
    token = cryptofuse_token(env)
    env.control.shift_clock(11 * HOUR)  # tokens live 36 000 s
    return token


def cryptofuse_read_only(env: Env) -> Attack:
    client = env.typed_client(
        client_id=env.creds["read_only_client_id"], client_secret=env.creds["read_only_client_secret"], scope="read"
    )
    client.wallets.list_wallets()  # its token is issued before the snapshot
    return lambda: cryptofuse_write(env, client)


def cryptofuse_no_admin(env: Env) -> Attack:
    client = env.typed_client()
    client.wallets.list_wallets()
    return client.user_information.get_platform_fees


def shift_back(hours: int) -> Callable[[Env], None]:
    return lambda env: env.control.shift_clock(-hours * HOUR)


def not_modelled(provider: str, name: str, reason: str) -> Any:
    case = Case(provider, name, no_credentials, Exception, 0)
    return pytest.param(case, id=f"{provider}-{name}", marks=pytest.mark.skip(reason=f"not modelled: {reason}"))


CEFFU_TRANSFER = "/open-api/v1/subwallet/transfer"
CASES = [
    # Ceffu: RSA-signed requests, G200xx codes
    Case("ceffu", "no-credentials", no_credentials, CeffuAuthenticationError, 401, "G20008"),
    Case("ceffu", "unknown-key", with_client(api_key="coinrails-unknown-key"), CeffuAuthenticationError, 401, "G20010"),
    Case("ceffu", "bad-signature", with_client(private_key=another_rsa_key()), CeffuAuthenticationError, 401, "G20009"),
    Case("ceffu", "stale-timestamp", ceffu_stale, CeffuAuthenticationError, 401, "G20007"),
    Case("ceffu", "replayed-bytes", replay_exact(CEFFU_TRANSFER), CeffuDuplicateRequestError, 200, "G20015"),
    Case("ceffu", "replayed-request-id", ceffu_same_request_id, CeffuDuplicateRequestError, 200, "G20015"),
    Case("ceffu", "missing-permission", ceffu_other_key("readonly"), CeffuPermissionError, 403, "G20016"),
    Case("ceffu", "other-tenant-wallet", ceffu_other_key("other_tenant"), CeffuPermissionError, 403, "G20013"),
    # Bitunix: HMAC-style double SHA-256 with nonce and timestamp, errors in 200 envelopes
    Case("bitunix", "no-credentials", no_credentials, BitunixAuthenticationError, 200, "100004"),
    Case("bitunix", "unknown-key", with_client(api_key="bx" + "0" * 32), BitunixAuthenticationError, 200, "100004"),
    Case("bitunix", "bad-signature", with_client(secret_key="not-the-secret"), BitunixSignatureError, 200, "100005"),
    Case("bitunix", "stale-timestamp", bitunix_stale, BitunixRequestExpiredError, 200, "100008"),
    Case(
        "bitunix",
        "replayed-bytes",
        replay_exact("/api/spot/v1/inside_transfer"),
        BitunixRequestExpiredError,
        200,
        "100008",
        "nonce already used",
    ),
    Case(
        "bitunix", "reused-nonce", bitunix_reused_nonce, BitunixRequestExpiredError, 200, "100008", "nonce already used"
    ),
    Case(
        "bitunix",
        "other-users-record",
        bitunix_other_users_record,
        BitunixInvalidRequestError,
        200,
        "2",
        "no withdrawal",
    ),
    not_modelled("bitunix", "missing-permission", "Bitunix API keys carry no permission scopes in the spec"),
    # xCurrency: token + RSA body signature, message-only errors
    Case("xcurrency", "no-credentials", no_credentials, XCurrencyAuthenticationError, 401, message="token invalid"),
    Case(
        "xcurrency",
        "unknown-app-key",
        with_client(app_key="xc-unknown-app"),
        XCurrencyAuthenticationError,
        401,
        message="token invalid",
    ),
    Case(
        "xcurrency",
        "wrong-secret",
        with_client(secret_key="not-the-secret"),
        XCurrencyAuthenticationError,
        401,
        message="token invalid",
    ),
    Case(
        "xcurrency",
        "bad-signature",
        xcurrency_warm(private_key=another_rsa_key()),
        XCurrencyAuthenticationError,
        400,
        message="Failed to verify the signature",
    ),
    Case(
        "xcurrency",
        "expired-token",
        xcurrency_expired,
        XCurrencyAuthenticationError,
        401,
        message="token expired",
        restore=shift_back(2),
    ),
    Case(
        "xcurrency",
        "replayed-bytes",
        replay_exact("/customers"),
        XCurrencyDuplicateError,
        400,
        message="already exists",
    ),
    not_modelled("xcurrency", "stale-timestamp", "the xCurrency scheme signs no timestamp or nonce"),
    not_modelled("xcurrency", "missing-permission", "one platform app with every right"),
    not_modelled("xcurrency", "other-tenant", "one platform app (a token only works with its own appkey)"),
    # Cryptofuse: OAuth2 client credentials, bearer tokens with scopes
    Case("cryptofuse", "no-credentials", no_credentials, CryptofuseAuthenticationError, 401, "authentication_failed"),
    Case(
        "cryptofuse",
        "unknown-client",
        with_client(client_id="cf-unknown-client"),
        CryptofuseAuthenticationError,
        401,
        "authentication_failed",
    ),
    Case(
        "cryptofuse",
        "wrong-secret",
        with_client(client_secret="not-the-secret"),
        CryptofuseAuthenticationError,
        401,
        "authentication_failed",
    ),
    Case(
        "cryptofuse",
        "forged-token",
        cryptofuse_bearer(lambda env: "forged-" + "x" * 30),
        CryptofuseAuthenticationError,
        401,
        "authentication_failed",
    ),
    Case(
        "cryptofuse",
        "expired-token",
        cryptofuse_bearer(cryptofuse_expired_token),
        CryptofuseAuthenticationError,
        401,
        "authentication_failed",
        restore=shift_back(11),
    ),
    Case(
        "cryptofuse",
        "replayed-bytes",
        replay_exact("/wallets/"),
        CryptofuseDuplicateError,
        400,
        "duplicate_external_id",
    ),
    Case(
        "cryptofuse",
        "read-only-app",
        cryptofuse_read_only,
        CryptofusePermissionError,
        403,
        "insufficient_permissions",
    ),
    Case("cryptofuse", "missing-admin-scope", cryptofuse_no_admin, CryptofusePermissionError, 403),
    not_modelled("cryptofuse", "stale-timestamp", "bearer tokens: requests carry no timestamp or nonce"),
    not_modelled("cryptofuse", "other-tenant", "one merchant tenant"),
]


@pytest.fixture(scope="module")
def envs() -> Iterator[Callable[[str], Env]]:
    made: dict[str, Env] = {}
    with ExitStack() as stack:

        def get(provider: str) -> Env:
            if provider not in made:
                adapter = ADAPTERS[provider]
                mock, control = stack.enter_context(serve(provider, **adapter.options))
                wire = Wire()
                client = stack.enter_context(adapter.client(mock, transport=wire, retry=_no_retry(provider)))
                env = Env(provider, mock, control, wire, client)
                if provider == "ceffu":
                    env.ctx.update(adapter.prepare(client, control))
                elif provider == "bitunix":
                    env.ctx.update(adapter.prepare(client, control))
                made[provider] = env
            return made[provider]

        yield get
        for env in made.values():
            for client in env.ctx.get("clients", []):
                client.close()


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.provider}-{c.name}")
def test_rejected_with_the_providers_error_and_no_state_change(case: Case, envs):
    env = envs(case.provider)
    attack = case.arrange(env)
    before = env.control.state()
    try:
        with pytest.raises(case.expected) as info:
            attack()
        after = env.control.state()
    finally:
        if case.restore:
            case.restore(env)
    error = info.value
    assert error.status_code == case.status, repr(error)
    if case.code is not None:
        assert error.code == case.code, repr(error)
    if case.message is not None:
        assert case.message in error.message, repr(error)
    assert after == before
    env.control.ledger_ok()
