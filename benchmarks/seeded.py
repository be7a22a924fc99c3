"""A provider mock served with `count` extra records already in memory (the state-size benchmark).

python -m benchmarks.seeded PROVIDER COUNT PORT INFO_JSON

Records are added through the provider's backend rules (no HTTP), then the app is served like
`coinrails-mock serve` (in memory). INFO_JSON receives {"read_id": ...}: the id of the first seeded
record, which the benchmark reads by id.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import uvicorn

from coinrails_mock.app import build_app
from coinrails_mock.engine.serving import SERVER_LIMITS


def seed_ceffu(backend: Any, count: int) -> str:
    """`count` qualified wallets of the main test tenant (createWallet's rule, unique requestIds)."""
    from coinrails_mock.providers.ceffu.credentials import MAIN_ENTITY

    first = backend.create_wallet(MAIN_ENTITY, "seed 0", 10, "seed-0")
    for i in range(1, count):
        backend.create_wallet(MAIN_ENTITY, f"seed {i}", 10, f"seed-{i}")
    return str(first.wallet_id)  # the same id at every size


def seed_cryptofuse(backend: Any, count: int) -> str:
    """`count` payments (createPayment's rule, unique order ids)."""
    from coinrails_mock.providers.cryptofuse.currencies import CURRENCIES

    currency = CURRENCIES["USDTTRC20"]
    first = backend.create_payment("10.5", currency, order_id="seed-0")
    for i in range(1, count):
        backend.create_payment("10.5", currency, order_id=f"seed-{i}")
    return first.transaction_id


def seed_bitunix(backend: Any, count: int) -> str:
    """`count` open spot orders of the main test user (placeOrder's rule: limit buys of the minimum volume at
    1.00 USDT, far below the market, so none fills), funded by a deposit to the user's own address first."""
    from coinrails_mock.providers.bitunix.credentials import MAIN
    from coinrails_mock.providers.bitunix.models import BUY, LIMIT

    network = "Tron (TRC-20)"
    address, memo = backend.deposit_address(MAIN.uid, "USDT", network)
    backend.deposit(address, "USDT", network, "1000000", memo)
    item = {"symbol": "BTCUSDT", "side": BUY, "type": LIMIT, "volume": "0.000001", "price": "1.00"}
    first = backend.place_order(MAIN.uid, item)
    for _ in range(1, count):
        backend.place_order(MAIN.uid, item)
    return str(first.order_id)


def seed_xcurrency(backend: Any, count: int) -> str:
    """`count` top-up orders (createTopupOrder's rule, each on its own fresh quote) into one customer's wallet."""
    customer = backend.create_customer("seed-customer", "Seed Customer", "seed@example.com")
    wallet = backend.create_wallet(customer.customer_id, "USDT", "TRON")
    orders = [
        backend.create_order(backend.create_quote("AUD", "USDT", "500").query_no, wallet.wallet_id, "Seed Payer")
        for _ in range(count)
    ]
    return str(orders[0].order_id)


SEEDERS: dict[str, Callable[[Any, int], str]] = {
    "ceffu": seed_ceffu,
    "bitunix": seed_bitunix,
    "xcurrency": seed_xcurrency,
    "cryptofuse": seed_cryptofuse,
}


def main(provider: str, count: int, port: int, info: Path) -> None:
    app = build_app(provider, base_url=f"http://127.0.0.1:{port}")
    backend = app.state.mock.provider.backend
    read_id = SEEDERS[provider](backend, count)
    app.state.mock.provider.drain_events()  # seeding is not news: no webhooks
    info.write_text(json.dumps({"read_id": read_id}))
    uvicorn.run(
        app, host="127.0.0.1", port=port, log_level="warning", access_log=False, server_header=False, **SERVER_LIMITS
    )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
