"""operationId -> handler(backend, call) -> envelope `data`. Thin glue: rules live in backend.py, shapes in views.py.

Requests reaching a handler are authenticated and valid against the spec; `call.arg(name)` reads a query
parameter (GET) or body field (POST).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from coinrails_mock.engine import paging
from coinrails_mock.engine.lists import Lists
from coinrails_mock.engine.provider import Call
from coinrails_mock.engine.store import Table
from coinrails_mock.providers.ceffu import views
from coinrails_mock.providers.ceffu.backend import CeffuBackend
from coinrails_mock.providers.ceffu.errors import CeffuRuleError, bad_window, invalid, not_found
from coinrails_mock.providers.ceffu.models import DEPOSIT, PRIME, SUB, WITHDRAWAL, ZERO, Txn, Wallet

DEFAULT_PAGE_LIMIT = 20
DAY_MS = 86_400_000
Handler = Callable[[CeffuBackend, Call], Any]
HANDLERS: dict[str, Handler] = {}


def handler(operation_id: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[operation_id] = fn
        return fn

    return register


# ---- shared helpers ------------------------------------------------------------------------------
def entity(call: Call) -> str:
    return call.principal.entity_id


def page(items: list[Any], call: Call) -> dict[str, Any]:
    """Ceffu paging: {data, totalPage, pageNo, pageLimit}."""
    return page_of(len(items), lambda start, stop: items[start:stop], call)


def page_of(total: int, fetch: Callable[[int, int], list[Any]], call: Call) -> dict[str, Any]:
    """Ceffu paging over a list of `total` items that `fetch(start, stop)` reads a slice of."""
    number, limit = call.arg("pageNo", 1), call.arg("pageLimit", DEFAULT_PAGE_LIMIT)
    return {
        "data": fetch((number - 1) * limit, number * limit),
        "totalPage": paging.page_count(total, limit),
        "pageNo": number,
        "pageLimit": limit,
    }


def page_result(items: list[Any], call: Call) -> dict[str, Any]:
    """Archive Mirror paging: {total, data, pageNo, pageSize}."""
    number, limit = call.arg("pageNo", 1), call.arg("pageLimit", DEFAULT_PAGE_LIMIT)
    return {
        "total": len(items),
        "data": paging.numbered(items, number, limit),
        "pageNo": number,
        "pageSize": limit,
    }


def check_window(call: Call, start: int, end: int) -> None:
    if start > end:
        raise bad_window("startTime must not be after endTime")
    max_days = call.operation.definition.get("x-max-window-days")
    if max_days is not None and end - start > max_days * DAY_MS:
        raise bad_window(f"at most {max_days} days", "G20026")


def window(call: Call) -> tuple[int, int]:
    start, end = call.arg("startTime"), call.arg("endTime")
    check_window(call, start, end)
    return start, end


def matches(call: Call, record: dict[str, Any], **names: str) -> bool:
    """True when every given filter argument (arg name -> record key) is absent or equal."""
    return all(call.arg(arg) in (None, record[key]) for arg, key in names.items())


def listed(records: Table, index: Lists, owner: Any) -> list[Any]:
    """The owner's records (an index of their ids), in the order they were made."""
    return [records[i] for i in index.all(owner)]


def candidates(backend: CeffuBackend, call: Call, kind: str, records: Table, index: Lists, owner: Any) -> list[Any]:
    """The records a detail request may mean (the caller checks them): the orderViewId's, else the one its
    requestId made, else the owner's first."""
    if call.arg("orderViewId") is not None:
        ids = [call.arg("orderViewId")]
    elif call.arg("requestId") is not None:
        ids = [backend.request_ids.first(entity(call), kind, call.arg("requestId"))]
    else:
        ids = index.slice(owner, 0, 1)
    return [r for r in (records.get(i) for i in ids if i is not None) if r is not None]


def txns(backend: CeffuBackend, wallet_ids: set[int], direction: int, call: Call) -> list[Txn]:
    start, end = window(call)
    return [
        t
        for t in backend.history(wallet_ids, direction)
        if start <= t.created_ms <= end
        and call.arg("coinSymbol") in (None, t.coin)
        and call.arg("network") in (None, t.network)
        and call.arg("status") in (None, t.status)
    ]


def wallet_arg(backend: CeffuBackend, call: Call, name: str = "walletId") -> Wallet:
    return backend.wallet(entity(call), call.arg(name))


def asset_rows(backend: CeffuBackend, w: Wallet, call: Call) -> list[dict[str, Any]]:
    network = None if w.wallet_type in (PRIME, SUB) else call.arg("network")
    return [
        {
            "coinSymbol": coin,
            "network": network,
            "amount": views.money(bal.total),
            "availableAmount": views.money(bal.available),
            "totalAmountWithMirror": views.money(bal.total + mirror),
        }
        for coin, bal, mirror in backend.assets(w, call.arg("coinSymbol"))
    ]


def summary(backend: CeffuBackend, w: Wallet) -> dict[str, Any]:
    btc, usd, locked = backend.value(w)
    return {
        "walletIdStr": str(w.wallet_id),
        "totalAmountInBTC": views.money(btc),
        "totalAmountInUSD": views.money(usd),
        "lockedAmountInBTC": views.money(locked),
    }


# ---- system and supported assets -----------------------------------------------------------------
@handler("getSystemStatus")
def system_status(backend: CeffuBackend, call: Call) -> Any:
    return {"status": 0, "message": "Normal"}


@handler("getPrimeWalletCoins")
def prime_coins(backend: CeffuBackend, call: Call) -> Any:
    return views.prime_coins()


@handler("getQualifiedWalletCoins")
@handler("getCosignWalletCoins")
def wallet_coins(backend: CeffuBackend, call: Call) -> Any:
    return views.wallet_coins()


# ---- wallets -------------------------------------------------------------------------------------
@handler("createWallet")
def create_wallet(backend: CeffuBackend, call: Call) -> Any:
    w = backend.create_wallet(entity(call), call.arg("walletName"), call.arg("walletType"), call.arg("requestId"))
    return views.wallet(w)


@handler("updateWallet")
def update_wallet(backend: CeffuBackend, call: Call) -> Any:
    w = backend.rename_wallet(backend.parent_wallet(entity(call), call.arg("walletId")), call.arg("walletName"))
    return {"walletId": w.wallet_id, "walletName": w.name, "walletType": w.wallet_type}


@handler("getWalletList")
def wallet_list(backend: CeffuBackend, call: Call) -> Any:
    owner = entity(call)
    return page_of(  # reads the page's wallets only
        backend.entity_wallets.count(owner),
        lambda start, stop: [views.wallet(w) for w in backend.parents(owner, start, stop)],
        call,
    )


@handler("getWalletAssetList")
def wallet_assets(backend: CeffuBackend, call: Call) -> Any:
    return page(asset_rows(backend, wallet_arg(backend, call), call), call)


@handler("getWalletAssetSummary")
def wallet_summary(backend: CeffuBackend, call: Call) -> Any:
    return summary(backend, wallet_arg(backend, call, "walletIdStr"))


# ---- deposits ------------------------------------------------------------------------------------
@handler("getDepositAddress")
def deposit_address(backend: CeffuBackend, call: Call) -> Any:
    w = backend.parent_wallet(entity(call), call.arg("walletId"))
    address, memo = backend.address(w, call.arg("coinSymbol"), call.arg("network"))
    return {"walletAddress": address, "memo": memo}


@handler("getDepositHistory")
def deposit_history(backend: CeffuBackend, call: Call) -> Any:
    w = wallet_arg(backend, call)
    return page([views.txn_v1(t) for t in txns(backend, {w.wallet_id}, DEPOSIT, call)], call)


@handler("getDepositDetail")
def deposit_detail(backend: CeffuBackend, call: Call) -> Any:
    candidates = backend.deposits(entity(call), call.arg("orderViewId"), call.arg("txId"), call.arg("address"))
    found = [
        views.txn_v1(t)
        for t in candidates
        if call.arg("txId") in (None, t.tx_id)
        and call.arg("orderViewId") in (None, t.order_id)
        and call.arg("address") in (None, t.to_address)
        and call.arg("memo") in (None, t.memo)
    ]
    return found or None


# ---- withdrawals ---------------------------------------------------------------------------------
def _withdraw(backend: CeffuBackend, call: Call, api_version: int) -> Any:
    t = backend.withdraw(
        entity(call),
        wallet_id=call.arg("walletId"),
        coin=call.arg("coinSymbol"),
        network=call.arg("network"),
        amount=call.arg("amount"),
        request_id=call.arg("requestId"),
        address=call.arg("withdrawalAddress"),
        to_wallet=call.arg("toWalletIdStr"),
        memo=call.arg("memo"),
        custom_fee=call.arg("customizeFeeAmount"),
        api_version=api_version,
    )
    return {"orderViewId": t.order_id, "status": t.status, "transferType": t.transfer_type}


@handler("createWithdrawal")
def withdraw_v2(backend: CeffuBackend, call: Call) -> Any:
    return _withdraw(backend, call, 2)


@handler("createWithdrawalV1")
def withdraw_v1(backend: CeffuBackend, call: Call) -> Any:
    return _withdraw(backend, call, 1)


@handler("getWithdrawalFee")
def withdrawal_fee(backend: CeffuBackend, call: Call) -> Any:
    wallet_arg(backend, call)
    to_wallet = call.arg("toWalletIdStr")
    if to_wallet is not None and int(to_wallet) not in backend.wallets:
        raise not_found(f"wallet {to_wallet}")
    fee = backend.fee(call.arg("coinSymbol"), call.arg("network"), internal=to_wallet is not None)
    return {
        "feeAmount": views.money(fee),
        "feeSymbol": call.arg("coinSymbol"),
        "fastFeeAmount": None,
        "slowFeeAmount": None,
        "avlFeeAmount": None,
    }


@handler("getWithdrawalHistory")
def withdrawal_history(backend: CeffuBackend, call: Call) -> Any:
    w = wallet_arg(backend, call)
    return page([views.txn_v2(t) for t in txns(backend, {w.wallet_id}, WITHDRAWAL, call)], call)


@handler("getWithdrawalHistoryV1")
def withdrawal_history_v1(backend: CeffuBackend, call: Call) -> Any:
    w = wallet_arg(backend, call)
    return page([views.txn_v1(t) for t in txns(backend, {w.wallet_id}, WITHDRAWAL, call)], call)


def _find_withdrawal(backend: CeffuBackend, call: Call) -> Txn:
    if call.arg("orderViewId") is not None:
        return backend.withdrawal(call.arg("orderViewId"), entity(call))
    order_id = backend.request_ids.first(entity(call), "withdrawal", call.arg("requestId"))
    if order_id is not None:
        return backend.withdrawal(order_id, entity(call))
    raise not_found(f"withdrawal with requestId {call.arg('requestId')}")


@handler("getWithdrawalDetail")
def withdrawal_detail(backend: CeffuBackend, call: Call) -> Any:
    return views.txn_v2(_find_withdrawal(backend, call))


@handler("getWithdrawalDetailV1")
def withdrawal_detail_v1(backend: CeffuBackend, call: Call) -> Any:
    return views.txn_v1(_find_withdrawal(backend, call))


# ---- whitelist -----------------------------------------------------------------------------------
@handler("getWhitelistList")
def whitelist_list(backend: CeffuBackend, call: Call) -> Any:
    start, end = call.arg("startTime", 0), call.arg("endTime", 10**13)
    rows = [views.whitelist_entry(e) for e in backend.whitelist_of(entity(call)) if start <= e.created_ms <= end]
    rows = [
        r
        for r in rows
        if matches(
            call,
            r,
            addressType="addressType",
            address="address",
            label="label",
            symbol="symbol",
            network="network",
            memo="memo",
            whitelistId="whitelistId",
        )
    ]
    return page(rows, call)


WHITELIST_OPTIONS = {
    "addressType": {"1": "Standard address", "2": "Universal address"},
    "confirmation": ["confirmed", "unconfirmed"],
    "correspondentType": {"0": "Entity", "1": "Individual"},
    "toFromType": {"0": "VASP", "1": "Unhosted/Self-hosted Wallet", "2": "Others"},
    "countryOfDomicileIncorporation": [
        {"areaCode": "+65", "countryCode": "SG", "icon": None, "name": "Singapore", "status": 1},
        {"areaCode": "+41", "countryCode": "CH", "icon": None, "name": "Switzerland", "status": 1},
    ],
    "jurisdictionVaspItem": [{"areaCode": "+65", "countryCode": "SG", "icon": None, "name": "Singapore", "status": 1}],
    "listOfVASP": [
        {"name": "Binance", "jurisdictionRequired": False},
        {"name": "Others", "jurisdictionRequired": True},
    ],
}


@handler("getWhitelistOptions")
def whitelist_options(backend: CeffuBackend, call: Call) -> Any:
    return {"options": WHITELIST_OPTIONS}


@handler("addWhitelistAddress")
def add_whitelist(backend: CeffuBackend, call: Call) -> Any:
    correspondent = call.arg("correspondentDetail")
    if call.arg("confirmation") is not None:
        correspondent = {**(correspondent or {}), "confirmation": call.arg("confirmation")}
    entry = backend.add_whitelist(
        entity(call),
        address_type=call.arg("addressType"),
        address=call.arg("address"),
        label=call.arg("label"),
        symbol=call.arg("symbol"),
        network=call.arg("network"),
        memo=call.arg("memo"),
        whitelist_id=call.arg("whitelistId"),
        correspondent=correspondent,
    )
    return {"whitelistId": entry.whitelist_id, "approveId": None}


# ---- transaction history -------------------------------------------------------------------------
def _date_ms(text: str, *, end: bool) -> int:
    try:
        day = dt.datetime.strptime(text, "%Y%m%d").replace(tzinfo=dt.UTC)
    except ValueError:
        raise bad_window(f"{text} is not a YYYYMMDD date") from None
    return int(day.timestamp() * 1000) + (DAY_MS - 1 if end else 0)


@handler("getTransactionHistory")
def transaction_history(backend: CeffuBackend, call: Call) -> Any:
    start, end = _date_ms(call.arg("startDate"), end=False), _date_ms(call.arg("endDate"), end=True)
    check_window(call, start, end + 1 - DAY_MS)
    ids = call.arg("walletIds")
    wallets = {
        w.wallet_id: w
        for w in backend.wallets_of_type(entity(call), call.arg("walletType"))
        if ids is None or str(w.wallet_id) in ids
    }
    rows = [
        views.asset_log(e, wallets[e.wallet_id])
        for e in backend.logs_of(wallets)
        if start <= e.ts <= end
        and (call.arg("bizTypes") is None or e.biz_type in call.arg("bizTypes"))
        and (call.arg("networks") is None or e.network in call.arg("networks"))
        and (call.arg("symbols") is None or e.coin in call.arg("symbols"))
        and call.arg("txId") in (None, e.tx_id)
    ]
    return page(rows, call)


# ---- sub-wallets ---------------------------------------------------------------------------------
@handler("createSubWallet")
def create_sub_wallet(backend: CeffuBackend, call: Call) -> Any:
    w = backend.create_sub_wallet(
        entity(call),
        call.arg("parentWalletId"),
        call.arg("walletName"),
        call.arg("autoCollection", 0),
        call.arg("requestId"),
    )
    return {**views.wallet(w), "parentWalletId": w.parent_id, "parentWalletIdStr": str(w.parent_id)}


@handler("updateSubWallet")
def update_sub_wallet(backend: CeffuBackend, call: Call) -> Any:
    w = backend.update_sub_wallet(
        entity(call), call.arg("walletId"), call.arg("walletName"), call.arg("autoCollection")
    )
    return {
        "walletId": w.wallet_id,
        "walletName": w.name,
        "walletType": w.wallet_type,
        "autoCollection": w.auto_collection,
        "parentWalletId": None,
    }


@handler("getSubWalletList")
def sub_wallet_list(backend: CeffuBackend, call: Call) -> Any:
    prime = backend.prime_wallet(entity(call), call.arg("parentWalletId"))
    return page([views.sub_wallet(w) for w in backend.subs(prime)], call)


@handler("getSubWalletListV1")
def sub_wallet_list_v1(backend: CeffuBackend, call: Call) -> Any:
    prime = backend.prime_wallet(entity(call), call.arg("parentWalletId"))
    return page([w.wallet_id for w in backend.subs(prime)], call)


@handler("getSubWalletAssetList")
def sub_wallet_assets(backend: CeffuBackend, call: Call) -> Any:
    return page(asset_rows(backend, backend.sub_wallet(entity(call), call.arg("walletId")), call), call)


@handler("getSubWalletAssetSummary")
def sub_wallet_summary(backend: CeffuBackend, call: Call) -> Any:
    w = wallet_arg(backend, call, "walletIdStr")
    if w.wallet_type == SUB:
        return {**summary(backend, w), "data": None}
    if w.wallet_type != PRIME:
        raise CeffuRuleError("G20027", f"wallet {w.wallet_id}")
    rows, btc, usd, locked = [], ZERO, ZERO, ZERO
    for sub in backend.subs(w):
        s_btc, s_usd, s_locked = backend.value(sub)
        rows.append(
            {
                "walletIdStr": str(sub.wallet_id),
                "subTotalAmountInBTC": views.money(s_btc),
                "subTotalAmountInUSD": views.money(s_usd),
            }
        )
        btc, usd, locked = btc + s_btc, usd + s_usd, locked + s_locked
    return {
        "walletIdStr": str(w.wallet_id),
        "totalAmountInBTC": views.money(btc),
        "totalAmountInUSD": views.money(usd),
        "lockedAmountInBTC": views.money(locked),
        "data": rows,
    }


@handler("getSubWalletDepositAddress")
def sub_wallet_address(backend: CeffuBackend, call: Call) -> Any:
    w = backend.sub_wallet(entity(call), call.arg("walletId"))
    address, memo = backend.address(w, call.arg("coinSymbol"), call.arg("network"))
    return {"walletAddress": address, "memo": memo}


@handler("getSubWalletDepositAddressList")
def sub_wallet_address_list(backend: CeffuBackend, call: Call) -> Any:
    prime = backend.prime_wallet(entity(call), call.arg("parentWalletId"))
    rows = []
    for sub in backend.subs(prime):
        address, memo = backend.address(sub, call.arg("coinSymbol"), call.arg("network"))
        rows.append({"walletAddress": address, "memo": memo, "walletId": sub.wallet_id})
    return page(rows, call)


@handler("getSubWalletDepositHistory")
def sub_wallet_deposits(backend: CeffuBackend, call: Call) -> Any:
    w = backend.sub_wallet(entity(call), call.arg("walletId"))
    return page([views.txn_v1(t) for t in txns(backend, {w.wallet_id}, DEPOSIT, call)], call)


@handler("getSubWalletDepositHistoryByPrime")
def sub_wallet_deposits_by_prime(backend: CeffuBackend, call: Call) -> Any:
    w = wallet_arg(backend, call)
    if w.wallet_type == PRIME:
        ids = {s.wallet_id for s in backend.subs(w)}
    elif w.wallet_type == SUB:
        ids = {w.wallet_id}
    else:
        raise CeffuRuleError("G20027", f"wallet {w.wallet_id}")
    return page([views.txn_sub(t) for t in txns(backend, ids, DEPOSIT, call)], call)


# ---- internal transfers --------------------------------------------------------------------------
@handler("createSubWalletTransfer")
def sub_wallet_transfer(backend: CeffuBackend, call: Call) -> Any:
    t = backend.transfer(
        entity(call),
        call.arg("fromWalletId"),
        call.arg("toWalletId"),
        call.arg("coinSymbol"),
        call.arg("amount"),
        call.arg("requestId"),
    )
    return {"orderViewId": t.order_id, "status": t.status, "direction": t.direction}


@handler("getSubWalletTransferHistory")
def transfer_history(backend: CeffuBackend, call: Call) -> Any:
    w = wallet_arg(backend, call)
    start, end = window(call)
    rows = [
        views.transfer_item(t)
        for t in listed(backend.transfers, backend.wallet_transfers, w.wallet_id)
        if start <= t.created_ms <= end
    ]
    return page(
        [r for r in rows if matches(call, r, coinSymbol="coinSymbol", direction="direction", status="status")], call
    )


@handler("getSubWalletTransferDetail")
def transfer_detail(backend: CeffuBackend, call: Call) -> Any:
    w = wallet_arg(backend, call, "walletIdStr")
    for t in candidates(backend, call, "transfer", backend.transfers, backend.wallet_transfers, w.wallet_id):
        if (
            w.wallet_id in (t.from_id, t.to_id)
            and call.arg("orderViewId") in (None, t.order_id)
            and call.arg("requestId") in (None, t.request_id)
        ):
            return views.transfer_detail(t)
    raise not_found("no such transfer for this wallet")


# ---- MirrorX -------------------------------------------------------------------------------------
@handler("getMirrorXLinkIds")
def mirrorx_links(backend: CeffuBackend, call: Call) -> Any:
    return page([views.mirror_link(x) for x in backend.links.values() if x.entity_id == entity(call)], call)


@handler("getMirrorXAvailableAmount")
def mirrorx_available(backend: CeffuBackend, call: Call) -> Any:
    link = backend.link(entity(call), call.arg("mirrorXLinkId"))
    amount = backend.mirror_available(link, call.arg("coinSymbol"), call.arg("orderType"))
    return {"coinSymbol": call.arg("coinSymbol"), "maxAvailableAmount": views.money(amount)}


@handler("getMirrorXPositions")
def mirrorx_positions(backend: CeffuBackend, call: Call) -> Any:
    link = backend.link(entity(call), call.arg("mirrorXLinkId"))
    rows = [
        {
            "mirrorXLinkId": link.link_id,
            "binanceUID": link.binance_uid,
            "walletIdStr": str(link.wallet_id),
            "coinSymbol": coin,
            "mirrorXBalance": views.money(amount),
        }
        for (link_id, coin), amount in backend.positions.items()
        if link_id == link.link_id and (amount or not call.arg("excludeZeroAmountFlag", False))
    ]
    usd = sum(
        (
            views.in_usd(coin, amount)
            for (link_id, coin), amount in backend.positions.items()
            if link_id == link.link_id
        ),
        ZERO,
    )
    return {**page(rows, call), "exchangeBalance": views.money(usd)}


@handler("getMirrorXOrders")
def mirrorx_orders(backend: CeffuBackend, call: Call) -> Any:
    link = backend.link(entity(call), call.arg("mirrorXLinkId"))
    start, end = window(call)
    rows = [
        views.mirror_order(o, link)
        for o in listed(backend.mirror_orders, backend.link_orders, link.link_id)
        if start <= o.created_ms <= end
    ]
    return page([r for r in rows if matches(call, r, coinSymbol="coinSymbol", orderType="orderType")], call)


@handler("placeMirrorXOrder")
def mirrorx_place(backend: CeffuBackend, call: Call) -> Any:
    order = backend.mirror_order(
        entity(call),
        call.arg("mirrorXLinkId"),
        call.arg("orderType"),
        call.arg("coinSymbol"),
        call.arg("amount"),
        call.arg("requestId"),
    )
    return {"orderViewId": order.order_id, "status": order.status, "requestId": order.request_id}


# ---- webhooks ------------------------------------------------------------------------------------
RESEND_MAX_AGE_MS = 180 * DAY_MS


@handler("resendWebhook")
def resend_webhook(backend: CeffuBackend, call: Call) -> Any:
    since = call.arg("resendFromDateTime")
    if call.now_ms - since > RESEND_MAX_AGE_MS:
        raise CeffuRuleError("G20026", "resendFromDateTime must be within the last 180 days")  # business: time-relative
    try:
        call.services.webhooks.resend(call.arg("webhookId"), call.arg("eventType"), since, call.now_ms)
    except KeyError:
        raise not_found(f"webhook {call.arg('webhookId')}") from None
    return True


# ---- archive Mirror ------------------------------------------------------------------------------
@handler("getMirrorLinkedUids")
def mirror_linked(backend: CeffuBackend, call: Call) -> Any:
    rows = [
        {"mirrorLinkId": x.link_id, "binanceUID": x.binance_uid, "walletIdStr": str(x.wallet_id), "status": x.status}
        for x in backend.links.values()
        if x.entity_id == entity(call)
    ]
    return page_result([r for r in rows if matches(call, r, walletIdStr="walletIdStr")], call)


def _mirror_operation(backend: CeffuBackend, call: Call, allowed: tuple[str, ...]) -> Any:
    operation = call.arg("operationType")
    if operation not in allowed:
        raise invalid(f"operationType must be one of {', '.join(allowed)}")
    record = backend.mirror_operation(
        entity(call),
        call.arg("mirrorLinkId"),
        int(operation),
        call.arg("coinSymbol"),
        call.arg("network"),
        call.arg("amount"),
        call.arg("requestId"),
    )
    return {"recordId": record.record_id, "status": record.status, "requestId": record.request_id}


@handler("applyMirrorAssets")
def mirror_apply(backend: CeffuBackend, call: Call) -> Any:
    return _mirror_operation(backend, call, ("1",))


@handler("settleMirrorAssets")
def mirror_settle(backend: CeffuBackend, call: Call) -> Any:
    return _mirror_operation(backend, call, ("2", "3"))


def _links_of(backend: CeffuBackend, call: Call, uid_arg: str) -> dict[str, Any]:
    return {
        x.link_id: x
        for x in backend.links.values()
        if x.entity_id == entity(call)
        and call.arg("walletIdStr") in (None, str(x.wallet_id))
        and call.arg(uid_arg) in (None, x.binance_uid)
    }


@handler("getMirrorOperationRecords")
def mirror_records(backend: CeffuBackend, call: Call) -> Any:
    links = _links_of(backend, call, "binanceUID")
    start, end = window(call)
    rows = [
        views.mirror_record(r, links[r.link_id])
        for r in listed(backend.mirror_records, backend.entity_mirror_records, entity(call))
        if r.link_id in links and start <= r.created_ms <= end
    ]
    return page_result(
        [
            r
            for r in rows
            if matches(
                call, r, coinSymbol="coinSymbol", network="network", operationType="operationType", status="status"
            )
        ],
        call,
    )


@handler("getMirrorPositions")
def mirror_positions(backend: CeffuBackend, call: Call) -> Any:
    links = _links_of(backend, call, "binanceUid")
    rows = [
        {
            "walletIdStr": str(links[link_id].wallet_id),
            "binanceUID": links[link_id].binance_uid,
            "coinSymbol": coin,
            "network": None,
            "amount": views.money(amount),
            "amountInBTC": views.money(views.in_btc(coin, amount)),
        }
        for (link_id, coin), amount in backend.positions.items()
        if link_id in links and (amount or not call.arg("excludeZeroAmountFlag", False))
    ]
    return page_result(rows, call)


@handler("getMirrorPositionSummary")
def mirror_summary(backend: CeffuBackend, call: Call) -> Any:
    w = wallet_arg(backend, call, "walletIdStr")
    rows, total = [], ZERO
    for link in backend.links.values():
        if link.wallet_id == w.wallet_id:
            subtotal = sum(
                (
                    views.in_btc(coin, amount)
                    for (link_id, coin), amount in backend.positions.items()
                    if link_id == link.link_id
                ),
                ZERO,
            )
            rows.append({"binanceUid": link.binance_uid, "subtotalAmountInBTC": views.money(subtotal)})
            total += subtotal
    return {"walletIdStr": str(w.wallet_id), "totalAmountInBTC": views.money(total), "data": rows}


# ---- archive wallet: transfer with exchange ------------------------------------------------------
@handler("transferWithExchange")
def exchange_transfer(backend: CeffuBackend, call: Call) -> Any:
    t = backend.exchange_transfer(
        entity(call),
        call.arg("parentWalletId"),
        call.arg("coinSymbol"),
        call.arg("amount"),
        call.arg("exchangeUserId"),
        call.arg("requestId"),
    )
    return {"orderViewId": t.order_id, "status": t.status, "direction": t.direction}


@handler("getExchangeTransferHistory")
def exchange_history(backend: CeffuBackend, call: Call) -> Any:
    w = wallet_arg(backend, call)
    start, end = window(call)
    rows = [
        views.exchange_transfer(t)
        for t in listed(backend.exchange, backend.wallet_exchange, w.wallet_id)
        if start <= t.created_ms <= end
    ]
    return page(
        [r for r in rows if matches(call, r, coinSymbol="coinSymbol", direction="direction", status="status")], call
    )


@handler("getExchangeTransferDetail")
def exchange_detail(backend: CeffuBackend, call: Call) -> Any:
    w = wallet_arg(backend, call)
    for t in candidates(backend, call, "exchange", backend.exchange, backend.wallet_exchange, w.wallet_id):
        if (
            t.wallet_id == w.wallet_id
            and call.arg("orderViewId") in (None, t.order_id)
            and call.arg("requestId") in (None, t.request_id)
        ):
            return views.exchange_transfer(t)
    raise not_found("no such exchange transfer for this wallet")
