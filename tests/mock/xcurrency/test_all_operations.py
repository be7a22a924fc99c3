"""Every operationId of specs/xcurrency.yaml answers a valid authenticated request with a spec-valid success.

The app runs in strict mode; the answer is also checked here against the operation's 200 schema.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from coinrails_mock.engine.spec import Spec, spec_dir
from coinrails_mock.providers.xcurrency.credentials import MAIN_APP
from coinrails_mock.providers.xcurrency.handlers import HANDLERS

SPEC = Spec.load(spec_dir() / "xcurrency.yaml")


def test_every_operation_has_a_handler():
    missing = sorted(set(SPEC.operations) - set(HANDLERS))
    assert not missing, f"operations without a handler: {missing}"
    assert not set(HANDLERS) - set(SPEC.operations), "handlers for operations the spec does not have"


async def test_every_operation_answers_a_spec_valid_success(client):
    customer = await client.customer()
    wallet = await client.wallet(customer["customerId"])
    order = await client.order(wallet["walletId"])
    await client.settle(order["orderId"])
    quote = await client.quote()
    world: dict[str, Any] = {"c": customer["customerId"], "w": wallet["walletId"], "o": order["orderId"]}
    calls: dict[str, tuple[str, Any]] = {
        "getToken": ("/payout/oauth/token", {"appKey": MAIN_APP.app_key, "secretKey": MAIN_APP.secret_key}),
        "checkSign": ("/payout/encrypt/check", {"hello": "world"}),
        "createCustomer": ("/customers", {"externalRef": "u2", "name": "Bob", "email": "bob@example.com"}),
        "createWallet": ("/wallets", {"customerId": world["c"], "asset": "USDC", "network": "ETH"}),
        "listCustomerWallets": (f"/customers/{world['c']}/wallets", {"limit": 10}),
        "getWalletBalance": (f"/wallets/{world['w']}/balances", None),
        "listWalletTransactions": (f"/wallets/{world['w']}/transactions", {"limit": 10}),
        "createQuote": ("/global/payout/rate/query/price", {"sourceCurrency": "AUD", "targetCurrency": "USDT"}),
        "createTopupOrder": (
            "/topup/orders",
            {"quoteId": quote["queryNo"], "walletId": world["w"], "payer": {"name": "Alice"}},
        ),
        "getTopupOrder": (f"/topup/orders/{world['o']}", None),
        "listTopupOrders": (
            "/topup/orders",
            {"walletId": world["w"], "status": "CREDITED", "pageSize": 20, "pages": 1},
        ),
        "listAssetNetworks": ("/assets/networks", None),
    }
    assert set(calls) == set(SPEC.operations), "the test must call every operation"
    failures = []
    for op_id, op in SPEC.operations.items():
        path, args = calls[op_id]
        response = await (client.get(path, args) if op.method == "GET" else client.post(path, args))
        body = json.loads(response.text, parse_float=Decimal)
        problems = op.response_errors(response.status_code, body)
        if response.status_code != 200 or body.get("status") != "1" or problems:
            failures.append(f"{op_id}: HTTP {response.status_code} {body} {problems}")
    assert not failures, "\n".join(failures)
