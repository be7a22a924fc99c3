"""Ceffu request signing as an httpx.Auth.

signature = base64( RSASSA-PKCS1-v1_5 / SHA-512 over the payload ), with the API key's private key
(Ceffu hands it out as base64 PKCS#8 DER). The payload is, for a GET, the exact query string sent
(including `timestamp`) and, for a POST, the exact raw JSON body sent (including `timestamp`).
The signer adds `timestamp` (milliseconds) when the caller left it out.
"""

from __future__ import annotations

import base64
import re
import time
from collections.abc import Callable, Generator

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from ._runtime.client import mask
from ._runtime.jsonutil import dumps, loads
from ._runtime.keys import load_rsa_private_key

API_KEY_HEADER = "open-apikey"
_TIMESTAMP_PARAM = re.compile(rb"(?:^|&)timestamp=")
SIGNATURE_HEADER = "signature"


def load_private_key(key: str | bytes | rsa.RSAPrivateKey, argument: str = "private_key") -> rsa.RSAPrivateKey:
    """The RSA private key to sign with: base64 PKCS#8 DER (as Ceffu hands it out), unencrypted PEM (PKCS#8 or
    PKCS#1), raw DER bytes or a loaded key. A malformed key raises ValueError naming `argument`."""
    return load_rsa_private_key(key, argument, "Ceffu")


def sign(private_key: rsa.RSAPrivateKey, payload: bytes) -> str:
    """base64 SHA512withRSA signature of `payload`."""
    return base64.b64encode(private_key.sign(payload, padding.PKCS1v15(), hashes.SHA512())).decode()


def verify(public_key: rsa.RSAPublicKey, payload: bytes, signature: str) -> bool:
    """True when `signature` is a valid SHA512withRSA signature of `payload`."""
    try:
        public_key.verify(base64.b64decode(signature, validate=True), payload, padding.PKCS1v15(), hashes.SHA512())
    except Exception:  # noqa: BLE001 - any failure means "not valid"
        return False
    return True


def now_ms() -> int:
    return time.time_ns() // 1_000_000


class CeffuSigner(httpx.Auth):
    """Adds `timestamp` when missing, then the `open-apikey` and `signature` headers.

    `private_key`: base64 PKCS#8 DER (as Ceffu hands it out) or PEM, see `load_private_key`; a malformed key
    raises ValueError naming `private_key`.
    """

    requires_request_body = True

    def __init__(
        self,
        api_key: str,
        private_key: str | bytes | rsa.RSAPrivateKey,
        *,
        clock: Callable[[], int] | None = None,
    ) -> None:
        self._api_key = api_key
        self._private_key = load_private_key(private_key)
        self._clock = clock

    def __repr__(self) -> str:
        return f"CeffuSigner(api_key={mask(self._api_key)})"

    def _now(self) -> int:
        return self._clock() if self._clock else now_ms()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.method == "GET":
            payload = request.url.query
            if not _TIMESTAMP_PARAM.search(payload):  # appended to the query as it is: no re-encoding of the rest
                payload = (payload + b"&" if payload else b"") + b"timestamp=%d" % self._now()
                request.url = request.url.copy_with(query=payload)
        else:
            payload = request.content
            try:
                body = loads(payload) if payload else {}
            except ValueError:  # not JSON: sign the bytes as they are (the server will refuse them)
                body = None
            if isinstance(body, dict) and "timestamp" not in body:
                body["timestamp"] = self._now()
                payload = dumps(body)
                headers = httpx.Headers(request.headers)
                headers.pop("content-length", None)
                request = httpx.Request(
                    request.method, request.url, headers=headers, content=payload, extensions=request.extensions
                )
        request.headers[API_KEY_HEADER] = self._api_key
        request.headers[SIGNATURE_HEADER] = sign(self._private_key, payload)
        yield request
