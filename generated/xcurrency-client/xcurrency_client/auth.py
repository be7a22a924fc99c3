"""xCurrency authentication as an httpx.Auth: token lifecycle plus the body signature.

- `token`: from `POST /payout/oauth/token` with the app key and secret; valid one hour. It is
  cached, renewed `renew_before` seconds ahead of expiry, and renewed once more when a request is
  rejected for its token (HTTP 401, or a `token expired` / `token invalid` message). When the token
  endpoint itself answers 429 or 5xx, that answer is the request's answer (a transient failure the
  caller's retry policy handles): the request is not sent without a token.
- `sign`: standard Base64 of SHA256withRSA (PKCS#1 v1.5) over the exact JSON body sent, with the
  platform's RSA private key. Bodyless requests (GETs) carry only `appkey` and `token`.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable, Generator

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from ._runtime.client import mask
from ._runtime.jsonutil import dumps, loads
from ._runtime.keys import load_rsa_private_key

TOKEN_PATH = "/payout/oauth/token"
TOKEN_TTL = 3600.0


def load_private_key(key: str | bytes | rsa.RSAPrivateKey, argument: str = "private_key") -> rsa.RSAPrivateKey:
    """The RSA private key to sign with: base64 PKCS#8 DER (as xCurrency hands it out), unencrypted PEM (PKCS#8 or
    PKCS#1), raw DER bytes or a loaded key. A malformed key raises ValueError naming `argument`."""
    return load_rsa_private_key(key, argument, "xCurrency")


def sign(private_key: rsa.RSAPrivateKey, body: bytes) -> str:
    """Base64 SHA256withRSA signature of the body bytes."""
    return base64.b64encode(private_key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()


def transient(response: httpx.Response) -> bool:
    """A 429 or 5xx: the server is busy or failing, not refusing the credentials."""
    return response.status_code == 429 or response.status_code >= 500


def token_rejected(response: httpx.Response) -> bool:
    """True when the server refused the request because of its token."""
    if response.status_code == 401:
        return True
    try:
        payload = loads(response.content) if response.content else None
    except ValueError:
        return False
    message = str(payload.get("message") or "").lower() if isinstance(payload, dict) else ""
    return payload is not None and "token" in message and ("expired" in message or "invalid" in message)


class XCurrencyAuth(httpx.Auth):
    """Fetches, caches and renews the token; signs every body.

    `private_key`: base64 PKCS#8 DER or PEM, see `load_private_key`; a malformed key raises ValueError naming
    `private_key`.
    """

    requires_request_body = True
    requires_response_body = True

    def __init__(
        self,
        app_key: str,
        secret_key: str,
        private_key: str | bytes | rsa.RSAPrivateKey,
        *,
        renew_before: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._app_key = app_key
        self._secret_key = secret_key
        self._private_key = load_private_key(private_key)
        self._renew_before = renew_before
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"XCurrencyAuth(app_key={mask(self._app_key)})"

    def _token_request(self, like: httpx.Request) -> httpx.Request:
        body = dumps({"appKey": self._app_key, "secretKey": self._secret_key})
        return httpx.Request(
            "POST",
            like.url.copy_with(path=TOKEN_PATH, query=None),
            content=body,
            headers={"content-type": "application/json"},
        )

    def _store(self, response: httpx.Response) -> None:
        payload = loads(response.content) if response.content else None
        token = payload.get("data") if isinstance(payload, dict) and payload.get("status") == "1" else None
        if not isinstance(token, str) or not token:
            self._token = None  # the request goes out without a token and the server's error is raised
            return
        with self._lock:
            self._token, self._expires_at = token, self._clock() + TOKEN_TTL

    def _needs_token(self) -> bool:
        return self._token is None or self._clock() >= self._expires_at - self._renew_before

    def _apply(self, request: httpx.Request) -> None:
        request.headers["appkey"] = self._app_key
        if self._token:
            request.headers["token"] = self._token
        if request.content:
            request.headers["sign"] = sign(self._private_key, request.content)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.url.path == TOKEN_PATH:
            yield request
            return
        if self._needs_token():
            fetched = yield self._token_request(request)
            if transient(fetched):  # the outage is the answer; the request is not sent without a token
                return
            self._store(fetched)
        self._apply(request)
        response = yield request
        if token_rejected(response):
            fetched = yield self._token_request(request)
            if transient(fetched):
                return
            self._store(fetched)
            self._apply(request)
            yield request
