"""Cryptofuse: OAuth token lifecycle, typed errors, offset pagination, webhook HMAC, exact amounts."""

from __future__ import annotations

import json
from decimal import Decimal
from urllib.parse import parse_qs

import httpx
import pytest
from cryptofuse_client import (
    CryptofuseAuth,
    CryptofuseAuthenticationError,
    CryptofuseClient,
    CryptofuseDuplicateError,
    CryptofuseError,
    CryptofuseInvalidAmountError,
    CryptofuseInvalidRequestError,
    CryptofuseNotFoundError,
    CryptofusePermissionError,
    CryptofuseRateLimitError,
    CryptofuseServerError,
    RetryPolicy,
)
from cryptofuse_client._runtime import client as runtime
from cryptofuse_client._runtime.jsonutil import dumps
from cryptofuse_client.models import CreatePaymentRequest
from cryptofuse_client.pydantic_models import WebhookEventPaymentStatusUpdate
from cryptofuse_client.webhooks import WebhookVerificationError, signature, verify_webhook

NO_RETRY = RetryPolicy(max_retries=0)
PAYMENT = {
    "transaction_id": "550e8400-e29b-41d4-a716-446655440000",
    "status": "waiting",
    "currency": "USDTTRC20",
    "amount_usd": "100.00",
    "amount_crypto": "100.000000000000000001",
    "address": "TXYZabc123",
    "created_at": "2024-12-27T10:00:00Z",
}


def answer(body, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=dumps(body), headers=headers)


def error(code: str, status: int, **headers: str) -> httpx.Response:
    return answer({"error": {"code": code, "message": f"m-{code}", "details": {"field": "x"}}}, status, **headers)


class Server:
    def __init__(self, *answers, expires_in: int = 36000):
        self.answers = list(answers)
        self.expires_in = expires_in
        self.tokens = 0
        self.seen: list[tuple[httpx.Request, str | None]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/o/token/":
            form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
            assert form["grant_type"] == "client_credentials" and form["client_id"] == "cid"
            self.tokens += 1
            return answer(
                {
                    "access_token": f"tok-{self.tokens}",
                    "token_type": "Bearer",
                    "expires_in": self.expires_in,
                    "scope": form["scope"],
                }
            )
        self.seen.append((request, request.headers.get("authorization")))
        return self.answers.pop(0)


@pytest.fixture
def clock():
    class Clock:
        now = 0.0

        def __call__(self) -> float:
            return self.now

    return Clock()


@pytest.fixture
def make_client(clock):
    def make(server: Server, retry: RetryPolicy = NO_RETRY, scope: str = "read write") -> CryptofuseClient:
        client = CryptofuseClient(
            client_id="cid",
            client_secret="csecret",
            base_url="http://127.0.0.1:8104",
            transport=httpx.MockTransport(server),
            retry=retry,
        )
        client.http.auth = CryptofuseAuth("cid", "csecret", scope=scope, clock=clock)
        return client

    return make


def test_token_cached_until_shortly_before_expiry(make_client, clock):
    server = Server(answer(PAYMENT), answer(PAYMENT), answer(PAYMENT), expires_in=600)
    client = make_client(server)
    client.payments.get_payment_status(body=_status_body())
    clock.now = 500
    client.payments.get_payment_status(body=_status_body())
    clock.now = 560  # within 60 s of expiry
    client.payments.get_payment_status(body=_status_body())
    assert server.tokens == 2 and [auth for _, auth in server.seen] == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]


def test_renews_once_on_401(make_client):
    server = Server(error("authentication_failed", 401), answer(PAYMENT))
    make_client(server).payments.get_payment_status(body=_status_body())
    assert server.tokens == 2 and [auth for _, auth in server.seen] == ["Bearer tok-1", "Bearer tok-2"]


def test_status_endpoint_needs_no_token(make_client):
    server = Server(answer({"status": "ok"}))
    make_client(server).api_status.get_api_status()
    assert server.tokens == 0 and server.seen[0][1] is None


@pytest.mark.parametrize(
    ("code", "status", "cls"),
    [
        ("invalid_request", 400, CryptofuseInvalidRequestError),
        ("duplicate_external_id", 400, CryptofuseDuplicateError),
        ("authentication_failed", 401, CryptofuseAuthenticationError),
        ("insufficient_permissions", 403, CryptofusePermissionError),
        ("not_found", 404, CryptofuseNotFoundError),
        ("invalid_amount", 422, CryptofuseInvalidAmountError),
        ("internal_error", 500, CryptofuseServerError),
        ("brand_new", 418, CryptofuseError),
    ],
)
def test_error_codes_become_typed_exceptions(make_client, code, status, cls):
    answers = [error(code, status)] * (2 if status == 401 else 1)
    with pytest.raises(CryptofuseError) as info:
        make_client(Server(*answers)).payments.get_payment_status(body=_status_body())
    assert type(info.value) is cls and info.value.code == code and info.value.status_code == status
    assert info.value.details == {"field": "x"}


def test_missing_scope_is_permission_error(make_client):
    server = Server(error("insufficient_permissions", 403))
    with pytest.raises(CryptofusePermissionError):
        make_client(server).user_information.get_platform_fees()


def test_rate_limit_carries_retry_after_and_is_retried(make_client, monkeypatch):
    waited: list[float] = []
    monkeypatch.setattr(runtime.time, "sleep", waited.append)
    server = Server(error("rate_limit_exceeded", 429, **{"Retry-After": "2"}), answer(PAYMENT))
    make_client(server, retry=RetryPolicy(max_retries=2, initial_delay=0, max_delay=0)).payments.get_payment_status(
        body=_status_body()
    )
    assert waited == [2.0]
    with pytest.raises(CryptofuseRateLimitError) as info:
        make_client(Server(error("rate_limit_exceeded", 429, **{"Retry-After": "7"}))).payments.get_payment_status(
            body=_status_body()
        )
    assert info.value.retry_after == 7


def test_create_payment_sends_exact_number_and_is_not_retried(make_client, monkeypatch):
    monkeypatch.setattr(runtime.time, "sleep", lambda _: None)
    server = Server(httpx.Response(503))
    with pytest.raises(CryptofuseServerError):
        make_client(server, retry=RetryPolicy(max_retries=3)).payments.create_payment(
            body=CreatePaymentRequest(amount=Decimal("100.000000000000000001"), currency="USDTTRC20")
        )
    assert len(server.seen) == 1
    assert b'"amount":100.000000000000000001' in server.seen[0][0].content


def test_offset_pagination_reads_total(make_client):
    page = {"count": 2, "total": 5, "offset": 0, "limit": 2, "results": [PAYMENT, PAYMENT]}
    server = Server(answer(page), answer({**page, "offset": 2}), answer({**page, "count": 1, "results": [PAYMENT]}))
    payments = list(make_client(server).payments.iter_list_payments(limit=2))
    assert len(payments) == 5 and [r.url.params["offset"] for r, _ in server.seen] == ["0", "2", "4"]
    assert payments[0].amount_crypto == Decimal("100.000000000000000001")


def _status_body():
    from cryptofuse_client.models import GetPaymentStatusRequest

    return GetPaymentStatusRequest(transaction_id=PAYMENT["transaction_id"])


def delivery() -> bytes:
    return json.dumps(
        {
            "event": "payment_status_update",
            "transaction_id": PAYMENT["transaction_id"],
            "status": "completed",
            "data": {**PAYMENT, "status": "completed"},
        }
    ).encode()


def test_webhook_verifies_in_constant_time_and_parses():
    body = delivery()
    event = verify_webhook(body, {"X-Cryptofuse-Signature": signature("whsk_1", body)}, "whsk_1")
    assert isinstance(event, WebhookEventPaymentStatusUpdate) and event.status == "completed"


@pytest.mark.parametrize("case", ["tampered", "wrong-secret", "missing"])
def test_webhook_rejects_bad_deliveries(case):
    body = delivery()
    headers = {"X-Cryptofuse-Signature": signature("whsk_1", body)}
    if case == "tampered":
        body = body.replace(b"completed", b"failed", 1)
    secret = "whsk_2" if case == "wrong-secret" else "whsk_1"
    if case == "missing":
        headers = {}
    with pytest.raises(WebhookVerificationError):
        verify_webhook(body, headers, secret)
