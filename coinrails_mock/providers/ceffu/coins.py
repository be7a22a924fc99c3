"""The mock's fixed coin/network catalogue, USD prices, and deterministic, network-realistic deposit addresses."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal

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

_BITCOIN_58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_RIPPLE_58 = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
# XRP deposits share one Ceffu address and are told apart by a numeric memo (destination tag).
XRP_HOT_WALLET_SEED = b"ceffu-mock:xrp-hot-wallet"


def _digest(*parts: object) -> bytes:
    return hashlib.sha256(":".join(map(str, parts)).encode()).digest()


def _base58(raw: bytes, alphabet: str) -> str:
    number = int.from_bytes(raw, "big")
    out = ""
    while number:
        number, digit = divmod(number, 58)
        out = alphabet[digit] + out
    return alphabet[0] * (len(raw) - len(raw.lstrip(b"\0"))) + out


def _base58check(payload: bytes, alphabet: str = _BITCOIN_58) -> str:
    checksum = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return _base58(payload + checksum, alphabet)


def _bech32_polymod(values: list[int]) -> int:
    generator = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= generator[i] if (top >> i) & 1 else 0
    return chk


def _segwit_v0(program: bytes, hrp: str = "bc") -> str:
    """A valid bech32 P2WPKH address (BIP-173) for a 20-byte program."""
    bits, acc, data = 0, 0, [0]
    for byte in program:
        acc, bits = (acc << 8) | byte, bits + 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    polymod = _bech32_polymod([*expanded, *data, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[d] for d in data + checksum)


def address_for(network: str, seed: object) -> str:
    """A realistic, deterministic address on `network` derived from `seed`."""
    raw = _digest(network, seed)
    if network in EVM_NETWORKS:
        return "0x" + raw[:20].hex()
    if network == "BTC":
        return _segwit_v0(raw[:20])
    if network == "TRON":
        return _base58check(b"\x41" + raw[:20])
    if network == "SOL":
        return _base58(raw, _BITCOIN_58)
    if network == "XRP":
        return _base58check(b"\x00" + raw[:20], _RIPPLE_58)
    raise ValueError(f"unknown network {network}")


def deposit_address(wallet_id: int, network: str) -> tuple[str, str]:
    """(address, memo) of a wallet on a network: one address per (wallet, network), XRP uses a shared address + memo."""
    if network == "XRP":
        return address_for("XRP", XRP_HOT_WALLET_SEED), str(
            int.from_bytes(_digest(wallet_id)[:4], "big") % 10**9 + 10**8
        )
    return address_for(network, wallet_id), ""


def tx_hash(network: str, seed: object) -> str:
    raw = _digest("tx", network, seed)
    if network == "SOL":
        return _base58(raw + _digest("tx2", seed), _BITCOIN_58)
    return ("0x" if network in EVM_NETWORKS else "") + raw.hex()
