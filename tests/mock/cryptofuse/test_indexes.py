"""Cryptofuse's lists and client lookup read through indexes: the same answers as the old sorts over every record
(kept here to compare against), and an unfiltered newest-first page reads what it shows, however many records
are stored."""

from __future__ import annotations

import itertools
import random
import secrets
from types import SimpleNamespace
from typing import Any

import pytest

from coinrails_mock.engine.lists import Timeline
from coinrails_mock.providers.cryptofuse import backend as cf
from coinrails_mock.providers.cryptofuse import handlers as h
from coinrails_mock.providers.cryptofuse import views
from coinrails_mock.providers.cryptofuse.backend import CryptofuseBackend
from coinrails_mock.providers.cryptofuse.credentials import MAIN_CLIENT_ID, MAIN_CLIENT_SECRET, READ_CLIENT_ID
from coinrails_mock.providers.cryptofuse.currencies import CURRENCIES
from coinrails_mock.providers.cryptofuse.models import TO_MASTER, TO_SUB, Token
from tests.mock.stores import CountingStore, reads

from .conftest import TRON

USDT = CURRENCIES["USDTTRC20"]
ETH = CURRENCIES["ETH"]


class Clock:
    """Moves 1 ms every 20th reading (records tie in time); `offset` moves it back."""

    def __init__(self) -> None:
        self.n, self.offset = 0, 0

    def __call__(self) -> int:
        self.n += 1
        return 1_767_225_600_000 + self.n // 20 + self.offset


def call(**args: Any) -> Any:
    return SimpleNamespace(arg=lambda name, default=None: args.get(name, default), body=args, query=args)


def build(records: int, back: bool = False) -> tuple[CryptofuseBackend, CountingStore]:
    """Payments (some paid, some failed), withdrawals (some advanced), two wallets' transfers; `back`: the clock
    is moved back half-way."""
    store = CountingStore()
    clock = Clock()
    b = CryptofuseBackend(clock, store)
    with store.transaction():
        b.seed()
        wallets = [b.create_wallet(f"w{i}", f"ext{i}") for i in range(3)]
        for i in range(records // 10):  # more applications to look through
            b.create_app(f"app{i}")
        paid = b.create_payment(1000, USDT)
        b.simulate_deposit(paid.transaction_id, "100000")
        for i in range(records):
            if back and i == records // 2:
                clock.offset = -10_000
            p = b.create_payment(50 + i % 5, USDT if i % 2 else ETH, wallet_id=wallets[i % 3].wallet_id)
            if i % 5 == 0:
                b.fail_payment(p.transaction_id)
            w = b.create_withdrawal(USDT, TRON, amount=10 + i % 7, custom_id=f"c{i % 4}")
            if i % 3 == 0:
                b.advance_withdrawal(w.withdrawal_id)
            t = b.transfer(TO_SUB, wallets[i % 3], "USDTTRC20", 1, "https://example.com/cb")
            if i % 4 == 0:
                b.settle_transfer(t.id)
                t = b.transfer(TO_MASTER, wallets[i % 3], "USDTTRC20", 1, "https://example.com/cb")
                b.settle_transfer(t.id)
        b.drain_events()
    return b, store


# ---- the old code, as it was ------------------------------------------------------------------------------
def old_payments(b: CryptofuseBackend, c: Any) -> Any:
    found = [
        p
        for p in sorted(b.payments.values(), key=lambda p: (p.created_ms, p.transaction_id), reverse=True)
        if c.arg("status") in (None, p.status)
        and c.arg("currency") in (None, p.currency)
        and c.arg("blockchain") in (None, CURRENCIES[p.currency].blockchain)
        and c.arg("token") in (None, CURRENCIES[p.currency].token)
    ]
    items, limit, offset = h.page(found, c, 20)
    return {
        "count": len(found),
        "total": len(found),
        "offset": offset,
        "limit": limit,
        "results": [views.payment(p) for p in items],
    }


def old_withdrawals(b: CryptofuseBackend, c: Any) -> Any:
    start, end = h._date(c, "start_date"), h._date(c, "end_date")
    blockchain = c.arg("blockchain")
    key, reverse = h.SORTS[c.arg("sort", "created_desc")]
    found = [
        w
        for w in sorted(b.withdrawals.values(), key=key, reverse=reverse)  # type: ignore[arg-type]
        if c.arg("status") in (None, w.status)
        and (blockchain is None or h.chain(blockchain) == CURRENCIES[w.currency].blockchain)
        and c.arg("token") in (None, CURRENCIES[w.currency].token)
        and c.arg("custom_id") in (None, w.custom_id)
        and (start is None or w.created_ms >= start)
        and (end is None or w.created_ms <= end)
    ]
    items, _, _ = h.page(found, c, 20)
    return {"withdrawals": [views.withdrawal(w) for w in items], "total": len(found)}


def old_transfers(b: CryptofuseBackend, c: Any) -> Any:
    w = b.wallet(c.body["wallet_id"])
    found = [
        t
        for t in sorted(b.transfers.values(), key=lambda t: (t.created_ms, t.id), reverse=True)
        if t.wallet_id == w.wallet_id
        and c.arg("status") in (None, t.status)
        and c.arg("transfer_type") in (None, t.transfer_type)
        and c.arg("currency") in (None, t.currency)
    ]
    items, limit, offset = h.page(found, c, 20)
    return {
        "account": {"id": w.id, "name": w.name, "external_id": w.external_id, "wallet_id": w.wallet_id},
        "transfers": [views.transfer(t) for t in items],
        "pagination": {"total": len(found), "limit": limit, "offset": offset},
    }


def old_client(b: CryptofuseBackend, client_id: str | None) -> Any:
    return next((a for a in b.apps.values() if a.client_id == client_id), None)


def old_issue_token(b: CryptofuseBackend, app: Any, scope: str | None) -> Token:
    """The old issue_token: past MAX_TOKENS, every token is looked at (writes the tokens table only)."""
    asked = scope.split() if scope else list(app.scopes)
    now = b.clock()
    if len(b.tokens) >= cf.MAX_TOKENS:
        for key, old in b.tokens.items():
            if old.expires_ms <= now:
                del b.tokens[key]
    ordered = [s for s in ("read", "write", "admin") if s in asked]
    token = Token(secrets.token_urlsafe(30), app.id, ordered, now + cf.TOKEN_LIFETIME_S * 1000)
    b.tokens[token.token] = token
    return token


def old_delete_app(b: CryptofuseBackend, app_id: int) -> None:
    """The old delete_app, with today's rule for its tokens: left to the clean-up (refused, as their application is
    gone), so both sides drop tokens at the same times and the comparison is about the clean-up alone."""
    app = b.apps.pop(app_id)
    if b.client_ids.first(app.client_id) == app_id:
        b.client_ids.forget(app.client_id)


PAGES = [{}, {"limit": 1}, {"limit": 7, "offset": 3}, {"limit": 100, "offset": 50}, {"offset": 10**6}]


def test_same_answers_as_the_sorts() -> None:
    for back in (False, True):
        b, store = build(60, back)
        with store.transaction():
            assert len({p.created_ms for p in b.payments.values()}) < len(b.payments) / 2  # ties in time
            filters = [{}, {"status": "waiting"}, {"status": "failed"}, {"currency": "ETH"}, {"token": "USDT"}]
            for f, p in itertools.product(filters, PAGES):
                assert h.list_payments(b, call(**f, **p)) == old_payments(b, call(**f, **p)), (f, p)
            filters = [{}, {"status": "pending"}, {"custom_id": "c1"}, {"blockchain": "tron"}]
            filters += [{"sort": s} for s in h.SORTS]
            for f, p in itertools.product(filters, PAGES):
                assert h.list_withdrawals(b, call(**f, **p)) == old_withdrawals(b, call(**f, **p)), (f, p)
            filters = [{}, {"status": "pending"}, {"transfer_type": TO_MASTER}, {"currency": "USDTTRC20"}]
            for w, f, p in itertools.product(b.wallets.values(), filters, PAGES):
                c = call(wallet_id=w.wallet_id, **f, **p)
                assert h.get_transfer_history(b, c) == old_transfers(b, c), (f, p)
            info = h.get_tenant_info(b, call())["statistics"]
            assert (info["payments_count"], info["withdrawals_count"]) == (len(b.payments), len(b.withdrawals))


def test_client_lookup_follows_applications() -> None:
    b, store = build(0)
    with store.transaction():
        made = b.create_app("new")
        for client_id in (MAIN_CLIENT_ID, READ_CLIENT_ID, made.client_id, "nope", None):
            assert b.client_ids.first(client_id) == getattr(old_client(b, client_id), "id", None)
        b.delete_app(made.id)
        assert b.client_ids.first(made.client_id) is None is old_client(b, made.client_id)
        store.wipe(store.tenant)  # reset: the engine wipes the tenant's tables (indexes too) and seeds again
        b.seed()
        assert b.client_ids.first(MAIN_CLIENT_ID) == old_client(b, MAIN_CLIENT_ID).id
        assert b.payment_list.count("") == 0


def test_timeline_falls_back_to_sorting_when_times_went_back() -> None:
    store = CountingStore()
    line = Timeline(store, "t")
    with store.transaction():
        for when, item in [(1, "a"), (2, "c"), (2, "b"), (3, "d"), (2, "e"), (5, "f")]:
            line.add("o", when, (when, item))
        line.add("p", 9, (9, "x"))
        newest = line.newest("o", 3, lambda r: r, lambda r: r[0], lambda r: r)
        assert newest == [(5, "f"), (3, "d"), (2, "e")]
        assert line.newest("o", 0, lambda r: r, lambda r: r[0], lambda r: r) == []


# ---- an unfiltered page costs what it shows -------------------------------------------------------------------
def costs(records: int) -> dict[str, int]:
    b, store = build(records)
    with store.transaction():
        b.clock = itertools.count(1_800_000_000_000).__next__  # from here on, later and one ms apart
        wallet = b.create_wallet("quiet", "quiet")  # its own transfers only, whatever the others have
        b.transfer(TO_SUB, wallet, "USDTTRC20", 1, "https://example.com/cb")
        # what the newest page needs to see: records created after all the others
        for _ in range(25):
            b.create_payment(11, USDT)
            b.create_withdrawal(USDT, TRON, amount=10)
        return {
            "payments": reads(store, lambda: h.list_payments(b, call())),
            "withdrawals": reads(store, lambda: h.list_withdrawals(b, call(limit=5, offset=5))),
            "transfers": reads(store, lambda: h.get_transfer_history(b, call(wallet_id=wallet.wallet_id))),
            "filtered transfers": reads(
                store, lambda: h.get_transfer_history(b, call(wallet_id=wallet.wallet_id, status="pending"))
            ),
            "client": reads(store, lambda: b.client(MAIN_CLIENT_ID, MAIN_CLIENT_SECRET)),
            "tenant info": reads(store, lambda: h.get_tenant_info(b, call())["statistics"]["payments_count"]),
        }


def test_cost_does_not_grow_with_stored_records() -> None:
    assert costs(0) == costs(1000)


# ---- tokens: the clean-up past MAX_TOKENS and revocation ------------------------------------------------------
class Now:
    def __init__(self) -> None:
        self.now = 1_767_225_600_000

    def __call__(self) -> int:
        return self.now


LIFETIME = cf.TOKEN_LIFETIME_S * 1000


def test_tokens_are_dropped_and_revoked_as_the_scans_did(monkeypatch: pytest.MonkeyPatch) -> None:
    """Side by side with the old code (MAX_TOKENS made small so the clean-up runs often), the clock moving forward,
    back (shifted) and onto a token's expiry to the millisecond, applications deleted: the same tokens of existing
    applications are kept and every token is live or not at the same times."""
    monkeypatch.setattr(cf, "MAX_TOKENS", 25)
    rng = random.Random(5)
    for _ in range(8):
        clock = Now()
        new, old = CryptofuseBackend(clock), CryptofuseBackend(clock)
        new.seed()
        old.seed()
        apps = [1] + [new.create_app(f"a{i}").id for i in range(4)]
        assert apps == [1] + [old.create_app(f"a{i}").id for i in range(4)]
        issued: list[tuple[str, str]] = []
        for _ in range(200):
            move = rng.random()
            if move < 0.1:
                clock.now -= rng.choice([1, LIFETIME // 2, 2 * LIFETIME])  # shifted back
            elif move < 0.5:
                clock.now += rng.choice([0, 1, 999, LIFETIME // 3, LIFETIME])
            elif move < 0.6 and issued:  # onto an earlier token's expiry (expires_ms <= now: dropped)
                found = new.tokens.get(rng.choice(issued)[0])
                if found is not None:
                    clock.now = found.expires_ms + rng.choice([-1, 0])
            elif move < 0.63 and len(apps) > 1:
                app_id = apps.pop(rng.randrange(1, len(apps)))
                new.delete_app(app_id)
                old_delete_app(old, app_id)
                continue
            app_id = rng.choice(apps)
            scope = rng.choice([None, "read"])
            issued.append(
                (new.issue_token(new.apps[app_id], scope).token, old_issue_token(old, old.apps[app_id], scope).token)
            )
            assert [i for i, (t, _) in enumerate(issued) if t in new.tokens] == [
                i for i, (_, t) in enumerate(issued) if t in old.tokens
            ]
            for probe in (clock.now, clock.now - LIFETIME // 2, clock.now + LIFETIME // 2):
                assert [new.token(t, probe) is None for t, _ in issued] == [
                    old.token(t, probe) is None for _, t in issued
                ]
            assert new.token_expiries.count() == len(new.tokens)


def test_expired_tokens_are_refused_and_valid_ones_kept_across_clock_shifts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cf, "MAX_TOKENS", 0)  # the clean-up runs on every issue
    clock = Now()
    b = CryptofuseBackend(clock)
    b.seed()
    app = b.apps[1]
    start = clock.now
    first = b.issue_token(app, None).token  # expires start + LIFETIME
    clock.now = start - 2 * LIFETIME  # shifted back
    second = b.issue_token(app, None).token  # expires start - LIFETIME: an earlier time than the last filed
    assert b.token(first, clock.now) is not None and b.token(second, clock.now) is not None
    clock.now = start - LIFETIME - 1
    b.issue_token(app, None)
    assert first in b.tokens and b.token(second, clock.now) is not None  # valid for one more millisecond
    clock.now += 1
    assert b.token(second, clock.now) is None  # expired (still stored) is refused
    b.issue_token(app, None)
    assert second not in b.tokens and first in b.tokens
    clock.now = start + LIFETIME - 1
    b.issue_token(app, None)
    assert b.token(first, clock.now) is not None
    clock.now = start - 3 * LIFETIME  # back again: nothing is dropped before its expiry
    b.issue_token(app, None)
    assert first in b.tokens and b.token(first, clock.now) is not None
    clock.now = start + LIFETIME
    assert b.token(first, clock.now) is None
    b.issue_token(app, None)
    assert first not in b.tokens and b.token_expiries.count() == len(b.tokens)


@pytest.mark.parametrize("others", ["valid", "expired"])
@pytest.mark.parametrize("limit", [0, cf.MAX_TOKENS])
def test_issuing_a_token_reads_the_same_rows_with_1000_other_tokens(
    monkeypatch: pytest.MonkeyPatch, others: str, limit: int
) -> None:
    """With the clean-up on every issue (limit 0) or never reached (the real limit); expired tokens are forgotten
    by the first clean-up after they expire, which reads them, and never looked at again."""
    monkeypatch.setattr(cf, "MAX_TOKENS", limit)

    def rows(count: int) -> list[int]:
        clock = Now()
        store = CountingStore()
        b = CryptofuseBackend(clock, store)
        with store.transaction():
            b.seed()
            start, app = clock.now, b.apps[1]
            for _ in range(count):
                b.issue_token(app, None)
            clock.now = start + (1 if others == "valid" else LIFETIME)
            b.issue_token(app, None)
            clock.now += 1
            mine = b.create_app("mine")
            token = b.issue_token(mine, None).token
            return [
                reads(store, lambda: b.issue_token(app, None)),
                reads(store, lambda: b.token(token, clock.now)),
                reads(store, lambda: b.delete_app(mine.id)),
            ]

    assert rows(0) == rows(1000)


def test_deleting_applications_leaves_no_rows_behind_once_their_tokens_expire(monkeypatch: pytest.MonkeyPatch) -> None:
    """Create an application, log in, delete it, again and again: the store keeps what is live, not the history."""
    monkeypatch.setattr(cf, "MAX_TOKENS", 10)
    clock = Now()
    store = CountingStore()
    b = CryptofuseBackend(clock, store)

    def size() -> int:
        return sum(len(t.items()) for t in store.tables.values() if not t.shared)

    with store.transaction():
        b.seed()
        settled = None
        for round_ in range(300):
            app = b.create_app(f"churn {round_}")
            token = b.issue_token(app, None).token
            b.delete_app(app.id)
            assert b.token(token, clock.now) is None  # revoked at once
            clock.now += LIFETIME // 4
            if round_ == 100:
                settled = size()
        assert settled is not None and size() <= settled + 2


def test_a_created_tenants_forgotten_tokens_leave_no_rows_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine finds a created tenant by its tokens (a shared row per token): a forgotten token's row goes too."""
    monkeypatch.setattr(cf, "MAX_TOKENS", 5)
    clock = Now()
    store = CountingStore()
    b = CryptofuseBackend(clock, store)
    with store.transaction("t-created"):
        b.seed()
        app = b.apps[1]
        for _ in range(100):
            token = b.issue_token(app, None).token
            clock.now += LIFETIME
        rows = store.table("tenant_keys", shared=True).items()
        assert (f"bearer:{token}", {"tenant": "t-created"}) in rows and len(rows) <= 6
