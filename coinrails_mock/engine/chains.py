"""Simulated blockchains: realistic, deterministic addresses and transaction hashes, derived from a seed.

An address of each family is well-formed for the chain (checksums included), so clients that validate addresses
accept what the mocks hand out. The same seed and salt always give the same address (state files and tests rely
on it); a provider chooses the salt (its chain or network name).
"""

from __future__ import annotations

import hashlib

BITCOIN_58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
RIPPLE_58 = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
FAMILIES = ("EVM", "TRON", "BTC", "XRP", "SOL")


def digest(*parts: object) -> bytes:
    return hashlib.sha256(":".join(map(str, parts)).encode()).digest()


def base58(raw: bytes, alphabet: str = BITCOIN_58) -> str:
    number, out = int.from_bytes(raw, "big"), ""
    while number:
        number, rest = divmod(number, 58)
        out = alphabet[rest] + out
    return alphabet[0] * (len(raw) - len(raw.lstrip(b"\0"))) + out


def base58check(payload: bytes, alphabet: str = BITCOIN_58) -> str:
    return base58(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4], alphabet)


def bech32_p2wpkh(program: bytes, hrp: str = "bc") -> str:
    """A valid BIP-173 segwit v0 address for a 20-byte program."""
    acc, bits, data = 0, 0, [0]
    for byte in program:
        acc, bits = (acc << 8) | byte, bits + 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    chk = 1
    for value in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + data + [0] * 6:
        top, chk = chk >> 25, (chk & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate(BECH32_GENERATOR):
            chk ^= gen if (top >> i) & 1 else 0
    polymod = chk ^ 1
    return hrp + "1" + "".join(BECH32[d] for d in data + [(polymod >> 5 * (5 - i)) & 31 for i in range(6)])


def address(family: str, seed: object, salt: str | None = None) -> str:
    """An address of the chain `family` (EVM, TRON, BTC, XRP, SOL) derived from `seed` (and `salt`, default the
    family's name)."""
    raw = digest(salt or family, seed)
    if family == "EVM":
        return "0x" + raw[:20].hex()
    if family == "TRON":
        return base58check(b"\x41" + raw[:20])
    if family == "BTC":
        return bech32_p2wpkh(raw[:20])
    if family == "XRP":
        return base58check(b"\x00" + raw[:20], RIPPLE_58)
    if family == "SOL":
        return base58(raw)
    raise ValueError(f"unknown chain {family}")


def tx_hash(family: str, seed: object, salt: str | None = None) -> str:
    """A transaction hash in the family's spelling (0x-hex on EVM, base58 on Solana, hex elsewhere)."""
    raw = digest("tx", salt or family, seed)
    if family == "SOL":
        return base58(raw + digest("tx2", seed))
    return ("0x" if family == "EVM" else "") + raw.hex()


def tag(seed: object) -> str:
    """A 9-digit numeric destination tag (XRP memo) derived from `seed`: one shared address, one tag per owner."""
    return str(100_000_000 + int.from_bytes(digest(seed)[:4], "big") % 10**9)
