"""The /_mock/ control API: faults, clock, settings, auto-advance, simulation, reset, invariant check."""

from __future__ import annotations

import httpx
import pytest

from coinrails_mock.engine.app import DroppedConnection

EXTERNAL_ETH = "0x" + "ab" * 20
STATUS = ("/open-api/v1/system/status", {"bizType": 10, "walletType": 10})


async def pending_withdrawal(client, amount: str = "0.5") -> str:
    prime = await client.prime_id()
    await client.fund(prime, "ETH", "ETH", "2")
    await client.ok(
        "POST",
        "/open-api/v1/wallet/addWhitelist",
        {"addressType": 1, "address": EXTERNAL_ETH, "label": "c", "symbol": "ETH", "network": "ETH"},
    )
    order = await client.ok(
        "POST",
        "/open-api/v2/wallet/withdrawal",
        {
            "walletId": prime,
            "coinSymbol": "ETH",
            "network": "ETH",
            "amount": amount,
            "requestId": "w",
            "withdrawalAddress": EXTERNAL_ETH,
        },
    )
    return order["orderViewId"]


async def test_injected_errors_use_the_provider_shape(client):
    config = await client.control("POST", "/_mock/faults", {"error_rate": 1, "status": 503})
    assert config["error_rate"] == 1
    response = await client.get(*STATUS)
    assert (response.status_code, response.json()["code"]) == (503, "G20001")
    await client.control("POST", "/_mock/faults", {"error_rate": 0})
    assert (await client.get(*STATUS)).status_code == 200


async def test_injected_429_carries_retry_after(client):
    await client.control("POST", "/_mock/faults", {"rate_429": 1, "retry_after": 7})
    response = await client.get(*STATUS)
    assert (response.status_code, response.json()["code"], response.headers["retry-after"]) == (429, "G20012", "7")


async def test_dropped_connection_never_completes_a_response(client):
    await client.control("POST", "/_mock/faults", {"drop_rate": 1})
    with pytest.raises(DroppedConnection):
        await client.get(*STATUS)


async def test_faults_are_reproducible_with_a_seed(client):
    async def run() -> list[int]:
        await client.control("POST", "/_mock/faults", {"error_rate": 0.5, "seed": 42})
        return [(await client.get(*STATUS)).status_code for _ in range(12)]

    first = await run()
    assert first == await run() and set(first) == {200, 503}


async def test_rate_limit_answers_429_g20012_with_retry_after(client):
    await client.control("POST", "/_mock/settings", {"rate_limit_per_second": 2})
    codes = [(await client.get(*STATUS)).status_code for _ in range(3)]
    response = await client.get(*STATUS)
    assert codes[:2] == [200, 200] and response.status_code == 429
    assert response.json()["code"] == "G20012" and int(response.headers["retry-after"]) >= 1


async def test_advance_walks_the_statuses_and_refuses_final_orders(client):
    order = await pending_withdrawal(client)
    statuses = [(await client.control("POST", f"/_mock/withdrawals/{order}/advance"))["status"] for _ in range(3)]
    assert statuses == [20, 30, 40]
    response = await client.http.post(f"/_mock/withdrawals/{order}/advance")
    assert response.status_code == 409 and response.json()["error"]["code"] == "conflict"
    missing = await client.http.post("/_mock/withdrawals/123/advance", json={"to": 40})
    assert missing.status_code == 404


async def test_auto_advance_follows_the_clock(client):
    order = await pending_withdrawal(client)
    await client.control("POST", "/_mock/settings", {"auto_advance_ms": 5_000})
    for _ in range(3):
        await client.control("POST", "/_mock/clock", {"shift_ms": 5_000})
    detail = await client.ok("GET", "/open-api/v2/wallet/withdrawal/detail", {"orderViewId": order})
    assert detail["status"] == 40


async def test_clock_shift_moves_now(client):
    before = await client.control("GET", "/_mock/clock")
    after = await client.control("POST", "/_mock/clock", {"shift_ms": 3_600_000})
    assert after["offset_ms"] == before["offset_ms"] + 3_600_000 and after["now_ms"] >= before["now_ms"] + 3_600_000


async def test_deposit_to_unknown_address_is_404(client):
    response = await client.http.post(
        "/_mock/deposits", json={"address": EXTERNAL_ETH, "coinSymbol": "ETH", "network": "ETH", "amount": "1"}
    )
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    "body",
    [
        {"address": "x", "coinSymbol": "ETH", "network": "ETH", "amount": "1.5e3"},
        {"address": "x", "coinSymbol": "ETH", "network": "ETH"},
        {"address": "x", "coinSymbol": "ETH", "network": "ETH", "amount": "1", "bonus": 1},
    ],
)
async def test_invalid_control_body_is_400(client, body):
    response = await client.http.post("/_mock/deposits", json=body)
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_request"


async def test_reset_restores_the_seed(client):
    prime = await client.prime_id()
    await client.fund(prime, "ETH", "ETH", "2")
    await client.control("POST", "/_mock/reset")
    assert await client.assets(await client.prime_id()) == {}
    ledger = await client.control("GET", "/_mock/ledger/check")
    assert ledger["ok"] and ledger["totals"]["ETH"]["inflow"] == "0.00000000"


async def test_ledger_check_reports_totals(client):
    order = await pending_withdrawal(client)
    await client.control("POST", f"/_mock/withdrawals/{order}/advance", {"to": 40})
    ledger = await client.control("GET", "/_mock/ledger/check")
    assert ledger["ok"] and ledger["problems"] == []
    assert (ledger["totals"]["ETH"]["held"], ledger["totals"]["ETH"]["fees"]) == ("1.49800000", "0.00200000")


async def test_state_dump_and_unknown_control_path(client):
    state = await client.control("GET", "/_mock/state")
    assert set(state) == {"provider", "settings"} and "webhook_targets" in state["provider"]
    response = await client.http.get("/_mock/nothing")
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


async def test_control_api_refuses_non_loopback_clients(client):
    transport = httpx.ASGITransport(app=client.app, client=("10.1.2.3", 5000))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as remote:
        response = await remote.get("/_mock/state")
    assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden"


async def test_control_path_parameters_are_validated(client):
    response = await client.http.delete("/_mock/webhooks/not-a-number")
    assert response.status_code == 400 and "webhookId" in response.json()["error"]["message"]
