"""Retries: bounded backoff on connection errors, 429 and 5xx; GETs always, POSTs only with a requestId."""

from __future__ import annotations

import itertools
import json

import httpx
import pytest
from ceffu_client import (
    APIConnectionError,
    CeffuDuplicateRequestError,
    CeffuInvalidRequestError,
    CeffuRateLimitError,
    CeffuServerError,
    RetryPolicy,
)
from ceffu_client._runtime import client as runtime
from ceffu_client.models import CreateWalletRequest, UpdateWalletRequest

from .conftest import envelope

PAGE = {"data": [], "totalPage": 0, "pageNo": 1, "pageLimit": 10}
WALLET = {"walletId": 374671162262925312, "walletIdStr": "374671162262925312", "walletName": "w", "walletType": 20}


class Script:
    """Answers requests from a list of responses (or exceptions), recording what was sent."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


@pytest.fixture
def sleeps(monkeypatch):
    waited: list[float] = []
    monkeypatch.setattr(runtime.time, "sleep", waited.append)
    return waited


def test_get_retried_after_5xx_then_succeeds(make_client, sleeps):
    script = Script(httpx.Response(503), envelope(None, code="G20001", message="Internal"), envelope(PAGE))
    assert make_client(script).wallets.get_wallet_list().data == []
    assert len(script.requests) == 3 and len(sleeps) == 2


def test_retries_are_bounded(make_client, sleeps):
    script = Script(*[httpx.Response(500)] * 5)
    with pytest.raises(CeffuServerError):
        make_client(script, retry=RetryPolicy(max_retries=3, initial_delay=0, max_delay=0)).wallets.get_wallet_list()
    assert len(script.requests) == 4


def test_backoff_grows_and_has_a_ceiling():
    policy = RetryPolicy(initial_delay=1.0, max_delay=4.0)
    delays = [policy.delay(a) for a in range(6)]
    assert 0.75 <= delays[0] <= 1.0 and 1.5 <= delays[1] <= 2.0 and all(d <= 4.0 for d in delays)


def test_429_honours_retry_after(make_client, sleeps):
    script = Script(
        httpx.Response(429, headers={"Retry-After": "3"}, json={"code": "G20012", "message": "Rate"}), envelope(PAGE)
    )
    make_client(script).wallets.get_wallet_list()
    assert sleeps == [pytest.approx(3.0)]


def test_retry_after_too_long_is_raised_not_waited(make_client, sleeps):
    script = Script(httpx.Response(429, headers={"Retry-After": "3600"}, json={"code": "G20012", "message": "Rate"}))
    with pytest.raises(CeffuRateLimitError) as info:
        make_client(script).wallets.get_wallet_list()
    assert info.value.retry_after == 3600 and sleeps == []


def test_connection_errors_retried_then_raised(make_client, sleeps):
    script = Script(*[httpx.ConnectError("refused")] * 3)
    with pytest.raises(APIConnectionError):
        make_client(script).wallets.get_wallet_list()
    assert len(script.requests) == 3


def test_unusual_status_520_is_retried_not_crashed(make_client, sleeps):
    script = Script(httpx.Response(520, text="origin"), envelope(PAGE))
    make_client(script).wallets.get_wallet_list()
    assert len(script.requests) == 2


def test_client_errors_are_not_retried(make_client, sleeps):
    script = Script(envelope(None, code="G20005", message="Invalid parameter value", status=400))
    with pytest.raises(CeffuInvalidRequestError):
        make_client(script).wallets.get_wallet_list()
    assert len(script.requests) == 1 and sleeps == []


def test_post_with_request_id_is_retried_resigned_with_fresh_timestamp(make_client, sleeps, monkeypatch):
    clock = itertools.count(1_700_000_000_000, 1000)
    monkeypatch.setattr("ceffu_client.signing.now_ms", lambda: next(clock))
    script = Script(httpx.Response(502), httpx.ReadError("reset"), envelope(WALLET))
    client = make_client(script)
    result = client.wallets.create_wallet(
        body=CreateWalletRequest(wallet_name="w", wallet_type=20, request_id="idem-1")
    )
    assert result.wallet_id_str == "374671162262925312"
    bodies = [json.loads(r.content) for r in script.requests]
    assert [b["requestId"] for b in bodies] == ["idem-1"] * 3
    assert len({b["timestamp"] for b in bodies}) == 3  # fresh timestamp each attempt
    assert len({r.headers["signature"] for r in script.requests}) == 3  # re-signed each attempt


def test_post_without_request_id_is_not_retried(make_client, sleeps):
    script = Script(httpx.Response(503), envelope(WALLET))
    with pytest.raises(CeffuServerError):
        make_client(script).wallets.update_wallet(
            body=UpdateWalletRequest(wallet_id="374671162262925312", wallet_name="renamed")
        )
    assert len(script.requests) == 1


async def test_async_client_retries_too(make_async_client, monkeypatch):
    async def no_sleep(_):
        return None

    monkeypatch.setattr(runtime.asyncio, "sleep", no_sleep)
    script = Script(httpx.Response(503), envelope(PAGE))
    async with make_async_client(script) as client:
        assert (await client.wallets.get_wallet_list()).data == []
    assert len(script.requests) == 2


def test_duplicate_after_a_lost_answer_says_how_many_attempts(make_client, sleeps):
    """The first answer was lost (502) but the write took effect: the retry meets G20015, and
    `attempts` tells the caller an earlier attempt went through."""
    script = Script(httpx.Response(502), envelope(None, code="G20015", message="Duplicated request"))
    body = CreateWalletRequest(wallet_name="w", wallet_type=20, request_id="idem-2")
    with pytest.raises(CeffuDuplicateRequestError) as info:
        make_client(script).wallets.create_wallet(body=body)
    assert info.value.attempts == 2
    with pytest.raises(CeffuDuplicateRequestError) as first:
        make_client(Script(envelope(None, code="G20015", message="Duplicated request"))).wallets.create_wallet(
            body=body
        )
    assert first.value.attempts == 1
