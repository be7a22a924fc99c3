"""Concurrency and persistence.

- 200 concurrent writes (async typed client, one event loop) against a balance that covers exactly 100 of them:
  exactly 100 succeed, the other 100 are refused with the provider's insufficient-balance error, nothing is left
  to spend, no balance is negative and the ledger invariants hold (`GET /_mock/ledger/check`).
  Ceffu: sub-wallet transfers (G20022 "Insufficient balance"); Bitunix: inside transfers (code 2 "insufficient");
  Cryptofuse: master -> wallet transfers (422 invalid_amount). xCurrency's top-up API has nothing that debits a
  balance, so its race is 200 concurrent customer creations over 100 `externalRef`s: exactly one wins each.
- A mock serving a `--state` file is stopped in the middle of a run of keyed writes and started again on the same
  port and file: every write acknowledged before (and after) the restart is visible through the provider's read
  endpoints and has exactly one ledger entry; writes caught by the stop are retried by the client (same key) and
  never take effect twice.
"""

from __future__ import annotations

import asyncio
import threading
import time
from contextlib import ExitStack
from decimal import Decimal
from typing import Any

import pytest

from coinrails_mock.providers import load_provider
from contract_tests.harness import RunningMock, free_port, running_mock

from .providers import ADAPTERS
from .support import PROVIDERS, Control, categories, serve, state_file

RACERS = 200
COVERED = 100


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_200_concurrent_writes_against_a_balance_for_100(provider):
    adapter = ADAPTERS[provider]
    retry = __import__(adapter.package).RetryPolicy(max_retries=0)  # every answer counts: nothing is retried
    with serve(provider, **adapter.options) as (mock, control):
        async with adapter.async_client(mock, retry=retry) as client:
            ctx = await adapter.prepare_race(client, control)
            before = control.state()["provider"]
            results = await asyncio.gather(
                *(adapter.race_write(client, ctx, i) for i in range(RACERS)), return_exceptions=True
            )
            done = [r for r in results if not isinstance(r, BaseException)]
            refused = [r for r in results if isinstance(r, Exception) and adapter.race_refusal(r)]
            others = [r for r in results if isinstance(r, BaseException) and r not in refused]
            assert (len(done), len(refused), others) == (COVERED, RACERS - COVERED, [])
            assert all(isinstance(r, adapter.insufficient) for r in refused)
            if provider != "xcurrency":
                assert await adapter.race_balance(client, ctx) == Decimal(0)
        check = control.ledger_ok()  # no negative balance; funds held == inflow - outflow - fees
        after = control.state()["provider"]
    if provider == "xcurrency":
        refs = [c["external_ref"] for c in after["customers"] if c["external_ref"].startswith("r-")]
        assert sorted(refs) == sorted(f"r-{i}" for i in range(COVERED))
    else:
        assert check["totals"], check
        assert_conserved(before, after, provider)


def balance_rows(state: dict[str, Any], provider: str) -> list[Decimal]:
    """Every amount held in the raced coin: (available, locked) per wallet/user, (available, incoming, locked)
    per Cryptofuse account."""
    if provider == "ceffu":
        return [Decimal(r[f]) for r in state["balances"] if r["_key"][1] == "USDT" for f in ("available", "locked")]
    if provider == "bitunix":
        return [Decimal(r[f]) for r in state["spot"] if r["_key"][1] == "USDT" for f in ("available", "locked")]
    fields = ("available", "incoming", "locked")
    return [Decimal(r[f]) for r in state["balances"] if r["_key"][1] == "USDTTRC20" for f in fields]


def assert_conserved(before: dict[str, Any], after: dict[str, Any], provider: str) -> None:
    """The race moved funds between accounts (or reserved them): nothing negative, nothing created or destroyed."""
    assert all(amount >= 0 for amount in balance_rows(after, provider))
    assert sum(balance_rows(after, provider)) == sum(balance_rows(before, provider)) > 0
    assert after["inflow"] == before["inflow"] and after["outflow"] == before["outflow"]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_restart_with_state_file_loses_no_acknowledged_write(provider, tmp_path):
    adapter = ADAPTERS[provider]
    package, rt = __import__(adapter.package), categories(adapter.package)
    port, path = free_port(), state_file(tmp_path, provider)
    # patient retries: a write caught by the stop is retried (same key) until the mock is back
    retry = package.RetryPolicy(max_retries=60, initial_delay=0.02, max_delay=0.1)
    acked: dict[str, Any] = {}
    failed: dict[str, Exception] = {}
    stop = threading.Event()

    def wait_for(count: int) -> None:
        deadline = time.monotonic() + 30
        while len(acked) < count:
            assert time.monotonic() < deadline, f"only {len(acked)} writes acknowledged; failures: {failed}"
            time.sleep(0.01)

    with ExitStack() as mocks, adapter.client(_address(provider, port), retry=retry) as client:
        first = mocks.enter_context(running_mock(provider, port=port, state_path=path, **adapter.options))
        ctx = adapter.prepare_restart(client, Control(first.base_url))

        def writer() -> None:
            i = 0
            while not stop.is_set():
                key = f"rs-{i}"
                i += 1
                try:
                    acked[key] = adapter.restart_write(client, ctx, key)
                except rt.CoinrailsError as exc:
                    failed[key] = exc

        thread = threading.Thread(target=writer, name=f"{provider}-writer", daemon=True)
        thread.start()
        try:
            wait_for(15)
            mocks.close()  # stop the mock in the middle of the run; the client keeps writing (and retrying)
            acknowledged_before_stop = dict(acked)
            second = mocks.enter_context(running_mock(provider, port=port, state_path=path, **adapter.options))
            wait_for(len(acknowledged_before_stop) + 10)
        finally:
            stop.set()
            thread.join(timeout=30)
        assert not thread.is_alive()

        control = Control(second.base_url)
        state = control.state()
        control.ledger_ok()
        control.close()
        assert set(acknowledged_before_stop) <= set(acked)
        for key, result in acked.items():
            assert adapter.keyed_effects(state, key) == 1, key
            assert adapter.visible(client, ctx, key, result), key
        for key, error in failed.items():  # a write whose first attempt was done when the mock stopped
            assert adapter.duplicate is not None and isinstance(error, adapter.duplicate), (key, error)
            assert adapter.keyed_effects(state, key) == 1, key


def _address(provider: str, port: int) -> RunningMock:
    """Where the mock will listen (and its credentials), before it runs: the client outlives two mocks."""
    base_url = f"http://127.0.0.1:{port}"
    return RunningMock(provider, base_url, load_provider(provider).credentials(base_url), app=None)
