"""Cryptofuse OAuth 2.0 client credentials as an httpx.Auth.

The token comes from `POST /o/token/` (form: grant_type=client_credentials, client_id,
client_secret, scope), is cached until `renew_before` seconds ahead of `expires_in`, and is renewed
once when a request is answered 401. Requests carry `Authorization: Bearer <token>`. When the token
endpoint answers 429 or 5xx, that answer is the request's answer (a transient failure the caller's
retry policy handles): the request is not sent without a token.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator
from urllib.parse import urlencode

import httpx

from ._runtime.client import mask
from ._runtime.jsonutil import loads

TOKEN_PATH = "/o/token/"
PUBLIC_PATHS = frozenset({TOKEN_PATH, "/status/"})


def transient(response: httpx.Response) -> bool:
    """A 429 or 5xx: the server is busy or failing, not refusing the credentials."""
    return response.status_code == 429 or response.status_code >= 500


class CryptofuseAuth(httpx.Auth):
    """Fetches, caches and renews the client-credentials bearer token."""

    requires_response_body = True

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        scope: str = "read write",
        renew_before: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client_id = client_id
        self._client_secret = client_secret
        self.scope = scope
        self._renew_before = renew_before
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"CryptofuseAuth(client_id={mask(self._client_id)}, scope={self.scope!r})"

    def _token_request(self, like: httpx.Request) -> httpx.Request:
        form = {
            "grant_type": "client_credentials",
            "client_id": self._client_id,
            "client_secret": self._client_secret,
            "scope": self.scope,
        }
        return httpx.Request(
            "POST",
            like.url.copy_with(path=TOKEN_PATH, query=None),
            content=urlencode(form).encode(),
            headers={"content-type": "application/x-www-form-urlencoded"},
        )

    def _store(self, response: httpx.Response) -> None:
        try:
            payload = loads(response.content) if response.is_success and response.content else None
        except ValueError:
            payload = None
        token = payload.get("access_token") if isinstance(payload, dict) else None
        expires_in = payload.get("expires_in") if isinstance(payload, dict) else None
        with self._lock:
            if isinstance(token, str) and token and isinstance(expires_in, int):
                self._token, self._expires_at = token, self._clock() + expires_in
            else:  # the request goes out without a token and the server's 401 is raised
                self._token, self._expires_at = None, 0.0

    def _needs_token(self) -> bool:
        return self._token is None or self._clock() >= self._expires_at - self._renew_before

    def _apply(self, request: httpx.Request) -> None:
        if self._token:
            request.headers["authorization"] = f"Bearer {self._token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.url.path in PUBLIC_PATHS:
            yield request
            return
        if self._needs_token():
            fetched = yield self._token_request(request)
            if transient(fetched):  # the outage is the answer; the request is not sent without a token
                return
            self._store(fetched)
        self._apply(request)
        response = yield request
        if response.status_code == 401:
            fetched = yield self._token_request(request)
            if transient(fetched):
                return
            self._store(fetched)
            self._apply(request)
            yield request
