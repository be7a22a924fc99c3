"""xCurrency's wallet, transaction and order lists read through indexes: the same answers as the old scans over
every record (kept here to compare against), and a request reads the same rows however many records other
customers have."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from coinrails_mock.providers.xcurrency.backend import XCurrencyBackend
from coinrails_mock.providers.xcurrency.models import COMPLETED, TRANSFERRING
from tests.mock.stores import CountingStore, reads


class Clock:
    """Moves 1 ms every 5th reading (records tie in time)."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> int:
        self.n += 1
        return 1_767_225_600_000 + self.n // 5


def build(mine: int, others: int) -> tuple[XCurrencyBackend, CountingStore, list[str]]:
    """A customer with 3 wallets and `mine` orders over them (some completed, some failed), and `others` other
    customers' wallets and orders, interleaved. Returns the first customer's wallet ids."""
    store = CountingStore()
    b = XCurrencyBackend(Clock(), store)
    with store.transaction():
        b.seed()
        me = b.create_customer("me", "Me", "me@example.com")
        wallets = [b.create_wallet(me.customer_id, *pair) for pair in (("USDT", "TRON"), ("USDC", "ETH"))] * 2
        wallets = wallets[:3]
        for i in range(max(mine, others)):
            if i < others:
                c = b.create_customer(f"c{i}", "Other", f"c{i}@example.com")
                w = b.create_wallet(c.customer_id, "USDT", "TRON")
                o = b.create_order(b.create_quote("USD", "USDT", "150").query_no, w.wallet_id, "B")
                if i % 4:
                    b.settle(o.order_id, i % 3 != 0)
            if i < mine:
                w = wallets[i % 3]
                o = b.create_order(b.create_quote("USD", w.asset, str(100 + i)).query_no, w.wallet_id, "A")
                if i % 3 == 0:
                    b.settle(o.order_id, True)
                elif i % 5 == 0:
                    b.settle(o.order_id, False)
        b.drain_events()
    return b, store, [w.wallet_id for w in wallets]


# ---- the old code, as it was ------------------------------------------------------------------------------
def old_customer_wallets(b: XCurrencyBackend, customer_id: str) -> Any:
    b.customer(customer_id)
    return [w for w in b.wallets.values() if w.customer_id == customer_id]


def old_pending(b: XCurrencyBackend, w: Any) -> Decimal:
    return sum(
        (o.target_amount for o in b.orders.values() if o.wallet_id == w.wallet_id and o.status == TRANSFERRING),
        Decimal(0),
    )


def old_transactions(b: XCurrencyBackend, wallet_id: str) -> Any:
    b.wallet(wallet_id)
    return [t for t in reversed(b.txs.values()) if t.wallet_id == wallet_id]


def old_list_orders(b: XCurrencyBackend, wallet_id: str | None, status: str | None) -> Any:
    if wallet_id is not None:
        b.wallet(wallet_id)
    wanted = COMPLETED if status == "CREDITED" else status
    return [o for o in reversed(b.orders.values()) if wallet_id in (None, o.wallet_id) and wanted in (None, o.status)]


def old_due(b: XCurrencyBackend, now: int, auto_advance_ms: int) -> list[str]:
    return [o.order_id for o in b.orders.values() if o.status == TRANSFERRING and now - o.created_ms >= auto_advance_ms]


def test_same_answers_as_the_scans() -> None:
    b, _, wallet_ids = build(40, 30)
    customers = [c.customer_id for c in b.customers.values()]
    for customer_id in customers:
        assert b.customer_wallets(customer_id) == old_customer_wallets(b, customer_id)
    for w in b.wallets.values():
        assert b.pending(w) == old_pending(b, w)
        assert b.transactions(w.wallet_id) == old_transactions(b, w.wallet_id)
        for status in (None, "COMPLETED", "CREDITED", "FAILED", TRANSFERRING):
            assert b.list_orders(w.wallet_id, status) == old_list_orders(b, w.wallet_id, status)
    for status in (None, "CREDITED", TRANSFERRING):
        assert b.list_orders(None, status) == old_list_orders(b, None, status)
    assert all(b.pending(b.wallets[i]) > 0 for i in wallet_ids)
    now = b.clock()
    due = old_due(b, now + 1_000, 1_000)
    assert len(due) > 10
    settled = []
    b.emit = lambda kind, entity_id, data, url=None: settled.append(entity_id)  # type: ignore[method-assign]
    assert b.tick(now + 1_000, 1_000) == len(due) and settled == due
    assert old_due(b, now + 1_000, 1_000) == [] and b.ledger_problems() == []


# ---- rows read do not grow with other customers' records ---------------------------------------------
def test_a_request_reads_the_same_rows_with_1000_other_records() -> None:
    def rows(others: int) -> list[int]:
        b, store, wallet_ids = build(30, others)
        customer_id = b.wallets[wallet_ids[0]].customer_id
        return [
            reads(store, lambda: b.customer_wallets(customer_id)),
            reads(store, lambda: b.pending(b.wallets[wallet_ids[0]])),
            reads(store, lambda: b.transactions(wallet_ids[0])),
            reads(store, lambda: b.list_orders(wallet_ids[1], "CREDITED")),
        ]

    assert rows(0) == rows(1000)


def test_tick_reads_open_orders_not_history() -> None:
    """tick() looks at the orders still waiting for fiat, not at every settled one."""
    b, store, _ = build(0, 1000)
    now = b.clock()
    assert len(b.orders) == 1000
    # each of the 250 TRANSFERRING orders: its open_orders row and the order; nothing settled
    assert reads(store, lambda: b.tick(now, 10**9)) == 2 * 250
