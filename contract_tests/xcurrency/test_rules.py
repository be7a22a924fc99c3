"""xCurrency's rules, checked the shared way (contract_tests/rules.py), one test per rule, against the mock."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
import yaml
from xcurrency_client import RetryPolicy, XCurrencyClient
from xcurrency_client.models import (
    CreateCustomerRequest,
    CreateQuoteRequest,
    CreateTopupOrderRequest,
    CreateWalletRequest,
    GetTokenRequest,
    Payer,
)

from ..rules import clock_shifted, every_item_matches, walk

SPEC = yaml.safe_load(Path("specs/xcurrency.yaml").read_text())
SIGNED = [
    (method.upper(), path, op["operationId"])
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if isinstance(op, dict) and any("sign" in requirement for requirement in op.get("security", SPEC["security"]))
]
BAD_SIGNATURE = "failed to verify the signature"


@pytest.fixture(scope="module")
def client(mock) -> Iterator[XCurrencyClient]:
    creds = mock.credentials
    with XCurrencyClient(
        app_key=creds["app_key"],
        secret_key=creds["secret_key"],
        private_key=creds["private_key"],
        base_url=mock.base_url,
        retry=RetryPolicy(max_retries=0),
    ) as c:
        yield c


@pytest.fixture(scope="module")
def wallet(client, mock) -> str:
    """A USDT wallet credited by two completed top-ups, with a third still transferring (and another wallet's)."""
    tag = uuid.uuid4().hex[:10]
    customer = client.customers.create_customer(
        body=CreateCustomerRequest(external_ref=f"rules_{tag}", name="Rules", email=f"{tag}@example.com")
    ).customer_id
    wallet_id = client.wallets.create_wallet(
        body=CreateWalletRequest(customer_id=customer, asset="USDT", network="TRON")
    ).wallet_id
    other = client.wallets.create_wallet(
        body=CreateWalletRequest(customer_id=customer, asset="USDT", network="ETH")
    ).wallet_id
    for target, amount, complete in (
        (wallet_id, "300", True),
        (wallet_id, "400", True),
        (wallet_id, "500", False),
        (other, "600", True),
    ):
        quote = client.top_up.create_quote(
            body=CreateQuoteRequest(source_currency="AUD", target_currency="USDT", source_amount=Decimal(amount))
        ).query_no
        order = client.top_up.create_topup_order(
            body=CreateTopupOrderRequest(quote_id=quote, wallet_id=target, payer=Payer(name="Rules"))
        ).order_id
        if complete:
            httpx.post(f"{mock.base_url}/_mock/xcurrency/topup/orders/{order}/fiat-received").raise_for_status()
    return wallet_id


def _token(client: XCurrencyClient, mock) -> str:
    creds = mock.credentials
    return client.authentication.get_token(
        body=GetTokenRequest(app_key=creds["app_key"], secret_key=creds["secret_key"])
    )


def test_auth_freshness_expired_token_is_refused(client, mock):
    token = _token(client, mock)
    headers = {"appkey": mock.credentials["app_key"], "token": token}
    assert httpx.get(f"{mock.base_url}/assets/networks", headers=headers).status_code == 200
    with clock_shifted(mock.base_url, 2 * 3_600_000):  # valid for one hour
        refused = httpx.get(f"{mock.base_url}/assets/networks", headers=headers)
    assert (refused.status_code, refused.json()["message"].lower()) == (401, "token expired"), refused.text


@pytest.mark.parametrize(("method", "path", "operation_id"), SIGNED, ids=[f"{m} {p}" for m, p, _ in SIGNED])
def test_body_signature_enforced_on_every_signed_operation(client, mock, method, path, operation_id):
    """A request with a valid token but a signature that does not match its body is refused, whatever the body."""
    headers = {
        "appkey": mock.credentials["app_key"],
        "token": _token(client, mock),
        "sign": base64.b64encode(b"not a signature of this body").decode(),
        "content-type": "application/json",
    }
    url = mock.base_url + path.replace("{", "").replace("}", "")
    answer = httpx.request(method, url, headers=headers, content=b'{"hello": "world"}')
    assert answer.json()["message"].lower() == BAD_SIGNATURE and answer.status_code in (400, 401), answer.text


def test_list_filter_topup_orders_status(client, wallet):
    completed = client.top_up.list_topup_orders(wallet_id=wallet, status="COMPLETED")
    assert len(every_item_matches(completed, status="COMPLETED")) == 2


def test_list_filter_topup_orders_wallet(client, wallet):
    mine = {o.order_id for o in client.top_up.list_topup_orders(wallet_id=wallet)}
    everyone = {o.order_id for o in client.top_up.list_topup_orders(page_size=100)}
    assert len(mine) == 3 and len(everyone) == 4 and mine < everyone


def test_pagination_wallet_transactions_cursor_never_repeats(client, wallet):
    def page(cursor: str | None) -> tuple[list, str | None]:
        answer = client.wallets.list_wallet_transactions(wallet_id=wallet, limit=1, cursor=cursor)
        return answer.items, answer.next_cursor

    assert len(walk(page, lambda t: t.tx_id)) == 2


def test_pagination_customer_wallets_cursor_never_repeats(client, mock):
    tag = uuid.uuid4().hex[:10]
    customer = client.customers.create_customer(
        body=CreateCustomerRequest(external_ref=f"pages_{tag}", name="Pages", email=f"p{tag}@example.com")
    ).customer_id
    made = {
        client.wallets.create_wallet(body=CreateWalletRequest(customer_id=customer, asset=a, network=n)).wallet_id
        for a, n in (("USDT", "TRON"), ("USDT", "ETH"), ("USDC", "ETH"))
    }

    def page(cursor: str | None) -> tuple[list, str | None]:
        answer = client.wallets.list_customer_wallets(customer_id=customer, limit=1, cursor=cursor)
        return answer.items, answer.next_cursor

    assert {w.wallet_id for w in walk(page, lambda w: w.wallet_id)} == made
