"""Every operationId of specs/ceffu.yaml answers a valid signed request with a spec-valid success envelope.

The app runs in strict mode, so a 200 here also proves the payload matches the operation's declared schema.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from coinrails_mock.engine.spec import Spec, spec_dir
from coinrails_mock.providers.ceffu.handlers import HANDLERS

SPEC = Spec.load(spec_dir() / "ceffu.yaml")
EXTERNAL_ETH = "0x" + "ab" * 20
DAY = 86_400_000


async def build_world(client) -> dict[str, Any]:
    """Wallets, balances and one of every kind of order, made through the API and the control API."""
    w: dict[str, Any] = {"prime": await client.prime_id(), "now": client.now()}
    sub = await client.ok(
        "POST",
        "/open-api/v1/subwallet/create",
        {"parentWalletId": w["prime"], "walletName": "world sub", "autoCollection": 0, "requestId": "world-sub"},
    )
    w["sub"] = sub["walletIdStr"]
    w["deposit"] = (await client.fund(w["prime"], "ETH", "ETH", "10"))["orderViewId"]
    await client.fund(w["sub"], "ETH", "ETH", "1", sub=True)
    await client.ok(
        "POST",
        "/open-api/v1/wallet/addWhitelist",
        {"addressType": 1, "address": EXTERNAL_ETH, "label": "cold", "symbol": "ETH", "network": "ETH"},
    )
    w["withdrawal"] = (
        await client.ok(
            "POST",
            "/open-api/v2/wallet/withdrawal",
            {
                "walletId": w["prime"],
                "coinSymbol": "ETH",
                "network": "ETH",
                "amount": "0.5",
                "requestId": "world-w",
                "withdrawalAddress": EXTERNAL_ETH,
            },
        )
    )["orderViewId"]
    w["transfer"] = (
        await client.ok(
            "POST",
            "/open-api/v1/subwallet/transfer",
            {
                "coinSymbol": "ETH",
                "amount": "1",
                "fromWalletId": w["prime"],
                "toWalletId": w["sub"],
                "requestId": "world-t",
            },
        )
    )["orderViewId"]
    links = await client.ok("GET", "/open-api/v1/mirrorX/mirrorXLinkId/list", {})
    w["link"] = links["data"][0]["mirrorXLinkId"]
    await client.ok(
        "POST",
        "/open-api/v1/mirrorX/order",
        {"mirrorXLinkId": w["link"], "orderType": 10, "coinSymbol": "ETH", "amount": "1", "requestId": "world-m"},
    )
    await client.ok(
        "POST",
        "/open-api/v1/mirror/asset/apply",
        {
            "mirrorLinkId": w["link"],
            "operationType": "1",
            "coinSymbol": "ETH",
            "network": "ETH",
            "amount": "0.5",
            "requestId": "world-a",
        },
    )
    w["exchange"] = (
        await client.ok(
            "POST",
            "/open-api/v1/wallet/transfer/exchange",
            {
                "amount": "0.5",
                "coinSymbol": "ETH",
                "exchangeCode": 10,
                "exchangeUserId": "35000001",
                "parentWalletId": w["prime"],
                "requestId": "world-x",
            },
        )
    )["orderViewId"]
    target = await client.control("POST", "/_mock/webhooks", {"url": "http://127.0.0.1:9/hook"})
    w["webhook"] = target["webhookId"]
    return w


def cases(w: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    prime, sub, link, now = w["prime"], w["sub"], w["link"], w["now"] + 1000
    window = {"startTime": now - DAY, "endTime": now}
    paged = {"pageLimit": 10, "pageNo": 1}
    today = time.strftime("%Y%m%d", time.gmtime(now / 1000))
    withdraw = {
        "walletId": prime,
        "coinSymbol": "ETH",
        "network": "ETH",
        "amount": "0.1",
        "withdrawalAddress": EXTERNAL_ETH,
    }
    mirror_op = {"mirrorLinkId": link, "coinSymbol": "ETH", "network": "ETH", "amount": "0.1"}
    get, post = "GET", "POST"
    return {
        "getSystemStatus": (get, {"bizType": 10, "walletType": 10}),
        "getPrimeWalletCoins": (get, {}),
        "getQualifiedWalletCoins": (get, {}),
        "getCosignWalletCoins": (get, {}),
        "createWallet": (post, {"walletName": "New QW", "walletType": 10, "requestId": "new-wallet"}),
        "updateWallet": (post, {"walletId": prime, "walletName": "Renamed"}),
        "getWalletList": (get, {}),
        "getWalletAssetList": (get, {"walletId": prime}),
        "getWalletAssetSummary": (get, {"walletIdStr": prime}),
        "getDepositAddress": (get, {"walletId": prime, "network": "ETH", "coinSymbol": "ETH"}),
        "getDepositHistory": (get, {"walletId": prime, **window}),
        "getDepositDetail": (get, {"orderViewId": w["deposit"]}),
        "createWithdrawal": (post, {**withdraw, "requestId": "new-w2"}),
        "getWithdrawalFee": (get, {"walletId": prime, "coinSymbol": "ETH", "network": "ETH"}),
        "getWithdrawalHistory": (get, {"walletId": prime, **window, **paged}),
        "getWithdrawalDetail": (get, {"orderViewId": w["withdrawal"]}),
        "getWhitelistList": (get, {}),
        "getWhitelistOptions": (get, {}),
        "addWhitelistAddress": (
            post,
            {
                "addressType": 1,
                "address": "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf",
                "label": "tron",
                "symbol": "USDT",
                "network": "TRON",
                "confirmation": "confirmed",
                "correspondentDetail": {
                    "toFromType": 0,
                    "correspondentType": 0,
                    "fullName": "ACME",
                    "provider": "Binance",
                },
            },
        ),
        "getTransactionHistory": (post, {"startDate": today, "endDate": today, "walletType": 20}),
        "createSubWallet": (
            post,
            {"parentWalletId": prime, "walletName": "sub new", "autoCollection": 1, "requestId": "new-sub"},
        ),
        "updateSubWallet": (post, {"walletId": sub, "walletName": "renamed sub", "autoCollection": 0}),
        "getSubWalletList": (get, {"parentWalletId": prime}),
        "getSubWalletAssetList": (get, {"walletId": sub}),
        "getSubWalletAssetSummary": (get, {"walletIdStr": prime}),
        "getSubWalletDepositAddress": (get, {"walletId": sub, "network": "ETH", "coinSymbol": "ETH"}),
        "getSubWalletDepositAddressList": (get, {"parentWalletId": prime, "coinSymbol": "ETH", "network": "ETH"}),
        "getSubWalletDepositHistory": (get, {"walletId": sub, **window}),
        "getSubWalletDepositHistoryByPrime": (get, {"walletId": prime, **window}),
        "createSubWalletTransfer": (
            post,
            {"coinSymbol": "ETH", "amount": "0.1", "fromWalletId": prime, "toWalletId": sub, "requestId": "new-t"},
        ),
        "getSubWalletTransferHistory": (get, {"walletId": prime, **window}),
        "getSubWalletTransferDetail": (get, {"walletIdStr": prime, "orderViewId": w["transfer"]}),
        "getMirrorXLinkIds": (get, {}),
        "getMirrorXAvailableAmount": (get, {"mirrorXLinkId": link, "coinSymbol": "ETH", "orderType": 10}),
        "getMirrorXPositions": (get, {"mirrorXLinkId": link, **paged}),
        "getMirrorXOrders": (get, {"mirrorXLinkId": link, **window, **paged}),
        "placeMirrorXOrder": (
            post,
            {"mirrorXLinkId": link, "orderType": 20, "coinSymbol": "ETH", "amount": "0.1", "requestId": "new-m"},
        ),
        "resendWebhook": (post, {"webhookId": w["webhook"], "eventType": "1", "resendFromDateTime": now - DAY}),
        "getMirrorLinkedUids": (get, paged),
        "applyMirrorAssets": (post, {**mirror_op, "operationType": "1", "requestId": "new-a"}),
        "settleMirrorAssets": (post, {**mirror_op, "operationType": "2", "requestId": "new-s"}),
        "getMirrorOperationRecords": (get, {"walletIdStr": prime, **window, **paged}),
        "getMirrorPositions": (get, {"walletIdStr": prime, **paged}),
        "getMirrorPositionSummary": (get, {"walletIdStr": prime}),
        "transferWithExchange": (
            post,
            {
                "amount": "0.1",
                "coinSymbol": "ETH",
                "exchangeCode": 10,
                "exchangeUserId": "35000001",
                "parentWalletId": prime,
                "requestId": "new-x",
            },
        ),
        "getExchangeTransferHistory": (get, {"walletId": prime, **window, **paged}),
        "getExchangeTransferDetail": (get, {"walletId": prime, "orderViewId": w["exchange"]}),
        "createWithdrawalV1": (post, {**withdraw, "requestId": "new-w1"}),
        "getWithdrawalHistoryV1": (get, {"walletId": prime, **window, **paged}),
        "getWithdrawalDetailV1": (get, {"orderViewId": w["withdrawal"]}),
        "getSubWalletListV1": (get, {"parentWalletId": prime, **paged}),
    }


def test_every_spec_operation_has_a_handler_and_a_case():
    spec_ops = set(SPEC.operations)
    no_handler = sorted(spec_ops - set(HANDLERS))
    no_case = sorted(
        spec_ops
        - set(
            cases(
                {
                    "prime": "1",
                    "sub": "2",
                    "link": "3",
                    "now": 0,
                    "deposit": "",
                    "withdrawal": "",
                    "transfer": "",
                    "exchange": "",
                    "webhook": "",
                }
            )
        )
    )
    assert not no_handler, f"operations without a handler: {no_handler}"
    assert not no_case, f"operations without a test case: {no_case}"
    assert not set(HANDLERS) - spec_ops, f"handlers for unknown operations: {sorted(set(HANDLERS) - spec_ops)}"


@pytest.mark.parametrize("operation_id", sorted(SPEC.operations))
async def test_operation_answers_a_spec_valid_success(client, operation_id):
    world = await build_world(client)
    op = SPEC.operations[operation_id]
    method, args = cases(world)[operation_id]
    assert method == op.method
    response = await (client.get(op.path, args) if method == "GET" else client.post(op.path, args))
    body = response.json()
    assert response.status_code == 200 and body["code"] == "000000", (operation_id, response.status_code, body)
    data = body["data"]
    if isinstance(data, dict) and isinstance(data.get("data"), list):
        assert data["data"], f"{operation_id} listed nothing although the world has matching records"
    assert data is not None or operation_id == "getDepositDetail"
