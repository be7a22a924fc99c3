"""Bitunix's lists read through indexes: the same answers as the old scans over every record (kept here to
compare against), and a request reads the same rows however many records the other user has."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from coinrails_mock.providers.bitunix import handlers as h
from coinrails_mock.providers.bitunix import views
from coinrails_mock.providers.bitunix.backend import BitunixBackend
from coinrails_mock.providers.bitunix.coins import NETWORKS, deposit_address
from coinrails_mock.providers.bitunix.credentials import MAIN, RECEIVER, SEEDED_QUICK_ADDRESS
from coinrails_mock.providers.bitunix.models import BUY, LIMIT, MARKET, OPEN_STATUSES, PENDING, SELL, SUCCESS
from tests.mock.stores import CountingStore, reads

TRC20 = "Tron (TRC-20)"
OTHER_TRON = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"
FRESH = "T" + "A" * 33  # on no list


class Clock:
    """Moves 1 ms every 7th reading (records tie in time); `offset` moves it back."""

    def __init__(self) -> None:
        self.n, self.offset = 0, 0

    def __call__(self) -> int:
        self.n += 1
        return 1_767_225_600_000 + self.n // 7 + self.offset


def call(user: Any, **args: Any) -> Any:
    return SimpleNamespace(principal=user, arg=lambda name, default=None: args.get(name, default), body=args, now_ms=0)


def tron(n: int) -> str:
    """A valid Tron address of its own for each `n`."""
    digits = "".join("123456789ABCDEFGH"[int(c)] for c in f"{n:033d}")
    return "T" + digits


def order(symbol: str, side: int, kind: int, volume: str, price: str | None) -> dict[str, Any]:
    return {"symbol": symbol, "side": side, "type": kind, "volume": volume, "price": price}


def fund(b: BitunixBackend, uid: int, coin: str, amount: str, status: str = SUCCESS) -> None:
    net = next(n for (c, _), n in NETWORKS.items() if c == coin)
    address, memo = deposit_address(uid, net)
    b.deposit(address, coin, net.network, amount, memo, status)


def build(main: int, receiver: int, back: bool = False) -> tuple[BitunixBackend, CountingStore]:
    """`main` rounds of MAIN's records (withdrawals, inside transfers, deposits, orders, some advanced or
    cancelled) and `receiver` of RECEIVER's; `back`: the clock is moved back half-way through MAIN's."""
    store = CountingStore()
    clock = Clock()
    b = BitunixBackend(clock, store)
    with store.transaction():
        b.seed()
        for user in (MAIN, RECEIVER):
            fund(b, user.uid, "USDT", "100000000")
            fund(b, user.uid, "BTC", "1000")
            fund(b, user.uid, "ETH", "1000")
        b.add_quick_address(MAIN.uid, "USDT", TRC20, OTHER_TRON, None, "other")
        b.add_quick_address(RECEIVER.uid, "USDT", TRC20, SEEDED_QUICK_ADDRESS, "", "r")
        for user, rounds in ((MAIN, main), (RECEIVER, receiver)):
            other = RECEIVER if user is MAIN else MAIN
            for i in range(rounds):
                if back and user is MAIN and i == rounds // 2:
                    clock.offset = -10_000
                address = SEEDED_QUICK_ADDRESS if user is RECEIVER or i % 2 else OTHER_TRON
                b.add_quick_address(user.uid, "USDT", TRC20, tron(i), str(i % 3) if i % 2 else None, None)
                w = b.withdraw(user.uid, "USDT", TRC20, address, 20 + i % 3)
                if i % 3 == 0:
                    b.advance(w.record_id)
                if i % 5 == 0:
                    b.advance(w.record_id, "success")
                args = {"coin": "USDT", "amount": "1", "toType": "uid", "toUid": other.uid}
                t = b.inside_transfer(user.uid, {**args, "outBizId": f"b{i}", "remark": f"r{i % 2}"})
                if i % 4 == 0:
                    b.advance(t.record_id)  # the recipient gets an inside_transfer_in deposit
                fund(b, user.uid, "USDT", str(5 + i % 4), PENDING if i % 3 == 1 else SUCCESS)
                if i % 6 == 1:
                    b.advance_deposit(max(b.pending_deposits.keys()))
                symbol = "BTCUSDT" if i % 3 else "ETHUSDT"
                side = BUY if i % 2 else SELL  # resting: a buy below the price, a sell above it
                price = ("80000" if i % 2 else "90000") if symbol == "BTCUSDT" else ("2000" if i % 2 else "4000")
                o = b.place_order(user.uid, order(symbol, side, LIMIT, "0.01", price))
                if symbol == "BTCUSDT" and i % 3 == 2:
                    b.place_order(user.uid, order(symbol, SELL, MARKET, "0.001", None))
                if not o.open:
                    pass
                elif i % 7 == 0:
                    b.cancel_orders(user.uid, [{"orderId": o.order_id, "symbol": symbol}])
                elif i % 11 == 0:
                    b.fill(o.order_id, "0.004")
    return b, store


# ---- the old code, as it was ------------------------------------------------------------------------------
def newest_first(records: list[Any], created: Any, key: Any) -> list[Any]:
    return sorted(records, key=lambda r: (created(r), int(key(r))), reverse=True)


def old_withdraw_transfers(backend: BitunixBackend, call: Any) -> Any:
    start, end = h.window(call)
    kind = {"inside_transfer": h.INSIDE_OUT}.get(call.arg("type"), call.arg("type"))
    found = [
        r
        for r in backend.records.values()
        if r.uid == h.uid(call)
        and start <= r.created_ms <= end
        and call.arg("id") in (None, r.record_id)
        and call.arg("outBizId") in (None, r.out_biz_id)
        and call.arg("coin") in (None, r.coin)
        and kind in (None, r.kind)
        and call.arg("transactionHash") in (None, r.tx_hash)
        and call.arg("remark") in (None, r.remark)
    ]
    found = newest_first(found, lambda r: r.created_ms, lambda r: r.record_id)
    return [views.withdraw_transfer(r) for r in found[: h.integer(call, "limit", h.MAX_LIMIT)]]


def old_deposits(backend: BitunixBackend, call: Any) -> Any:
    start, end = h.window(call)
    found = [
        d
        for d in backend.deposits.values()
        if d.uid == h.uid(call)
        and start <= d.created_ms <= end
        and call.arg("id") in (None, d.deposit_id)
        and call.arg("coin") in (None, d.coin)
        and call.arg("type") in (None, d.kind)
        and call.arg("transactionHash") in (None, d.tx_hash)
    ]
    found = newest_first(found, lambda d: d.created_ms, lambda d: d.deposit_id)
    return [views.deposit(d) for d in found[: h.integer(call, "limit", h.MAX_LIMIT)]]


def old_orders(backend: BitunixBackend, call: Any) -> Any:
    return sorted(
        (o for o in backend.orders.values() if o.uid == h.uid(call) and o.symbol == call.arg("symbol")),
        key=lambda o: (o.created_ms, int(o.order_id)),
        reverse=True,
    )


def old_quick_listed(b: BitunixBackend, uid: int, coin: str, network: str, address: str, memo: str | None) -> bool:
    return any(
        (e.uid, e.coin, e.network, e.address) == (uid, coin, network, address) and (not e.memo or e.memo == memo)
        for e in b.quick.values()
    )


def old_crossed(b: BitunixBackend, symbol: str, value: Any) -> list[str]:
    return [
        o.order_id
        for o in b.orders.values()
        if o.symbol == symbol
        and o.open
        and o.price is not None
        and (o.price >= value if o.side == BUY else o.price <= value)
    ]


# ---- same answers ----------------------------------------------------------------------------------------
def record_queries(b: BitunixBackend, uid: int) -> list[dict[str, Any]]:
    mine = [r for r in b.records.values() if r.uid == uid]
    some = mine[len(mine) // 3]
    hashed = next(r for r in mine if r.tx_hash)
    return [
        {},
        {"limit": 1},
        {"limit": 7},
        {"limit": 100},
        {"limit": 3, "type": "withdraw"},
        {"limit": 5, "type": "inside_transfer"},
        {"id": some.record_id},
        {"outBizId": "b3"},
        {"remark": "r1", "limit": 4},
        {"transactionHash": hashed.tx_hash},
        {"coin": "BTC"},
        {"startTime": some.created_ms, "endTime": some.created_ms + 2, "limit": 3},
        {"endTime": some.created_ms, "limit": 5},
    ]


def deposit_queries(b: BitunixBackend, uid: int) -> list[dict[str, Any]]:
    mine = [d for d in b.deposits.values() if d.uid == uid]
    some = mine[len(mine) // 2]
    return [
        {},
        {"limit": 1},
        {"limit": 6},
        {"type": "inside_transfer_in", "limit": 3},
        {"type": "deposit", "limit": 2},
        {"id": some.deposit_id},
        {"coin": "BTC"},
        {"transactionHash": some.tx_hash},
        {"startTime": some.created_ms, "endTime": some.created_ms + 3, "limit": 2},
        {"endTime": some.created_ms, "limit": 4},
    ]


def test_same_answers_as_the_scans() -> None:
    for back in (False, True):
        b, _ = build(60, 45, back)
        for user in (MAIN, RECEIVER):
            for q in record_queries(b, user.uid):
                c = call(user, **q)
                assert h.withdraw_transfers(b, c) == old_withdraw_transfers(b, c), (back, user.uid, q)
            for q in deposit_queries(b, user.uid):
                c = call(user, **q)
                assert h.deposits(b, c) == old_deposits(b, c), (back, user.uid, q)
            for symbol in ("BTCUSDT", "ETHUSDT", "XRPUSDT"):
                c = call(user, symbol=symbol)
                assert h._orders(b, c) == old_orders(b, c)
                assert h.pending_orders(b, c) == [views.order(o) for o in old_orders(b, c) if o.open]
                for q in ({}, {"status": 1}, {"side": BUY, "page": 2, "pageSize": 5}):
                    assert h.order_history(b, call(user, symbol=symbol, **q))["total"] == len(
                        [
                            o
                            for o in old_orders(b, c)
                            if q.get("status") in (None, o.status) and q.get("side") in (None, o.side)
                        ]
                    )
        for uid in (MAIN.uid, RECEIVER.uid, 1):
            for address in (SEEDED_QUICK_ADDRESS, OTHER_TRON, tron(3), tron(4), tron(44)):
                for memo in (None, "", "7"):
                    assert b._quick_listed(uid, "USDT", TRC20, address, memo) == old_quick_listed(
                        b, uid, "USDT", TRC20, address, memo
                    )
        for symbol, price in (("BTCUSDT", "95000"), ("BTCUSDT", "75000"), ("ETHUSDT", "5000")):
            expected = old_crossed(b, symbol, b.amount(price, 2))
            assert expected
            assert [o.order_id for o in b.set_price(symbol, price)] == expected
            assert not old_crossed(b, symbol, b.amount(price, 2))
        assert b.ledger_problems() == [] and b.rule_problems() == []


def test_quick_list_after_removal_and_readding() -> None:
    b, _ = build(2, 2)
    first = b.add_quick_address(MAIN.uid, "USDT", TRC20, FRESH, "5", None)
    assert b.add_quick_address(MAIN.uid, "USDT", TRC20, FRESH, "5", None) is first
    b.remove_quick_address(first.address_id)
    assert not b._quick_listed(MAIN.uid, "USDT", TRC20, FRESH, "5")
    again = b.add_quick_address(MAIN.uid, "USDT", TRC20, FRESH, "5", None)
    assert again.address_id != first.address_id
    mine = [q for q in b.quick.values() if q.uid == MAIN.uid]
    assert b.user_quick_addresses(MAIN.uid) == mine and again in mine


# ---- rows read do not grow with the other user's records -------------------------------------------------
def test_a_request_reads_the_same_rows_with_1000_other_records() -> None:
    def rows(others: int) -> list[int]:
        b, store = build(30, others)
        c = call(MAIN, symbol="BTCUSDT")
        return [
            reads(store, lambda: h.withdraw_transfers(b, call(MAIN, limit=10))),
            reads(store, lambda: h.deposits(b, call(MAIN, limit=10))),
            reads(store, lambda: h.pending_orders(b, c)),
            reads(store, lambda: h.order_history(b, c)),
            reads(store, lambda: b._quick_listed(MAIN.uid, "USDT", TRC20, OTHER_TRON, None)),
            reads(store, lambda: b.add_quick_address(MAIN.uid, "USDT", TRC20, OTHER_TRON, None, None)),
        ]

    assert rows(0) == rows(1000)


def test_tick_moves_what_the_scan_moved_reading_only_open_records() -> None:
    b, store = build(40, 40)
    with store.transaction():
        for i, r in enumerate([r for r in b.records.values() if r.status in OPEN_STATUSES]):
            if i % 4:
                b.advance(r.record_id, SUCCESS if i % 3 else "fail")
    now = b.clock() + 10**6
    records = b.records.values()
    open_ids = [r.record_id for r in records if r.status in OPEN_STATUSES]
    pending = [d.deposit_id for d in b.deposits.values() if d.status == PENDING]
    assert len(open_ids) < len(records) / 2 and 0 < len(pending) < len(b.deposits) / 4
    # nothing due: each open record and pending deposit is read twice (its index row and itself), nothing else
    assert reads(store, lambda: b.tick(now, 10**9)) == 2 * (len(open_ids) + len(pending))
    moved: list[str] = []
    advance, advance_deposit = b.advance, b.advance_deposit
    b.advance = lambda i, to=None: moved.append(i) or advance(i, to)  # type: ignore[method-assign]
    b.advance_deposit = lambda i, to=SUCCESS: moved.append(i) or advance_deposit(i, to)  # type: ignore[method-assign]
    assert b.tick(now, 1) == len(open_ids) + len(pending)
    assert moved == open_ids + pending  # the old scans' order: records, then deposits, oldest first
    b.tick(now, 1), b.tick(now, 1)  # withdrawals take up to three steps
    assert not b.open_records.keys() and not b.pending_deposits.keys()
    assert not [r for r in b.records.values() if r.status in OPEN_STATUSES]
    assert b.ledger_problems() == [] and b.rule_problems() == []
