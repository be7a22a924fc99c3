"""xCurrency: token lifecycle, body signature, message-typed errors, pagination, exact amounts."""

from __future__ import annotations

import base64
import json
from decimal import Decimal

import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from xcurrency_client import (
    RetryPolicy,
    XCurrencyAuth,
    XCurrencyAuthenticationError,
    XCurrencyBelowMinimumError,
    XCurrencyClient,
    XCurrencyDuplicateError,
    XCurrencyEmailExistsError,
    XCurrencyError,
    XCurrencyInvalidRequestError,
    XCurrencyNotFoundError,
    XCurrencyQuoteExpiredError,
    XCurrencyUnsupportedAssetError,
)
from xcurrency_client._runtime.jsonutil import dumps
from xcurrency_client.models import CreateCustomerRequest
from xcurrency_client.webhooks import parse_webhook

from tests.conftest import ceffu_key_b64 as pkcs8_b64

NO_RETRY = RetryPolicy(max_retries=0)
ORDER = {
    "orderId": "bacd97d132014cb6b23ee18fdea3b5c4",
    "status": "COMPLETED",
    "created": "2025-12-03 17:07:48",
    "quoteSnapshot": {
        "fee": 1,
        "feeCurrency": "USD",
        "sourceAmount": 50,
        "sourceCurrency": "AUD",
        "targetAmount": Decimal("32.870000000000000001"),
        "targetCurrency": "USDT",
    },
}


def ok(data, **extra) -> httpx.Response:
    return httpx.Response(200, content=dumps({"status": "1", "data": data, **extra}))


def fail(message: str, status: int = 400) -> httpx.Response:
    return httpx.Response(status, content=dumps({"status": "-1", "message": message}))


class Server:
    """Issues tokens, records requests, answers API calls from a script."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self.sent_tokens: list[str | None] = []  # as sent: a renewed request is the same object, re-headed
        self.tokens = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == "/payout/oauth/token":
            self.tokens += 1
            assert json.loads(request.content) == {"appKey": "app-1", "secretKey": "secret-1"}
            return ok(f"token-{self.tokens}")
        self.sent_tokens.append(request.headers.get("token"))
        return self.answers.pop(0)

    @property
    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path != "/payout/oauth/token"]


@pytest.fixture
def clock():
    class Clock:
        now = 1000.0

        def __call__(self) -> float:
            return self.now

    return Clock()


@pytest.fixture
def make_client(rsa_key, clock):
    def make(server: Server, retry: RetryPolicy = NO_RETRY) -> XCurrencyClient:
        client = XCurrencyClient(
            app_key="app-1",
            secret_key="secret-1",
            private_key=pkcs8_b64(rsa_key),
            base_url="http://127.0.0.1:8103",
            transport=httpx.MockTransport(server),
            retry=retry,
        )
        client.http.auth = XCurrencyAuth("app-1", "secret-1", rsa_key, clock=clock)
        return client

    return make


def test_token_is_fetched_once_and_cached(make_client):
    server = Server(ok(ORDER), ok(ORDER))
    client = make_client(server)
    client.top_up.get_topup_order(order_id="o1")
    client.top_up.get_topup_order(order_id="o1")
    assert server.tokens == 1
    assert all(r.headers["token"] == "token-1" and r.headers["appkey"] == "app-1" for r in server.api_requests)


def test_token_renewed_before_its_hour_ends(make_client, clock):
    server = Server(ok(ORDER), ok(ORDER), ok(ORDER))
    client = make_client(server)
    client.top_up.get_topup_order(order_id="o1")
    clock.now += 3000  # 50 minutes: still valid
    client.top_up.get_topup_order(order_id="o1")
    clock.now += 400  # 56 minutes: inside the renewal margin
    client.top_up.get_topup_order(order_id="o1")
    assert server.tokens == 2 and server.api_requests[-1].headers["token"] == "token-2"


def test_token_renewed_once_after_rejection(make_client):
    server = Server(fail("token expired", 401), ok(ORDER))
    order = make_client(server).top_up.get_topup_order(order_id="o1")
    assert order.order_id == ORDER["orderId"] and server.tokens == 2
    assert server.sent_tokens == ["token-1", "token-2"]


def test_second_rejection_is_raised(make_client):
    server = Server(fail("token invalid", 401), fail("token invalid", 401))
    with pytest.raises(XCurrencyAuthenticationError):
        make_client(server).top_up.get_topup_order(order_id="o1")
    assert server.tokens == 2


def test_body_is_signed_and_get_is_not(make_client, rsa_key):
    customer = {
        "customerId": "cus_1",
        "externalRef": "u1",
        "name": "A",
        "email": "a@example.com",
        "createdAt": "2025-11-06T02:13:00Z",
    }
    server = Server(ok(customer), ok(ORDER))
    client = make_client(server)
    client.customers.create_customer(body=CreateCustomerRequest(external_ref="u1", name="A", email="a@example.com"))
    client.top_up.get_topup_order(order_id="o1")
    post, get = server.api_requests
    rsa_key.public_key().verify(
        base64.b64decode(post.headers["sign"]), post.content, padding.PKCS1v15(), hashes.SHA256()
    )
    assert "sign" not in get.headers


def test_quote_snapshot_numbers_are_exact_decimals(make_client):
    order = make_client(Server(ok(ORDER))).top_up.get_topup_order(order_id="o1")
    assert order.quote_snapshot.target_amount == Decimal("32.870000000000000001")
    assert isinstance(order.quote_snapshot.fee, Decimal)


@pytest.mark.parametrize(
    ("message", "cls"),
    [
        ("email already exists", XCurrencyEmailExistsError),
        ("unsupported asset/network", XCurrencyUnsupportedAssetError),
        ("quote expired", XCurrencyQuoteExpiredError),
        ("amount below minimum top-up", XCurrencyBelowMinimumError),
        ("amount does not cover the fee", XCurrencyBelowMinimumError),
        ("quote already used", XCurrencyDuplicateError),
        ("quote has no sourceAmount", XCurrencyInvalidRequestError),
        ("amount has more decimals than the currency allows", XCurrencyInvalidRequestError),
        ("order not found", XCurrencyNotFoundError),
        ("invalid parameter", XCurrencyInvalidRequestError),
        ("Failed to verify the signature", XCurrencyAuthenticationError),
        ("something new", XCurrencyInvalidRequestError),  # unknown text: typed by its HTTP 400
    ],
)
def test_messages_become_distinct_exceptions(make_client, message, cls):
    with pytest.raises(XCurrencyError) as info:
        make_client(Server(fail(message))).top_up.get_topup_order(order_id="o1")
    assert type(info.value) is cls and info.value.message == message and info.value.status_code == 400


def test_unknown_message_in_http_200_is_the_base_error(make_client):
    with pytest.raises(XCurrencyError) as info:
        make_client(Server(fail("something new", 200))).top_up.get_topup_order(order_id="o1")
    assert type(info.value) is XCurrencyError


def test_cursor_pagination(make_client):
    item = {"walletId": "w", "asset": "USDT", "network": "TRON", "address": "T1", "status": "ACTIVE"}
    server = Server(ok({"items": [item, item], "nextCursor": "c2"}), ok({"items": [item], "nextCursor": None}))
    wallets = list(make_client(server).wallets.iter_list_customer_wallets(customer_id="cus_1", limit=2))
    assert len(wallets) == 3
    assert "cursor" not in server.api_requests[0].url.params and server.api_requests[1].url.params["cursor"] == "c2"


def test_page_pagination_stops_on_empty_page(make_client):
    server = Server(ok([ORDER, ORDER], total=3), ok([ORDER], total=3), ok([], total=3))
    orders = list(make_client(server).top_up.iter_list_topup_orders(page_size=2))
    assert len(orders) == 3 and [r.url.params["pages"] for r in server.api_requests] == ["1", "2", "3"]


def test_webhook_is_parsed_exactly():
    event = parse_webhook(
        json.dumps(
            {
                "event": "topup.status",
                "data": {**ORDER, "quoteSnapshot": {**ORDER["quoteSnapshot"], "targetAmount": 32.87}},
            }
        )
    )
    assert event.data.quoteSnapshot.targetAmount == Decimal("32.87")
