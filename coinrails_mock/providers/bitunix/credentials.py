"""Built-in Bitunix test users and API keys. TEST-ONLY secrets, committed on purpose: never use them anywhere real.

MAIN is the user the printed `api_key`/`secret_key` belong to; RECEIVER is a second user to send inside
transfers to (by uid, email or phone) and to read them back with its own key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class User:
    uid: int
    email: str
    phone_country_code: str
    phone_number: str
    api_key: str
    secret_key: str


MAIN = User(
    681979174,
    "main@coinrails.test",
    "65",
    "81234567",
    "bx7c2e4a19d0f3b6e58a1c2d3e4f5a6b70",
    "s3cr3t-bitunix-main-0d9e8f7a6b5c4d3e",
)
RECEIVER = User(
    682044311,
    "receiver@coinrails.test",
    "44",
    "7700900123",
    "bx1f0e2d3c4b5a69788796a5b4c3d2e1f0",
    "s3cr3t-bitunix-recv-a1b2c3d4e5f60718",
)
USERS = {u.uid: u for u in (MAIN, RECEIVER)}
BY_KEY = {u.api_key: u for u in USERS.values()}


def credentials_json(base_url: str) -> dict[str, Any]:
    """What `coinrails-mock credentials bitunix` prints (every value a string, like the control API's schema)."""
    return {
        "provider": "bitunix",
        "base_url": base_url,
        "api_key": MAIN.api_key,
        "secret_key": MAIN.secret_key,
        "uid": str(MAIN.uid),
        "email": MAIN.email,
        "phone_country_code": MAIN.phone_country_code,
        "phone_number": MAIN.phone_number,
        "receiver_uid": str(RECEIVER.uid),
        "receiver_email": RECEIVER.email,
        "receiver_phone_country_code": RECEIVER.phone_country_code,
        "receiver_phone_number": RECEIVER.phone_number,
        "receiver_api_key": RECEIVER.api_key,
        "receiver_secret_key": RECEIVER.secret_key,
        "quick_withdraw_coin": "USDT",
        "quick_withdraw_network": "Tron (TRC-20)",
        "quick_withdraw_address": SEEDED_QUICK_ADDRESS,
    }


# On MAIN's quick-withdrawal list after every reset (more through the control API).
SEEDED_QUICK_ADDRESS = "TJmW5D1p1LnMdTMmxuY1VELHht7v5HV7rU"
