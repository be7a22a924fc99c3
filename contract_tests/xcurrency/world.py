"""xCurrency's prepared world (contract_tests/world.py): a customer with a USDT wallet on TRON credited by one
completed top-up; and per operation, a request that succeeds in it (a top-up order takes a fresh quote).

Sandbox fixtures (XCURRENCY_WORLD, JSON): customer (a customer id), wallet (a USDT/TRON wallet id of it), order
(a top-up order id of that wallet).
"""

from __future__ import annotations

import uuid
from decimal import Decimal

import httpx
from xcurrency_client import RetryPolicy, XCurrencyClient
from xcurrency_client.models import (
    CreateCustomerRequest,
    CreateQuoteRequest,
    CreateTopupOrderRequest,
    CreateWalletRequest,
    Payer,
)

from ..targets import Target
from ..world import Request, World


def prepare(target: Target) -> World:
    creds = target.credentials
    w = World()
    # kept open for the module: a top-up order request takes a fresh quote made with it
    client = XCurrencyClient(
        app_key=creds["app_key"],
        secret_key=creds["secret_key"],
        private_key=creds["private_key"],
        base_url=target.base_url,
        retry=RetryPolicy(max_retries=0),
    )
    tag = uuid.uuid4().hex[:10]
    w["customer"] = client.customers.create_customer(
        body=CreateCustomerRequest(external_ref=f"world_{tag}", name="World Customer", email=f"{tag}@example.com")
    ).customer_id
    w["wallet"] = client.wallets.create_wallet(
        body=CreateWalletRequest(customer_id=w["customer"], asset="USDT", network="TRON")
    ).wallet_id

    def new_quote() -> str:
        body = CreateQuoteRequest(source_currency="AUD", target_currency="USDT", source_amount=Decimal("500"))
        return client.top_up.create_quote(body=body).query_no

    w["new_quote"] = new_quote
    w["order"] = client.top_up.create_topup_order(
        body=CreateTopupOrderRequest(quote_id=new_quote(), wallet_id=w["wallet"], payer=Payer(name="World Customer"))
    ).order_id
    httpx.post(f"{target.base_url}/_mock/xcurrency/topup/orders/{w['order']}/fiat-received").raise_for_status()
    return w


def _token(w: World) -> dict[str, object]:
    creds = w["credentials"]
    app_key = creds.get("XCURRENCY_APP_KEY") or creds["app_key"]
    secret = creds.get("XCURRENCY_APP_SECRET") or creds["secret_key"]
    return {"body": {"appKey": app_key, "secretKey": secret}}


REQUESTS: dict[str, Request] = {
    "getToken": _token,
    "checkSign": {"body": {"hello": "world"}},
    "createCustomer": lambda w: {
        "body": {"externalRef": w.unique("ext"), "name": "Contract Test", "email": f"{w.unique('ct')}@example.com"}
    },
    "createWallet": lambda w: {"body": {"customerId": w["customer"], "asset": "USDT", "network": "TRON"}},
    "listCustomerWallets": lambda w: {"path_parameters": {"customerId": w["customer"]}, "query": {"limit": 10}},
    "getWalletBalance": lambda w: {"path_parameters": {"walletId": w["wallet"]}},
    "listWalletTransactions": lambda w: {"path_parameters": {"walletId": w["wallet"]}, "query": {"limit": 10}},
    "createQuote": {"body": {"sourceCurrency": "AUD", "targetCurrency": "USDT", "sourceAmount": "500"}},
    "createTopupOrder": lambda w: {
        "body": {"quoteId": w["new_quote"](), "walletId": w["wallet"], "payer": {"name": "World Customer"}}
    },
    "listTopupOrders": lambda w: {"query": {"walletId": w["wallet"], "pageSize": 10}},
    "getTopupOrder": lambda w: {"path_parameters": {"orderId": w["order"]}},
    "listAssetNetworks": {},
}
