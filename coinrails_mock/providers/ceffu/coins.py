"""The mock's fixed coin/network catalogue, USD prices, and deterministic, network-realistic deposit addresses."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from coinrails_mock.engine import chains

D = Decimal


@dataclass(frozen=True)
class Coin:
    coin_id: int
    symbol: str
    full_name: str
    transfer_precision: int
    usd_price: Decimal


@dataclass(frozen=True)
class Network:
    coin: str
    network: str
    protocol: str | None
    precision: int
    fee: Decimal
    minimum: Decimal
    maximum: Decimal
    address_regex: str
    memo: bool = False


EVM = r"^0x[0-9a-fA-F]{40}$"
COINS = {
    c.symbol: c
    for c in (
        Coin(1, "BTC", "Bitcoin", 8, D("60000")),
        Coin(2, "ETH", "Ethereum", 8, D("3000")),
        Coin(3, "USDT", "Tether USD", 6, D("1")),
        Coin(4, "USDC", "USD Coin", 6, D("1")),
        Coin(5, "BNB", "BNB", 8, D("600")),
        Coin(6, "SOL", "Solana", 8, D("150")),
        Coin(7, "XRP", "XRP", 6, D("0.5")),
    )
}
NETWORKS = {
    (n.coin, n.network): n
    for n in (
        Network(
            "BTC",
            "BTC",
            None,
            8,
            D("0.0002"),
            D("0.001"),
            D("100"),
            r"^(bc1)[0-9a-z]{25,62}$|^[13][a-km-zA-HJ-NP-Z1-9]{25,34}$",
        ),
        Network("ETH", "ETH", None, 8, D("0.002"), D("0.01"), D("1000"), EVM),
        Network("USDT", "ETH", "ERC20", 6, D("5"), D("10"), D("1000000"), EVM),
        Network("USDT", "TRON", "TRC20", 6, D("1"), D("5"), D("1000000"), r"^T[1-9A-HJ-NP-Za-km-z]{33}$"),
        Network("USDT", "BSC", "BEP20", 6, D("0.5"), D("5"), D("1000000"), EVM),
        Network("USDC", "ETH", "ERC20", 6, D("5"), D("10"), D("1000000"), EVM),
        Network("USDC", "SOL", "SPL", 6, D("1"), D("2"), D("1000000"), r"^[1-9A-HJ-NP-Za-km-z]{32,44}$"),
        Network("BNB", "BSC", None, 8, D("0.0005"), D("0.01"), D("10000"), EVM),
        Network("SOL", "SOL", None, 8, D("0.01"), D("0.1"), D("100000"), r"^[1-9A-HJ-NP-Za-km-z]{32,44}$"),
        Network("XRP", "XRP", None, 6, D("0.25"), D("10"), D("1000000"), r"^r[1-9A-HJ-NP-Za-km-z]{24,34}$", memo=True),
    )
}
EVM_NETWORKS = frozenset({"ETH", "BSC"})

# XRP deposits share one Ceffu address and are told apart by a numeric memo (destination tag).
XRP_HOT_WALLET_SEED = b"ceffu-mock:xrp-hot-wallet"


def family(network: str) -> str:
    return "EVM" if network in EVM_NETWORKS else network


def address_for(network: str, seed: object) -> str:
    """A realistic, deterministic address on `network` derived from `seed`."""
    if family(network) not in chains.FAMILIES:
        raise ValueError(f"unknown network {network}")
    return chains.address(family(network), seed, salt=network)


def deposit_address(wallet_id: int, network: str) -> tuple[str, str]:
    """(address, memo) of a wallet on a network: one address per (wallet, network), XRP uses a shared address + memo."""
    if network == "XRP":
        return address_for("XRP", XRP_HOT_WALLET_SEED), chains.tag(wallet_id)
    return address_for(network, wallet_id), ""


def tx_hash(network: str, seed: object) -> str:
    return chains.tx_hash(family(network), seed, salt=network)
