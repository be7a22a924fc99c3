"""Fault suite: 500 mixed operations per provider through the typed client while the mock injects ~20% faults.

The mock (control API, seeded) answers ~8% of provider requests 503, ~8% 429 with `Retry-After: 1`, drops ~6% of
connections mid-response and adds 1 ms to every request. On top, the test's transport throws away 10% of the
*successful* answers to keyed writes (the server did the work, the client sees a reset): the case idempotency
keys exist for, which the mock's own faults (injected before any work) cannot produce.

Proven from the mock's state dump and the requests the transport saw:
- every read and keyed write completes; a keyed write whose answer was lost may end in the provider's duplicate
  error (Ceffu G20015, xCurrency/Cryptofuse duplicate) - but each key has exactly one effect in the ledger;
- a write without a key reaches the mock exactly once, whatever happened to it, and has an effect iff it succeeded;
- every retry after a 429 waited at least the Retry-After (recorded, not slept), other backoff stays tiny;
- the ledger invariants hold.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx
import pytest

from contract_tests.harness import RunningMock

from .providers import ADAPTERS, OPS, Adapter, Op
from .support import FAULT_RETRY_DELAY, PROVIDERS, Control, Sent, Wire, categories, fake_sleep, serve

RETRY_AFTER = 1  # seconds, as the mock sends it; the backoff is recorded, never slept
FAULTS = {"error_rate": 0.08, "status": 503, "rate_429": 0.08, "retry_after": RETRY_AFTER, "drop_rate": 0.06}
LOSE_RATE = 0.1  # share of successful keyed-write answers the transport throws away
NO_FAULTS = {"error_rate": 0.0, "rate_429": 0.0, "drop_rate": 0.0, "latency_ms": 0}


@dataclass
class Outcome:
    op: Op
    error: Exception | None
    sent: list[Sent]

    @property
    def lost(self) -> bool:
        return any(s.outcome == "lost" for s in self.sent)

    @property
    def retried(self) -> bool:
        return len(self.sent) > 1


def retry_policy(adapter: Adapter):
    policy = __import__(adapter.package, fromlist=["RetryPolicy"]).RetryPolicy
    return policy(
        max_retries=8, initial_delay=FAULT_RETRY_DELAY, max_delay=2 * FAULT_RETRY_DELAY, max_retry_after=RETRY_AFTER
    )


def run(adapter: Adapter, mock: RunningMock, control: Control, wire: Wire) -> list[Outcome]:
    outcomes = []
    with adapter.client(mock, transport=wire, retry=retry_policy(adapter)) as client:
        ctx = adapter.prepare(client, control)
        control.faults(**FAULTS, latency_ms=1, seed=20240611)
        wire.lose_rate = LOSE_RATE
        try:
            for i in range(OPS):
                op = adapter.op(i, client, ctx)
                mark = wire.mark()
                try:
                    op.run()
                    error = None
                except Exception as exc:  # noqa: BLE001 - every outcome is judged below
                    error = exc
                outcomes.append(Outcome(op, error, wire.since(mark, skip_paths=adapter.token_paths)))
        finally:
            control.faults(**NO_FAULTS)
    return outcomes


@pytest.mark.parametrize("provider", PROVIDERS)
def test_500_mixed_operations_under_20_percent_faults(provider, monkeypatch):
    adapter = ADAPTERS[provider]
    rt = categories(adapter.package)
    sleeps = fake_sleep(monkeypatch, adapter.package)
    wire = Wire(losable=adapter.keyed_request, seed=11)
    with serve(provider, **adapter.options) as (mock, control):
        outcomes = run(adapter, mock, control, wire)
        state = control.state()
        control.ledger_ok()

    by_kind = {kind: [o for o in outcomes if o.op.kind == kind] for kind in ("read", "keyed", "plain")}
    assert len(outcomes) == OPS and all(by_kind.values())

    # the faults really happened, at about the configured share
    sent = [s for o in outcomes for s in o.sent]
    errors = sum(s.status == 503 for s in sent)
    limited = sum(s.status == 429 for s in sent)
    dropped = sum(s.outcome == "dropped" for s in sent)
    assert errors and limited and dropped
    assert 0.12 <= (errors + limited + dropped) / len(sent) <= 0.30

    # reads always complete
    failed_reads = [(o.op.index, o.error) for o in by_kind["read"] if o.error is not None]
    assert failed_reads == []
    assert any(o.retried for o in by_kind["read"])

    # keyed writes: complete (or, when the answer was lost, end in the provider's duplicate error) - once each
    for o in by_kind["keyed"]:
        if o.error is not None:
            assert adapter.duplicate is not None and isinstance(o.error, adapter.duplicate) and o.lost, (o.op, o.error)
        assert adapter.keyed_effects(state, o.op.key) == 1, (o.op, [(s.status, s.outcome) for s in o.sent])
    assert any(o.lost for o in by_kind["keyed"]) and any(o.retried for o in by_kind["keyed"])

    # writes without a key: one request at the mock, never a second; an effect iff the answer was a success
    for o in by_kind["plain"]:
        assert len(o.sent) == 1, (o.op, [(s.path, s.status, s.outcome) for s in o.sent])
        effects = adapter.plain_effects(state, o.op.key)
        if o.error is None:
            assert effects == 1, o.op
        else:
            assert isinstance(o.error, rt.ServerError | rt.RateLimitError | rt.APIConnectionError), repr(o.error)
            assert effects == 0, (o.op, o.error)
            if isinstance(o.error, rt.RateLimitError):
                assert o.error.retry_after == RETRY_AFTER
    assert any(o.error is not None for o in by_kind["plain"])

    # Retry-After honoured: one wait of at least RETRY_AFTER per retried 429, every other wait is the tiny backoff
    retried_429 = sum(s.status == 429 for o in outcomes if o.op.kind != "plain" for s in o.sent)
    assert retried_429 and sum(d >= RETRY_AFTER for d in sleeps.delays) == retried_429
    assert all(d >= RETRY_AFTER or d <= 2 * FAULT_RETRY_DELAY for d in sleeps.delays)


@pytest.mark.parametrize("provider", ["xcurrency", "cryptofuse"])
@pytest.mark.parametrize(("fault", "category"), [("error_rate", "ServerError"), ("rate_429", "RateLimitError")])
def test_a_token_endpoint_outage_is_reported_as_such_and_retried(provider, fault, category, monkeypatch):
    """A 503/429 while fetching the token is a transient server failure (retried, then raised as one), not
    an authentication error; the request it was for is never sent without a token."""
    adapter = ADAPTERS[provider]
    package, rt = __import__(adapter.package), categories(adapter.package)
    sleeps = fake_sleep(monkeypatch, adapter.package)
    wire = Wire()
    with serve(provider, **adapter.options) as (mock, control):
        control.faults(**{fault: 1.0}, retry_after=0, seed=1)
        policy = package.RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.001)
        with adapter.client(mock, transport=wire, retry=policy) as client, pytest.raises(rt.APIError) as info:
            adapter.op(0, client, {}).run()  # the first read: needs a token first
    assert isinstance(info.value, getattr(rt, category)), repr(info.value)
    assert not isinstance(info.value, rt.AuthenticationError)
    assert {s.path for s in wire.sent} == set(adapter.token_paths)  # nothing went out without a token
    assert len(wire.sent) == 3 and len(sleeps.delays) == 2  # first try + 2 retries, each a token request


RETRY_RULES = [  # (provider, path, body, may the client repeat it?)
    ("ceffu", "/open-api/v1/subwallet/transfer", {"requestId": "k-1", "amount": "1"}, True),
    ("ceffu", "/open-api/v1/wallet/addWhitelist", {"address": "0xab", "label": "k-1"}, False),
    ("bitunix", "/api/spot/v1/inside_transfer", {"outBizId": "k-1", "amount": "1"}, True),
    ("bitunix", "/api/spot/v1/inside_transfer", {"amount": "1", "remark": "k-1"}, False),
    ("bitunix", "/api/spot/v1/withdraw", {"amount": "12", "address": "T1"}, False),
    ("bitunix", "/api/spot/v1/order/place_order", {"side": 2, "volume": "1"}, False),
    ("bitunix", "/api/spot/v1/withdraw_transfer/page", {"limit": 10}, True),  # a read sent as POST
    ("bitunix", "/api/spot/v1/deposit/address", {"coin": "USDT"}, True),
    ("xcurrency", "/customers", {"externalRef": "k-1"}, True),
    ("xcurrency", "/topup/orders", {"quoteId": "q", "walletId": "w"}, False),
    ("xcurrency", "/wallets", {"customerId": "c"}, False),
    ("xcurrency", "/global/payout/rate/query/price", {"sourceCurrency": "AUD"}, True),
    ("cryptofuse", "/wallets/", {"name": "n", "external_id": "k-1"}, True),
    # `external_id` only names the wallet a transfer moves funds to/from: no idempotency key
    ("cryptofuse", "/wallets/transfer-to-user/", {"external_id": "k-1", "amount": "1"}, False),
    ("cryptofuse", "/wallets/withdraw-to-master/", {"external_id": "k-1", "amount": "1"}, False),
    ("cryptofuse", "/wallets/balances/", {"external_id": "k-1"}, True),
    ("cryptofuse", "/withdrawal/", {"custom_id": "k-1", "amount": "1"}, False),
    ("cryptofuse", "/payments/", {"order_id": "k-1", "amount": "1"}, False),
]


@pytest.mark.parametrize(("provider", "path", "body", "repeatable"), RETRY_RULES)
def test_which_writes_the_client_may_repeat(provider, path, body, repeatable):
    check = ADAPTERS[provider].rules()
    request = httpx.Request("POST", f"http://127.0.0.1{path}", json=body)
    assert check.is_idempotent_write(request) is repeatable
