"""The mock's currency table: codes, chains, limits, fees and a fixed (deterministic) rate table.

Rates are "units per 1 USD" so every conversion is a Decimal multiplication or division; nothing moves with time.
Address formats are checked per chain with the usual public formats (EVM hex, TRON/Solana/XRP base58, BTC/LTC
base58 or bech32, DOGE base58); checksums (EIP-55, base58check, bech32) are not verified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

EIGHT = Decimal("0.00000001")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Currency:
    code: str
    name: str
    token: str
    blockchain: str
    per_usd: Decimal  # units of this currency per 1 USD
    min_amount: Decimal  # payments
    max_amount: Decimal
    min_withdrawal: Decimal
    max_withdrawal: Decimal
    network_fee: Decimal  # per withdrawal, in the currency
    activation_fee: Decimal = Decimal(0)  # extra network fee to a never-used address (TRON)
    is_popular: bool = False
    is_stable: bool = False
    required_confirmations: int = 12


def _c(
    code: str,
    name: str,
    token: str,
    blockchain: str,
    rate: str,
    low: str,
    high: str,
    w_low: str,
    w_high: str,
    network_fee: str,
    activation_fee: str = "0",
    **flags: bool | int,
) -> Currency:
    d = Decimal
    limits = (d(low), d(high), d(w_low), d(w_high))
    return Currency(code, name, token, blockchain, d(rate), *limits, d(network_fee), d(activation_fee), **flags)  # type: ignore[arg-type]


CURRENCIES: dict[str, Currency] = {
    c.code: c
    for c in (
        _c(
            "USDTTRC20",
            "Tether USD",
            "USDT",
            "TRX",
            "0.999",
            "10",
            "100000",
            "10",
            "100000",
            "0.5",
            "1",
            is_popular=True,
            is_stable=True,
            required_confirmations=19,
        ),
        _c("USDTERC20", "Tether USD", "USDT", "ETH", "0.999", "20", "100000", "20", "100000", "3", is_stable=True),
        _c("USDTARB", "Tether USD", "USDT", "ARB", "0.999", "5", "100000", "5", "100000", "0.1", is_stable=True),
        _c("USDTBSC", "Tether USD", "USDT", "BSC", "0.999", "5", "100000", "5", "100000", "0.3", is_stable=True),
        _c("USDCERC20", "USD Coin", "USDC", "ETH", "1", "20", "100000", "20", "100000", "3", is_stable=True),
        _c(
            "USDCSOL",
            "USD Coin",
            "USDC",
            "SOL",
            "1",
            "5",
            "100000",
            "5",
            "100000",
            "0.05",
            is_stable=True,
            required_confirmations=32,
        ),
        _c("DAIERC20", "Dai", "DAI", "ETH", "1", "20", "100000", "20", "100000", "3", is_stable=True),
        _c(
            "BTC",
            "Bitcoin",
            "BTC",
            "BTC",
            "0.00001",
            "0.0002",
            "10",
            "0.0005",
            "10",
            "0.00005",
            is_popular=True,
            required_confirmations=2,
        ),
        _c("ETH", "Ethereum", "ETH", "ETH", "0.0004", "0.005", "500", "0.01", "500", "0.001", is_popular=True),
        _c("TRX", "TRON", "TRX", "TRX", "4", "40", "1000000", "40", "1000000", "1", "1", required_confirmations=19),
        _c("LTC", "Litecoin", "LTC", "LTC", "0.01", "0.1", "5000", "0.1", "5000", "0.001", required_confirmations=6),
        _c("XRP", "XRP", "XRP", "XRP", "0.5", "5", "500000", "5", "500000", "0.2", required_confirmations=1),
    )
}
FIAT_PER_USD = {"USD": Decimal(1), "EUR": Decimal("0.92")}
TENANT_FEE_PERCENT = Decimal("1.0")  # payment fee (tenant `transaction_fee`)
WITHDRAWAL_FEE_PERCENT = Decimal("1.0")  # platform fee on withdrawals

_B58 = "[1-9A-HJ-NP-Za-km-z]"
_BECH32 = "[02-9ac-hj-np-z]"
ADDRESS_TYPES: dict[str, re.Pattern[str]] = {
    "EVM": re.compile(r"0x[0-9a-fA-F]{40}"),
    "TRX": re.compile(f"T{_B58}{{33}}"),
    "SOL": re.compile(f"{_B58}{{32,44}}"),
    "BTC": re.compile(f"(?:[13]{_B58}{{25,34}}|bc1{_BECH32}{{8,87}})"),
    "LTC": re.compile(f"(?:[LM3]{_B58}{{26,33}}|ltc1{_BECH32}{{8,87}})"),
    "DOGE": re.compile(f"D{_B58}{{33}}"),
    "XRP": re.compile(f"r{_B58}{{24,34}}"),
}
# blockchain -> address type (aliases included)
CHAIN_TYPES = {
    "ETH": "EVM",
    "BSC": "EVM",
    "ARB": "EVM",
    "BASE": "EVM",
    "MATIC": "EVM",
    "AVAX": "EVM",
    "OP": "EVM",
    "TRX": "TRX",
    "TRON": "TRX",
    "SOL": "SOL",
    "BTC": "BTC",
    "LTC": "LTC",
    "DOGE": "DOGE",
    "XRP": "XRP",
}
MEMO_CHAINS = {"XRP": re.compile(r"[0-9]{1,10}")}  # destination tag: an unsigned 32-bit integer


def q8(value: Decimal) -> Decimal:
    return value.quantize(EIGHT, rounding=ROUND_HALF_UP)


def money(value: Decimal) -> str:
    """8-decimal string, exact ("100.00000000")."""
    return format(q8(value), "f")


def usd(value: Decimal) -> str:
    return format(value.quantize(CENT, rounding=ROUND_HALF_UP), "f")


def chain(name: str) -> str:
    """Canonical blockchain id (TRON -> TRX)."""
    upper = name.upper()
    return "TRX" if upper == "TRON" else upper


def find(code: str | None = None, blockchain: str | None = None, token: str | None = None) -> Currency | None:
    """A currency by code, or by blockchain + token (case-insensitive)."""
    if code is not None:
        return CURRENCIES.get(code.upper())
    if blockchain is None or token is None:
        return None
    wanted = (chain(blockchain), token.upper())
    return next((c for c in CURRENCIES.values() if (c.blockchain, c.token) == wanted), None)


def per_usd(code: str) -> Decimal | None:
    """Units of a fiat or crypto code per 1 USD, or None when unknown."""
    upper = code.upper()
    if upper in FIAT_PER_USD:
        return FIAT_PER_USD[upper]
    found = CURRENCIES.get(upper)
    return found.per_usd if found else None


def address_type(blockchain: str) -> str | None:
    return CHAIN_TYPES.get(chain(blockchain))


def address_problem(address: str, kind: str, memo: str | None = None) -> str | None:
    """Why `address` is not a valid `kind` address (None when it is)."""
    pattern = ADDRESS_TYPES[kind]
    if not pattern.fullmatch(address):
        return f"not a valid {kind} address"
    memo_pattern = MEMO_CHAINS.get(kind)
    if memo not in (None, "") and (memo_pattern is None or not memo_pattern.fullmatch(memo)):
        return f"invalid memo for {kind}" if memo_pattern else f"{kind} addresses take no memo"
    return None
