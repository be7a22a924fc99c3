"""The mock's fixed catalogue: coins and their networks (Bitunix network names), spot pairs with reference
prices, and deterministic, network-realistic deposit addresses and transaction hashes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from coinrails_mock.engine import chains

D = Decimal


@dataclass(frozen=True)
class Network:
    coin: str
    network: str  # Bitunix's display name, sent as `network` in requests
    chain: str  # address family: EVM, TRON, BTC, XRP, SOL
    precision: int
    fee: Decimal
    withdraw_min: Decimal
    withdraw_max: Decimal
    deposit_min: Decimal
    confirmations: int
    address_regex: str
    contract: str | None = None
    memo: int = 0  # requireMemo: 0 no, 1 optional, 2 required


@dataclass(frozen=True)
class Coin:
    symbol: str
    full_name: str
    precision: int


@dataclass(frozen=True)
class Pair:
    symbol: str
    base: str
    quote: str
    base_precision: int  # decimals of `volume`
    quote_precision: int  # decimals of `price`
    min_volume: Decimal
    price: Decimal  # reference last price at reset
    precisions: tuple[str, ...]  # depth aggregation steps
    level_volume: Decimal  # base quantity of each simulated book level


EVM = r"^0x[0-9a-fA-F]{40}$"
TRON = r"^T[1-9A-HJ-NP-Za-km-z]{33}$"
BTC = r"^(bc1)[0-9a-z]{25,62}$|^[13][a-km-zA-HJ-NP-Z1-9]{25,34}$"
XRP = r"^r[1-9A-HJ-NP-Za-km-z]{24,34}$"
SOL = r"^[1-9A-HJ-NP-Za-km-z]{32,44}$"

COINS = {
    c.symbol: c
    for c in (
        Coin("USDT", "Tether USD", 6),
        Coin("USDC", "USD Coin", 6),
        Coin("BTC", "Bitcoin", 8),
        Coin("ETH", "Ethereum", 8),
        Coin("TRX", "TRON", 6),
        Coin("XRP", "XRP", 6),
    )
}
TRC20, ERC20, BEP20 = "Tron (TRC-20)", "Ethereum (ERC-20)", "BNB Smart Chain (BEP-20)"
NETWORKS = {
    (n.coin, n.network): n
    for n in (
        Network(
            "USDT",
            TRC20,
            "TRON",
            6,
            D("1"),
            D("10"),
            D("1000000"),
            D("1"),
            20,
            TRON,
            "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
        ),
        Network(
            "USDT",
            ERC20,
            "EVM",
            6,
            D("5"),
            D("20"),
            D("1000000"),
            D("5"),
            12,
            EVM,
            "0xdac17f958d2ee523a2206206994597c13d831ec7",
        ),
        Network(
            "USDT",
            BEP20,
            "EVM",
            6,
            D("0.5"),
            D("10"),
            D("1000000"),
            D("1"),
            15,
            EVM,
            "0x55d398326f99059ff775485246999027b3197955",
        ),
        Network(
            "USDC",
            ERC20,
            "EVM",
            6,
            D("5"),
            D("20"),
            D("1000000"),
            D("5"),
            12,
            EVM,
            "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",
        ),
        Network(
            "USDC",
            "Solana",
            "SOL",
            6,
            D("1"),
            D("5"),
            D("1000000"),
            D("1"),
            1,
            SOL,
            "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",
        ),
        Network("BTC", "Bitcoin", "BTC", 8, D("0.0002"), D("0.001"), D("100"), D("0.0001"), 2, BTC),
        Network("ETH", ERC20, "EVM", 8, D("0.002"), D("0.01"), D("1000"), D("0.001"), 12, EVM),
        Network("TRX", TRC20, "TRON", 6, D("1"), D("10"), D("1000000"), D("1"), 20, TRON),
        Network("XRP", "Ripple", "XRP", 6, D("0.25"), D("10"), D("1000000"), D("1"), 1, XRP, memo=2),
    )
}
PAIRS = {
    p.symbol: p
    for p in (
        Pair("BTCUSDT", "BTC", "USDT", 6, 2, D("0.000001"), D("84321.55"), ("0.01", "0.1", "1", "10"), D("0.5")),
        Pair("ETHUSDT", "ETH", "USDT", 4, 2, D("0.0001"), D("3000.00"), ("0.01", "0.1", "1"), D("5")),
        Pair("TRXUSDT", "TRX", "USDT", 1, 5, D("1"), D("0.25000"), ("0.00001", "0.0001", "0.001"), D("50000")),
        Pair("XRPUSDT", "XRP", "USDT", 2, 4, D("0.01"), D("0.5000"), ("0.0001", "0.001", "0.01"), D("20000")),
    )
}

# XRP deposits go to one shared exchange address and are told apart by a numeric tag (the memo).
XRP_HOT_WALLET = "bitunix-mock:xrp-hot-wallet"


def address_for(chain: str, seed: object) -> str:
    """A realistic, deterministic address of the `chain` family derived from `seed`."""
    return chains.address(chain, seed)


def deposit_address(uid: int, net: Network) -> tuple[str, str | None]:
    """(address, memo) of a user on a network: one address per (user, chain); XRP: shared address + tag."""
    if net.chain == "XRP":
        return address_for("XRP", XRP_HOT_WALLET), chains.tag(uid)
    return address_for(net.chain, uid), None


def tx_hash(chain: str, seed: object) -> str:
    return chains.tx_hash(chain, seed)
