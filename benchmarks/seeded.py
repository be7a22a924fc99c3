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


SEEDERS: dict[str, Callable[[Any, int], str]] = {"ceffu": seed_ceffu, "cryptofuse": seed_cryptofuse}


def main(provider: str, count: int, port: int, info: Path) -> None:
    app = build_app(provider, base_url=f"http://127.0.0.1:{port}")
    backend = app.state.mock.provider.backend
    read_id = SEEDERS[provider](backend, count)
    app.state.mock.provider.drain_events()  # seeding is not news: no webhooks
    info.write_text(json.dumps({"read_id": read_id}))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False, server_header=False)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
