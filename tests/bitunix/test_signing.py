"""Bitunix signing: double SHA-256 over nonce, timestamp, key, sorted query and the exact body sent."""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal

import httpx
from bitunix_client.models import CreateWithdrawalRequest
from bitunix_client.signing import PUBLIC_PATHS, BitunixSigner, sorted_query

from .conftest import API_KEY, SECRET, envelope


def expected_sign(nonce: str, timestamp: str, query: str, body: str) -> str:
    inner = hashlib.sha256(f"{nonce}{timestamp}{API_KEY}{query}{body}".encode()).hexdigest()
    return hashlib.sha256(f"{inner}{SECRET}".encode()).hexdigest()


def signed(request: httpx.Request) -> httpx.Request:
    signer = BitunixSigner(API_KEY, SECRET, clock=lambda: 1_700_000_000_000, nonce=lambda: "n" * 32)
    return next(signer.auth_flow(request))


def test_get_signs_sorted_query_without_separators():
    request = signed(httpx.Request("GET", "http://127.0.0.1/api/spot/v1/order/detail?orderId=9&b=2&a=1"))
    assert sorted_query(request.url.params) == "a=1b=2orderId=9"
    assert request.headers["sign"] == expected_sign("n" * 32, "1700000000000", "a=1b=2orderId=9", "")
    assert request.headers["api-key"] == API_KEY and request.headers["timestamp"] == "1700000000000"
    assert len(request.headers["nonce"]) == 32


def test_post_signs_the_exact_compact_body():
    body = b'{"coin":"USDT","amount":12.345678901234567890}'
    request = signed(httpx.Request("POST", "http://127.0.0.1/api/spot/v1/withdraw", content=body))
    assert request.headers["sign"] == expected_sign("n" * 32, "1700000000000", "", body.decode())


def test_sign_is_lowercase_hex_and_changes_with_one_byte():
    a = signed(httpx.Request("POST", "http://127.0.0.1/api/spot/v1/withdraw", content=b'{"amount":1}'))
    b = signed(httpx.Request("POST", "http://127.0.0.1/api/spot/v1/withdraw", content=b'{"amount":2}'))
    assert a.headers["sign"] != b.headers["sign"]
    assert a.headers["sign"] == a.headers["sign"].lower() and len(a.headers["sign"]) == 64


def test_public_endpoints_are_not_signed():
    assert "/api/spot/v1/market/depth" in PUBLIC_PATHS and "/api/spot/v1/withdraw" not in PUBLIC_PATHS
    request = signed(httpx.Request("GET", "http://127.0.0.1/api/spot/v1/market/depth?symbol=BTCUSDT&precision=1"))
    assert not {"api-key", "sign", "nonce", "timestamp"} & set(request.headers)


def test_nonces_are_random_32_characters():
    signer = BitunixSigner(API_KEY, SECRET)
    nonces = {
        next(signer.auth_flow(httpx.Request("GET", "http://127.0.0.1/api/spot/v1/user/account"))).headers["nonce"]
        for _ in range(20)
    }
    assert len(nonces) == 20 and all(len(n) == 32 for n in nonces)


def test_client_sends_decimal_as_exact_json_number_and_signs_it(make_client):
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return envelope("withdraw-id-1")

    client = make_client(handler)
    amount = Decimal("12.345678901234567890123")
    result = client.user.create_withdrawal(
        body=CreateWithdrawalRequest(coin="USDT", network="Tron (TRC-20)", address="TXyz", amount=amount)
    )
    assert result == "withdraw-id-1"
    raw = sent[0].content
    assert b'"amount":12.345678901234567890123' in raw  # exact JSON number, never through float
    assert json.loads(raw, parse_float=Decimal)["amount"] == amount
    headers = sent[0].headers
    assert headers["sign"] == expected_sign(headers["nonce"], headers["timestamp"], "", raw.decode())
