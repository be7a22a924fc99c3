"""operationId -> handler(backend, call) -> the JSON body (or a Reply for 201/202/204). Thin glue: rules live in
backend.py, shapes in views.py. Requests reaching a handler are authenticated, scoped and valid against the spec."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from coinrails_mock.engine import paging
from coinrails_mock.engine.lists import Timeline
from coinrails_mock.engine.provider import Call, Reply
from coinrails_mock.providers.cryptofuse import views
from coinrails_mock.providers.cryptofuse.backend import ALL, TOKEN_LIFETIME_S, CryptofuseBackend, decimal_arg
from coinrails_mock.providers.cryptofuse.currencies import (
    ADDRESS_TYPES,
    CURRENCIES,
    TENANT_FEE_PERCENT,
    address_problem,
    address_type,
    chain,
    find,
    q8,
)
from coinrails_mock.providers.cryptofuse.errors import invalid, invalid_currency, missing
from coinrails_mock.providers.cryptofuse.models import MASTER, TO_MASTER, TO_SUB, ZERO

Handler = Callable[[CryptofuseBackend, Call], Any]
HANDLERS: dict[str, Handler] = {}
TENANT = {
    "id": 1,
    "name": "coinrails Test Merchant",
    "schema_name": "coinrails_test",
    "account_type": "business",
    "status": "active",
    "created_on": "2025-01-01",
    "contact_email": "merchant@example.com",
}


def handler(operation_id: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[operation_id] = fn
        return fn

    return register


def page(items: list[Any], call: Call, default_limit: int) -> tuple[list[Any], int, int]:
    # int(): JSON Schema counts 11.0 as an integer, and a JSON body may send it so
    limit, offset = int(call.arg("limit", default_limit)), int(call.arg("offset", 0))
    return paging.window(items, offset, limit), limit, offset


def newest_page(
    timeline: Timeline, owner: Any, fetch: Callable[[Any], Any], key: Callable[[Any], Any], call: Call
) -> tuple[list[Any], int, int, int]:
    """(page, total, limit, offset) of an unfiltered list, newest first by `key` (created_ms, id): reads the page
    (and what ties with its last record in time), not the whole list."""
    limit, offset = int(call.arg("limit", 20)), int(call.arg("offset", 0))
    found = timeline.newest(owner, offset + limit, fetch, lambda r: r.created_ms, key)
    return paging.window(found, offset, limit), timeline.count(owner), limit, offset


def currency_of(backend: CryptofuseBackend, call: Call) -> Any:
    return backend.currency(call.arg("currency"), call.arg("blockchain"), call.arg("token"))


# ---- Authentication ----------------------------------------------------------------------------------
@handler("getAccessToken")
def get_access_token(backend: CryptofuseBackend, call: Call) -> Any:
    token = backend.issue_token(backend.apps[call.principal.app_id], call.body.get("scope"))
    return {
        "access_token": token.token,
        "token_type": "Bearer",
        "expires_in": TOKEN_LIFETIME_S,
        "scope": " ".join(token.scopes),
    }


@handler("listOAuthApplications")
def list_applications(backend: CryptofuseBackend, call: Call) -> Any:
    apps = [views.application(a) for a in sorted(backend.apps.values(), key=lambda a: a.id)]
    return {"count": len(apps), "results": apps}


@handler("createOAuthApplication")
def create_application(backend: CryptofuseBackend, call: Call) -> Any:
    app = backend.create_app(call.body["name"])
    return Reply(201, {"id": app.id, "name": app.name, "client_id": app.client_id, "client_secret": app.client_secret})


@handler("deleteOAuthApplication")
def delete_application(backend: CryptofuseBackend, call: Call) -> Any:
    backend.delete_app(call.query["id"], call.principal.app_id)
    return Reply(204)


# ---- Currencies & Rates -----------------------------------------------------------------------------
@handler("listCurrencies")
def list_currencies(backend: CryptofuseBackend, call: Call) -> Any:
    withdrawal, full, min_max, include_usd = (
        call.arg(n, False) for n in ("withdrawal", "full", "min_max", "include_usd")
    )
    if not full:
        return {"currencies": list(CURRENCIES)}
    out = []
    for cur in CURRENCIES.values():
        row: dict[str, Any] = {
            "currency": cur.code,
            "name": cur.name,
            "token": cur.token.lower(),
            "blockchain": cur.blockchain.lower(),
            "is_popular": cur.is_popular,
            "is_stable": cur.is_stable,
        }
        if min_max:
            low, high = (cur.min_withdrawal, cur.max_withdrawal) if withdrawal else (cur.min_amount, cur.max_amount)
            row |= {"min_amount": views.money(low), "max_amount": views.money(high)}
            if include_usd:  # USD equivalents of the limits: nothing to add without min_max
                row |= {"min_amount_usd": views.usd(low / cur.per_usd), "max_amount_usd": views.usd(high / cur.per_usd)}
        out.append(row)
    return {"currencies": out}


@handler("getRate")
def get_rate(backend: CryptofuseBackend, call: Call) -> Any:
    amount = Decimal(call.arg("amount", "1.0"))
    source, target = call.arg("currency_from", "USD").upper(), call.arg("currency_to").upper()
    rate = backend.rate(source, target)
    converted = amount * rate
    given = call.arg("fee_percentage")
    percent = Decimal(given) if given is not None else (TENANT_FEE_PERCENT if call.arg("full") else ZERO)
    if percent > 100:
        raise invalid("fee_percentage must be at most 100", field="fee_percentage")
    fee = q8(converted * percent / 100)
    estimated = q8(converted) if call.arg("is_fee_paid_by_user") else q8(converted) - fee
    out: dict[str, Any] = {
        "currency_from": source,
        "currency_to": target,
        "amount": views.number(amount),
        "estimated_amount": views.number(estimated),
        "rate": views.number(rate),
    }
    if call.arg("full"):
        out |= {
            "fee_percentage": views.number(percent),
            "fee_amount": views.number(fee),
            "timestamp": views.iso(call.now_ms),
        }
    return out


# ---- Payments ---------------------------------------------------------------------------------------
@handler("createPayment")
def create_payment(backend: CryptofuseBackend, call: Call) -> Any:
    b = call.body
    p = backend.create_payment(
        b["amount"],
        currency_of(backend, call),
        price_currency=b.get("price_currency", "USD"),
        expiry_minutes=None if b.get("expiry_minutes") is None else int(b["expiry_minutes"]),  # 30.0 is an integer
        is_fee_paid_by_user=b.get("is_fee_paid_by_user", False),
        is_fixed_rate=b.get("is_fixed_rate", True),
        wallet_id=b.get("wallet_id"),
        callback_url=b.get("callback_url"),
        order_id=b.get("order_id"),
        order_description=b.get("order_description"),
        custom_id=b.get("custom_id"),
        customer_email=b.get("customer_email"),
    )
    return Reply(201, views.payment(p))


@handler("listPayments")
def list_payments(backend: CryptofuseBackend, call: Call) -> Any:
    key = lambda p: (p.created_ms, p.transaction_id)  # noqa: E731
    if all(call.arg(n) is None for n in ("status", "currency", "blockchain", "token")):
        items, total, limit, offset = newest_page(backend.payment_list, ALL, backend.payments.__getitem__, key, call)
    else:  # status changes over time: walk the list
        everything = (backend.payments[i] for i in backend.payment_list.all(ALL))
        found = [
            p
            for p in sorted(everything, key=key, reverse=True)
            if call.arg("status") in (None, p.status)
            and call.arg("currency") in (None, p.currency)
            and call.arg("blockchain") in (None, CURRENCIES[p.currency].blockchain)
            and call.arg("token") in (None, CURRENCIES[p.currency].token)
        ]
        (items, limit, offset), total = page(found, call, 20), len(found)
    return {
        "count": total,
        "total": total,
        "offset": offset,
        "limit": limit,
        "results": [views.payment(p) for p in items],
    }


@handler("getPaymentStatus")
def get_payment_status(backend: CryptofuseBackend, call: Call) -> Any:
    return views.payment(backend.payment(call.body["transaction_id"]))


@handler("getPaymentMinAmount")
def get_payment_min_amount(backend: CryptofuseBackend, call: Call) -> Any:
    cur = find(call.arg("currency"))
    if cur is None:
        raise invalid_currency(call.arg("currency"))
    return {
        "currency": cur.code,
        "min_amount": views.number(cur.min_amount),
        "max_amount": views.number(cur.max_amount),
        "blockchain": cur.blockchain,
        "token": cur.token,
    }


# ---- Withdrawals ------------------------------------------------------------------------------------
@handler("createWithdrawal")
def create_withdrawal(backend: CryptofuseBackend, call: Call) -> Any:
    b = call.body
    w = backend.create_withdrawal(
        currency_of(backend, call),
        b["address"],
        amount=b.get("amount"),
        price_amount=b.get("price_amount"),
        price_currency=b.get("price_currency", "USD"),
        final_amount=b.get("final_amount", False),
        memo=b.get("memo"),
        custom_id=b.get("custom_id"),
        callback_url=b.get("callback_url"),
        account_id=b.get("account_id"),
    )
    return Reply(201, views.withdrawal(w))


def _date(call: Call, name: str) -> int | None:
    text = call.arg(name)
    if text is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise invalid(f"{name} is not an ISO 8601 date-time", field=name) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return int(moment.timestamp() * 1000)


SORTS = {
    "created_desc": (lambda w: (w.created_ms, w.withdrawal_id), True),
    "created_asc": (lambda w: (w.created_ms, w.withdrawal_id), False),
    "amount_desc": (lambda w: (w.requested_amount, w.created_ms), True),
    "amount_asc": (lambda w: (w.requested_amount, w.created_ms), False),
}


@handler("listWithdrawals")
def list_withdrawals(backend: CryptofuseBackend, call: Call) -> Any:
    start, end = _date(call, "start_date"), _date(call, "end_date")
    blockchain = call.arg("blockchain")
    sort = call.arg("sort", "created_desc")
    key, reverse = SORTS[sort]
    names = ("status", "blockchain", "token", "custom_id", "start_date", "end_date")
    if sort == "created_desc" and all(call.arg(n) is None for n in names):
        fetch = backend.withdrawals.__getitem__
        items, total, _, _ = newest_page(backend.withdrawal_list, ALL, fetch, key, call)
        return {"withdrawals": [views.withdrawal(w) for w in items], "total": total}
    everything = (backend.withdrawals[i] for i in backend.withdrawal_list.all(ALL))
    found = [
        w
        for w in sorted(everything, key=key, reverse=reverse)  # type: ignore[arg-type]
        if call.arg("status") in (None, w.status)
        and (blockchain is None or chain(blockchain) == CURRENCIES[w.currency].blockchain)
        and call.arg("token") in (None, CURRENCIES[w.currency].token)
        and call.arg("custom_id") in (None, w.custom_id)
        and (start is None or w.created_ms >= start)
        and (end is None or w.created_ms <= end)
    ]
    items, _, _ = page(found, call, 20)
    return {"withdrawals": [views.withdrawal(w) for w in items], "total": len(found)}


@handler("getWithdrawal")
def get_withdrawal(backend: CryptofuseBackend, call: Call) -> Any:
    return views.withdrawal(backend.withdrawal(call.query["withdrawal_id"]))


@handler("getWithdrawalStatus")
def get_withdrawal_status(backend: CryptofuseBackend, call: Call) -> Any:
    return views.withdrawal(backend.withdrawal(call.body["withdrawal_id"]))


@handler("validateWithdrawalAddress")
def validate_address(backend: CryptofuseBackend, call: Call) -> Any:
    b = call.body
    cur = None
    unsupported = None  # a blockchain or address type Cryptofuse does not know: the address cannot be valid
    if b.get("currency") is not None:
        cur = find(b["currency"])
        if cur is None:
            raise invalid_currency(b["currency"])
        kind = address_type(cur.blockchain)
    elif b.get("blockchain") is not None:
        kind = address_type(b["blockchain"])
        if kind is None:
            unsupported = f"Unsupported blockchain {b['blockchain']}"
        cur = find(blockchain=b["blockchain"], token=b["token"]) if b.get("token") else None
    elif b.get("type") is not None:
        kind = b["type"].upper()
        if kind not in ADDRESS_TYPES:
            kind, unsupported = None, f"Unsupported address type {b['type']}"
    else:
        raise missing("currency")
    problem = unsupported if kind is None else address_problem(b["address"], kind, b.get("memo"))
    return {
        "is_valid": problem is None,
        "address": b["address"],
        "type": kind,
        "blockchain": cur.blockchain if cur else (chain(b["blockchain"]) if b.get("blockchain") else None),
        "token": cur.token if cur else b.get("token"),
        "currency": cur.code if cur else None,
        "error_message": problem,
    }


@handler("estimateWithdrawalFee")
def estimate_withdrawal_fee(backend: CryptofuseBackend, call: Call) -> Any:
    cur = currency_of(backend, call)
    decimal_arg(call.body["amount"], "amount")
    address = call.body.get("address")
    if address is not None:
        backend.check_address(cur, address, None)
    new = address is not None and (cur.blockchain, address) not in backend.used_addresses
    activation = cur.activation_fee if new else ZERO
    return {
        "fee": views.money(cur.network_fee + activation),
        "token": cur.token,
        "currency": cur.code,
        "blockchain": cur.blockchain,
        "chain": cur.blockchain,
        "is_new_address": new,
        "address_activation_fee": views.money(activation),
    }


@handler("estimateWithdrawal")
def estimate_withdrawal(backend: CryptofuseBackend, call: Call) -> Any:
    cur = currency_of(backend, call)
    amount = decimal_arg(call.body["amount"], "amount")
    address = call.body.get("address")
    if address is not None:
        backend.check_address(cur, address, None)
    requested, sent, platform, network, _ = backend.quote(cur, amount, call.body.get("final_amount", False), address)
    return views.estimate(cur, requested, sent, platform, network)


@handler("getWithdrawalMinAmount")
def get_withdrawal_min_amount(backend: CryptofuseBackend, call: Call) -> Any:
    cur = find(call.body["currency"])
    if cur is None:
        raise invalid_currency(call.body["currency"])
    return {
        "currency": cur.code,
        "min_amount": views.money(cur.min_withdrawal),
        "max_amount": views.money(cur.max_withdrawal),
        "blockchain": cur.blockchain,
        "token": cur.token,
    }


@handler("listWithdrawalCurrencies")
def list_withdrawal_currencies(backend: CryptofuseBackend, call: Call) -> Any:
    out = []
    for code, cur in CURRENCIES.items():
        available = backend.balance(MASTER, code).available
        if available > 0:
            out.append(
                {
                    "currency": code,
                    "name": cur.name,
                    "blockchain": cur.blockchain,
                    "token": cur.token,
                    "balance": views.money(available),
                    "min_withdrawal": views.money(cur.min_withdrawal),
                    "max_withdrawal": views.money(min(cur.max_withdrawal, available)),
                }
            )
    return {"currencies": out, "total": len(out)}


# ---- Balances ---------------------------------------------------------------------------------------
@handler("getBalances")
def get_balances(backend: CryptofuseBackend, call: Call) -> Any:
    account: dict[str, Any] = {}
    subs: dict[str, Any] = {}
    for (owner, code), row in sorted(backend.accounts.rows.items()):
        if owner == MASTER:
            account[code] = views.balance_figures(row)
            continue
        wallet = backend.wallets[owner]
        group = subs.setdefault(code, {"total": ZERO, "pending": ZERO, "accounts": []})
        group["total"] += row.total
        group["pending"] += row.locked
        group["accounts"].append(
            {"account_name": wallet.name, "account_id": wallet.wallet_id, **views.balance_figures(row)}
        )
    sub_accounts = {
        code: {
            "total_amount": views.money(g["total"]),
            "total_pending": views.money(g["pending"]),
            "accounts": g["accounts"],
        }
        for code, g in subs.items()
    }
    statistics = {
        "currencies_count": len({c for _, c in backend.accounts.rows.keys()}),
        "subaccounts_count": len(backend.wallets),
    }
    return {"account": account, "sub_accounts": sub_accounts, "statistics": statistics}


@handler("getBalanceHistory")
def get_balance_history(backend: CryptofuseBackend, call: Call) -> Any:
    found = [
        m
        for m in reversed(backend.movements)
        if call.arg("currency") in (None, m.currency) and call.arg("type") in (None, m.type)
    ]
    items, limit, offset = page(found, call, 50)
    history = [
        {
            "timestamp": views.iso(m.at_ms),
            "currency": m.currency,
            "type": m.type,
            "amount": views.money(m.amount),
            "balance_after": views.money(m.balance_after),
        }
        for m in items
    ]
    return {"history": history, "total": len(found), "limit": limit, "offset": offset}


# ---- Wallets ----------------------------------------------------------------------------------------
@handler("listWallets")
def list_wallets(backend: CryptofuseBackend, call: Call) -> Any:
    wallets = sorted(backend.wallets.values(), key=lambda w: w.id)
    return {"accounts": [views.wallet(w, backend.wallet_balances(w)) for w in wallets], "total": len(wallets)}


@handler("createWallet")
def create_wallet(backend: CryptofuseBackend, call: Call) -> Any:
    w = backend.create_wallet(call.body["name"], call.body["external_id"])
    return Reply(201, views.wallet(w, []))


@handler("getWallet")
def get_wallet(backend: CryptofuseBackend, call: Call) -> Any:
    w = backend.wallet(call.query["id"])
    return views.wallet(w, backend.wallet_balances(w))


@handler("getWalletBalances")
def get_wallet_balances(backend: CryptofuseBackend, call: Call) -> Any:
    w = backend.wallet(call.body.get("wallet_id"), call.body.get("external_id"))
    rows = [views.wallet_balance(c, b) for c, b in backend.wallet_balances(w)]
    return {"wallet_id": w.wallet_id, "external_id": w.external_id, "name": w.name, "balances": rows}


def _transfer(kind: str) -> Handler:
    def run(backend: CryptofuseBackend, call: Call) -> Any:
        b = call.body
        wallet = backend.wallet(b.get("wallet_id"), b.get("external_id"))
        t = backend.transfer(kind, wallet, b["currency"], b["amount"], b["callback_url"])
        return Reply(202, {"status": "accepted", "transfer_id": t.id, "message": "Transfer accepted for processing"})

    return run


HANDLERS["transferToUser"] = _transfer(TO_SUB)
HANDLERS["withdrawToMaster"] = _transfer(TO_MASTER)


@handler("getTransferHistory")
def get_transfer_history(backend: CryptofuseBackend, call: Call) -> Any:
    w = backend.wallet(call.body["wallet_id"])
    key = lambda t: (t.created_ms, t.id)  # noqa: E731
    listed = backend.wallet_transfers
    if all(call.arg(n) is None for n in ("status", "transfer_type", "currency")):
        items, total, limit, offset = newest_page(listed, w.wallet_id, backend.transfers.__getitem__, key, call)
    else:  # status changes over time: walk the wallet's list
        everything = (backend.transfers[i] for i in listed.all(w.wallet_id))
        found = [
            t
            for t in sorted(everything, key=key, reverse=True)
            if call.arg("status") in (None, t.status)
            and call.arg("transfer_type") in (None, t.transfer_type)
            and call.arg("currency") in (None, t.currency)
        ]
        (items, limit, offset), total = page(found, call, 20), len(found)
    return {
        "account": {"id": w.id, "name": w.name, "external_id": w.external_id, "wallet_id": w.wallet_id},
        "transfers": [views.transfer(t) for t in items],
        "pagination": {"total": total, "limit": limit, "offset": offset},
    }


# ---- User information and status --------------------------------------------------------------------
@handler("getTenantInfo")
def get_tenant_info(backend: CryptofuseBackend, call: Call) -> Any:
    return {
        **TENANT,
        "transaction_fee": views.number(TENANT_FEE_PERCENT),
        "is_fee_paid_by_user": False,
        "webhook_callback_url": backend.webhook_url,
        "webhook_secret_masked": backend.masked_secret(),
        "is_ip_whitelist_enabled": False,
        "ip_whitelist": [],
        "api_usage": {},
        "limits": {},
        "statistics": {
            "payments_count": backend.payment_list.count(ALL),  # a count, not a scan (never deleted)
            "withdrawals_count": backend.withdrawal_list.count(ALL),
            "wallets_count": len(backend.wallets),
        },
        "features": {"wallets": True, "withdrawals": True},
    }


@handler("configureWebhook")
def configure_webhook(backend: CryptofuseBackend, call: Call) -> Any:
    url = call.body["callback_url"]
    if backend.configure_webhook(url):
        return {
            "callback_url": url,
            "secret": backend.webhook_secret,
            "message": "Webhook settings created successfully. Please save your secret - it will not be shown again.",
        }
    return {
        "callback_url": url,
        "masked_secret": backend.masked_secret(),
        "message": "Webhook settings updated successfully.",
    }


@handler("getPlatformFees")
def get_platform_fees(backend: CryptofuseBackend, call: Call) -> Any:
    return {"fees": {code: views.money(v) for code, v in sorted(backend.accounts.flows["fees"].items())}}


@handler("getApiStatus")
def get_api_status(backend: CryptofuseBackend, call: Call) -> Any:
    return {"status": "ok"}
