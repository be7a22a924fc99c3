"""Every operationId of specs/bitunix.yaml answers a valid signed request with a spec-valid success envelope.

The app runs in strict mode, so a 200 here also proves the payload matches the operation's declared schema.
"""

from __future__ import annotations

from typing import Any

import pytest

from coinrails_mock.engine.spec import Spec, spec_dir
from coinrails_mock.providers.bitunix.handlers import HANDLERS
from tests.mock.bitunix.conftest import QUICK_TRON, RECEIVER, TRC20

SPEC = Spec.load(spec_dir() / "bitunix.yaml")
ORDER = {"side": 2, "type": 1, "volume": "0.01", "price": "80000", "symbol": "BTCUSDT"}


async def build_world(client) -> dict[str, Any]:
    """Balances and one of every kind of record, made through the API and the control API."""
    await client.fund("100000")
    w: dict[str, Any] = {}
    w["withdrawal"] = await client.ok(
        "POST", "/api/spot/v1/withdraw", {"coin": "USDT", "network": TRC20, "address": QUICK_TRON, "amount": 20}
    )
    transfer = {"coin": "USDT", "amount": 5, "toType": "uid", "toUid": RECEIVER.uid}
    w["transfer"] = await client.ok("POST", "/api/spot/v1/inside_transfer", transfer)
    w["transfer2"] = await client.ok("POST", "/api/spot/v1/inside_transfer", transfer)
    w["withdrawal2"] = await client.ok(
        "POST", "/api/spot/v1/withdraw", {"coin": "USDT", "network": TRC20, "address": QUICK_TRON, "amount": 20}
    )
    w["order"] = (await client.ok("POST", "/api/spot/v1/order/place_order", ORDER))["orderId"]
    w["order2"] = (await client.ok("POST", "/api/spot/v1/order/place_order", ORDER))["orderId"]
    await client.control("POST", f"/_mock/bitunix/orders/{w['order']}/fill", {"volume": "0.004"})
    return w


def cases(w: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any] | None]]:
    btc = {"symbol": "BTCUSDT"}
    return {
        "getLastPrice": ("GET", btc),
        "getDepth": ("GET", {**btc, "precision": "0.1"}),
        "getKline": ("GET", {**btc, "interval": "15"}),
        "getKlineHistory": ("GET", {**btc, "interval": "D", "limit": 30}),
        "listCoinPairs": ("GET", None),
        "listRates": ("GET", None),
        "listCoinNetworks": ("GET", None),
        "getAccount": ("GET", None),
        "getUserInfo": ("GET", None),
        "createWithdrawal": ("POST", {"coin": "USDT", "network": TRC20, "address": QUICK_TRON, "amount": 25.5}),
        "cancelWithdrawal": ("POST", {"withdrawId": w["withdrawal2"]}),
        "createInsideTransfer": (
            "POST",
            {"coin": "USDT", "amount": 1, "toType": "email", "toEmail": RECEIVER.email, "outBizId": "x1"},
        ),
        "cancelInsideTransfer": ("POST", {"insideTransferId": w["transfer2"]}),
        "listWithdrawTransfers": ("POST", {"limit": 10}),
        "createFundsTransfer": ("POST", {"type": "spot_futures", "coin": "USDT", "amount": 100.01}),
        "listDeposits": ("POST", {"coin": "USDT", "type": "deposit"}),
        "getDepositAddress": ("POST", {"coin": "XRP", "network": "Ripple"}),
        "placeOrder": ("POST", {**ORDER, "type": 2}),
        "placeOrderBatch": ("POST", {"orderList": [ORDER, {**ORDER, "side": 2, "price": "70000"}]}),
        "cancelOrders": ("POST", {"orderIdList": [{"orderId": w["order2"], "symbol": "BTCUSDT"}]}),
        "listOrderDeals": ("POST", {"orderId": w["order"], "symbol": "BTCUSDT"}),
        "getOrderHistory": ("POST", {**btc, "page": 1, "pageSize": 10}),
        "listPendingOrders": ("POST", btc),
        "getOrderDetail": ("GET", {"orderId": w["order"]}),
    }


def test_every_spec_operation_has_a_handler_and_a_case():
    spec_ops = set(SPEC.operations)
    known = set(cases({k: "" for k in ("withdrawal", "withdrawal2", "transfer", "transfer2", "order", "order2")}))
    assert not sorted(spec_ops - set(HANDLERS)), f"operations without a handler: {sorted(spec_ops - set(HANDLERS))}"
    assert not sorted(spec_ops - known), f"operations without a test case: {sorted(spec_ops - known)}"
    assert not set(HANDLERS) - spec_ops, f"handlers for unknown operations: {sorted(set(HANDLERS) - spec_ops)}"


@pytest.mark.parametrize("operation_id", sorted(SPEC.operations))
async def test_operation_answers_a_spec_valid_success(client, operation_id):
    world = await build_world(client)
    op = SPEC.operations[operation_id]
    method, args = cases(world)[operation_id]
    assert method == op.method
    response = await (client.get(op.path, args) if method == "GET" else client.post(op.path, args))
    body = response.json()
    assert response.status_code == 200 and body["code"] == "0", (operation_id, response.status_code, body)
    data = body["data"]
    if isinstance(data, list):
        assert data, f"{operation_id} listed nothing although the world has matching records"
    if operation_id in ("cancelWithdrawal", "cancelInsideTransfer", "cancelOrders"):
        assert data is None
    else:
        assert data is not None
    await client.ledger_ok()
