"""Records of the Cryptofuse backend (money as Decimal) and their JSON-safe snapshot form."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal
from typing import Any, TypeVar

from coinrails_mock.engine import accounts

ZERO = Decimal(0)
MASTER = "master"  # the account key of the master balance (wallets use their wallet_id)

# payment statuses
WAITING, CONFIRMING, COMPLETED, PARTIAL, EXPIRED, FAILED = (
    "waiting",
    "confirming",
    "completed",
    "partially_completed",
    "expired",
    "failed",
)
PAYMENT_FINAL = frozenset({COMPLETED, PARTIAL, EXPIRED, FAILED})
# withdrawal statuses: the happy path in order, then the final refusals
WITHDRAWAL_STEPS = ("pending", "approved", "processing", "submitted", "confirmed", "completed")
WITHDRAWAL_REFUSED = frozenset({"rejected", "failed", "cancelled"})
WITHDRAWAL_FINAL = WITHDRAWAL_REFUSED | {"completed"}
# transfer statuses and types
PENDING, TO_SUB, TO_MASTER = "pending", "to_sub", "to_master"


@dataclass
class Application:
    id: int
    name: str
    client_id: str
    client_secret: str
    scopes: list[str]  # what its tokens may be granted
    created_ms: int
    updated_ms: int


@dataclass
class Token:
    token: str
    app_id: int
    scopes: list[str]
    expires_ms: int


@dataclass
class Balance(accounts.Balance):
    """`available` and `locked` (held for open withdrawals and transfers: the API's `pending_amount`), plus
    `incoming`: seen on chain for confirming payments, not yet credited, in no balance the API shows."""

    incoming: Decimal = ZERO


@dataclass
class Deposit:
    deposit_id: str
    amount: Decimal
    transaction_hash: str
    confirmations: int
    at_ms: int


@dataclass
class Payment:
    transaction_id: str
    currency: str
    price_currency: str
    price_amount: Decimal
    amount_usd: Decimal
    amount_crypto: Decimal  # what the payer is asked to send
    fee_percent: Decimal
    is_fee_paid_by_user: bool
    is_fixed_rate: bool
    address: str
    account: str  # MASTER or a wallet_id
    status: str
    created_ms: int
    updated_ms: int
    expiry_ms: int
    order_id: str | None = None
    order_description: str | None = None
    custom_id: str | None = None
    customer_email: str | None = None
    callback_url: str | None = None
    deposits: list[Deposit] = field(default_factory=list)
    credited: Decimal = ZERO  # booked to the account (after the fee)
    fee: Decimal = ZERO  # platform fee kept

    @property
    def paid(self) -> Decimal:
        return sum((d.amount for d in self.deposits), ZERO)


@dataclass
class Withdrawal:
    withdrawal_id: str
    currency: str
    address: str
    account: str
    requested_amount: Decimal
    amount: Decimal  # sent to the address
    platform_fee: Decimal
    network_fee: Decimal
    status: str
    created_ms: int
    updated_ms: int
    required_confirmations: int
    memo: str | None = None
    custom_id: str | None = None
    callback_url: str | None = None
    transaction_hash: str | None = None
    confirmations: int = 0
    batch_id: str | None = None
    error_message: str | None = None
    completed_ms: int | None = None

    @property
    def debit(self) -> Decimal:
        """What leaves the account: the amount sent plus both fees."""
        return self.amount + self.platform_fee + self.network_fee


@dataclass
class Wallet:
    id: int
    wallet_id: str
    name: str
    external_id: str | None
    created_ms: int
    updated_ms: int


@dataclass
class Transfer:
    id: str
    transfer_type: str  # to_sub | to_master
    wallet_id: str
    currency: str
    amount: Decimal
    status: str  # pending | completed | failed
    callback_url: str
    created_ms: int
    updated_ms: int
    error_message: str | None = None


@dataclass
class Movement:
    """One master-account balance change (GET /user/balances/history/)."""

    at_ms: int
    currency: str
    type: str
    amount: Decimal  # signed
    balance_after: Decimal
    reference: str


T = TypeVar("T")


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def dump(record: Any) -> dict[str, Any]:
    """JSON-safe dict (Decimals as strings)."""
    return _plain(asdict(record))  # type: ignore[no-any-return]


def load(cls: type[T], data: dict[str, Any]) -> T:
    """Inverse of dump for the records above."""
    kinds = {f.name: f.type for f in fields(cls)}  # type: ignore[arg-type]
    out: dict[str, Any] = {}
    for name, value in data.items():
        kind = kinds[name]
        if kind == "Decimal":
            out[name] = Decimal(value)
        elif kind == "list[Deposit]":
            out[name] = [load(Deposit, d) for d in value]
        else:
            out[name] = value
    return cls(**out)
