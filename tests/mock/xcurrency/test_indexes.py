"""xCurrency's wallet, transaction and order lists and its token clean-up read through indexes: the same answers
as the old scans over every record (kept here to compare against), and a request reads the same rows however many
records other customers (or other tokens) have."""

from __future__ import annotations

import itertools
import random
import secrets
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest

from coinrails_mock.providers.xcurrency import handlers as h
from coinrails_mock.providers.xcurrency.backend import TOKEN_KEEP_MS, XCurrencyBackend
from coinrails_mock.providers.xcurrency.credentials import APPS, MAIN_APP
from coinrails_mock.providers.xcurrency.errors import XCurrencyRuleError
from coinrails_mock.providers.xcurrency.models import COMPLETED, TRANSFERRING, Token
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


def old_page(b: XCurrencyBackend, c: Any) -> Any:
    """The old listTopupOrders handler over the old scan."""
    orders = old_list_orders(b, c.arg("walletId"), c.arg("status"))
    size, number = c.arg("pageSize", h.DEFAULT_PAGE_SIZE), c.arg("pages", 1)
    return h.WithTotal([h.views.order(o) for o in orders[(number - 1) * size : number * size]], len(orders))


def old_issue_token(b: XCurrencyBackend, app_key: str, secret_key: str) -> str:
    """The old issue_token: every token is looked at on every issue (writes the tokens table only)."""
    app = APPS.get(app_key)
    if app is None or not secrets.compare_digest(app.secret_key.encode(), secret_key.encode()):
        raise XCurrencyRuleError("invalid appKey or secretKey")
    now = b.clock()
    for key, old in b.tokens.items():
        if now - old.expires_ms >= TOKEN_KEEP_MS:
            del b.tokens[key]
    token = secrets.token_hex(16)
    b.tokens[token] = Token(app_key, now, now + b.token_ttl_ms)
    return token


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


# ---- listTopupOrders: pages and totals ----------------------------------------------------------------------
def call(**args: Any) -> Any:
    return SimpleNamespace(arg=lambda name, default=None: args.get(name, default))


PAGES = [{}, {"pageSize": 1}, {"pageSize": 7, "pages": 3}, {"pageSize": 20, "pages": 2}, {"pageSize": 100}]
PAGES += [{"pageSize": 13, "pages": 6}, {"pageSize": 13, "pages": 7}, {"pageSize": 1, "pages": 70}]  # last, beyond
PAGES += [{"pageSize": 100, "pages": 1_000_000}]


def test_order_pages_and_totals_are_the_old_ones() -> None:
    b, _, _ = build(40, 30)
    statuses = [None, "COMPLETED", "CREDITED", "FAILED", TRANSFERRING]
    assert len(b.orders) == 70 and len(old_list_orders(b, None, None)) == 70
    for wallet_id, status, page in itertools.product([None, *b.wallets.keys()], statuses, PAGES):
        c = call(walletId=wallet_id, status=status, **page)
        assert h.list_topup_orders(b, c) == old_page(b, c), (wallet_id, status, page)
    assert h.list_topup_orders(b, call(pageSize=1, pages=70)).data != []  # the last order is on the last page
    for status in statuses:
        with pytest.raises(XCurrencyRuleError, match="wallet not found"):
            h.list_topup_orders(b, call(walletId="wal_nope", status=status))


def test_an_unfiltered_order_page_reads_what_it_shows() -> None:
    def rows(others: int) -> list[int]:
        b, store, wallet_ids = build(30, others)
        return [
            reads(store, lambda: h.list_topup_orders(b, call())),
            reads(store, lambda: h.list_topup_orders(b, call(pageSize=5, pages=3))),
            reads(store, lambda: h.list_topup_orders(b, call(pageSize=100, pages=1_000_000))),
            reads(store, lambda: h.list_topup_orders(b, call(walletId=wallet_ids[0], pageSize=3, pages=2))),
        ]

    # the list's length (read twice), then per order its id and its row; the wallet's row for its own list
    assert rows(0) == rows(1000) == [2 + 2 * 20, 2 + 2 * 5, 2, 1 + 2 + 2 * 3]


# ---- token clean-up ---------------------------------------------------------------------------------------
class Now:
    def __init__(self) -> None:
        self.now = 1_767_225_600_000

    def __call__(self) -> int:
        return self.now


def answer(b: XCurrencyBackend, token: str, now: int) -> str:
    try:
        return b.check_token(token, MAIN_APP.app_key, now)
    except XCurrencyRuleError as error:
        return error.message


HOUR = 3_600_000


def test_tokens_are_forgotten_exactly_when_the_scan_forgot_them() -> None:
    """Side by side with the old code, the clock moving forward, back (shifted) and tied to the millisecond with
    the keep limit, the lifetime changed: every token answers the same (valid / expired / invalid) at all times."""
    rng = random.Random(11)
    for _ in range(10):
        clock = Now()
        new, old = XCurrencyBackend(clock), XCurrencyBackend(clock)
        issued: list[tuple[str, str]] = []
        for _ in range(150):
            move = rng.random()
            if move < 0.15:
                clock.now -= rng.choice([1, HOUR, 20 * HOUR, 30 * HOUR])  # shifted back
            elif move < 0.7:
                clock.now += rng.choice([0, 1, 999, HOUR, 5 * HOUR, 24 * HOUR, 30 * HOUR])
            elif move < 0.8 and issued:  # right at the keep limit of an earlier token (the tie is forgotten)
                expires = new.tokens.get(rng.choice(issued)[0])
                if expires is not None:
                    clock.now = expires.expires_ms + TOKEN_KEEP_MS + rng.choice([-1, 0])
            else:
                new.token_ttl_ms = old.token_ttl_ms = rng.choice([1, 60_000, HOUR, 2 * HOUR, 24 * HOUR])
            issued.append(
                (
                    new.issue_token(MAIN_APP.app_key, MAIN_APP.secret_key),
                    old_issue_token(old, MAIN_APP.app_key, MAIN_APP.secret_key),
                )
            )
            kept_new = [i for i, (t, _) in enumerate(issued) if t in new.tokens]
            kept_old = [i for i, (_, t) in enumerate(issued) if t in old.tokens]
            assert kept_new == kept_old
            for probe in (clock.now, clock.now - HOUR, clock.now + HOUR):
                assert [answer(new, t, probe) for t, _ in issued] == [answer(old, t, probe) for _, t in issued]
        assert new.token_expiries.count() == len(new.tokens)


def test_expired_tokens_are_refused_and_valid_ones_kept_across_clock_shifts() -> None:
    clock = Now()
    b = XCurrencyBackend(clock)
    start = clock.now

    def issue() -> str:
        return b.issue_token(MAIN_APP.app_key, MAIN_APP.secret_key)

    def answers() -> list[str]:
        return [answer(b, t, clock.now) for t in (first, second, third)]

    valid, expired, invalid = MAIN_APP.app_key, "token expired", "token invalid"
    first = issue()  # expires start + 1 h
    clock.now += 2 * HOUR
    second = issue()  # expires start + 3 h
    clock.now = start - 10 * HOUR  # shifted back: both valid again
    third = issue()  # expires start - 9 h (an earlier time than the last filed)
    assert answers() == [valid, valid, valid]
    clock.now = start - 9 * HOUR + TOKEN_KEEP_MS - 1  # forward: all expired, none forgotten yet
    issue()
    assert answers() == [expired, expired, expired]
    clock.now += 1  # the third's keep limit, to the millisecond
    issue()
    assert answers() == [expired, expired, invalid]
    clock.now = start + HOUR + TOKEN_KEEP_MS  # the first's
    issue()
    assert answers() == [invalid, expired, invalid]
    clock.now = start  # back again: the second is valid again, the forgotten ones stay forgotten
    issue()
    assert answers() == [invalid, valid, invalid]
    clock.now = start + 3 * HOUR + TOKEN_KEEP_MS - 1
    issue()
    assert answers() == [invalid, expired, invalid]
    assert b.token_expiries.count() == len(b.tokens) == 7 - 2


@pytest.mark.parametrize("others", ["valid", "expired", "forgotten"])
def test_issuing_a_token_reads_the_same_rows_with_1000_other_tokens(others: str) -> None:
    def rows(count: int) -> list[int]:
        clock = Now()
        store = CountingStore()
        b = XCurrencyBackend(clock, store)
        with store.transaction():
            b.seed()
            start = clock.now
            for _ in range(count):
                b.issue_token(MAIN_APP.app_key, MAIN_APP.secret_key)
            clock.now = {"valid": start + 1, "expired": start + 2 * HOUR, "forgotten": start + 30 * HOUR}[others]
            if others == "forgotten":  # the first issue after they passed the keep limit forgets them
                forgets = reads(store, lambda: b.issue_token(MAIN_APP.app_key, MAIN_APP.secret_key))
                # 2 rows per forgotten token, and its run (read, then looked up again when filing the new token)
                assert forgets == 3 + (2 * count + 2 if count else 0)
            clock.now += 1
            token = b.issue_token(MAIN_APP.app_key, MAIN_APP.secret_key)
            return [
                reads(store, lambda: b.issue_token(MAIN_APP.app_key, MAIN_APP.secret_key)),
                reads(store, lambda: answer(b, token, clock.now)),
            ]

    assert rows(0) == rows(1000)
