"""Bitunix's rules, checked the shared way (contract_tests/rules.py), one test per rule, against the mock."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest
from bitunix_client import BitunixClient
from bitunix_client.exceptions import BitunixError, BitunixRequestExpiredError
from bitunix_client.models import (
    CancelOrdersRequest,
    CreateInsideTransferRequest,
    CreateWithdrawalRequest,
    GetDepositAddressRequest,
    GetOrderHistoryRequest,
    ListDepositsRequest,
    ListPendingOrdersRequest,
    ListWithdrawTransfersRequest,
    OrderRef,
    PlaceOrderRequest,
)
from bitunix_client.signing import BitunixSigner

from ..rules import every_item_matches, refunded_exactly, refused_when_stale, replay_has_no_effect, walk

TRC20 = "Tron (TRC-20)"
BUY, LIMIT, CANCELLED = 2, 1, 4


def _deposit(control: httpx.Client, client: BitunixClient, coin: str, network: str, amount: str) -> None:
    address = client.user.get_deposit_address(body=GetDepositAddressRequest(coin=coin, network=network))[0]
    body = {"address": address.address, "coin": coin, "network": network, "amount": amount}
    if address.memo:
        body["memo"] = address.memo
    control.post("/bitunix/deposits", json=body).raise_for_status()


@pytest.fixture
def funded(control, bitunix) -> BitunixClient:
    _deposit(control, bitunix, "USDT", TRC20, "1000")
    _deposit(control, bitunix, "BTC", "Bitcoin", "1")
    return bitunix


def _usdt(client: BitunixClient) -> tuple[Decimal, Decimal]:
    row = next(b for b in client.user.get_account() if b.coin == "USDT")
    return row.balance, row.balance_locked


def _order(client: BitunixClient, price: str = "1000") -> str:
    body = PlaceOrderRequest(side=BUY, type_=LIMIT, volume=Decimal("0.001"), price=Decimal(price), symbol="BTCUSDT")
    return client.order.place_order(body=body).order_id


def test_idempotency_replayed_out_biz_id_has_no_second_effect(mock, funded):
    body = CreateInsideTransferRequest(
        coin="USDT", amount=Decimal(5), to_type="uid", to_uid=int(mock.credentials["receiver_uid"]), out_biz_id="rules"
    )
    replay_has_no_effect(lambda: funded.user.create_inside_transfer(body=body), lambda: _usdt(funded), ())


def test_failure_path_failed_withdrawal_is_refunded_exactly(mock, control, funded):
    address = mock.credentials["quick_withdraw_address"]

    def fail(record_id: str) -> None:
        control.post(f"/bitunix/withdraw-transfers/{record_id}/advance", json={"to": "fail"}).raise_for_status()

    refunded_exactly(
        lambda: _usdt(funded),
        lambda: funded.user.create_withdrawal(
            body=CreateWithdrawalRequest(coin="USDT", network=TRC20, address=address, amount=Decimal(25))
        ),
        fail,
    )


def test_auth_freshness_stale_timestamp_is_refused(mock, bitunix):
    error = refused_when_stale(mock.base_url, 180_000, bitunix.user.get_account, BitunixRequestExpiredError)
    assert error.code == "100008"


def test_auth_freshness_replayed_nonce_is_refused(mock, control):
    creds = mock.credentials
    request = httpx.Request("GET", f"{mock.base_url}/api/spot/v1/user/account")
    signed = next(BitunixSigner(creds["api_key"], creds["secret_key"]).sync_auth_flow(request))
    with httpx.Client() as http:
        first, replay = http.send(signed), http.send(signed)
    assert first.json()["code"] == "0", first.text
    assert replay.json()["code"] == "100008", f"a replayed nonce was accepted: {replay.text}"


def test_list_filter_deposits_coin(funded):
    every_item_matches(funded.user.list_deposits(body=ListDepositsRequest(coin="USDT")), coin="USDT")


def test_list_filter_withdraw_transfers_coin(mock, funded):
    address = mock.credentials["quick_withdraw_address"]
    funded.user.create_withdrawal(
        body=CreateWithdrawalRequest(coin="USDT", network=TRC20, address=address, amount=Decimal(25))
    )
    rows = funded.user.list_withdraw_transfers(body=ListWithdrawTransfersRequest(coin="USDT"))
    every_item_matches(rows, coin="USDT")
    assert funded.user.list_withdraw_transfers(body=ListWithdrawTransfersRequest(coin="BTC")) == []


def test_list_filter_order_history_status(funded):
    kept, cancelled = _order(funded), _order(funded, "1001")
    funded.order.cancel_orders(body=CancelOrdersRequest(order_id_list=[OrderRef(order_id=cancelled, symbol="BTCUSDT")]))
    history = funded.order.get_order_history(body=GetOrderHistoryRequest(symbol="BTCUSDT", status=CANCELLED))
    rows = every_item_matches(history.data, status=CANCELLED)
    assert {r.order_id for r in rows} == {cancelled} and kept not in {r.order_id for r in rows}


def test_pagination_order_history_never_repeats_or_skips(funded):
    placed = {_order(funded, str(1000 + i)) for i in range(5)}

    def page(number: int | None) -> tuple[list, int | None]:
        answer = funded.order.get_order_history(
            body=GetOrderHistoryRequest(symbol="BTCUSDT", page=number or 1, page_size=2)
        )
        return answer.data, (answer.page_num + 1 if answer.page_num * answer.page_size < answer.total else None)

    assert {o.order_id for o in walk(page, lambda o: o.order_id)} == placed


def test_pagination_pending_orders_have_no_repeated_item(funded):
    placed = {_order(funded, str(1000 + i)) for i in range(3)}
    rows = funded.order.list_pending_orders(body=ListPendingOrdersRequest(symbol="BTCUSDT"))
    assert {o.order_id for o in walk(lambda _: (rows, None), lambda o: o.order_id)} == placed


def test_failure_path_withdrawal_beyond_the_balance_is_refused_and_changes_nothing(mock, funded):
    before = _usdt(funded)
    with pytest.raises(BitunixError):
        funded.user.create_withdrawal(
            body=CreateWithdrawalRequest(
                coin="USDT", network=TRC20, address=mock.credentials["quick_withdraw_address"], amount=Decimal(5000)
            )
        )
    assert _usdt(funded) == before
