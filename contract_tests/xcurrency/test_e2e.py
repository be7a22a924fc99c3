"""The xCurrency top-up flow through the generated typed client against the running mock.

customer -> wallet -> quote -> top-up order -> fiat received (control API) -> `topup.status` webhook to a local
receiver, parsed with `xcurrency_client.webhooks.parse_webhook` -> balance and CREDIT transaction through the
typed client. Further tests call every other operation through the typed client (sync and async) and check the
typed errors, token renewal and iteration helpers.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from xcurrency_client import (
    AsyncXCurrencyClient,
    RetryPolicy,
    XCurrencyAuthenticationError,
    XCurrencyBelowMinimumError,
    XCurrencyClient,
    XCurrencyDuplicateError,
    XCurrencyEmailExistsError,
    XCurrencyNotFoundError,
    XCurrencyQuoteExpiredError,
    XCurrencyUnsupportedAssetError,
)
from xcurrency_client.models import (
    CheckSignRequest,
    CreateCustomerRequest,
    CreateQuoteRequest,
    CreateTopupOrderRequest,
    CreateWalletRequest,
    GetTokenRequest,
    Payer,
)
from xcurrency_client.webhooks import ACK, parse_webhook

NO_RETRY = RetryPolicy(max_retries=0)


class Receiver:
    """The platform's webhook endpoint on loopback: records each body and acknowledges with `{"status":"1"}`."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        self.arrived = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(ACK)))
                self.end_headers()
                self.wfile.write(ACK)
                with receiver.arrived:
                    receiver.bodies.append(body)
                    receiver.arrived.notify_all()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/webhooks/topup.status"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def body_for(self, order_id: str, status: str, timeout: float = 10.0) -> bytes:
        """The first delivered body about `order_id` in `status`."""
        deadline = time.monotonic() + timeout
        needle = [order_id.encode(), f'"status":"{status}"'.encode()]
        with self.arrived:
            while True:
                found = [b for b in self.bodies if all(n in b for n in needle)]
                if found:
                    return found[0]
                left = deadline - time.monotonic()
                assert left > 0, f"no {status} webhook for {order_id}; got {self.bodies}"
                self.arrived.wait(left)


@pytest.fixture(scope="module")
def receiver(mock) -> Iterator[Receiver]:
    r = Receiver()
    response = httpx.post(f"{mock.base_url}/_mock/webhooks", json={"url": r.url})
    assert response.status_code == 200, response.text
    yield r
    r.server.shutdown()
    r.server.server_close()


@pytest.fixture
def client(mock) -> Iterator[XCurrencyClient]:
    creds = mock.credentials
    with XCurrencyClient(
        app_key=creds["app_key"],
        secret_key=creds["secret_key"],
        private_key=creds["private_key"],
        base_url=mock.base_url,
        retry=NO_RETRY,
    ) as c:
        yield c


def control(mock, path: str, body: dict | None = None) -> dict:
    response = httpx.post(f"{mock.base_url}/_mock{path}", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def ledger_ok(mock) -> None:
    """The mock's ledger invariants (coinrails_mock.engine.ledger) hold."""
    check = httpx.get(f"{mock.base_url}/_mock/ledger/check").json()
    assert check["ok"], check["problems"]


def new_customer(client: XCurrencyClient, name: str = "Alice Chen"):
    tag = uuid.uuid4().hex[:10]
    body = CreateCustomerRequest(external_ref=f"user_{tag}", name=name, email=f"{tag}@example.com")
    return client.customers.create_customer(body=body)


def topup(client: XCurrencyClient, wallet_id: str, amount: str, currency: str = "AUD", target: str = "USDT"):
    quote = client.top_up.create_quote(
        body=CreateQuoteRequest(source_currency=currency, target_currency=target, source_amount=Decimal(amount))
    )
    order = client.top_up.create_topup_order(
        body=CreateTopupOrderRequest(quote_id=quote.query_no, wallet_id=wallet_id, payer=Payer(name="Alice Chen"))
    )
    return quote, order


# ---- the flow ------------------------------------------------------------------------------
def test_topup_flow_customer_to_credited_balance(mock, receiver, client):
    customer = new_customer(client)
    wallet = client.wallets.create_wallet(
        body=CreateWalletRequest(customer_id=customer.customer_id, asset="USDT", network="TRON")
    )
    assert wallet.address.startswith("T") and wallet.status == "ACTIVE"

    quote = client.top_up.create_quote(
        body=CreateQuoteRequest(source_currency="AUD", target_currency="USDT", source_amount=Decimal("1325.55"))
    )
    assert (quote.rate, quote.target_amount, quote.fee, quote.fee_currency) == (
        Decimal("0.6774"),
        Decimal("896.92"),  # 1325.55 x 0.6774 = 897.92757, less the 1 USD fee, credited to the cent
        Decimal("1"),
        "USD",
    )
    order = client.top_up.create_topup_order(
        body=CreateTopupOrderRequest(
            quote_id=quote.query_no, wallet_id=wallet.wallet_id, payer=Payer(name=customer.name)
        )
    )
    assert order.status == "TRANSFERRING" and order.quote_snapshot.target_amount == quote.target_amount
    ledger_ok(mock)
    pending = client.wallets.get_wallet_balance(wallet_id=wallet.wallet_id)
    assert (pending.available, pending.pending) == (Decimal("0"), Decimal("896.92"))

    control(mock, f"/xcurrency/topup/orders/{order.order_id}/fiat-received")
    ledger_ok(mock)

    event = parse_webhook(receiver.body_for(order.order_id, "COMPLETED"))
    assert (event.event, event.data.orderId, event.data.status) == ("topup.status", order.order_id, "COMPLETED")
    snapshot = event.data.quoteSnapshot
    assert (snapshot.sourceAmount, snapshot.targetAmount, snapshot.targetCurrency) == (
        Decimal("1325.55"),
        Decimal("896.92"),
        "USDT",
    )
    assert isinstance(snapshot.targetAmount, Decimal)

    confirmed = client.top_up.get_topup_order(order_id=event.data.orderId)
    assert confirmed.status == "COMPLETED"
    balance = client.wallets.get_wallet_balance(wallet_id=wallet.wallet_id)
    assert (balance.available, balance.pending, balance.asset) == (Decimal("896.92"), Decimal("0"), "USDT")
    page = client.wallets.list_wallet_transactions(wallet_id=wallet.wallet_id)
    [tx] = page.items
    assert (tx.type_, tx.reason, tx.amount, tx.asset, tx.network) == (
        "CREDIT",
        "TOPUP_CREDIT",
        Decimal("896.92"),
        "USDT",
        "TRON",
    )
    assert page.next_cursor is None
    credited = client.top_up.list_topup_orders(wallet_id=wallet.wallet_id, status="CREDITED")
    assert [o.order_id for o in credited] == [order.order_id]


def test_failed_fiat_credits_nothing_and_notifies(mock, receiver, client):
    customer = new_customer(client)
    wallet = client.wallets.create_wallet(
        body=CreateWalletRequest(customer_id=customer.customer_id, asset="USDC", network="ETH")
    )
    _, order = topup(client, wallet.wallet_id, "500", "USD", "USDC")
    control(mock, f"/xcurrency/topup/orders/{order.order_id}/fiat-failed")
    event = parse_webhook(receiver.body_for(order.order_id, "FAILED"))
    assert event.data.status == "FAILED"
    assert client.top_up.get_topup_order(order_id=order.order_id).status == "FAILED"
    balance = client.wallets.get_wallet_balance(wallet_id=wallet.wallet_id)
    assert (balance.available, balance.pending) == (Decimal("0"), Decimal("0"))
    assert client.wallets.list_wallet_transactions(wallet_id=wallet.wallet_id).items == []
    ledger_ok(mock)


# ---- every other operation -------------------------------------------------------------------------
def test_token_and_signature_check(mock, client):
    creds = mock.credentials
    token = client.authentication.get_token(
        body=GetTokenRequest(app_key=creds["app_key"], secret_key=creds["secret_key"])
    )
    assert len(token) == 32
    assert client.authentication.check_sign(body=CheckSignRequest.from_dict({"hello": "world"})) is True
    with pytest.raises(XCurrencyAuthenticationError) as caught:
        client.authentication.get_token(body=GetTokenRequest(app_key=creds["app_key"], secret_key="wrong"))
    assert caught.value.status_code == 400 and caught.value.message == "invalid appKey or secretKey"


def test_signature_check_fails_for_another_key(mock):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = stranger.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    creds = mock.credentials
    with XCurrencyClient(
        app_key=creds["app_key"], secret_key=creds["secret_key"], private_key=pem, base_url=mock.base_url
    ) as wrong:
        with pytest.raises(XCurrencyAuthenticationError) as caught:
            wrong.authentication.check_sign(body=CheckSignRequest.from_dict({"hello": "world"}))
    assert caught.value.status_code == 400 and caught.value.body["status"] == "10001"


def test_asset_networks_and_wallet_listing(client):
    matrix = client.assets_networks.list_asset_networks().matrix
    assert [(p.asset, p.network, p.min_topup_fiat) for p in matrix] == [
        ("USDT", "TRON", Decimal("100.00")),
        ("USDT", "ETH", Decimal("100.00")),
        ("USDC", "ETH", Decimal("100.00")),
    ]
    customer = new_customer(client)
    made = [
        client.wallets.create_wallet(
            body=CreateWalletRequest(customer_id=customer.customer_id, asset=p.asset, network=p.network)
        ).wallet_id
        for p in matrix
    ]
    first = client.wallets.list_customer_wallets(customer_id=customer.customer_id, limit=2)
    assert [w.wallet_id for w in first.items] == made[:2] and first.next_cursor
    assert [
        w.wallet_id for w in client.wallets.iter_list_customer_wallets(customer_id=customer.customer_id, limit=1)
    ] == made


def test_iterating_transactions_and_orders(mock, client):
    customer = new_customer(client)
    wallet = client.wallets.create_wallet(
        body=CreateWalletRequest(customer_id=customer.customer_id, asset="USDT", network="ETH")
    )
    orders = [topup(client, wallet.wallet_id, amount, "USD")[1] for amount in ("100", "250.25", "999.99")]
    for order in orders:
        control(mock, f"/xcurrency/topup/orders/{order.order_id}/fiat-received")
    amounts = [t.amount for t in client.wallets.iter_list_wallet_transactions(wallet_id=wallet.wallet_id, limit=1)]
    assert amounts == [Decimal("998.99"), Decimal("249.25"), Decimal("99.00")]  # less the 1 USD fee each
    listed = list(client.top_up.iter_list_topup_orders(wallet_id=wallet.wallet_id, page_size=2))
    assert [o.order_id for o in listed] == [o.order_id for o in reversed(orders)]
    balance = client.wallets.get_wallet_balance(wallet_id=wallet.wallet_id)
    assert balance.available == sum(amounts) == Decimal("1347.24")
    ledger_ok(mock)


def test_typed_errors(mock, client):
    customer = new_customer(client)
    with pytest.raises(XCurrencyEmailExistsError):
        client.customers.create_customer(
            body=CreateCustomerRequest(external_ref=uuid.uuid4().hex, name="X", email=customer.email)
        )
    with pytest.raises(XCurrencyDuplicateError, match="externalRef already exists"):
        client.customers.create_customer(
            body=CreateCustomerRequest(external_ref=customer.external_ref, name="X", email="other@example.com")
        )
    with pytest.raises(XCurrencyUnsupportedAssetError, match="unsupported asset/network"):
        client.wallets.create_wallet(
            body=CreateWalletRequest(customer_id=customer.customer_id, asset="USDC", network="TRON")
        )
    wallet = client.wallets.create_wallet(
        body=CreateWalletRequest(customer_id=customer.customer_id, asset="USDT", network="TRON")
    )
    with pytest.raises(XCurrencyBelowMinimumError):
        topup(client, wallet.wallet_id, "99.99", "USD")
    quote = client.top_up.create_quote(
        body=CreateQuoteRequest(source_currency="EUR", target_currency="USDT", source_amount=Decimal("300"))
    )
    control(mock, f"/xcurrency/quotes/{quote.query_no}/expire")
    with pytest.raises(XCurrencyQuoteExpiredError):
        client.top_up.create_topup_order(
            body=CreateTopupOrderRequest(quote_id=quote.query_no, wallet_id=wallet.wallet_id, payer=Payer(name="A"))
        )
    with pytest.raises(XCurrencyNotFoundError, match="order not found"):
        client.top_up.get_topup_order(order_id="0" * 32)
    with pytest.raises(XCurrencyNotFoundError, match="wallet not found"):
        client.wallets.get_wallet_balance(wallet_id="wal_missing")


def issued_tokens(mock) -> int:
    return len(httpx.get(f"{mock.base_url}/_mock/state").json()["provider"]["tokens"])


def test_expired_token_is_renewed_transparently(mock, client):
    client.assets_networks.list_asset_networks()  # a token is cached now
    before = issued_tokens(mock)
    control(mock, "/clock", {"shift_ms": 3_600_000})  # the mock's hour passes; the client's cache does not know
    try:
        assert client.assets_networks.list_asset_networks().matrix  # 401 token expired -> new token -> retried
        assert issued_tokens(mock) == before + 1
    finally:
        control(mock, "/clock", {"shift_ms": -3_600_000})


# ---- async -----------------------------------------------------------------------------------------
async def test_async_client_flow(mock, receiver):
    creds = mock.credentials
    async with AsyncXCurrencyClient(
        app_key=creds["app_key"],
        secret_key=creds["secret_key"],
        private_key=creds["private_key"],
        base_url=mock.base_url,
    ) as client:
        tag = uuid.uuid4().hex[:10]
        customer = await client.customers.create_customer(
            body=CreateCustomerRequest(external_ref=tag, name="Async", email=f"{tag}@example.com")
        )
        wallet = await client.wallets.create_wallet(
            body=CreateWalletRequest(customer_id=customer.customer_id, asset="USDT", network="TRON")
        )
        quote = await client.top_up.create_quote(
            body=CreateQuoteRequest(source_currency="GBP", target_currency="USDT", source_amount=Decimal("120.00"))
        )
        order = await client.top_up.create_topup_order(
            body=CreateTopupOrderRequest(quote_id=quote.query_no, wallet_id=wallet.wallet_id, payer=Payer(name="A"))
        )
        async with httpx.AsyncClient() as http:
            response = await http.post(f"{mock.base_url}/_mock/xcurrency/topup/orders/{order.order_id}/fiat-received")
            assert response.status_code == 200
        assert (await client.top_up.get_topup_order(order_id=order.order_id)).status == "COMPLETED"
        balance = await client.wallets.get_wallet_balance(wallet_id=wallet.wallet_id)
        assert balance.available == Decimal("150.77")  # 120 x 1.2648 = 151.776, less the 1 USD fee, to the cent
        txs = [t async for t in client.wallets.iter_list_wallet_transactions(wallet_id=wallet.wallet_id)]
        assert [(t.reason, t.amount) for t in txs] == [("TOPUP_CREDIT", Decimal("150.77"))]
        assert [
            w.wallet_id async for w in client.wallets.iter_list_customer_wallets(customer_id=customer.customer_id)
        ] == [wallet.wallet_id]
        assert len(await client.top_up.list_topup_orders(wallet_id=wallet.wallet_id)) == 1
        assert (await client.assets_networks.list_asset_networks()).matrix
        assert await client.authentication.check_sign(body=CheckSignRequest.from_dict({"a": "b"})) is True
