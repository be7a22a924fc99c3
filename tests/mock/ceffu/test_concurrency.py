"""Concurrent requests cannot double-spend: handlers run atomically under the app's lock."""

from __future__ import annotations

import asyncio
from decimal import Decimal


async def test_fifty_concurrent_transfers_against_a_balance_for_twenty_five(client):
    prime = await client.prime_id()
    sub = (await client.ok("POST", "/open-api/v1/subwallet/create", {"parentWalletId": prime}))["walletIdStr"]
    await client.fund(prime, "USDT", "TRON", "25")

    async def transfer(i: int) -> str:
        response = await client.post(
            "/open-api/v1/subwallet/transfer",
            {"coinSymbol": "USDT", "amount": "1", "fromWalletId": prime, "toWalletId": sub, "requestId": f"c{i}"},
        )
        return response.json()["code"]

    codes = await asyncio.gather(*(transfer(i) for i in range(50)))
    assert codes.count("000000") == 25 and codes.count("G20022") == 25
    assert (await client.assets(prime))["USDT"]["availableAmount"] == "0.00000000"
    sub_rows = await client.ok("GET", "/open-api/v1/subwallet/asset/list", {"walletId": sub})
    assert Decimal(sub_rows["data"][0]["amount"]) == 25
    assert (await client.control("GET", "/_mock/ledger/check"))["ok"]


async def test_concurrent_reuse_of_one_request_id_has_one_effect(client):
    prime = await client.prime_id()
    sub = (await client.ok("POST", "/open-api/v1/subwallet/create", {"parentWalletId": prime}))["walletIdStr"]
    await client.fund(prime, "ETH", "ETH", "10")
    body = {"coinSymbol": "ETH", "amount": "1", "fromWalletId": prime, "toWalletId": sub, "requestId": "same"}
    responses = await asyncio.gather(*(client.post("/open-api/v1/subwallet/transfer", body) for _ in range(10)))
    codes = [r.json()["code"] for r in responses]
    assert codes.count("000000") == 1 and codes.count("G20015") == 9
    assert (await client.assets(prime))["ETH"]["availableAmount"] == "9.00000000"
