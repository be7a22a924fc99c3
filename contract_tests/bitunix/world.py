"""Bitunix's prepared world (contract_tests/world.py): a spot account funded with USDT and BTC, a partly filled
buy order, a withdrawal and an inside transfer; and per operation, a request that succeeds in it. Requests that
consume an object (cancels) make a fresh one first, through the typed client.

Sandbox fixtures (BITUNIX_WORLD, JSON): quick_withdraw_address (on the key's quick-withdrawal list for USDT on
Tron), receiver_uid (another account), order (an order id of BTCUSDT), a USDT balance of a few hundred and a
little BTC.
"""

from __future__ import annotations

from decimal import Decimal

import httpx
from bitunix_client import BitunixClient
from bitunix_client.models import (
    CreateInsideTransferRequest,
    CreateWithdrawalRequest,
    GetDepositAddressRequest,
    PlaceOrderRequest,
)

from ..auth import RateLimited
from ..targets import Target
from ..world import Request, World
from .conftest import PacedTransport

TRC20 = "Tron (TRC-20)"
BUY, LIMIT = 2, 1

# The suite's signers kept to the documented 10 requests/second (test_contract.py), by API key: the world's own
# client counts against the same window, since the stateful phase prepares a world (and makes fresh objects for
# the cancels) between its signed steps, and Bitunix counts per key.
LIMITERS: dict[str, RateLimited] = {}


class SharedWindowTransport(PacedTransport):
    """PacedTransport that also waits for room in the suite signer's window, and counts each request it sends."""

    def __init__(self, limiter: RateLimited | None) -> None:
        super().__init__()
        self._limiter = limiter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        limiter = self._limiter
        if limiter is None or not limiter.applies(request):
            return super().handle_request(request)
        limiter.wait_for_room()
        response = super().handle_request(request)
        limiter.arrived()  # counted whatever the answer (its body is not read here): slower, never too fast
        return response


def prepare(target: Target) -> World:
    creds = target.credentials
    w = World(quick_withdraw_address=creds["quick_withdraw_address"], receiver_uid=int(creds["receiver_uid"]))
    # kept open for the module: the cancel requests make fresh objects with it
    client = BitunixClient(
        api_key=creds["api_key"],
        secret_key=creds["secret_key"],
        base_url=target.base_url,
        transport=SharedWindowTransport(LIMITERS.get(creds["api_key"])),
    )
    control = httpx.Client(base_url=f"{target.base_url}/_mock")
    for coin, network, amount in (("USDT", TRC20, "100000"), ("BTC", "Bitcoin", "2")):
        address = client.user.get_deposit_address(body=GetDepositAddressRequest(coin=coin, network=network))[0]
        body = {"address": address.address, "coin": coin, "network": network, "amount": amount}
        if address.memo:
            body["memo"] = address.memo
        control.post("/bitunix/deposits", json=body).raise_for_status()

    def new_order() -> str:
        return client.order.place_order(
            body=PlaceOrderRequest(
                side=BUY, type_=LIMIT, volume=Decimal("0.001"), price=Decimal("1000"), symbol="BTCUSDT"
            )
        ).order_id

    w["order"] = new_order()
    control.post(f"/bitunix/orders/{w['order']}/fill", json={"volume": "0.0005"}).raise_for_status()
    w["new_order"] = new_order
    w["new_withdrawal"] = lambda: client.user.create_withdrawal(
        body=CreateWithdrawalRequest(
            coin="USDT", network=TRC20, address=w["quick_withdraw_address"], amount=Decimal(20)
        )
    )
    w["new_inside_transfer"] = lambda: client.user.create_inside_transfer(
        body=CreateInsideTransferRequest(coin="USDT", amount=Decimal(1), to_type="uid", to_uid=w["receiver_uid"])
    )
    return w


def _b(fn):  # a body built from the world
    return lambda w: {"body": fn(w)}


REQUESTS: dict[str, Request] = {
    "getLastPrice": {"query": {"symbol": "BTCUSDT"}},
    "getDepth": {"query": {"symbol": "BTCUSDT", "precision": "0.01"}},
    "getKline": {"query": {"symbol": "BTCUSDT", "interval": "1"}},
    "getKlineHistory": {"query": {"symbol": "BTCUSDT", "interval": "1", "limit": 10}},
    "listCoinPairs": {},
    "listRates": {},
    "listCoinNetworks": {},
    "getAccount": {},
    "getUserInfo": {},
    "createWithdrawal": _b(
        lambda w: {"coin": "USDT", "network": TRC20, "address": w["quick_withdraw_address"], "amount": 20}
    ),
    "cancelWithdrawal": _b(lambda w: {"withdrawId": w["new_withdrawal"]()}),
    "createInsideTransfer": _b(lambda w: {"coin": "USDT", "amount": 1, "toType": "uid", "toUid": w["receiver_uid"]}),
    "cancelInsideTransfer": _b(lambda w: {"insideTransferId": w["new_inside_transfer"]()}),
    "listWithdrawTransfers": {"body": {"coin": "USDT", "limit": 10}},
    "createFundsTransfer": {"body": {"type": "spot_futures", "coin": "USDT", "amount": 1}},
    "listDeposits": {"body": {"coin": "USDT", "limit": 10}},
    "getDepositAddress": {"body": {"coin": "USDT", "network": TRC20}},
    "placeOrder": {"body": {"side": BUY, "type": LIMIT, "volume": "0.001", "price": "1000", "symbol": "BTCUSDT"}},
    "placeOrderBatch": {
        "body": {"orderList": [{"side": BUY, "type": LIMIT, "volume": "0.001", "price": "1000", "symbol": "BTCUSDT"}]}
    },
    "cancelOrders": _b(lambda w: {"orderIdList": [{"orderId": w["new_order"](), "symbol": "BTCUSDT"}]}),
    "listOrderDeals": _b(lambda w: {"orderId": w["order"], "symbol": "BTCUSDT"}),
    "getOrderHistory": {"body": {"symbol": "BTCUSDT", "pageSize": 10}},
    "listPendingOrders": {"body": {"symbol": "BTCUSDT"}},
    "getOrderDetail": lambda w: {"query": {"orderId": w["order"]}},
}
