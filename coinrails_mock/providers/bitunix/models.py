"""Bitunix backend records. Money is Decimal; `dump`/`load` turn records into JSON-safe dicts (Decimal as str)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal
from typing import Any, TypeVar

ZERO = Decimal(0)

# withdraw_transfer records: kinds and statuses (the spec's WithdrawStatus)
WITHDRAW, INSIDE_OUT = "withdraw", "inside_transfer_out"
VERIFICATION, PENDING, CANCELLED, SUCCESS, FAIL = "verification", "pending", "cancelled", "success", "fail"
OPEN_STATUSES = (VERIFICATION, PENDING)
# deposit records
DEPOSIT, INSIDE_IN = "deposit", "inside_transfer_in"
# orders
SELL, BUY = 1, 2
LIMIT, MARKET = 1, 2
UNFILLED, FILLED, PARTIAL, CANCELED, PARTIAL_CANCELED = 1, 2, 3, 4, 7
MAKER, TAKER = "1", "2"


@dataclass
class QuickAddress:
    """An entry of a user's quick-withdrawal list (the only withdrawal destinations allowed)."""

    address_id: str
    uid: int
    coin: str
    network: str
    address: str
    memo: str | None
    label: str | None
    created_ms: int


@dataclass
class WithdrawTransfer:
    """A withdrawal or an outgoing inside transfer. `amount` is what left the available balance (fee included);
    the record shows `amount - fee` (what the receiver gets). `approved` marks a withdrawal past review."""

    record_id: str
    uid: int
    kind: str
    coin: str
    network: str | None
    amount: Decimal
    fee: Decimal
    status: str
    created_ms: int
    updated_ms: int
    address: str | None = None
    memo: str | None = None
    tx_hash: str | None = None
    approved: bool = False
    to_type: str | None = None
    to_uid: int | None = None
    to_phone_country_code: str | None = None
    to_phone_number: str | None = None
    to_email: str | None = None
    recipient_uid: int | None = None
    out_biz_id: str | None = None
    remark: str | None = None

    @property
    def receive(self) -> Decimal:
        return self.amount - self.fee


@dataclass
class Deposit:
    deposit_id: str
    uid: int
    kind: str
    coin: str
    network: str | None
    amount: Decimal
    status: str
    created_ms: int
    updated_ms: int
    from_address: str | None
    to_address: str | None
    memo: str | None = None
    tx_hash: str | None = None


@dataclass
class FundsTransfer:
    transfer_id: str
    uid: int
    direction: str  # spot_futures | futures_spot
    coin: str
    amount: Decimal
    created_ms: int


@dataclass
class Deal:
    deal_id: str
    order_id: str
    volume: Decimal
    price: Decimal
    fee: Decimal
    fee_coin: str
    role: str
    created_ms: int


@dataclass
class Order:
    """A spot order. `volume` is always the base quantity; `locked` is what the order still holds locked
    (quote for a buy, base for a sell)."""

    order_id: str
    uid: int
    symbol: str
    side: int
    order_type: int
    price: Decimal | None
    volume: Decimal
    status: int
    created_ms: int
    updated_ms: int
    deal_volume: Decimal = ZERO
    deal_amount: Decimal = ZERO
    fee: Decimal = ZERO
    locked: Decimal = ZERO
    placed_price: str = ""
    placed_volume: str = ""
    deals: list[str] = field(default_factory=list)

    @property
    def left(self) -> Decimal:
        return self.volume - self.deal_volume

    @property
    def open(self) -> bool:
        return self.status in (UNFILLED, PARTIAL)


T = TypeVar("T")


def dump(record: Any) -> dict[str, Any]:
    return {k: str(v) if isinstance(v, Decimal) else v for k, v in asdict(record).items()}


def load(cls: type[T], data: dict[str, Any]) -> T:
    money = {f.name for f in fields(cls) if "Decimal" in str(f.type)}  # type: ignore[arg-type]
    return cls(**{k: Decimal(v) if k in money and v is not None else v for k, v in data.items()})
