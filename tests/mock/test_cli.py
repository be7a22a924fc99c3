"""`coinrails-mock credentials ceffu` prints working test credentials."""

from __future__ import annotations

import base64
import json

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from coinrails_mock.cli import main
from coinrails_mock.providers.ceffu.credentials import API_KEYS, public_key


def test_credentials_json_holds_usable_keys(capsys):
    assert main(["credentials", "ceffu"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["provider"] == "ceffu" and out["base_url"] == "http://127.0.0.1:8101"
    for key_field, secret_field in (
        ("api_key", "private_key"),
        ("readonly_api_key", "readonly_private_key"),
        ("other_tenant_api_key", "other_tenant_private_key"),
    ):
        private = serialization.load_der_private_key(base64.b64decode(out[secret_field]), password=None)
        assert isinstance(private, rsa.RSAPrivateKey)
        signature = private.sign(b"payload", padding.PKCS1v15(), hashes.SHA512())
        public_key(out[key_field]).verify(signature, b"payload", padding.PKCS1v15(), hashes.SHA512())
    assert len({out["api_key"], out["readonly_api_key"], out["other_tenant_api_key"]} & set(API_KEYS)) == 3
    webhook_key = serialization.load_der_public_key(base64.b64decode(out["webhook_public_key"]))
    assert isinstance(webhook_key, rsa.RSAPublicKey)
