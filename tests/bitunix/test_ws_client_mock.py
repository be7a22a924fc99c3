"""The typed WebSocket client against the Bitunix mock: the same models and values as the typed REST client,
orders over one visible over the other, typed errors for refused requests."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from bitunix_client import (
    AsyncBitunixWebSocket,
    BitunixClient,
    BitunixInvalidRequestError,
    BitunixSignatureError,
    BitunixWebSocket,
)
from bitunix_client.models import CancelOrdersRequest, ListPendingOrdersRequest, OrderRef, PlaceOrderRequest

from coinrails_mock.providers.bitunix.credentials import MAIN
from tests.mock.bitunix.ws_support import fund, live_mock, rest


@pytest.fixture(scope="module")
def live():
    with live_mock(rate_limit_per_second=0) as running:
        yield running


def usdt(rows):
    row = next(r for r in rows if r.coin == "USDT")
    return row.balance, row.balance_locked


async def test_async_client_matches_rest_and_shares_the_ledger(live):
    async with asyncio.timeout(60), rest(live) as http:
        await fund(http, MAIN, "200")
    creds = {"api_key": MAIN.api_key, "secret_key": MAIN.secret_key}
    with BitunixClient(base_url=live.http, **creds) as rest_client:
        async with AsyncBitunixWebSocket(url=live.ws, timeout=10, **creds) as ws:
            assert await ws.get_account() == rest_client.user.get_account()
            assert await ws.get_user_info() == rest_client.user.get_user_info()
            assert await ws.list_coin_pairs() == rest_client.public.list_coin_pairs()
            price = await ws.get_last_price(symbol="BTCUSDT")
            assert isinstance(price, Decimal) and price == rest_client.public.get_last_price(symbol="BTCUSDT")
            start = usdt(await ws.get_account())
            body = PlaceOrderRequest(side=2, type_=1, volume=Decimal("0.01"), price=Decimal("1000"), symbol="BTCUSDT")
            placed = await ws.place_order(body=body)
            assert usdt(rest_client.user.get_account()) == (start[0] - 10, start[1] + 10)
            pending = rest_client.order.list_pending_orders(body=ListPendingOrdersRequest(symbol="BTCUSDT"))
            assert placed.order_id in [o.order_id for o in pending]
            await ws.cancel_orders(body=CancelOrdersRequest(order_id_list=[OrderRef(placed.order_id, "BTCUSDT")]))
            assert usdt(await ws.get_account()) == start
            with pytest.raises(BitunixInvalidRequestError) as refused:
                await ws.get_last_price(symbol="NOPEUSDT")
            assert refused.value.code == "2" and refused.value.request_id is not None


def test_sync_client_and_a_wrong_secret(live):
    with BitunixWebSocket(url=live.ws, api_key=MAIN.api_key, secret_key="wrong", timeout=10) as ws:
        with pytest.raises(BitunixSignatureError):
            ws.get_account()
        with pytest.raises(BitunixSignatureError):
            ws.ping()
    with BitunixWebSocket(url=live.ws, api_key=MAIN.api_key, secret_key=MAIN.secret_key, timeout=10) as ws:
        assert ws.ping() == "pong"
        assert [k.close for k in ws.get_kline(symbol="BTCUSDT", interval="1")]
        assert ws.get_user_info().uid == MAIN.uid
