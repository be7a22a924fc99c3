"""With a state file, a restart restores tokens, customers, wallets, balances, orders, settings and pending
webhook deliveries (whose quote amounts stay exact JSON numbers)."""

from __future__ import annotations

from coinrails_mock.app import build_app
from coinrails_mock.engine.numbers import JsonNumber

from .conftest import ORDERS, XCurrencyTestClient


async def test_restart_restores_everything(tmp_path):
    state = tmp_path / "xcurrency.sqlite"
    first = XCurrencyTestClient(build_app("xcurrency", strict=True, state_path=state))
    customer = await first.customer()
    wallet = await first.wallet(customer["customerId"])
    wid = wallet["walletId"]
    done = await first.order(wid, "1000.55")
    waiting = await first.order(wid, "200")
    await first.control("POST", "/_mock/webhooks", {"url": "http://127.0.0.1:9/hook"})  # nothing listens there
    await first.control("POST", "/_mock/xcurrency/settings", {"quote_ttl_ms": 42_000})
    await first.settle(done["orderId"])
    before = {
        "state": await first.state(),
        "balance": await first.ok("GET", f"/wallets/{wid}/balances"),
        "transactions": await first.ok("GET", f"/wallets/{wid}/transactions"),
        "orders": (await first.get(ORDERS)).json(),
    }
    token = first.token
    await first.aclose()

    second = XCurrencyTestClient(build_app("xcurrency", strict=True, state_path=state))
    second.token = token  # the token issued before the restart is still valid
    try:
        assert await second.state() == before["state"]
        assert await second.ok("GET", f"/wallets/{wid}/balances") == before["balance"]
        assert before["balance"]["available"] == "676.77"  # 1000.55 x 0.6774 - 1 (fee), rounded down
        assert await second.ok("GET", f"/wallets/{wid}/transactions") == before["transactions"]
        assert (await second.get(ORDERS)).json() == before["orders"]
        assert (await second.control("GET", "/_mock/xcurrency/settings"))["quote_ttl_ms"] == 42_000
        assert await second.error("POST", "/customers", {**_body(customer), "externalRef": "x"}) == (
            "email already exists"
        )
        [delivery] = second.engine.run(second.engine.webhooks.deliveries.values)
        snapshot = delivery.payload["data"]["quoteSnapshot"]
        assert isinstance(snapshot["targetAmount"], JsonNumber) and str(snapshot["targetAmount"]) == "676.77"
        assert (await second.settle(waiting["orderId"]))["status"] == "COMPLETED"
        assert (await second.ok("GET", f"/wallets/{wid}/balances"))["available"] == "811.25"
    finally:
        await second.aclose()


def _body(customer: dict) -> dict:
    return {"externalRef": customer["externalRef"], "name": customer["name"], "email": customer["email"]}
