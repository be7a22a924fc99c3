"""xCurrency backend records. Money is Decimal; `dump`/`load` make JSON-safe dicts (Decimal as a string)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from decimal import Decimal
from typing import Any, TypeVar

TRANSFERRING, COMPLETED, FAILED = "TRANSFERRING", "COMPLETED", "FAILED"
CREDIT, DEBIT = "CREDIT", "DEBIT"
TOPUP_CREDIT = "TOPUP_CREDIT"
ACTIVE = "ACTIVE"
ZERO = Decimal(0)


@dataclass
class Token:
    app_key: str
    issued_ms: int
    expires_ms: int


@dataclass
class Customer:
    customer_id: str
    external_ref: str
    name: str
    email: str
    metadata: dict[str, str]
    created_ms: int


@dataclass
class Wallet:
    wallet_id: str
    customer_id: str
    asset: str
    network: str
    address: str
    status: str
    created_ms: int
    updated_ms: int
    available: Decimal = ZERO


@dataclass
class Tx:
    tx_id: str
    wallet_id: str
    type: str
    reason: str
    amount: Decimal
    asset: str
    network: str
    tx_hash: str | None
    created_ms: int
    order_id: str | None = None


@dataclass
class Quote:
    query_no: str
    source_currency: str
    target_currency: str
    rate: Decimal
    created_ms: int
    expires_ms: int
    source_amount: Decimal | None = None
    target_amount: Decimal | None = None
    fee: Decimal | None = None
    fee_currency: str | None = None
    order_id: str | None = None  # the order made from it (a quote is single-use)


@dataclass
class Order:
    order_id: str
    wallet_id: str
    quote_id: str
    payer_name: str
    status: str
    created_ms: int
    updated_ms: int
    source_amount: Decimal
    source_currency: str
    target_amount: Decimal
    target_currency: str
    fee: Decimal
    fee_currency: str
    rate: Decimal | None = None  # the quote's rate (None only in states saved before it was recorded)


R = TypeVar("R")


def dump(record: Any) -> dict[str, Any]:
    return {k: str(v) if isinstance(v, Decimal) else v for k, v in asdict(record).items()}


def load(cls: type[R], data: dict[str, Any]) -> R:
    """Rebuild a record; fields typed Decimal come back from their strings."""
    values = dict(data)
    for f in fields(cls):  # type: ignore[arg-type]
        if "Decimal" in str(f.type) and values.get(f.name) is not None:
            values[f.name] = Decimal(values[f.name])
    return cls(**values)
