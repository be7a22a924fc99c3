"""Bitunix rules on the backend alone (no HTTP): every refusal leaves the state untouched."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from coinrails_mock.engine.accounts import Balance
from coinrails_mock.providers.bitunix.backend import BitunixBackend
from coinrails_mock.providers.bitunix.coins import NETWORKS
from coinrails_mock.providers.bitunix.credentials import MAIN, RECEIVER
from coinrails_mock.providers.bitunix.errors import BitunixRuleError
from coinrails_mock.providers.bitunix.models import (
    CANCELED,
    FILLED,
    PARTIAL,
    PARTIAL_CANCELED,
    UNFILLED,
)
from tests.mock.stores import on_sqlite, reopened, tx

D = Decimal
TRC20 = "Tron (TRC-20)"
QUICK_TRON = "TJmW5D1p1LnMdTMmxuY1VELHht7v5HV7rU"
ETH = "0x" + "ab" * 20


class Clock:
    def __init__(self) -> None:
        self.now = 1_744_185_000_000

    def __call__(self) -> int:
        self.now += 5
        return self.now


@pytest.fixture
def backend() -> BitunixBackend:
    return BitunixBackend(Clock())


def fund(backend: BitunixBackend, amount: str, coin: str = "USDT", network: str = TRC20, uid: int = MAIN.uid) -> None:
    address, memo = backend.deposit_address(uid, coin, network)
    backend.deposit(address, coin, network, D(amount), memo)


def refused(backend: BitunixBackend, code: str, action) -> BitunixRuleError:
    """`action` raises `code` and changes nothing."""
    before = backend.store.export()
    with pytest.raises(BitunixRuleError) as info:
        action()
    assert info.value.code == code, info.value.message
    assert backend.store.export() == before
    return info.value


def sound(backend: BitunixBackend) -> None:
    assert backend.ledger_problems() == []


# ---- deposits and addresses ---------------------------------------------------------------------------
def test_deposit_addresses_are_stable_valid_for_their_network_and_per_user(backend):
    for (coin, network), net in NETWORKS.items():
        address, memo = backend.deposit_address(MAIN.uid, coin, network)
        assert re.fullmatch(net.address_regex, address), (coin, network, address)
        assert (address, memo) == backend.deposit_address(MAIN.uid, coin, network)
        other, other_memo = backend.deposit_address(RECEIVER.uid, coin, network)
        assert (other, other_memo) != (address, memo)
        assert (memo is not None) == (net.memo == 2)
    # one address per chain: USDT and TRX share the user's TRON address
    assert backend.deposit_address(MAIN.uid, "USDT", TRC20) == backend.deposit_address(MAIN.uid, "TRX", TRC20)


def test_deposit_credits_the_owner_of_the_address_and_xrp_needs_the_tag(backend):
    fund(backend, "125.5")
    assert backend.balance(MAIN.uid, "USDT").available == D("125.5")
    address, tag = backend.deposit_address(RECEIVER.uid, "XRP", "Ripple")
    refused(backend, "10016", lambda: backend.deposit(address, "XRP", "Ripple", D(20), "1"))
    backend.deposit(address, "XRP", "Ripple", D(20), tag)
    assert backend.balance(RECEIVER.uid, "XRP").available == 20
    refused(backend, "2", lambda: backend.deposit(address, "XRP", "Ripple", D("1.0000001"), tag))
    sound(backend)


def test_pending_deposit_credits_only_on_success(backend):
    address, _ = backend.deposit_address(MAIN.uid, "USDT", TRC20)
    d = backend.deposit(address, "USDT", TRC20, D(50), status="pending")
    assert backend.balance(MAIN.uid, "USDT").available == 0
    backend.advance_deposit(d.deposit_id)
    assert backend.balance(MAIN.uid, "USDT").available == 50
    refused(backend, "2", lambda: backend.advance_deposit(d.deposit_id, "fail"))
    failed = backend.deposit(address, "USDT", TRC20, D(7), status="fail")
    assert failed.status == "fail" and backend.balance(MAIN.uid, "USDT").available == 50
    sound(backend)


# ---- withdrawals --------------------------------------------------------------------------------------
def test_withdrawal_only_to_the_quick_withdrawal_list(backend):
    fund(backend, "100")
    other = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"
    refused(backend, "110008", lambda: backend.withdraw(MAIN.uid, "USDT", TRC20, other, D(20)))
    # RECEIVER's list is not MAIN's list
    refused(backend, "110008", lambda: backend.withdraw(RECEIVER.uid, "USDT", TRC20, QUICK_TRON, D(20)))
    backend.add_quick_address(MAIN.uid, "ETH", "Ethereum (ERC-20)", ETH, None, "cold")
    refused(backend, "110008", lambda: backend.withdraw(MAIN.uid, "USDT", "Ethereum (ERC-20)", ETH, D(30)))
    entry = backend.add_quick_address(MAIN.uid, "USDT", TRC20, other, None, None)
    assert backend.withdraw(MAIN.uid, "USDT", TRC20, other, D(20)).status == "pending"
    backend.remove_quick_address(entry.address_id)
    refused(backend, "110008", lambda: backend.withdraw(MAIN.uid, "USDT", TRC20, other, D(20)))
    with pytest.raises(BitunixRuleError):
        backend.add_quick_address(MAIN.uid, "USDT", TRC20, "0xnot-a-tron-address", None, None)


def test_withdrawal_fee_limits_and_balance(backend):
    fund(backend, "30")
    refused(backend, "110007", lambda: backend.withdraw(MAIN.uid, "USDT", TRC20, QUICK_TRON, D(1)))
    refused(backend, "2", lambda: backend.withdraw(MAIN.uid, "USDT", TRC20, QUICK_TRON, D(5)))  # below min 10
    refused(backend, "2", lambda: backend.withdraw(MAIN.uid, "USDT", TRC20, QUICK_TRON, D(31)))  # balance
    refused(backend, "2", lambda: backend.withdraw(MAIN.uid, "USDT", TRC20, QUICK_TRON, D("10.0000001")))
    refused(backend, "2", lambda: backend.withdraw(MAIN.uid, "USDT", "Solana", QUICK_TRON, D(20)))
    refused(backend, "2", lambda: backend.withdraw(MAIN.uid, "DOGE", TRC20, QUICK_TRON, D(20)))
    w = backend.withdraw(MAIN.uid, "USDT", TRC20, QUICK_TRON, D("20.00"))
    assert (w.amount, w.fee, w.receive) == (D(20), D(1), D(19))
    assert backend.balance(MAIN.uid, "USDT") == Balance(D(10), D(20))
    sound(backend)


def test_withdrawal_lifecycle_to_success_takes_amount_and_fee(backend):
    fund(backend, "100")
    w = backend.withdraw(MAIN.uid, "USDT", TRC20, QUICK_TRON, D(20))
    assert (w.status, w.approved) == ("pending", False)
    backend.advance(w.record_id)
    assert (w.status, w.approved) == ("pending", True) and w.tx_hash and re.fullmatch("[0-9a-f]{64}", w.tx_hash)
    backend.advance(w.record_id)
    assert w.status == "success"
    row = backend.balance(MAIN.uid, "USDT")
    assert (row.available, row.locked) == (D(80), D(0))
    assert (backend.accounts.flowed("outflow", "USDT"), backend.accounts.flowed("fees", "USDT")) == (D(19), D(1))
    refused(backend, "2", lambda: backend.advance(w.record_id))
    sound(backend)


def test_cancel_is_allowed_only_before_approval(backend):
    fund(backend, "100")
    first = backend.withdraw(MAIN.uid, "USDT", TRC20, QUICK_TRON, D(20))
    backend.advance(first.record_id, "verification")
    backend.cancel(MAIN.uid, first.record_id, "withdraw")  # in verification
    second = backend.withdraw(MAIN.uid, "USDT", TRC20, QUICK_TRON, D(20))
    backend.cancel(MAIN.uid, second.record_id, "withdraw")  # pending, not yet approved
    third = backend.withdraw(MAIN.uid, "USDT", TRC20, QUICK_TRON, D(20))
    backend.advance(third.record_id, "approved")
    refused(backend, "2", lambda: backend.cancel(MAIN.uid, third.record_id, "withdraw"))
    refused(backend, "2", lambda: backend.cancel(MAIN.uid, first.record_id, "withdraw"))  # already cancelled
    refused(backend, "2", lambda: backend.cancel(RECEIVER.uid, third.record_id, "withdraw"))  # not theirs
    assert (first.status, second.status) == ("cancelled", "cancelled")
    assert backend.balance(MAIN.uid, "USDT").available == 80
    backend.advance(third.record_id, "fail")
    assert backend.balance(MAIN.uid, "USDT").available == 100
    sound(backend)


# ---- inside transfers ---------------------------------------------------------------------------------
def transfer(backend: BitunixBackend, amount: str, **recipient) -> object:
    return backend.inside_transfer(MAIN.uid, {"coin": "USDT", "amount": D(amount), **recipient})


def test_inside_transfer_by_uid_email_and_phone_credits_the_recipient_on_approval(backend):
    fund(backend, "100")
    by_uid = transfer(backend, "10", toType="uid", toUid=RECEIVER.uid)
    by_mail = transfer(backend, "5", toType="email", toEmail=RECEIVER.email.upper())
    by_phone = transfer(
        backend,
        "2.5",
        toType="phone",
        toPhoneCountryCode="+" + RECEIVER.phone_country_code,
        toPhoneNumber=RECEIVER.phone_number,
    )
    assert backend.balance(MAIN.uid, "USDT").locked == D("17.5")
    assert backend.balance(RECEIVER.uid, "USDT").available == 0
    for t in (by_uid, by_mail, by_phone):
        assert t.status == "pending" and t.recipient_uid == RECEIVER.uid
        backend.advance(t.record_id)
        assert t.status == "success"
    assert backend.balance(RECEIVER.uid, "USDT").available == D("17.5")
    incoming = [d for d in backend.deposits.values() if d.uid == RECEIVER.uid]
    assert {(d.kind, d.amount, d.from_address) for d in incoming} == {
        ("inside_transfer_in", D(a), str(MAIN.uid)) for a in ("10", "5", "2.5")
    }
    sound(backend)


def test_inside_transfer_refusals(backend):
    fund(backend, "10")
    refused(backend, "10016", lambda: transfer(backend, "1", toType="uid", toUid=123))
    refused(backend, "10016", lambda: transfer(backend, "1", toType="email", toEmail="nobody@coinrails.test"))
    refused(backend, "70003", lambda: transfer(backend, "1", toType="phone", toPhoneNumber=RECEIVER.phone_number))
    refused(backend, "70003", lambda: transfer(backend, "1", toType="uid"))
    refused(backend, "2", lambda: transfer(backend, "1", toType="uid", toUid=MAIN.uid))
    refused(backend, "2", lambda: transfer(backend, "11", toType="uid", toUid=RECEIVER.uid))


def test_out_biz_id_repeat_has_no_second_effect(backend):
    fund(backend, "100")
    first = transfer(backend, "10", toType="uid", toUid=RECEIVER.uid, outBizId="payout-1")
    before = backend.store.export()
    again = transfer(backend, "10", toType="uid", toUid=RECEIVER.uid, outBizId="payout-1")
    assert again.record_id == first.record_id and backend.store.export() == before
    refused(backend, "2", lambda: transfer(backend, "11", toType="uid", toUid=RECEIVER.uid, outBizId="payout-1"))
    other = transfer(backend, "10", toType="uid", toUid=RECEIVER.uid, outBizId="payout-2")
    assert other.record_id != first.record_id
    assert backend.balance(MAIN.uid, "USDT").locked == 20


def test_inside_transfer_cancel_before_approval_only(backend):
    fund(backend, "100")
    t = transfer(backend, "10", toType="uid", toUid=RECEIVER.uid)
    refused(backend, "2", lambda: backend.cancel(MAIN.uid, t.record_id, "withdraw"))  # wrong kind
    backend.cancel(MAIN.uid, t.record_id, "inside_transfer_out")
    assert backend.balance(MAIN.uid, "USDT").available == 100
    done = transfer(backend, "10", toType="uid", toUid=RECEIVER.uid)
    backend.advance(done.record_id)
    refused(backend, "2", lambda: backend.cancel(MAIN.uid, done.record_id, "inside_transfer_out"))
    fresh = transfer(backend, "1", toType="uid", toUid=RECEIVER.uid)
    refused(backend, "2", lambda: backend.advance(fresh.record_id, "approved"))  # transfers have no approved step
    sound(backend)


# ---- funds transfer -----------------------------------------------------------------------------------
def test_funds_transfer_between_spot_and_futures(backend):
    fund(backend, "100")
    backend.funds_transfer(MAIN.uid, "spot_futures", "USDT", D("60.5"))
    assert (backend.balance(MAIN.uid, "USDT").available, backend.futures[(MAIN.uid, "USDT")]) == (D("39.5"), D("60.5"))
    refused(backend, "2", lambda: backend.funds_transfer(MAIN.uid, "futures_spot", "USDT", D(61)))
    refused(backend, "2", lambda: backend.funds_transfer(MAIN.uid, "spot_futures", "USDT", D(40)))
    backend.funds_transfer(MAIN.uid, "futures_spot", "USDT", D("0.5"))
    assert backend.balance(MAIN.uid, "USDT").available == 40
    sound(backend)


# ---- orders -------------------------------------------------------------------------------------------
def order(backend: BitunixBackend, side: int, kind: int, volume: str, price: str = "0", symbol: str = "BTCUSDT"):
    return backend.place_order(
        MAIN.uid, {"side": side, "type": kind, "volume": volume, "price": price, "symbol": symbol}
    )


def test_resting_limit_buy_locks_quote_and_fills_by_control_with_fee(backend):
    fund(backend, "10000")
    o = order(backend, 2, 1, "0.1", "80000")  # below the book: rests
    assert o.status == UNFILLED and backend.balance(MAIN.uid, "USDT").locked == 8000
    backend.fill(o.order_id, "0.04", "79000")  # price improvement returns to available
    assert o.status == PARTIAL
    row = backend.balance(MAIN.uid, "USDT")
    assert (row.available, row.locked) == (D(2000) + D(40), D(4800))
    assert backend.balance(MAIN.uid, "BTC").available == D("0.04") - D("0.00004")
    backend.fill(o.order_id)
    assert o.status == FILLED and backend.balance(MAIN.uid, "USDT").locked == 0
    deals = [backend.deals[d] for d in o.deals]
    assert [(d.volume, d.price, d.fee, d.fee_coin, d.role) for d in deals] == [
        (D("0.04"), D(79000), D("0.00004"), "BTC", "1"),
        (D("0.06"), D(80000), D("0.00006"), "BTC", "1"),
    ]
    with pytest.raises(BitunixRuleError):
        backend.fill(o.order_id)
    sound(backend)


def test_marketable_limit_and_market_orders_take_the_book(backend):
    fund(backend, "1000000")
    buy = order(backend, 2, 1, "0.2", "90000")
    assert buy.status == FILLED and all(backend.deals[d].role == "2" for d in buy.deals)
    assert buy.deal_amount < D("0.2") * 90000  # paid the book's prices, not the limit
    assert backend.balance(MAIN.uid, "USDT").locked == 0
    sell = order(backend, 1, 2, "0.1")
    assert sell.status == FILLED and sell.fee == sell.deal_amount * D("0.001")
    huge = order(backend, 2, 2, "100")  # more than the simulated book holds
    assert huge.status == PARTIAL_CANCELED and huge.deal_volume == D("7.5") and huge.locked == 0
    sound(backend)


def test_order_refusals(backend):
    fund(backend, "1000")
    refused(backend, "10058", lambda: order(backend, 2, 1, "0.0000001", "80000"))
    refused(backend, "2", lambda: order(backend, 2, 1, "0.1", "80000.001"))
    refused(backend, "2", lambda: order(backend, 2, 1, "1", "80000"))  # needs 80000 USDT
    refused(backend, "2", lambda: order(backend, 1, 1, "1", "80000"))  # no BTC
    refused(backend, "2", lambda: order(backend, 2, 1, "1", "80000", symbol="DOGEUSDT"))


def test_batch_is_all_or_nothing(backend):
    fund(backend, "1000")
    ok = {"side": 2, "type": 1, "volume": "0.001", "price": "80000", "symbol": "BTCUSDT"}
    bad = {**ok, "volume": "1"}
    before = backend.store.export()
    with pytest.raises(BitunixRuleError) as info:
        backend.place_orders(MAIN.uid, [ok, ok, bad])
    assert "orderList[2]" in info.value.message and backend.store.export() == before
    assert info.value.message.count("parameter error") == 1, info.value.message
    assert len(backend.place_orders(MAIN.uid, [ok, ok])) == 2


def test_a_single_order_error_names_no_batch_item(backend):
    fund(backend, "1000")
    with pytest.raises(BitunixRuleError) as info:
        backend.place_orders(
            MAIN.uid, [{"side": 2, "type": 1, "volume": "1", "price": "80000", "symbol": "BTCUSDT"}], batch=False
        )
    assert "orderList" not in info.value.message and info.value.message.count("parameter error") == 1


def test_cancel_releases_what_is_left_and_is_atomic(backend):
    fund(backend, "10000")
    a = order(backend, 2, 1, "0.01", "80000")
    b = order(backend, 2, 1, "0.01", "81000")
    backend.fill(b.order_id, "0.004")
    done = order(backend, 2, 1, "0.01", "90000")
    refs = [{"orderId": a.order_id, "symbol": "BTCUSDT"}, {"orderId": done.order_id, "symbol": "BTCUSDT"}]
    refused(backend, "2", lambda: backend.cancel_orders(MAIN.uid, refs))
    refused(backend, "2", lambda: backend.cancel_orders(MAIN.uid, [{"orderId": a.order_id, "symbol": "ETHUSDT"}]))
    backend.cancel_orders(
        MAIN.uid, [{"orderId": a.order_id, "symbol": "BTCUSDT"}, {"orderId": b.order_id, "symbol": "BTCUSDT"}]
    )
    assert (a.status, b.status) == (CANCELED, PARTIAL_CANCELED)
    assert backend.balance(MAIN.uid, "USDT").locked == 0
    sound(backend)


def test_moving_the_price_fills_the_orders_it_crosses(backend):
    fund(backend, "10000")
    fund(backend, "1", "BTC", "Bitcoin")
    low_buy = order(backend, 2, 1, "0.01", "80000")
    high_sell = order(backend, 1, 1, "0.01", "90000")
    filled = backend.set_price("BTCUSDT", "79999.99")
    assert [o.order_id for o in filled] == [low_buy.order_id] and high_sell.status == UNFILLED
    assert backend.prices["BTCUSDT"] == D("79999.99")
    backend.set_price("BTCUSDT", "95000")
    assert high_sell.status == FILLED and backend.deals[high_sell.deals[0]].price == 90000
    sound(backend)


def test_auto_advance_moves_idle_records_one_step(backend):
    fund(backend, "100")
    w = backend.withdraw(MAIN.uid, "USDT", TRC20, QUICK_TRON, D(20))
    t = transfer(backend, "10", toType="uid", toUid=RECEIVER.uid)
    assert backend.tick(backend.clock.now, 0) == 0
    assert backend.tick(backend.clock.now + 1000, 1000) == 2
    assert (w.status, t.status) == ("pending", "success")
    backend.tick(backend.clock.now + 1000, 1000)
    backend.tick(backend.clock.now + 1000, 1000)
    assert (w.status, w.approved) == ("success", True)
    sound(backend)


def test_state_survives_a_restart_on_sqlite_exactly(tmp_path):
    path = tmp_path / "bitunix.sqlite"
    backend = on_sqlite(BitunixBackend, Clock(), path)
    with tx(backend) as store:
        fund(backend, "1000")
        order(backend, 2, 1, "0.001", "80000")
        first = transfer(backend, "1", toType="uid", toUid=RECEIVER.uid, outBizId="x")
    with tx(backend) as store:
        before = store.export()
    backend.store.close()
    copy = reopened(BitunixBackend, Clock(), path)
    with tx(copy) as store:
        assert store.export() == before
        again = transfer(copy, "1", toType="uid", toUid=RECEIVER.uid, outBizId="x")  # the outBizId is remembered
        assert again.record_id == first.record_id and store.export() == before
