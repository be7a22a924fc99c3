"""Ceffu backend records. Money is Decimal; `dump`/`load` turn records into JSON-safe dicts (Decimal as str)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from decimal import Decimal
from typing import Any, TypeVar

QUALIFIED, COSIGN, PRIME, SUB = 10, 12, 20, 21
PARENT_TYPES = (QUALIFIED, COSIGN, PRIME)
PENDING, PROCESSING, SENT, CONFIRMED, FAILED = 10, 20, 30, 40, 99
DEPOSIT, WITHDRAWAL = 10, 20
ON_CHAIN, INTERNAL = 10, 20
PRIME_TO_SUB, SUB_TO_PRIME, SUB_TO_SUB, AUTO_COLLECTION = 10, 20, 30, 70
DELEGATE, UNDELEGATE = 10, 20
ZERO = Decimal(0)


@dataclass
class Wallet:
    wallet_id: int
    entity_id: str
    name: str
    wallet_type: int
    created_ms: int
    parent_id: int | None = None
    auto_collection: int = 0
    request_id: str | None = None


@dataclass
class Txn:
    """A deposit (direction 10) or withdrawal (direction 20). For a withdrawal `amount` is what leaves the wallet
    (receiver amount + fee) and `receive_amount` what the receiver gets."""

    order_id: str
    entity_id: str
    wallet_id: int
    direction: int
    transfer_type: int
    coin: str
    network: str
    amount: Decimal
    receive_amount: Decimal
    fee: Decimal
    status: int
    from_address: str | None
    to_address: str | None
    memo: str | None
    tx_id: str | None
    created_ms: int
    updated_ms: int
    request_id: str | None = None
    to_wallet_id: int | None = None
    api_version: int = 2


@dataclass
class Transfer:
    order_id: str
    entity_id: str
    from_id: int
    to_id: int
    coin: str
    amount: Decimal
    direction: int
    status: int
    created_ms: int
    request_id: str | None = None


@dataclass
class ExchangeTransfer:
    order_id: str
    entity_id: str
    wallet_id: int
    coin: str
    amount: Decimal
    exchange_user_id: str
    status: int
    created_ms: int
    request_id: str
    direction: int = 10
    exchange_code: int = 10


@dataclass
class MirrorLink:
    link_id: str
    entity_id: str
    wallet_id: int
    binance_uid: str
    label: str | None
    status: int
    created_ms: int


@dataclass
class MirrorOrder:
    """A MirrorX delegation (10) or undelegation (20)."""

    order_id: str
    link_id: str
    order_type: int
    coin: str
    amount: Decimal
    status: int
    created_ms: int
    request_id: str


@dataclass
class MirrorRecord:
    """An archive Mirror operation: 1 Borrow (apply), 2 settle from Ceffu, 3 settle from Binance."""

    record_id: str
    link_id: str
    coin: str
    network: str
    amount: Decimal
    operation_type: int
    status: int
    created_ms: int
    request_id: str


@dataclass
class WhitelistEntry:
    whitelist_id: str
    entity_id: str
    address: str
    address_type: int
    label: str
    symbol: str
    network: str
    memo: str | None
    status: int
    created_ms: int
    updated_ms: int
    correspondent: dict[str, Any] | None = None


@dataclass
class AssetLog:
    """One line of the Transaction History endpoint."""

    wallet_id: int
    biz_type: int
    kind: str
    coin: str
    network: str | None
    tx_id: str | None
    amount: Decimal
    ts: int


T = TypeVar("T")


def dump(record: Any) -> dict[str, Any]:
    return {k: str(v) if isinstance(v, Decimal) else v for k, v in asdict(record).items()}


def load(cls: type[T], data: dict[str, Any]) -> T:
    money = {f.name for f in fields(cls) if f.type == "Decimal"}  # type: ignore[arg-type]
    return cls(**{k: Decimal(v) if k in money else v for k, v in data.items()})
