"""Cryptofuse's prepared world (contract_tests/world.py): a master account funded by a paid payment, a
withdrawal, a sub-wallet funded by a settled transfer; and per operation, a request that succeeds in it
(deleting an OAuth application takes a fresh one).

Sandbox fixtures (CRYPTOFUSE_WORLD, JSON): payment (a transaction id), withdrawal (a withdrawal id), wallet_id
and wallet_pk (a sub-wallet's wallet_id and numeric id, holding a little USDTTRC20), address (a valid TRON
address to withdraw to), the master account holding a few USDTTRC20.
"""

from __future__ import annotations

from decimal import Decimal

import httpx
from cryptofuse_client import CryptofuseClient
from cryptofuse_client.models import (
    CreateOAuthApplicationRequest,
    CreatePaymentRequest,
    CreateWalletRequest,
    CreateWithdrawalRequest,
    WalletTransferRequest,
)

from ..targets import Target
from ..world import Request, World

TRON = "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"
CURRENCY = "USDTTRC20"
CALLBACK = "http://127.0.0.1:9/world"


def prepare(target: Target) -> World:
    creds = target.credentials
    w = World(address=TRON)
    # kept open for the module: deleting an application takes a fresh one made with it
    client = CryptofuseClient(
        client_id=creds["client_id"],
        client_secret=creds["client_secret"],
        scope="read write admin",
        base_url=target.base_url,
    )
    control = httpx.Client(base_url=f"{target.base_url}/_mock/cryptofuse")
    payment = client.payments.create_payment(body=CreatePaymentRequest(amount=Decimal(2000), currency=CURRENCY))
    w["payment"] = str(payment.transaction_id)
    deposit = {"amount": format(payment.amount_crypto, "f")}
    control.post(f"/payments/{w['payment']}/deposit", json=deposit).raise_for_status()
    w["withdrawal"] = str(
        client.withdrawals.create_withdrawal(
            body=CreateWithdrawalRequest(amount=Decimal(20), currency=CURRENCY, address=TRON)
        ).withdrawal_id
    )
    wallet = client.wallets.create_wallet(body=CreateWalletRequest(name="World", external_id=w.unique("world")))
    w["wallet_id"], w["wallet_pk"] = wallet.wallet_id, str(wallet.id)
    moved = client.wallets.transfer_to_user(
        body=WalletTransferRequest(
            wallet_id=wallet.wallet_id, currency=CURRENCY, amount=Decimal(200), callback_url=CALLBACK
        )
    )
    control.post(f"/transfers/{moved.transfer_id}/settle").raise_for_status()
    w["new_app"] = lambda: str(
        client.authentication.create_o_auth_application(body=CreateOAuthApplicationRequest(name="ct app")).id
    )
    return w


def _token(w: World) -> dict[str, object]:
    creds = w["credentials"]
    body = {
        "grant_type": "client_credentials",
        "client_id": creds.get("CRYPTOFUSE_CLIENT_ID") or creds["client_id"],
        "client_secret": creds.get("CRYPTOFUSE_CLIENT_SECRET") or creds["client_secret"],
        "scope": "read write",
    }
    return {"body": body, "media_type": "application/x-www-form-urlencoded"}


def _wallet(amount: str = "1") -> Request:
    return lambda w: {
        "body": {"wallet_id": w["wallet_id"], "currency": CURRENCY, "amount": amount, "callback_url": CALLBACK}
    }


REQUESTS: dict[str, Request] = {
    "getAccessToken": _token,
    "listOAuthApplications": {},
    "createOAuthApplication": lambda w: {"body": {"name": w.unique("app")}},
    "deleteOAuthApplication": lambda w: {"path_parameters": {"id": w["new_app"]()}},
    "listCurrencies": {},
    "getRate": {"query": {"currency_to": CURRENCY, "amount": 10}},
    "createPayment": {"body": {"amount": 20, "currency": CURRENCY}},
    "listPayments": {"query": {"limit": 10}},
    "getPaymentStatus": lambda w: {"body": {"transaction_id": w["payment"]}},
    "getPaymentMinAmount": {"query": {"currency": CURRENCY}},
    "createWithdrawal": lambda w: {"body": {"amount": 10, "currency": CURRENCY, "address": w["address"]}},
    "listWithdrawals": {"query": {"limit": 10}},
    "getWithdrawal": lambda w: {"path_parameters": {"withdrawal_id": w["withdrawal"]}},
    "getWithdrawalStatus": lambda w: {"body": {"withdrawal_id": w["withdrawal"]}},
    "validateWithdrawalAddress": lambda w: {"body": {"address": w["address"], "currency": CURRENCY}},
    "estimateWithdrawalFee": lambda w: {"body": {"amount": 10, "currency": CURRENCY, "address": w["address"]}},
    "estimateWithdrawal": lambda w: {"body": {"amount": 10, "currency": CURRENCY, "address": w["address"]}},
    "getWithdrawalMinAmount": {"body": {"currency": CURRENCY}},
    "listWithdrawalCurrencies": {},
    "getBalances": {},
    "getBalanceHistory": {"query": {"limit": 10}},
    "listWallets": {},
    "createWallet": lambda w: {"body": {"name": "ct wallet", "external_id": w.unique("ext")}},
    "getWallet": lambda w: {"path_parameters": {"id": w["wallet_pk"]}},
    "getWalletBalances": lambda w: {"body": {"wallet_id": w["wallet_id"]}},
    "transferToUser": _wallet(),
    "withdrawToMaster": _wallet(),
    "getTransferHistory": lambda w: {"body": {"wallet_id": w["wallet_id"]}},
    "getTenantInfo": {},
    "configureWebhook": {"body": {"callback_url": CALLBACK}},
    "getPlatformFees": {},
    "getApiStatus": {},
}
