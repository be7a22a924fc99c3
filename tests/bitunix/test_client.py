"""Bitunix envelope, typed errors, retries and time-window pagination."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
import pytest
from bitunix_client import (
    BitunixAmountBelowFeeError,
    BitunixAuthenticationError,
    BitunixError,
    BitunixInvalidRequestError,
    BitunixNotFoundError,
    BitunixRateLimitError,
    BitunixRequestExpiredError,
    BitunixServerError,
    BitunixSignatureError,
    BitunixWhitelistError,
    RetryPolicy,
)
from bitunix_client._runtime import client as runtime
from bitunix_client.models import CreateInsideTransferRequest, CreateWithdrawalRequest, ListWithdrawTransfersRequest

from .conftest import envelope

NO_RETRY = RetryPolicy(max_retries=0)
CODES = {
    "100004": BitunixAuthenticationError,
    "100005": BitunixSignatureError,
    "100008": BitunixRequestExpiredError,
    "110041": BitunixRateLimitError,
    "110008": BitunixWhitelistError,
    "110007": BitunixAmountBelowFeeError,
    "2": BitunixInvalidRequestError,
    "70003": BitunixInvalidRequestError,
    "500": BitunixServerError,
    "10016": BitunixNotFoundError,
    "99999": BitunixError,
}


@pytest.mark.parametrize(("code", "cls"), CODES.items())
def test_error_codes_become_typed_exceptions(make_client, code, cls):
    client = make_client(lambda r: envelope(None, code=code, msg=f"m{code}"), retry=NO_RETRY)
    with pytest.raises(BitunixError) as info:
        client.user.get_account()
    assert type(info.value) is cls and (info.value.code, info.value.message, info.value.status_code) == (
        code,
        f"m{code}",
        200,
    )


def test_success_returns_typed_data(make_client):
    client = make_client(lambda r: envelope([{"coin": "USDT", "balance": Decimal("10.5"), "balanceLocked": "0.25"}]))
    account = client.user.get_account()
    assert str(account[0].balance) == "10.5" and str(account[0].balance_locked) == "0.25"


@pytest.fixture
def sleeps(monkeypatch):
    waited: list[float] = []
    monkeypatch.setattr(runtime.time, "sleep", waited.append)
    return waited


def test_get_is_retried_on_rate_limit(make_client, sleeps):
    answers = [envelope(None, code="110041", msg="too fast"), envelope([])]
    client = make_client(lambda r: answers.pop(0))
    assert client.user.get_account() == [] and len(sleeps) == 1


def test_withdrawal_post_is_not_retried(make_client, sleeps):
    calls: list[httpx.Request] = []

    def handler(request):
        calls.append(request)
        return httpx.Response(503)

    with pytest.raises(BitunixServerError):
        make_client(handler).user.create_withdrawal(
            body=CreateWithdrawalRequest(coin="USDT", network="TRC20", address="T1", amount=1)
        )
    assert len(calls) == 1


def test_inside_transfer_with_out_biz_id_is_retried_with_fresh_signature(make_client, sleeps):
    calls: list[httpx.Request] = []

    def handler(request):
        calls.append(request)
        return httpx.Response(502) if len(calls) == 1 else envelope("transfer-7")

    body = CreateInsideTransferRequest(out_biz_id="biz-1", coin="USDT", amount=5, to_type="uid", to_uid=123)
    assert make_client(handler).user.create_inside_transfer(body=body) == "transfer-7"
    assert [json.loads(c.content)["outBizId"] for c in calls] == ["biz-1", "biz-1"]
    assert calls[0].headers["nonce"] != calls[1].headers["nonce"]


def record(i: int, ctime: int) -> dict:
    return {
        "id": f"w{i}",
        "coin": "USDT",
        "network": "TRC20",
        "amount": "1",
        "feeCoin": None,
        "fee": None,
        "type": "withdraw",
        "status": "success",
        "ctime": ctime,
    }


def test_time_window_pagination_walks_past_the_limit(make_client):
    """120 records, newest first, 50 per answer: the window moves below the oldest record seen."""
    records = [record(i, 1_000_000 - i * 10) for i in range(120)]
    windows: list[tuple] = []

    def handler(request):
        body = json.loads(request.content)
        windows.append((body.get("startTime"), body.get("endTime")))
        end = body.get("endTime", 10**13)
        chosen = [r for r in records if r["ctime"] <= end][: body["limit"]]
        return envelope(chosen)

    client = make_client(handler)
    got = list(client.iter_withdraw_transfers(ListWithdrawTransfersRequest(limit=50)))
    assert [r.id for r in got] == [r["id"] for r in records]
    assert len(windows) == 3 and windows[0] == (None, None)


async def test_async_time_window_pagination(make_async_client):
    records = [record(i, 5000 + i) for i in range(7)]  # oldest first

    def handler(request):
        body = json.loads(request.content)
        start = body.get("startTime", 0)
        return envelope([r for r in records if r["ctime"] >= start][: body["limit"]])

    async with make_async_client(handler) as client:
        got = [r.id async for r in client.iter_withdraw_transfers(ListWithdrawTransfersRequest(limit=3))]
    assert got == [r["id"] for r in records]
