"""Bitunix request authentication (specs/bitunix.yaml securitySchemes), for every operation not marked
`security: []`:

0. A body that is not UTF-8 text cannot carry a signature at all (the signed string includes the body as
   text): it is malformed input, refused like any unparseable body (HTTP 400, code 2) before the headers.
1. `api-key` header present and known (100004).
2. `nonce` (exactly 32 characters), `timestamp` (decimal digits, ms) and `sign` headers present (100005).
3. `sign` == hex SHA-256( hex SHA-256( nonce + timestamp + api-key + sortedQuery + body ) + secretKey ), where
   sortedQuery is every decoded query `key=value` sorted by key and concatenated with no separator, and body is
   the raw body as received (100005).
4. `timestamp` within the window of the mock's clock, either side (100008; default +-60 s).
5. The nonce was not used before by this key within the window (100008). Only verified requests use up a nonce.

The WebSocket API (ws.py) runs the same steps on the fields inside a frame's `params`, with one nonce memory.
"""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import parse_qsl

from coinrails_mock.engine.provider import RawRequest
from coinrails_mock.engine.spec import Operation, Problem, RequestInvalid
from coinrails_mock.engine.store import MemoryStore, Table
from coinrails_mock.providers.bitunix.credentials import BY_KEY, User
from coinrails_mock.providers.bitunix.errors import BitunixRuleError

NONCE_LENGTH = 32


def is_public(operation: Operation) -> bool:
    return operation.definition.get("security") == []


def sorted_query(raw: bytes) -> str:
    if not raw:  # most requests: nothing to sort
        return ""
    text = raw.decode("latin-1")
    if "%" in text or "+" in text:
        pairs = parse_qsl(text, keep_blank_values=True)
    else:  # nothing to decode: parse_qsl's split, without its per-field unquoting
        pairs = [(name, value) for name, _, value in (f.partition("=") for f in text.split("&") if f)]
    return "".join(f"{key}={value}" for key, value in sorted(pairs, key=lambda kv: kv[0]))


def signature(api_key: str, secret_key: str, nonce: str, timestamp: str, query: str, body: str) -> str:
    digest = hashlib.sha256((nonce + timestamp + api_key + query + body).encode()).hexdigest()
    return hashlib.sha256((digest + secret_key).encode()).hexdigest()


class Authenticator:
    """Verifies signed requests and remembers the nonces seen within the window, per key."""

    def __init__(self, nonces: Table | None = None) -> None:
        self._nonces = nonces if nonces is not None else MemoryStore().table("nonces")  # (key, nonce) -> used at

    def authenticate(self, request: RawRequest, operation: Operation, now_ms: int, window_ms: int) -> User | None:
        if is_public(operation):
            return None
        try:
            body = request.body.decode("utf-8")
        except UnicodeDecodeError:
            raise RequestInvalid([Problem("body", "", "encoding", "body is not UTF-8 JSON")]) from None
        headers = request.headers
        query = sorted_query(request.query)
        return self.verify(
            headers.get("api-key", ""),
            headers.get("nonce", ""),
            headers.get("timestamp", ""),
            headers.get("sign", ""),
            query + body,
            now_ms,
            window_ms,
            "api-key header",
        )

    def verify(
        self,
        api_key: str,
        nonce: str,
        stamp: str,
        sign: str,
        signed: str,
        now_ms: int,
        window_ms: int,
        key_name: str = "apiKey",
    ) -> User:
        """Steps 1-5 on already extracted fields; `signed` is what follows nonce+timestamp+key in the digest
        (REST: sortedQuery + body; WebSocket: the sorted `key+value` params)."""
        user = BY_KEY.get(api_key)
        if user is None:
            raise BitunixRuleError("100004", f"unknown or missing {key_name}")
        if len(nonce) != NONCE_LENGTH:
            raise BitunixRuleError("100005", f"nonce must be {NONCE_LENGTH} characters")
        if not stamp.isascii() or not stamp.isdigit() or len(stamp) > 16:
            raise BitunixRuleError("100005", "timestamp must be milliseconds (decimal digits)")
        expected = signature(user.api_key, user.secret_key, nonce, stamp, signed, "")
        if not hmac.compare_digest(expected.encode(), sign.encode("utf-8", "replace")):
            raise BitunixRuleError("100005", "sign does not match the request")
        if abs(now_ms - int(stamp)) > window_ms:
            raise BitunixRuleError("100008", f"timestamp {stamp} is more than {window_ms} ms from server time {now_ms}")
        used_at = self._nonces.get((user.api_key, nonce))
        if used_at is not None and used_at >= now_ms - 2 * window_ms:  # older ones are outside any window
            raise BitunixRuleError("100008", "nonce already used")
        self._nonces[(user.api_key, nonce)] = now_ms  # a keyed row: the check costs the same however many are kept
        return user
