"""Static catalogue: the asset/network matrix of `GET /assets/networks`, the quote rate table and address formats."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


@dataclass(frozen=True)
class Pair:
    asset: str
    network: str
    min_topup_fiat: Decimal  # in USD (x-inferred), compared with sourceAmount converted by RATES
    settlement_sla_mins: int


# The seed's matrix, as published.
MATRIX = (
    Pair("USDT", "TRON", Decimal("100.00"), 30),
    Pair("USDT", "ETH", Decimal("100.00"), 30),
    Pair("USDC", "ETH", Decimal("100.00"), 30),
)
PAIRS = {(p.asset, p.network): p for p in MATRIX}
STABLECOINS = frozenset(p.asset for p in MATRIX)

# Units of stablecoin (USD-pegged) per unit of fiat, also the fiat -> USD conversion of the minimum top-up.
# AUD 0.6774 reproduces the seed's order: 50 AUD x 0.6774 = 33.87 USDT, less the 1 USD fee = 32.87 USDT.
RATES = {
    "USD": Decimal("1"),
    "AUD": Decimal("0.6774"),
    "EUR": Decimal("1.0852"),
    "GBP": Decimal("1.2648"),
    "HKD": Decimal("0.1284"),
    "SGD": Decimal("0.7462"),
    "CNY": Decimal("0.1406"),
    "JPY": Decimal("0.006652"),
}
FEE = Decimal("1")  # flat fee per top-up in FEE_CURRENCY (the seed's quoteSnapshot), deducted from the conversion
FEE_CURRENCY = "USD"
MINIMUM_CURRENCY = "USD"  # minTopupFiat is compared in USD (x-inferred: the fee's currency), converted by RATES
TARGET_PLACES = Decimal("0.01")  # stablecoin amounts are credited to the cent (the seed's amounts)
# ISO 4217 minor units of the quoted fiat currencies (2 unless listed): a finer sourceAmount is refused
MINOR_UNITS = {"JPY": 0}


def minor_unit(currency: str) -> int:
    return MINOR_UNITS.get(currency, 2)


def in_usd(amount: Decimal, currency: str) -> Decimal:
    """`amount` of a fiat `currency` in USD, through the USD-pegged rate table (exact, not rounded)."""
    return amount * RATES[currency] / RATES[MINIMUM_CURRENCY]


def _base58check(payload: bytes) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    number = int.from_bytes(raw, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = _B58[rest] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def address_for(wallet_id: str, network: str) -> str:
    """A deterministic, well-formed address: TRON base58check `T...` (34 chars), ETH `0x` + 40 hex."""
    digest = hashlib.sha256(f"xcurrency-address:{wallet_id}".encode()).digest()[:20]
    if network == "TRON":
        return _base58check(b"\x41" + digest)
    return "0x" + digest.hex()


def tx_hash(network: str, seed: str) -> str:
    """A deterministic transaction hash in the network's usual form (TRON bare hex, ETH 0x-prefixed)."""
    digest = hashlib.sha256(f"xcurrency-tx:{seed}".encode()).hexdigest()
    return digest if network == "TRON" else "0x" + digest
