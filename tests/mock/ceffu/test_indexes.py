"""The lookups and lists of Ceffu's request paths read through indexes: the same answers as the old scans over
every stored record (kept here to compare against), at a cost that does not grow with other entities' records."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from coinrails_mock.engine.accounts import Balance
from coinrails_mock.providers.ceffu import handlers as h
from coinrails_mock.providers.ceffu import views
from coinrails_mock.providers.ceffu.backend import CeffuBackend
from coinrails_mock.providers.ceffu.coins import COINS, deposit_address
from coinrails_mock.providers.ceffu.credentials import MAIN_ENTITY, OTHER_ENTITY
from coinrails_mock.providers.ceffu.errors import CeffuRuleError, not_found
from coinrails_mock.providers.ceffu.models import (
    COSIGN,
    DELEGATE,
    DEPOSIT,
    PRIME,
    QUALIFIED,
    SUB,
    UNDELEGATE,
    WITHDRAWAL,
    ZERO,
)
from tests.mock.stores import CountingStore, on_sqlite, reads, reopened, tx

START, END = 1_714_000_000_000, 1_714_000_000_000 + 10**9


class Clock:
    """Moves 1 ms every other reading: records tie in time."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> int:
        self.n += 1
        return START + self.n // 2


def call(entity: str, **args: Any) -> Any:
    return SimpleNamespace(
        principal=SimpleNamespace(entity_id=entity),
        operation=SimpleNamespace(definition={}),
        arg=lambda name, default=None: args.get(name, default),
    )


def fund(b: CeffuBackend, w: Any, coin: str, network: str, amount: str) -> Any:
    """A deposit to the address the wallet handed out (getDepositAddress)."""
    address, memo = b.address(w, coin, network)
    return b.deposit(address, coin, network, amount, memo or None)


def evm(n: int, entity: str) -> str:
    return "0x" + f"{n:08x}{entity[-4:]}".rjust(40, "a")


def build(others: int) -> tuple[CeffuBackend, CountingStore]:
    """MAIN's wallets, sub-wallets, deposits, whitelist and withdrawals (some final); `others` records of OTHER's
    (its withdrawals final but the internal one)."""
    store = CountingStore()
    b = CeffuBackend(Clock(), store)
    with store.transaction():
        b.seed()
        for entity, count in ((MAIN_ENTITY, 6), (OTHER_ENTITY, others)):
            prime = next(w for w in b.parents(entity) if w.wallet_type == PRIME)
            qualified = b.create_wallet(entity, "q", QUALIFIED, None)
            for _ in range(count // 10 if entity == OTHER_ENTITY else 0):  # more wallets to look through
                b.create_wallet(entity, "more", QUALIFIED, None)
            subs = [b.create_sub_wallet(entity, str(prime.wallet_id), f"s{i}", 0, None) for i in range(2)]
            for i in range(count):
                w = [prime, qualified, *subs][i % 4]
                fund(b, w, "ETH", "ETH", "5")
                fund(b, w, "XRP", "XRP", "20")
                if i % 4 == 1:
                    address = evm(i, entity)
                    b.add_whitelist(entity, address_type=1, address=address, label="l", symbol="ETH", network="ETH")
                    t = b.withdraw(
                        entity, wallet_id=str(w.wallet_id), coin="ETH", network="ETH", amount="0.05",
                        request_id=f"r{i}", address=address,
                    )  # fmt: skip
                    if i % 8 == 1 or entity == OTHER_ENTITY:  # OTHER's: history, nothing for tick() to move
                        b.advance(t.order_id, 40)
            activity(b, entity, count, prime, subs)
            fund(b, qualified, "ETH", "ETH", "1")
            b.withdraw(
                entity, wallet_id=str(qualified.wallet_id), coin="ETH", network="ETH", amount="0.05",
                request_id=f"internal-{entity}", to_wallet=str(prime.wallet_id),
            )  # fmt: skip
        b.drain_events()
    return b, store


def activity(b: CeffuBackend, entity: str, count: int, prime: Any, subs: list[Any]) -> None:
    """`count` rounds of transfers (auto-collections too), MirrorX orders, archive Mirror operations and
    transfers to the exchange of the entity's."""
    link = next(x for x in b.links.values() if x.entity_id == entity)
    tag = f"{entity}-{b.clock()}"
    auto = b.create_sub_wallet(entity, str(prime.wallet_id), "auto", 1, None) if count else None
    for i in range(count):
        fund(b, prime, "ETH", "ETH", "2")
        b.transfer(entity, str(prime.wallet_id), str(subs[i % 2].wallet_id), "ETH", "0.3", f"t{tag}{i}")
        b.transfer(entity, str(subs[i % 2].wallet_id), str(subs[(i + 1) % 2].wallet_id), "ETH", "0.1", None)
        fund(b, auto, "XRP", "XRP", "3")  # swept to the Prime wallet: a transfer without requestId
        b.mirror_order(entity, link.link_id, DELEGATE, ["ETH", "XRP"][i % 2], "0.4", f"m{tag}{i}")
        if i % 3 == 2:
            b.mirror_order(entity, link.link_id, UNDELEGATE, "ETH", "0.1", f"u{tag}{i}")
        operation, network = [(1, "ETH"), (3, "ETH"), (2, "XRP")][i % 3]
        b.mirror_operation(entity, link.link_id, operation, network, network, "0.2", f"o{tag}{i}")
        b.exchange_transfer(entity, str(prime.wallet_id), "ETH", "0.05", "ex-user", f"x{tag}{i}")


# ---- the old code, as it was ------------------------------------------------------------------------------
def old_txns(b: CeffuBackend, wallet_ids: set[int], direction: int, c: Any) -> list[Any]:
    start, end = h.window(c)
    return [
        t
        for t in b.txns.values()
        if t.wallet_id in wallet_ids
        and t.direction == direction
        and start <= t.created_ms <= end
        and c.arg("coinSymbol") in (None, t.coin)
        and c.arg("network") in (None, t.network)
        and c.arg("status") in (None, t.status)
    ]


def old_deposit_detail(b: CeffuBackend, c: Any) -> Any:
    found = [
        views.txn_v1(t)
        for t in b.txns.values()
        if t.entity_id == h.entity(c)
        and t.direction == DEPOSIT
        and c.arg("txId") in (None, t.tx_id)
        and c.arg("orderViewId") in (None, t.order_id)
        and c.arg("address") in (None, t.to_address)
        and c.arg("memo") in (None, t.memo)
    ]
    return found or None


def old_find_withdrawal(b: CeffuBackend, c: Any) -> Any:
    if c.arg("orderViewId") is not None:
        return b.withdrawal(c.arg("orderViewId"), h.entity(c))
    for t in b.txns.values():
        if t.direction == WITHDRAWAL and t.entity_id == h.entity(c) and t.request_id == c.arg("requestId"):
            return t
    raise not_found(f"withdrawal with requestId {c.arg('requestId')}")


def old_owner_of(b: CeffuBackend, address: str, network: str, memo: str | None) -> Any:
    for w in b.wallets.values():
        found, found_memo = deposit_address(w.wallet_id, network)
        if found == address and (not found_memo or found_memo == (memo or "")):
            return w
    raise not_found(f"no wallet owns {address} (memo {memo!r}) on {network}")


def old_whitelist_rows(b: CeffuBackend, entity: str) -> list[Any]:
    return [e for e in b.whitelist.values() if e.entity_id == entity]


def old_due(b: CeffuBackend) -> list[str]:
    return [t.order_id for t in b.txns.values() if t.direction == WITHDRAWAL and t.status in (10, 20, 30)]


def old_transaction_history(b: CeffuBackend, c: Any) -> Any:
    start, end = h._date_ms(c.arg("startDate"), end=False), h._date_ms(c.arg("endDate"), end=True)
    h.check_window(c, start, end + 1 - h.DAY_MS)
    wallets = {
        w.wallet_id: w
        for w in b.wallets.values()
        if w.entity_id == h.entity(c) and w.wallet_type == c.arg("walletType")
    }
    ids = c.arg("walletIds")
    rows = [
        views.asset_log(e, wallets[e.wallet_id])
        for e in b.asset_logs.values()
        if e.wallet_id in wallets
        and start <= e.ts <= end
        and (ids is None or str(e.wallet_id) in ids)
        and (c.arg("bizTypes") is None or e.biz_type in c.arg("bizTypes"))
        and (c.arg("networks") is None or e.network in c.arg("networks"))
        and (c.arg("symbols") is None or e.coin in c.arg("symbols"))
        and c.arg("txId") in (None, e.tx_id)
    ]
    return h.page(rows, c)


def old_transfer_history(b: CeffuBackend, c: Any) -> Any:
    w = h.wallet_arg(b, c)
    start, end = h.window(c)
    rows = [
        views.transfer_item(t)
        for t in b.transfers.values()
        if w.wallet_id in (t.from_id, t.to_id) and start <= t.created_ms <= end
    ]
    return h.page(
        [r for r in rows if h.matches(c, r, coinSymbol="coinSymbol", direction="direction", status="status")], c
    )


def old_transfer_detail(b: CeffuBackend, c: Any) -> Any:
    w = h.wallet_arg(b, c, "walletIdStr")
    for t in b.transfers.values():
        if (
            w.wallet_id in (t.from_id, t.to_id)
            and c.arg("orderViewId") in (None, t.order_id)
            and c.arg("requestId") in (None, t.request_id)
        ):
            return views.transfer_detail(t)
    raise not_found("no such transfer for this wallet")


def old_mirror_orders(b: CeffuBackend, c: Any) -> Any:
    link = b.link(h.entity(c), c.arg("mirrorXLinkId"))
    start, end = h.window(c)
    rows = [
        views.mirror_order(o, link)
        for o in b.mirror_orders.values()
        if o.link_id == link.link_id and start <= o.created_ms <= end
    ]
    return h.page([r for r in rows if h.matches(c, r, coinSymbol="coinSymbol", orderType="orderType")], c)


def old_mirror_records(b: CeffuBackend, c: Any) -> Any:
    links = h._links_of(b, c, "binanceUID")
    start, end = h.window(c)
    rows = [
        views.mirror_record(r, links[r.link_id])
        for r in b.mirror_records.values()
        if r.link_id in links and start <= r.created_ms <= end
    ]
    names = {"coinSymbol": "coinSymbol", "network": "network", "operationType": "operationType", "status": "status"}
    return h.page_result([r for r in rows if h.matches(c, r, **names)], c)


def old_exchange_history(b: CeffuBackend, c: Any) -> Any:
    w = h.wallet_arg(b, c)
    start, end = h.window(c)
    rows = [
        views.exchange_transfer(t)
        for t in b.exchange.values()
        if t.wallet_id == w.wallet_id and start <= t.created_ms <= end
    ]
    return h.page(
        [r for r in rows if h.matches(c, r, coinSymbol="coinSymbol", direction="direction", status="status")], c
    )


def old_exchange_detail(b: CeffuBackend, c: Any) -> Any:
    w = h.wallet_arg(b, c)
    for t in b.exchange.values():
        if (
            t.wallet_id == w.wallet_id
            and c.arg("orderViewId") in (None, t.order_id)
            and c.arg("requestId") in (None, t.request_id)
        ):
            return views.exchange_transfer(t)
    raise not_found("no such exchange transfer for this wallet")


def old_assets(b: CeffuBackend, w: Any, coin: str | None = None) -> list[Any]:
    mirrored: dict[str, Any] = {}
    for (link_id, c), v in b.positions.items():
        if b.links[link_id].wallet_id == w.wallet_id:
            mirrored[c] = mirrored.get(c, ZERO) + v
    rows = []
    for c in COINS:
        if coin not in (None, c):
            continue
        bal = b.accounts.rows.get((w.wallet_id, c))
        if bal is not None or c in mirrored or coin == c:
            rows.append((c, bal or Balance(), mirrored.get(c, ZERO)))
    return rows


# ---- same answers ---------------------------------------------------------------------------------------------
def answer(fn: Any) -> Any:
    try:
        return fn()
    except CeffuRuleError as e:
        return ("error", e.code)


def test_same_answers_as_the_scans() -> None:
    b, store = build(40)
    with store.transaction():
        for entity in (MAIN_ENTITY, OTHER_ENTITY):
            wallets = [w for w in b.wallets.values() if w.entity_id == entity]
            primes = [w for w in wallets if w.wallet_type == PRIME]
            for direction in (DEPOSIT, WITHDRAWAL):
                for args in ({}, {"coinSymbol": "XRP"}, {"status": 10}, {"startTime": START + 20}):
                    c = call(entity, **{"startTime": START, "endTime": END, **args})
                    for w in wallets:
                        assert h.txns(b, {w.wallet_id}, direction, c) == old_txns(b, {w.wallet_id}, direction, c)
                    for p in primes if direction == DEPOSIT else []:  # the handler asks deposits only
                        subs = {s.wallet_id for s in b.subs(p)}
                        assert h.txns(b, subs, direction, c) == old_txns(b, subs, direction, c)
                        assert h.txns(b, subs, direction, c) or args
            deposits = [t for t in b.txns.values() if t.direction == DEPOSIT]
            withdrawals = [t for t in b.txns.values() if t.direction == WITHDRAWAL]
            asks: list[dict[str, Any]] = [{}, {"txId": "nope"}, {"orderViewId": "nope"}, {"address": "nope"}]
            for t in deposits[::3]:
                asks += [
                    {"txId": t.tx_id},
                    {"orderViewId": t.order_id},
                    {"address": t.to_address},
                    {"address": t.to_address, "memo": t.memo},
                    {"orderViewId": t.order_id, "txId": t.tx_id},
                    {"orderViewId": t.order_id, "address": "other"},
                ]
            asks += [{"orderViewId": withdrawals[0].order_id}]
            for args in asks:
                c = call(entity, **args)
                assert h.deposit_detail(b, c) == old_deposit_detail(b, c), args
            for t in withdrawals:
                for args in ({"requestId": t.request_id}, {"orderViewId": t.order_id}, {"requestId": "nope"}):
                    c = call(entity, **args)
                    assert answer(lambda c=c: h._find_withdrawal(b, c)) == answer(lambda c=c: old_find_withdrawal(b, c))
            for w in wallets:
                for network in ("ETH", "XRP", "TRON", "SOL", "BSC"):
                    address, memo = deposit_address(w.wallet_id, network)
                    for m in {memo or None, None, "1", "x"}:
                        assert answer(lambda a=address, n=network, m=m: b._owner_of(a, n, m)) == answer(
                            lambda a=address, n=network, m=m: old_owner_of(b, a, n, m)
                        )
            assert b.whitelist_of(entity) == old_whitelist_rows(b, entity)
            c = call(entity)
            assert h.whitelist_list(b, c)["data"] == [views.whitelist_entry(e) for e in old_whitelist_rows(b, entity)]
        assert answer(lambda: b._owner_of("0x" + "1" * 40, "ETH", None)) == ("error", "G20020")
        assert [b.txns[i].order_id for i in b.open_withdrawals.keys()] == old_due(b)


PAGES: list[dict[str, Any]] = [{}, {"pageNo": 2, "pageLimit": 3}, {"pageNo": 40, "pageLimit": 100}, {"pageLimit": 1}]


def windows(times: list[int]) -> list[dict[str, Any]]:
    """The whole window, and windows whose edges fall on records' times (ties on the edge)."""
    middle = sorted(times)[len(times) // 2] if times else START
    return [
        {"startTime": START - 10**6, "endTime": END},
        {"startTime": middle, "endTime": END},
        {"startTime": START - 10**6, "endTime": middle},
        {"startTime": middle, "endTime": middle},
    ]


def same(new: Any, old: Any, args: dict[str, Any]) -> None:
    assert answer(new) == answer(old), args


def compare_other_lists(b: CeffuBackend) -> None:
    """Transaction history, transfers, MirrorX orders, Mirror records, exchange transfers and wallet assets
    answer as the old scans did, for every entity's wallets and links, filters, windows and pages."""
    other_wallet = next(w for w in b.wallets.values() if w.entity_id == OTHER_ENTITY)
    for entity in (MAIN_ENTITY, OTHER_ENTITY):
        wallets = [w for w in b.wallets.values() if w.entity_id == entity] + [other_wallet]
        link = next(x for x in b.links.values() if x.entity_id == entity)
        transfers = [t for t in b.transfers.values() if t.entity_id == entity]
        exchange = [t for t in b.exchange.values() if t.entity_id == entity]
        logs = [e for e in b.asset_logs.values() if b.wallets[e.wallet_id].entity_id == entity]
        assert transfers and exchange and logs and len({t.created_ms for t in transfers}) < len(transfers)  # ties
        days = [{"startDate": "20240424", "endDate": "20240424"}, {"startDate": "20240401", "endDate": "20240630"}]
        filters: list[dict[str, Any]] = [
            {},
            {"bizTypes": [50]},
            {"bizTypes": [15, 3110], "symbols": ["XRP"]},
            {"networks": ["ETH"]},
            {"txId": next(e.tx_id for e in logs if e.tx_id)},
            {"walletIds": [str(w.wallet_id) for w in wallets[1::2]]},
            {"walletIds": ["0" + str(wallets[0].wallet_id), "1"]},
            {"walletIds": []},
        ]
        for kind in (QUALIFIED, COSIGN, PRIME, SUB):
            for args in [{**d, **f, **p} for d in days for f in filters for p in PAGES[:2]] + [{**days[1], **PAGES[2]}]:
                c = call(entity, walletType=kind, **args)
                same(lambda c=c: h.transaction_history(b, c), lambda c=c: old_transaction_history(b, c), args)
        for w in wallets:
            for coin in (None, "ETH", "XRP", "BTC"):
                assert b.assets(w, coin) == old_assets(b, w, coin)
            asks: list[dict[str, Any]] = [
                {},
                {"coinSymbol": "XRP"},
                {"direction": 70},
                {"status": 10},
                {"coinSymbol": "ETH", "direction": 10},
            ]
            for window in windows([t.created_ms for t in transfers]):
                for args in [{**window, **a, **p} for a in asks for p in PAGES]:
                    c = call(entity, walletId=w.wallet_id, **args)
                    same(lambda c=c: h.transfer_history(b, c), lambda c=c: old_transfer_history(b, c), args)
                    same(lambda c=c: h.exchange_history(b, c), lambda c=c: old_exchange_history(b, c), args)
            for args in [{}, {"requestId": "nope"}, {"orderViewId": "nope"}, {"requestId": exchange[0].request_id}]:
                c = call(entity, walletId=w.wallet_id, walletIdStr=str(w.wallet_id), **args)
                same(lambda c=c: h.transfer_detail(b, c), lambda c=c: old_transfer_detail(b, c), args)
                same(lambda c=c: h.exchange_detail(b, c), lambda c=c: old_exchange_detail(b, c), args)
        for t in transfers[::3] + exchange[::3]:
            ids = {getattr(t, "from_id", None), getattr(t, "to_id", None), getattr(t, "wallet_id", None)}
            for w in [x for x in wallets if x.wallet_id in ids][:2] + wallets[:2]:
                for args in (
                    {"orderViewId": t.order_id},
                    {"requestId": t.request_id},
                    {"orderViewId": t.order_id, "requestId": t.request_id},
                    {"orderViewId": t.order_id, "requestId": "other"},
                ):
                    c = call(entity, walletId=w.wallet_id, walletIdStr=str(w.wallet_id), **args)
                    same(lambda c=c: h.transfer_detail(b, c), lambda c=c: old_transfer_detail(b, c), args)
                    same(lambda c=c: h.exchange_detail(b, c), lambda c=c: old_exchange_detail(b, c), args)
        orders = [o for o in b.mirror_orders.values() if o.link_id == link.link_id]
        records = [r for r in b.mirror_records.values() if r.link_id == link.link_id]
        assert orders and records
        for link_id in (link.link_id, "1000000002", "404"):
            for window in windows([o.created_ms for o in orders]):
                asks = [{}, {"coinSymbol": "XRP"}, {"orderType": 20}, {"coinSymbol": "ETH", "orderType": 10}]
                for args in [{**window, **a, **p} for a in asks for p in PAGES]:
                    c = call(entity, mirrorXLinkId=link_id, **args)
                    same(lambda c=c: h.mirrorx_orders(b, c), lambda c=c: old_mirror_orders(b, c), args)
        for window in windows([r.created_ms for r in records]):
            asks = [
                {},
                {"walletIdStr": str(link.wallet_id)},
                {"walletIdStr": "1"},
                {"binanceUID": link.binance_uid, "coinSymbol": "ETH"},
                {"network": "XRP", "operationType": 2},
                {"operationType": 1, "status": 30},
            ]
            for args in [{**window, **a, **p} for a in asks for p in PAGES]:
                c = call(entity, **args)
                same(lambda c=c: h.mirror_records(b, c), lambda c=c: old_mirror_records(b, c), args)


def test_the_other_lists_same_answers_as_the_scans() -> None:
    b, store = build(40)
    with store.transaction():
        compare_other_lists(b)


class Back:
    """A clock shifted back: each reading 1 ms earlier every other time, from before the records so far."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> int:
        self.n += 1
        return START + 20 - self.n // 2


def test_the_other_lists_same_answers_when_the_clock_went_back() -> None:
    b, store = build(12)
    with store.transaction():
        b.clock = Back()
        for entity in (MAIN_ENTITY, OTHER_ENTITY):
            prime = next(w for w in b.parents(entity) if w.wallet_type == PRIME)
            activity(b, entity, 6, prime, b.subs(prime)[:2])
        b.drain_events()
        compare_other_lists(b)


def test_the_new_indexes_are_rows_of_a_sql_store(tmp_path: Path) -> None:
    b = on_sqlite(CeffuBackend, Clock(), tmp_path / "ceffu.sqlite")
    with tx(b):
        for entity in (MAIN_ENTITY, OTHER_ENTITY):
            prime = next(w for w in b.parents(entity) if w.wallet_type == PRIME)
            subs = [b.create_sub_wallet(entity, str(prime.wallet_id), f"s{i}", 0, None) for i in range(2)]
            activity(b, entity, 4, prime, subs)
        b.drain_events()
    again = reopened(CeffuBackend, Clock(), tmp_path / "ceffu.sqlite")  # every row read back from the file
    with tx(again):
        compare_other_lists(again)


def test_indexes_follow_every_change() -> None:
    b, store = build(8)
    with store.transaction():
        due = old_due(b)
        assert b.tick(END, 1) == len(due)  # each moves one step (10 -> 20): still open
        assert list(b.open_withdrawals.keys()) == old_due(b) == due
        for order_id in due[:2]:
            b.advance(order_id, 99)
        assert list(b.open_withdrawals.keys()) == old_due(b) == due[2:]
        entry = b.whitelist_of(MAIN_ENTITY)[0]
        b.add_whitelist(
            MAIN_ENTITY, address_type=1, address=evm(999, MAIN_ENTITY), label="new", symbol="ETH", network="ETH",
            whitelist_id=entry.whitelist_id,
        )  # fmt: skip
        assert b.whitelist_of(MAIN_ENTITY) == old_whitelist_rows(b, MAIN_ENTITY)
        with pytest.raises(CeffuRuleError, match="already whitelisted"):
            b.add_whitelist(
                MAIN_ENTITY, address_type=1, address=evm(999, MAIN_ENTITY), label="x", symbol="ETH", network="ETH"
            )
        # reset: the engine wipes the tenant's tables (the indexes too) and seeds again
        store.wipe(store.tenant)
        b.seed()
        assert not b.open_withdrawals.keys() and b.whitelist_of(MAIN_ENTITY) == []
        prime = next(w for w in b.parents(MAIN_ENTITY) if w.wallet_type == PRIME)
        t = fund(b, prime, "ETH", "ETH", "1")
        assert h.deposit_detail(b, call(MAIN_ENTITY, txId=t.tx_id)) == [views.txn_v1(t)]


# ---- the cost does not grow with other entities' records --------------------------------------------------------
def costs(others: int) -> dict[str, int]:
    b, store = build(others)
    with store.transaction():
        prime = next(w for w in b.parents(MAIN_ENTITY) if w.wallet_type == PRIME)
        t = next(t for t in b.txns.values() if t.entity_id == MAIN_ENTITY and t.direction == DEPOSIT)
        w = next(t for t in b.txns.values() if t.entity_id == MAIN_ENTITY and t.direction == WITHDRAWAL)
        address = b.address(prime, "ETH", "ETH")[0]
        whitelisted = b.whitelist_of(MAIN_ENTITY)[0].address
        main = {"walletId": prime.wallet_id, "startTime": START, "endTime": END}
        out = {
            "deposit history": reads(store, lambda: h.deposit_history(b, call(MAIN_ENTITY, **main))),
            "by prime": reads(store, lambda: h.sub_wallet_deposits_by_prime(b, call(MAIN_ENTITY, **main))),
            "withdrawal history": reads(store, lambda: h.withdrawal_history(b, call(MAIN_ENTITY, **main))),
            "deposit by txId": reads(store, lambda: h.deposit_detail(b, call(MAIN_ENTITY, txId=t.tx_id))),
            "deposit by address": reads(store, lambda: h.deposit_detail(b, call(MAIN_ENTITY, address=t.to_address))),
            "by requestId": reads(store, lambda: h.withdrawal_detail(b, call(MAIN_ENTITY, requestId=w.request_id))),
            "deposit arriving": reads(store, lambda: b.deposit(address, "ETH", "ETH", "1")),
            "whitelist list": reads(store, lambda: h.whitelist_list(b, call(MAIN_ENTITY))),
        }
        out["withdraw"] = reads(
            store,
            lambda: b.withdraw(
                MAIN_ENTITY,
                wallet_id=str(prime.wallet_id),
                coin="ETH",
                network="ETH",
                amount="0.05",
                request_id="cost",
                address=whitelisted,
            ),
        )
        new = evm(12345, MAIN_ENTITY)
        out["add whitelist"] = reads(
            store,
            lambda: b.add_whitelist(MAIN_ENTITY, address_type=1, address=new, label="c", symbol="ETH", network="ETH"),
        )
        out["tick"] = reads(store, lambda: b.tick(START, 10**9))  # nothing is due: it looks at the open ones only
        link = next(x for x in b.links.values() if x.entity_id == MAIN_ENTITY)
        transfer = next(t for t in b.transfers.values() if t.entity_id == MAIN_ENTITY and t.request_id)
        moved = next(t for t in b.exchange.values() if t.entity_id == MAIN_ENTITY)
        sub = b.subs(prime)[0]
        days = {"startDate": "20240401", "endDate": "20240630"}
        lists = {
            "transaction history": lambda: h.transaction_history(b, call(MAIN_ENTITY, walletType=PRIME, **days)),
            "sub-wallet transactions": lambda: h.transaction_history(
                b, call(MAIN_ENTITY, walletType=SUB, walletIds=[str(sub.wallet_id)], **days)
            ),
            "transfer history": lambda: h.transfer_history(b, call(MAIN_ENTITY, **main)),
            "exchange history": lambda: h.exchange_history(b, call(MAIN_ENTITY, **main)),
            "mirrorx orders": lambda: h.mirrorx_orders(b, call(MAIN_ENTITY, mirrorXLinkId=link.link_id, **main)),
            "mirror records": lambda: h.mirror_records(b, call(MAIN_ENTITY, **main)),
            "wallet assets": lambda: h.wallet_assets(b, call(MAIN_ENTITY, walletId=prime.wallet_id)),
            "wallet summary": lambda: h.wallet_summary(b, call(MAIN_ENTITY, walletIdStr=str(prime.wallet_id))),
        }
        for name, ask in lists.items():
            out[name] = reads(store, ask)
        for name, args in {
            "by orderViewId": {"orderViewId": transfer.order_id},
            "by requestId": {"requestId": transfer.request_id},
            "first": {},
        }.items():
            c = call(MAIN_ENTITY, walletIdStr=str(prime.wallet_id), **args)
            out[f"transfer detail {name}"] = reads(store, partial(h.transfer_detail, b, c))
        for name, args in {
            "by orderViewId": {"orderViewId": moved.order_id},
            "by requestId": {"requestId": moved.request_id},
            "first": {},
        }.items():
            c = call(MAIN_ENTITY, walletId=prime.wallet_id, **args)
            out[f"exchange detail {name}"] = reads(store, partial(h.exchange_detail, b, c))
        return out


def test_cost_does_not_grow_with_other_entities_records() -> None:
    alone, crowded = costs(0), costs(1000)
    assert crowded == alone


def test_an_address_never_handed_out_is_found_once_by_a_scan_then_by_its_index() -> None:
    b, store = build(100)
    with store.transaction():
        newest = list(b.wallets.values())[-1]  # the scan meets it last
        address, _ = deposit_address(newest.wallet_id, "BSC")  # derived here, never asked for
        first = reads(store, lambda: b.deposit(address, "USDT", "BSC", "1"))
        again = reads(store, lambda: b.deposit(address, "USDT", "BSC", "1"))
        assert {t.wallet_id for t in b.txns.values() if t.to_address == address} == {newest.wallet_id}
        wallets = len(b.wallets)
    assert first >= again + wallets - 2  # the scan read every wallet, the second deposit only the index
