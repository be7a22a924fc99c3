"""Backend records in xCurrency wire shapes: wallet amounts as decimal strings, quote amounts as exact JSON numbers."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

from coinrails_mock.engine.numbers import JsonNumber
from coinrails_mock.providers.xcurrency.catalog import MATRIX
from coinrails_mock.providers.xcurrency.models import Customer, Order, Quote, Tx, Wallet

UTC8_MS = 8 * 3_600_000  # `created` of top-up orders: yyyy-MM-dd HH:mm:ss without zone, x-inferred UTC+8


def money(value: Decimal) -> str:
    """A decimal string exactly as held (`65.2932`, `0`)."""
    return format(value, "f")


def number(value: Decimal) -> JsonNumber:
    """An amount sent as a bare JSON number with exactly these digits."""
    return JsonNumber(value)


def iso(ms: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ms // 1000))


def created(ms: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime((ms + UTC8_MS) // 1000))


def customer(c: Customer) -> dict[str, Any]:
    return {
        "customerId": c.customer_id,
        "externalRef": c.external_ref,
        "name": c.name,
        "email": c.email,
        "createdAt": iso(c.created_ms),
    }


def wallet(w: Wallet) -> dict[str, Any]:
    return {
        "walletId": w.wallet_id,
        "customerId": w.customer_id,
        "asset": w.asset,
        "network": w.network,
        "address": w.address,
        "status": w.status,
        "createdAt": iso(w.created_ms),
    }


def wallet_summary(w: Wallet) -> dict[str, Any]:
    return {"walletId": w.wallet_id, "asset": w.asset, "network": w.network, "address": w.address, "status": w.status}


def balance(w: Wallet, pending: Decimal) -> dict[str, Any]:
    return {
        "walletId": w.wallet_id,
        "asset": w.asset,
        "network": w.network,
        "available": money(w.available),
        "pending": money(pending),
        "updatedAt": iso(w.updated_ms),
    }


def transaction(t: Tx) -> dict[str, Any]:
    return {
        "txId": t.tx_id,
        "type": t.type,
        "reason": t.reason,
        "amount": money(t.amount),
        "asset": t.asset,
        "network": t.network,
        "txHash": t.tx_hash,
        "createdAt": iso(t.created_ms),
    }


def quote(q: Quote) -> dict[str, Any]:
    out: dict[str, Any] = {
        "queryNo": q.query_no,
        "rate": number(q.rate),
        "sourceCurrency": q.source_currency,
        "targetCurrency": q.target_currency,
    }
    if q.source_amount is not None:
        assert q.target_amount is not None and q.fee is not None
        out.update(
            sourceAmount=number(q.source_amount),
            targetAmount=number(q.target_amount),
            fee=number(q.fee),
            feeCurrency=q.fee_currency,
        )
    return out


def order(o: Order) -> dict[str, Any]:
    return {
        "orderId": o.order_id,
        "status": o.status,
        "created": created(o.created_ms),
        "quoteSnapshot": {
            "fee": number(o.fee),
            "feeCurrency": o.fee_currency,
            "sourceAmount": number(o.source_amount),
            "sourceCurrency": o.source_currency,
            "targetAmount": number(o.target_amount),
            "targetCurrency": o.target_currency,
            **({"rate": number(o.rate)} if o.rate is not None else {}),
        },
    }


def created_order(o: Order) -> dict[str, Any]:
    """The order plus the bank transfer instructions (shape not published; x-inferred)."""
    return {
        **order(o),
        "paymentInstructions": {
            "method": "BANK_TRANSFER",
            "beneficiaryName": "xCurrency Hubs Limited (mock)",
            "bankName": "Mock Settlement Bank",
            "accountNumber": "000123456789",
            "reference": o.order_id[:12].upper(),
            "amount": money(o.source_amount),
            "currency": o.source_currency,
        },
    }


def matrix() -> dict[str, Any]:
    return {
        "matrix": [
            {
                "asset": p.asset,
                "network": p.network,
                "minTopupFiat": money(p.min_topup_fiat),
                "settlementSlaMins": p.settlement_sla_mins,
            }
            for p in MATRIX
        ]
    }
