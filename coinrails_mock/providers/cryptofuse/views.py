"""Backend records rendered in Cryptofuse's wire shapes (money as 8-decimal strings, USD as 2-decimal strings,
JSON numbers only where the spec declares `type: number`)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from typing import Any

from coinrails_mock.engine.wire import JsonNumber
from coinrails_mock.providers.cryptofuse.currencies import CURRENCIES, Currency, money, usd
from coinrails_mock.providers.cryptofuse.models import (
    MASTER,
    Application,
    Balance,
    Deposit,
    Payment,
    Transfer,
    Wallet,
    Withdrawal,
)

__all__ = ["money", "number", "usd"]


def number(value: Decimal) -> JsonNumber:
    """An exact JSON number literal (never a float)."""
    return JsonNumber(value)


def iso(ms: int) -> str:
    """RFC 3339 UTC with milliseconds, e.g. 2025-01-01T10:00:00.000Z."""
    return _iso_second(ms // 1000) + f"{ms % 1000:03d}Z"


@lru_cache(maxsize=4096)
def _iso_second(seconds: int) -> str:
    """The text up to the milliseconds (a payment's times mostly share their second: formatted once)."""
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.")


# ---- OAuth ------------------------------------------------------------------------------------------
def application(app: Application) -> dict[str, Any]:
    """A listed application (secrets are only shown at creation)."""
    return {
        "id": app.id,
        "name": app.name,
        "client_id": app.client_id,
        "client_type": "confidential",
        "authorization_grant_type": "client-credentials",
        "redirect_uris": [],
        "created": iso(app.created_ms),
        "updated": iso(app.updated_ms),
        "skip_authorization": True,
    }


# ---- payments ---------------------------------------------------------------------------------------
def deposit(d: Deposit) -> dict[str, Any]:
    return {
        "deposit_id": d.deposit_id,
        "amount": money(d.amount),
        "transaction_hash": d.transaction_hash,
        "confirmations": d.confirmations,
        "timestamp": iso(d.at_ms),
    }


def payment_type(p: Payment) -> str | None:
    paid = p.paid
    if not p.deposits:
        return None
    return "full" if paid == p.amount_crypto else "overpayment" if paid > p.amount_crypto else "partial"


def payment(p: Payment) -> dict[str, Any]:
    cur = CURRENCIES[p.currency]
    out: dict[str, Any] = {
        "transaction_id": p.transaction_id,
        "status": p.status,
        "blockchain": cur.blockchain,
        "token": cur.token,
        "currency": p.currency,
        "amount_usd": usd(p.amount_usd),
        "amount_crypto": money(p.amount_crypto),
        "address": p.address,
        "transaction_hash": p.deposits[0].transaction_hash if p.deposits else None,
        "confirmations": min((d.confirmations for d in p.deposits), default=0),
        "payment_history": [deposit(d) for d in p.deposits],
        "total_paid_amount": money(p.paid),
        "order_id": p.order_id,
        "order_description": p.order_description,
        "custom_id": p.custom_id,
        "customer_email": p.customer_email,
        "callback_url": p.callback_url,
        "wallet_id": None if p.account == MASTER else p.account,
        "is_fixed_rate": p.is_fixed_rate,
        "is_fee_paid_by_user": p.is_fee_paid_by_user,
        "merchant_received_usd": usd(p.credited / cur.per_usd),
        "merchant_received_amount": money(p.credited),  # total_paid_amount - fee_amount once credited
        "fee_amount": money(p.fee),
        "expiry_time": iso(p.expiry_ms),
        "created_at": iso(p.created_ms),
        "updated_at": iso(p.updated_ms),
    }
    kind = payment_type(p)
    if kind:
        out["payment_type"] = kind
    return out


def payment_event(p: Payment, previous: str, cur: Currency, now: int) -> dict[str, Any]:
    """Body of a `payment_status_update` webhook (current field names plus the older generation's twins)."""
    view = payment(p)
    data = {
        "transaction_id": p.transaction_id,
        "status": p.status,
        "previous_status": previous,
        "order_id": p.order_id,
        "amount_usd": view["amount_usd"],
        "amount_crypto": view["amount_crypto"],
        "blockchain": cur.blockchain,
        "token": cur.token,
        "currency": p.currency,
        "address": p.address,
        "price_amount": money(p.price_amount),
        "price_currency": p.price_currency,
        "pay_amount": view["amount_crypto"],
        "pay_currency": p.currency,
        "blockchain_address": p.address,
        "transaction_hash": view["transaction_hash"],
        "confirmations": view["confirmations"],
        "merchant_received_usd": view["merchant_received_usd"],
        "payment_history": view["payment_history"],
        "total_paid_amount": view["total_paid_amount"],
        "metadata": {"updated_at": view["updated_at"]},
    }
    if "payment_type" in view:
        data["payment_type"] = view["payment_type"]
    return {
        "event": "payment_status_update",
        "transaction_id": p.transaction_id,
        "status": p.status,
        "timestamp": iso(now),
        "data": data,
    }


def deposit_event(p: Payment, d: Deposit, now: int) -> dict[str, Any]:
    return {
        "event": "deposit_received",
        "timestamp": iso(now),
        "data": {"transaction_id": p.transaction_id, "currency": p.currency, **deposit(d)},
    }


# ---- withdrawals ------------------------------------------------------------------------------------
def withdrawal(w: Withdrawal) -> dict[str, Any]:
    cur = CURRENCIES[w.currency]
    return {
        "withdrawal_id": w.withdrawal_id,
        "custom_id": w.custom_id,
        "status": w.status,
        "amount": money(w.amount),
        "requested_amount": money(w.requested_amount),
        "fee": money(w.platform_fee + w.network_fee),
        "platform_fee": money(w.platform_fee),
        "network_fee": money(w.network_fee),
        "blockchain": cur.blockchain,
        "token": cur.token,
        "currency": w.currency,
        "address": w.address,
        "memo": w.memo,
        "transaction_hash": w.transaction_hash,
        "confirmations": w.confirmations,
        "required_confirmations": w.required_confirmations,
        "batch_id": w.batch_id,
        "callback_url": w.callback_url,
        "error_message": w.error_message,
        "created_at": iso(w.created_ms),
        "updated_at": iso(w.updated_ms),
        "completed_at": iso(w.completed_ms) if w.completed_ms is not None else None,
    }


def withdrawal_event(w: Withdrawal, now: int) -> dict[str, Any]:
    return {
        "event": "withdrawal_status_update",
        "withdrawal_id": w.withdrawal_id,
        "status": w.status,
        "timestamp": iso(now),
        "data": withdrawal(w),
    }


def estimate(cur: Currency, requested: Decimal, sent: Decimal, platform: Decimal, network: Decimal) -> dict[str, Any]:
    return {
        "withdrawal_id": None,
        "status": "estimate",
        "requested_amount": money(requested),
        "fee": money(platform + network),
        "amount": money(sent),
        "currency": cur.code,
        "blockchain": cur.blockchain,
        "token": cur.token,
        "platform_fee": money(platform),
        "network_fee": money(network),
    }


# ---- wallets ----------------------------------------------------------------------------------------
def balance_figures(b: Balance) -> dict[str, str]:
    """`amount` = `available_balance` + `pending_amount` (held for open withdrawals and transfers); an incoming
    payment counts only once it is credited."""
    return {
        "amount": money(b.total),
        "pending_amount": money(b.locked),
        "available_balance": money(b.available),
    }


def wallet_balance(currency: str, b: Balance) -> dict[str, Any]:
    return {"currency": currency, **balance_figures(b)}


def wallet(w: Wallet, rows: list[tuple[str, Balance]]) -> dict[str, Any]:
    return {
        "id": w.id,
        "name": w.name,
        "external_id": w.external_id,
        "wallet_id": w.wallet_id,
        "created": iso(w.created_ms),
        "updated": iso(w.updated_ms),
        "balances": [wallet_balance(c, b) for c, b in rows],
    }


def transfer(t: Transfer) -> dict[str, Any]:
    return {
        "id": t.id,
        "transfer_type": t.transfer_type,
        "currency": t.currency,
        "amount": money(t.amount),
        "status": t.status,
        "created_at": iso(t.created_ms),
    }


def transfer_event(t: Transfer, w: Wallet, now: int) -> dict[str, Any]:
    return {
        "event": "transfer_status_update",
        "timestamp": iso(now),
        "data": {
            "transfer_id": t.id,
            "transfer_type": t.transfer_type,
            "status": t.status,
            "wallet_id": t.wallet_id,
            "external_id": w.external_id,
            "currency": t.currency,
            "amount": money(t.amount),
            "error_message": t.error_message,
        },
    }
