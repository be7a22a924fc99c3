"""End to end through the generated typed client (`bitunix_client.BitunixClient`) against the strict Bitunix mock.

The clients know only what `coinrails-mock credentials bitunix` prints and sign as the spec documents; the
control API (/_mock/...) plays the outside world: deposits arriving, withdrawals and transfers being approved,
counterparties filling orders. Requests are paced to the documented 10 requests/second.
"""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import httpx
import pytest
from bitunix_client import (
    AsyncBitunixClient,
    BitunixClient,
    RetryPolicy,
)
from bitunix_client.exceptions import (
    BitunixAmountBelowFeeError,
    BitunixAuthenticationError,
    BitunixInvalidRequestError,
    BitunixNotFoundError,
    BitunixRateLimitError,
    BitunixRequestExpiredError,
    BitunixSignatureError,
    BitunixWhitelistError,
)
from bitunix_client.models import (
    CancelInsideTransferRequest,
    CancelOrdersRequest,
    CancelWithdrawalRequest,
    CreateFundsTransferRequest,
    CreateInsideTransferRequest,
    CreateWithdrawalRequest,
    GetDepositAddressRequest,
    GetOrderHistoryRequest,
    ListDepositsRequest,
    ListOrderDealsRequest,
    ListPendingOrdersRequest,
    ListWithdrawTransfersRequest,
    OrderRef,
    PlaceOrderBatchRequest,
    PlaceOrderRequest,
)
from bitunix_client.signing import BitunixSigner

from .conftest import typed_client

D = Decimal
TRC20 = "Tron (TRC-20)"
ERC20 = "Ethereum (ERC-20)"
SELL, BUY, LIMIT, MARKET = 1, 2, 1, 2


def usdt(client: BitunixClient) -> tuple[Decimal, Decimal]:
    row = next(b for b in client.user.get_account() if b.coin == "USDT")
    return row.balance, row.balance_locked


def deposit(control: httpx.Client, client: BitunixClient, amount: str, coin: str = "USDT", network: str = TRC20):
    """Send coins on chain to the client's own deposit address (the control API plays the sender)."""
    address = client.user.get_deposit_address(body=GetDepositAddressRequest(coin=coin, network=network))[0]
    body = {"address": address.address, "coin": coin, "network": network, "amount": amount}
    if address.memo:
        body["memo"] = address.memo
    response = control.post("/bitunix/deposits", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def advance(control: httpx.Client, record_id: str, to: str | None = None) -> dict:
    response = control.post(f"/bitunix/withdraw-transfers/{record_id}/advance", json={"to": to} if to else {})
    assert response.status_code == 200, response.text
    return response.json()


def record(client: BitunixClient, record_id: str):
    (found,) = client.user.list_withdraw_transfers(body=ListWithdrawTransfersRequest(id=record_id))
    return found


def ledger_ok(control: httpx.Client) -> None:
    check = control.get("/ledger/check").json()
    assert check["ok"], check["problems"]


def test_deposit_withdraw_transfer_and_trade(mock, control, bitunix, receiver):
    creds = mock.credentials
    assert bitunix.user.get_user_info().uid == int(creds["uid"])

    # deposit: arrives at the address the API hands out
    arrived = deposit(control, bitunix, "1000.5")
    assert usdt(bitunix) == (D("1000.5"), D(0))
    (seen,) = bitunix.user.list_deposits(body=ListDepositsRequest(coin="USDT"))
    assert (seen.id, seen.amount, seen.status, seen.type_) == (arrived["id"], D("1000.5"), "success", "deposit")

    ledger_ok(control)  # the ledger rules hold after every step

    # withdraw: only to the quick-withdrawal list; fee from the network table; pending -> approved -> success
    target = creds["quick_withdraw_address"]
    withdraw_id = bitunix.user.create_withdrawal(
        body=CreateWithdrawalRequest(coin="USDT", network=TRC20, address=target, amount=D("20.5"))
    )
    pending = record(bitunix, withdraw_id)
    assert (pending.status, pending.amount, pending.fee, pending.address) == ("pending", D("19.5"), D(1), target)
    assert usdt(bitunix) == (D(980), D("20.5"))
    advance(control, withdraw_id, "approved")
    with pytest.raises(BitunixInvalidRequestError):  # approved: too late to cancel
        bitunix.user.cancel_withdrawal(body=CancelWithdrawalRequest(withdraw_id=withdraw_id))
    advance(control, withdraw_id)
    done = record(bitunix, withdraw_id)
    assert done.status == "success" and done.transaction_hash
    assert usdt(bitunix) == (D(980), D(0))

    second = bitunix.user.create_withdrawal(
        body=CreateWithdrawalRequest(coin="USDT", network=TRC20, address=target, amount=D(30))
    )
    assert bitunix.user.cancel_withdrawal(body=CancelWithdrawalRequest(withdraw_id=second)) is None
    assert record(bitunix, second).status == "cancelled" and usdt(bitunix) == (D(980), D(0))
    with pytest.raises(BitunixWhitelistError):
        bitunix.user.create_withdrawal(
            body=CreateWithdrawalRequest(
                coin="USDT", network=TRC20, address="TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf", amount=D(30)
            )
        )
    with pytest.raises(BitunixAmountBelowFeeError):
        bitunix.user.create_withdrawal(
            body=CreateWithdrawalRequest(coin="USDT", network=TRC20, address=target, amount=D("0.5"))
        )

    ledger_ok(control)

    # inside transfer to the second user, safe to repeat with outBizId; they see it with their own key
    body = CreateInsideTransferRequest(
        coin="USDT", amount=D("100.25"), to_type="uid", to_uid=int(creds["receiver_uid"]), out_biz_id="rent-2025-04"
    )
    transfer_id = bitunix.user.create_inside_transfer(body=body)
    assert bitunix.user.create_inside_transfer(body=body) == transfer_id
    assert usdt(bitunix) == (D("879.75"), D("100.25"))
    advance(control, transfer_id)
    assert record(bitunix, transfer_id).status == "success"
    assert usdt(receiver) == (D("100.25"), D(0))
    (incoming,) = receiver.user.list_deposits(body=ListDepositsRequest(type_="inside_transfer_in"))
    assert (incoming.amount, incoming.from_address) == (D("100.25"), creds["uid"])

    by_mail = bitunix.user.create_inside_transfer(
        body=CreateInsideTransferRequest(coin="USDT", amount=D(5), to_type="email", to_email=creds["receiver_email"])
    )
    bitunix.user.cancel_inside_transfer(body=CancelInsideTransferRequest(inside_transfer_id=by_mail))
    assert record(bitunix, by_mail).status == "cancelled"
    with pytest.raises(BitunixNotFoundError):
        bitunix.user.create_inside_transfer(
            body=CreateInsideTransferRequest(coin="USDT", amount=D(5), to_type="email", to_email="nobody@x.test")
        )

    ledger_ok(control)

    # spot <-> futures
    bitunix.user.create_funds_transfer(
        body=CreateFundsTransferRequest(type_="spot_futures", coin="USDT", amount=D(200))
    )
    futures = control.get(f"/bitunix/accounts/{creds['uid']}").json()["futures"]
    assert next(f["balance"] for f in futures if f["coin"] == "USDT") == "200.000000"
    bitunix.user.create_funds_transfer(body=CreateFundsTransferRequest(type_="futures_spot", coin="USDT", amount=D(50)))
    assert usdt(bitunix) == (D("729.75"), D(0))

    ledger_ok(control)

    # trade: a resting limit buy locks quote, a counterparty fills it, fills carry fees
    placed = bitunix.order.place_order(
        body=PlaceOrderRequest(side=BUY, type_=LIMIT, volume=D("0.005"), price=D("80000"), symbol="BTCUSDT")
    )
    assert placed.place_status == "1" and usdt(bitunix) == (D("329.75"), D(400))
    assert [o.order_id for o in bitunix.order.list_pending_orders(body=ListPendingOrdersRequest(symbol="BTCUSDT"))] == [
        placed.order_id
    ]
    control.post(f"/bitunix/orders/{placed.order_id}/fill", json={"volume": "0.002"}).raise_for_status()
    assert bitunix.order.get_order_detail(order_id=placed.order_id).status == 3
    control.post("/bitunix/markets/BTCUSDT/price", json={"price": "79500"}).raise_for_status()
    detail = bitunix.order.get_order_detail(order_id=placed.order_id)
    assert (detail.status, detail.deal_volume, detail.fee, detail.fee_coin) == (2, D("0.005"), D("0.000005"), "BTC")
    deals = bitunix.order.list_order_deals(body=ListOrderDealsRequest(order_id=placed.order_id, symbol="BTCUSDT"))
    assert [(d.volume, d.role) for d in deals] == [(D("0.002"), "1"), (D("0.003"), "1")]
    btc = next(b for b in bitunix.user.get_account() if b.coin == "BTC")
    assert btc.balance == D("0.004995")

    sold = bitunix.order.place_order(
        body=PlaceOrderRequest(side=SELL, type_=MARKET, volume=D("0.004"), price=D("0"), symbol="BTCUSDT")
    )
    assert bitunix.order.get_order_detail(order_id=sold.order_id).status == 2
    history = bitunix.order.get_order_history(body=GetOrderHistoryRequest(symbol="BTCUSDT", page_size=10))
    assert history.total == 2 and {o.order_id for o in history.data} == {placed.order_id, sold.order_id}
    ledger_ok(control)


def test_batch_orders_cancel_and_paged_history(mock, control, bitunix):
    deposit(control, bitunix, "5000")
    orders = bitunix.order.place_order_batch(
        body=PlaceOrderBatchRequest(
            order_list=[
                PlaceOrderRequest(side=BUY, type_=LIMIT, volume=D("0.01"), price=D(p), symbol="BTCUSDT")
                for p in ("70000", "71000", "72000")
            ]
        )
    )
    assert [o.place_status for o in orders] == ["1", "1", "1"] and usdt(bitunix)[1] == D(2130)
    refs = [OrderRef(order_id=o.order_id, symbol="BTCUSDT") for o in orders[:2]]
    assert bitunix.order.cancel_orders(body=CancelOrdersRequest(order_id_list=refs)) is None
    assert usdt(bitunix)[1] == D(720)
    with pytest.raises(BitunixInvalidRequestError):  # all or nothing: one is already cancelled
        bitunix.order.cancel_orders(body=CancelOrdersRequest(order_id_list=refs))
    every = list(bitunix.order.iter_get_order_history(body=GetOrderHistoryRequest(symbol="BTCUSDT", page_size=2)))
    assert sorted(o.order_id for o in every) == sorted(o.order_id for o in orders)
    recent = bitunix.order.get_order_history(
        body=GetOrderHistoryRequest(
            symbol="BTCUSDT", status=4, start_time=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
        )
    )
    assert recent.total == 2
    ledger_ok(control)


def test_time_window_iterators_walk_past_the_hundred_record_limit(mock, control, bitunix):
    address = bitunix.user.get_deposit_address(body=GetDepositAddressRequest(coin="USDT", network=TRC20))[0].address
    for i in range(130):
        body = {"address": address, "coin": "USDT", "network": TRC20, "amount": f"{i + 1}"}
        assert control.post("/bitunix/deposits", json=body).status_code == 200
    seen = list(bitunix.iter_deposits())
    assert len(seen) == 130 and len({d.id for d in seen}) == 130
    assert sum(d.amount for d in seen) == D(130 * 131 // 2)
    for _ in range(3):
        bitunix.user.create_withdrawal(
            body=CreateWithdrawalRequest(
                coin="USDT", network=TRC20, address=mock.credentials["quick_withdraw_address"], amount=D(15)
            )
        )
    assert len(list(bitunix.iter_withdraw_transfers(ListWithdrawTransfersRequest(limit=2)))) == 3


def test_public_market_data(mock, control, bitunix):
    assert bitunix.public.get_last_price(symbol="BTCUSDT") == D("84321.55")
    book = bitunix.public.get_depth(symbol="BTCUSDT", precision=D("0.01"))
    assert book.asks[0].price > book.bids[0].price and len(book.asks) == 5
    assert [k.close for k in bitunix.public.get_kline(symbol="BTCUSDT", interval="1")][-1] == D("84321.55")
    history = bitunix.public.get_kline_history(symbol="ETHUSDT", interval="60", limit=24)
    assert len(history) == 24 and history[0].ts < history[-1].ts
    pairs = {p.base + p.quote for p in bitunix.public.list_coin_pairs()}
    assert {"BTCUSDT", "ETHUSDT"} <= pairs
    assert any(r.base_symbol == "BTC" for r in bitunix.public.list_rates())
    usdt_coin = next(c for c in bitunix.public.list_coin_networks() if c.name == "USDT")
    assert TRC20 in [n.network for n in usdt_coin.networks]


def test_authentication_failures_are_typed(mock, control):
    creds = mock.credentials
    with BitunixClient(api_key=creds["api_key"], secret_key="wrong", base_url=mock.base_url) as wrong_secret:
        with pytest.raises(BitunixSignatureError):
            wrong_secret.user.get_account()
        assert wrong_secret.public.get_last_price(symbol="BTCUSDT") == D("84321.55")  # public: unsigned
    with BitunixClient(api_key="unknown", secret_key="x", base_url=mock.base_url) as unknown:
        with pytest.raises(BitunixAuthenticationError) as info:
            unknown.user.get_user_info()
        assert info.value.code == "100004"
    with typed_client(mock) as client:
        client.http.auth = BitunixSigner(
            creds["api_key"], creds["secret_key"], clock=lambda: int(time.time() * 1000) - 120_000
        )
        with pytest.raises(BitunixRequestExpiredError):
            client.user.get_account()
        client.http.auth = BitunixSigner(creds["api_key"], creds["secret_key"], nonce=lambda: "n" * 32)
        assert client.user.get_user_info().uid == int(creds["uid"])
        with pytest.raises(BitunixRequestExpiredError):  # the same nonce again
            client.user.get_user_info()


def test_rate_limit_is_typed_and_gets_are_retried(mock, control):
    with typed_client(mock, transport=None, retry=RetryPolicy(max_retries=0)) as eager:
        with pytest.raises(BitunixRateLimitError) as info:
            for _ in range(15):
                eager.user.get_account()
        assert info.value.code == "110041"
    time.sleep(1.1)
    with typed_client(mock, transport=None, retry=RetryPolicy(max_retries=3, initial_delay=0.5)) as patient:
        for _ in range(15):
            patient.user.get_account()  # a GET waits and retries past the limit


async def test_async_client_deposits_and_trades(mock, control):
    creds = mock.credentials
    async with AsyncBitunixClient(
        api_key=creds["api_key"], secret_key=creds["secret_key"], base_url=mock.base_url
    ) as client:
        (address,) = await client.user.get_deposit_address(body=GetDepositAddressRequest(coin="ETH", network=ERC20))
        response = control.post(
            "/bitunix/deposits", json={"address": address.address, "coin": "ETH", "network": ERC20, "amount": "2"}
        )
        assert response.status_code == 200
        assert [d.amount async for d in client.iter_deposits()] == [D(2)]
        placed = await client.order.place_order(
            body=PlaceOrderRequest(side=SELL, type_=LIMIT, volume=D("1"), price=D("2990"), symbol="ETHUSDT")
        )
        order = await client.order.get_order_detail(order_id=placed.order_id)
        assert order.status == 2 and order.fee_coin == "USDT"
        balances = {b.coin: b.balance for b in await client.user.get_account()}
        assert balances["ETH"] == D(1) and balances["USDT"] > D(2990)
    ledger_ok(control)
