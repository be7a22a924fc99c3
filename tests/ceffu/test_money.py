"""Money: Decimal in Python, unchanged on the wire both ways, never a float."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
import pytest
from ceffu_client._runtime.jsonutil import dumps, loads
from ceffu_client.models import CreateWithdrawalRequest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import envelope

# Non-negative amounts with 0 to 20 fractional digits, as written ("1.50" stays "1.50").
amounts = st.integers(min_value=0, max_value=20).flatmap(
    lambda places: st.decimals(min_value=0, max_value=10**15, places=places, allow_nan=False, allow_infinity=False)
)
HYPOTHESIS = settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)


@HYPOTHESIS
@given(amount=amounts)
def test_request_amount_reaches_the_wire_unchanged(make_client, amount: Decimal):
    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return envelope({"orderViewId": "24073614526151542000320001", "status": 10, "transferType": 10})

    make_client(handler).withdrawals.create_withdrawal(
        body=CreateWithdrawalRequest(
            wallet_id="374671162262925312",
            coin_symbol="USDT",
            network="ETH",
            amount=amount,
            withdrawal_address="0x000000000344f30e2aa0cbd5ee9fa936da3573ec",
            request_id="r-1",
        )
    )
    wire = json.loads(sent[-1])["amount"]
    assert isinstance(wire, str)
    assert Decimal(wire).as_tuple() == amount.as_tuple()  # same digits, same exponent


@HYPOTHESIS
@given(amount=amounts, available=amounts)
def test_response_amount_arrives_unchanged(make_client, amount: Decimal, available: Decimal):
    item = {
        "coinSymbol": "USDT",
        "network": "ETH",
        "amount": format(amount, "f"),
        "availableAmount": format(available, "f"),
        "totalAmountWithMirror": format(amount, "f"),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return envelope({"data": [item], "totalPage": 1, "pageNo": 1, "pageLimit": 10})

    page = make_client(handler).wallets.get_wallet_asset_list(wallet_id="374671162262925312")
    asset = page.data[0]
    assert isinstance(asset.amount, Decimal) and isinstance(asset.available_amount, Decimal)
    assert asset.amount.as_tuple() == amount.as_tuple()
    assert format(asset.available_amount, "f") == format(available, "f")


def test_json_numbers_are_decoded_as_decimal_not_float():
    value = loads(b'{"price": 0.1000000000000000055511151231257827, "big": 12345678901234567890123}')
    assert value["price"] == Decimal("0.1000000000000000055511151231257827")
    assert value["big"] == 12345678901234567890123
    assert dumps(value) == b'{"price":0.1000000000000000055511151231257827,"big":12345678901234567890123}'


def test_float_is_refused_on_the_way_out():
    with pytest.raises(TypeError, match="float"):
        dumps({"amount": 0.1})


def test_large_int64_ids_survive():
    assert loads(b'{"walletId": 374671162262925312}')["walletId"] == 374671162262925312


def test_a_float_amount_is_refused_before_anything_is_sent(make_client):
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return envelope({"orderViewId": "24073614526151542000320001", "status": 10, "transferType": 10})

    client = make_client(handler)
    with pytest.raises(TypeError, match="amount: expected Decimal, got float"):
        client.withdrawals.get_withdrawal_fee(
            wallet_id="374671162262925312",
            coin_symbol="USDT",
            network="ETH",
            amount=0.1,  # type: ignore[arg-type]
        )
    with pytest.raises(TypeError, match="amount: expected Decimal, got float"):
        client.withdrawals.create_withdrawal(
            body=CreateWithdrawalRequest(
                wallet_id="374671162262925312",
                coin_symbol="USDT",
                network="ETH",
                amount=125.5,  # type: ignore[arg-type]
                withdrawal_address="0x000000000344f30e2aa0cbd5ee9fa936da3573ec",
                request_id="r-1",
            )
        )
    assert sent == []
