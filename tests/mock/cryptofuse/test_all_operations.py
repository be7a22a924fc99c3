"""Every operationId of specs/cryptofuse.yaml answers a valid authenticated request with a spec-valid success.

The app runs in strict mode, so a 2xx here also proves the body matches the operation's declared schema.
"""

from __future__ import annotations

from typing import Any

import pytest

from coinrails_mock.providers.cryptofuse.credentials import MAIN_CLIENT_ID, MAIN_CLIENT_SECRET
from coinrails_mock.providers.cryptofuse.handlers import HANDLERS

from .conftest import SPEC, TRON

CALLBACK = "http://127.0.0.1:9/cb"
# list operations -> the array that must not be empty in the world
LISTS = {
    "listOAuthApplications": "results",
    "listCurrencies": "currencies",
    "listPayments": "results",
    "listWithdrawals": "withdrawals",
    "listWithdrawalCurrencies": "currencies",
    "getBalanceHistory": "history",
    "listWallets": "accounts",
    "getTransferHistory": "transfers",
}


async def build_world(cf) -> dict[str, Any]:
    """Funds, a wallet, a payment, a withdrawal and a transfer, made through the API and the control API."""
    await cf.fund("5000")
    wallet = await cf.ok("POST", "/wallets/", {"name": "World", "external_id": "world"}, status=201)
    payment = await cf.payment(100)
    withdrawal = await cf.ok("POST", "/withdrawal/", {"amount": 50, "currency": "USDTTRC20", "address": TRON}, 201)
    transfer = {"wallet_id": wallet["wallet_id"], "currency": "USDTTRC20", "amount": "100", "callback_url": CALLBACK}
    await cf.ok("POST", "/wallets/transfer-to-user/", transfer, status=202)
    app = await cf.ok("POST", "/o/apps/", {"name": "to delete"}, status=201)
    return {"wallet": wallet, "payment": payment, "withdrawal": withdrawal, "app": app}


def cases(w: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any] | None, dict[str, Any] | None, int]]:
    """operationId -> (path with parameters filled in, query, body, expected status)."""
    wallet_id, wid = w["wallet"]["wallet_id"], w["withdrawal"]["withdrawal_id"]
    transfer = {"wallet_id": wallet_id, "currency": "USDTTRC20", "amount": "10", "callback_url": CALLBACK}
    return {
        "getAccessToken": ("/o/token/", None, None, 200),  # form body, sent separately
        "listOAuthApplications": ("/o/apps/", None, None, 200),
        "createOAuthApplication": ("/o/apps/", None, {"name": "New App"}, 201),
        "deleteOAuthApplication": (f"/o/apps/{w['app']['id']}/", None, None, 204),
        "listCurrencies": ("/currencies/", {"full": "true", "min_max": "true", "include_usd": "true"}, None, 200),
        "getRate": ("/rates/", {"currency_to": "USDTTRC20", "amount": "100", "full": "true"}, None, 200),
        "createPayment": ("/payments/", None, {"amount": 100, "currency": "USDTTRC20", "callback_url": CALLBACK}, 201),
        "listPayments": ("/payments/", {"limit": 5}, None, 200),
        "getPaymentStatus": ("/payments/status/", None, {"transaction_id": w["payment"]["transaction_id"]}, 200),
        "getPaymentMinAmount": ("/payments/min-amount/", {"currency": "USDTTRC20"}, None, 200),
        "createWithdrawal": (
            "/withdrawal/",
            None,
            {"price_amount": 20, "blockchain": "TRX", "token": "USDT", "address": TRON},
            201,
        ),
        "listWithdrawals": ("/withdrawal/", {"sort": "amount_desc", "start_date": "2020-01-01T00:00:00Z"}, None, 200),
        "getWithdrawal": (f"/withdrawal/{wid}/", None, None, 200),
        "getWithdrawalStatus": ("/withdrawal/status/", None, {"withdrawal_id": wid}, 200),
        "validateWithdrawalAddress": (
            "/withdrawal/validate-address/",
            None,
            {"address": TRON, "currency": "USDTTRC20"},
            200,
        ),
        "estimateWithdrawalFee": (
            "/withdrawal/fee-estimate/",
            None,
            {"amount": 100, "currency": "USDTTRC20", "address": TRON},
            200,
        ),
        "estimateWithdrawal": ("/withdrawal/estimate/", None, {"amount": 100, "currency": "USDTTRC20"}, 200),
        "getWithdrawalMinAmount": ("/withdrawal/min-amount/", None, {"currency": "USDTTRC20"}, 200),
        "listWithdrawalCurrencies": ("/withdrawal/available-currencies/", None, None, 200),
        "getBalances": ("/user/balances/", None, None, 200),
        "getBalanceHistory": ("/user/balances/history/", {"currency": "USDTTRC20"}, None, 200),
        "listWallets": ("/wallets/", None, None, 200),
        "createWallet": ("/wallets/", None, {"name": "Second", "external_id": "second"}, 201),
        "getWallet": (f"/wallets/{w['wallet']['id']}/", None, None, 200),
        "getWalletBalances": ("/wallets/balances/", None, {"external_id": "world"}, 200),
        "transferToUser": ("/wallets/transfer-to-user/", None, transfer, 202),
        "withdrawToMaster": ("/wallets/withdraw-to-master/", None, {**transfer, "amount": "1"}, 202),
        "getTransferHistory": ("/wallets/transfer-history/", None, {"wallet_id": wallet_id}, 200),
        "getTenantInfo": ("/user/me/", None, None, 200),
        "configureWebhook": ("/user/webhooks/", None, {"callback_url": CALLBACK}, 200),
        "getPlatformFees": ("/user/fees/", None, None, 200),
        "getApiStatus": ("/status/", None, None, 200),
    }


def test_every_spec_operation_has_a_handler_and_a_case():
    spec_ops = set(SPEC.operations)
    stub = {
        "wallet": {"wallet_id": "", "id": 1},
        "withdrawal": {"withdrawal_id": ""},
        "payment": {"transaction_id": ""},
        "app": {"id": 1},
    }
    assert not sorted(spec_ops - set(HANDLERS)), f"operations without a handler: {sorted(spec_ops - set(HANDLERS))}"
    assert not sorted(spec_ops - set(cases(stub))), f"operations without a case: {sorted(spec_ops - set(cases(stub)))}"
    assert not set(HANDLERS) - spec_ops, f"handlers for unknown operations: {sorted(set(HANDLERS) - spec_ops)}"


@pytest.mark.parametrize("operation_id", sorted(SPEC.operations))
async def test_operation_answers_a_spec_valid_success(cf, operation_id):
    world = await build_world(cf)
    # the transfer of the world is settled so withdraw-to-master has funds in the wallet
    await cf.shift(1_000)
    op = SPEC.operations[operation_id]
    path, query, body, status = cases(world)[operation_id]
    assert op.path.count("{") == 0 or path != op.path
    if operation_id == "getAccessToken":
        form = {"grant_type": "client_credentials", "client_id": MAIN_CLIENT_ID, "client_secret": MAIN_CLIENT_SECRET}
        response = await cf.http.post(path, data=form)
    else:
        response = await cf.call(op.method, path, body, params=query)
    assert response.status_code == status, (operation_id, response.status_code, response.text)
    assert op.response_errors(status, response.json() if response.content else None) == []
    if operation_id in LISTS:
        items = response.json()[LISTS[operation_id]]
        assert items, f"{operation_id} listed nothing although the world has matching records"
