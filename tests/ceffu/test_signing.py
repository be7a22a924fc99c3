"""CeffuSigner: SHA512withRSA over the exact query string (GET) or raw JSON body (POST)."""

from __future__ import annotations

import json

import httpx
import pytest
from ceffu_client.signing import CeffuSigner, load_private_key, sign, verify

from tests.conftest import ceffu_key_b64


def signed(rsa_key, request: httpx.Request, clock=lambda: 1_700_000_000_123) -> httpx.Request:
    flow = CeffuSigner("key-1", ceffu_key_b64(rsa_key), clock=clock).auth_flow(request)
    return next(flow)


def test_get_signs_exact_query_with_added_timestamp(rsa_key):
    request = signed(rsa_key, httpx.Request("GET", "http://127.0.0.1/open-api/v1/wallet/list?pageNo=1&pageLimit=20"))
    assert request.url.query == b"pageNo=1&pageLimit=20&timestamp=1700000000123"
    assert request.headers["open-apikey"] == "key-1"
    assert verify(rsa_key.public_key(), request.url.query, request.headers["signature"])


@pytest.mark.parametrize(
    ("url", "query"),
    [
        ("http://127.0.0.1/x", b"timestamp=1700000000123"),
        ("http://127.0.0.1/x?a=b&timestamp=5", b"a=b&timestamp=5"),
        ("http://127.0.0.1/x?xtimestamp=5", b"xtimestamp=5&timestamp=1700000000123"),
        ("http://127.0.0.1/x?a=%20%2B&b=", b"a=%20%2B&b=&timestamp=1700000000123"),  # the rest is signed as sent
    ],
)
def test_get_adds_a_timestamp_only_when_the_query_has_none(rsa_key, url: str, query: bytes):
    request = signed(rsa_key, httpx.Request("GET", url))
    assert request.url.query == query
    assert verify(rsa_key.public_key(), query, request.headers["signature"])


def test_get_keeps_callers_timestamp(rsa_key):
    request = signed(rsa_key, httpx.Request("GET", "http://127.0.0.1/x?timestamp=5&a=b"))
    assert request.url.query == b"timestamp=5&a=b"
    assert verify(rsa_key.public_key(), b"timestamp=5&a=b", request.headers["signature"])


def test_post_signs_exact_body_with_added_timestamp(rsa_key):
    body = b'{"walletName":"w","walletType":20,"requestId":"r1"}'
    request = signed(rsa_key, httpx.Request("POST", "http://127.0.0.1/open-api/v1/wallet/create", content=body))
    assert request.content == b'{"walletName":"w","walletType":20,"requestId":"r1","timestamp":1700000000123}'
    assert request.headers["content-length"] == str(len(request.content))
    assert verify(rsa_key.public_key(), request.content, request.headers["signature"])


def test_post_keeps_body_bytes_when_timestamp_present(rsa_key):
    body = b'{"b": 1, "timestamp": 42, "a": "x"}'  # spacing and order are the caller's: sign as sent
    request = signed(rsa_key, httpx.Request("POST", "http://127.0.0.1/p", content=body))
    assert request.content == body
    assert verify(rsa_key.public_key(), body, request.headers["signature"])


@pytest.mark.parametrize("position", [0, 17, -1])
def test_one_changed_byte_fails_verification(rsa_key, position):
    body = b'{"amount":"1.50","requestId":"abc","timestamp":1}'
    signature = sign(load_private_key(ceffu_key_b64(rsa_key)), body)
    tampered = bytearray(body)
    tampered[position] ^= 0x01
    assert verify(rsa_key.public_key(), body, signature)
    assert not verify(rsa_key.public_key(), bytes(tampered), signature)


def test_signature_from_other_key_fails(rsa_key, other_rsa_key):
    request = signed(other_rsa_key, httpx.Request("GET", "http://127.0.0.1/x?a=1"))
    assert not verify(rsa_key.public_key(), request.url.query, request.headers["signature"])


def test_pem_keys_are_accepted(rsa_key):
    from cryptography.hazmat.primitives import serialization

    pem = rsa_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    assert load_private_key(pem).private_numbers() == rsa_key.private_numbers()


def test_repr_hides_the_key(rsa_key):
    signer = CeffuSigner("abcdefghijklmnop", ceffu_key_b64(rsa_key))
    text = repr(signer)
    assert "abcdefghijklmnop" not in text and ceffu_key_b64(rsa_key)[:40] not in text


def test_signed_body_is_valid_json(rsa_key):
    request = signed(
        rsa_key, httpx.Request("POST", "http://127.0.0.1/p", content=b'{"amount":"0.00000000000000000001"}')
    )
    assert json.loads(request.content)["amount"] == "0.00000000000000000001"


def test_non_json_body_is_signed_as_is(rsa_key):
    request = signed(rsa_key, httpx.Request("POST", "http://127.0.0.1/p", content=b"not json"))
    assert request.content == b"not json"
    assert verify(rsa_key.public_key(), b"not json", request.headers["signature"])


@pytest.mark.parametrize("module", ["ceffu_client.signing", "xcurrency_client.auth"])
def test_every_documented_key_form_loads(rsa_key, module):
    import importlib

    from cryptography.hazmat.primitives import serialization

    load = importlib.import_module(module).load_private_key
    none = serialization.NoEncryption()
    der = rsa_key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, none)
    b64 = ceffu_key_b64(rsa_key)
    forms = [
        b64,
        b64.encode(),
        "\n".join(b64[i : i + 64] for i in range(0, len(b64), 64)),  # wrapped lines
        der,
        rsa_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, none).decode(),
        rsa_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, none),
        rsa_key,
    ]
    for form in forms:
        assert load(form).private_numbers() == rsa_key.private_numbers()


@pytest.mark.parametrize(
    "bad",
    ["not base64 at all!", "QUJD", "-----BEGIN PRIVATE KEY-----\nQUJD\n-----END PRIVATE KEY-----\n", b"\x30\x03abc"],
)
def test_a_malformed_key_names_the_argument_and_hides_the_key(bad):
    from xcurrency_client.auth import XCurrencyAuth

    for make in (lambda: CeffuSigner("key-1", bad), lambda: XCurrencyAuth("app", "secret", bad)):
        with pytest.raises(ValueError, match=r"^private_key: not a readable RSA private key") as caught:
            make()
        text = str(bad) if isinstance(bad, str) else bad.decode(errors="replace")
        assert "QUJD" not in str(caught.value) and text not in str(caught.value)
    with pytest.raises(TypeError, match=r"^private_key must be"):
        CeffuSigner("key-1", 42)  # type: ignore[arg-type]
