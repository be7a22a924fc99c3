"""Ceffu request authentication.

1. `open-apikey` and `signature` headers present (G20008), key known (G20010).
2. `signature` = base64 SHA512withRSA (PKCS#1 v1.5) over the exact raw query string (GET) or the exact raw
   body bytes (POST), verified with the key's public key (G20009).
3. `timestamp` (query for GET, body field for POST) present (G20006) and within the window of the mock's clock
   (G20007; +-30 s by default).
4. The key holds every permission group in the operation's `x-permission` (G20016, HTTP 403).
"""

from __future__ import annotations

import base64
import binascii
from functools import cache
from urllib.parse import unquote_plus

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from coinrails_mock.engine.provider import RawRequest
from coinrails_mock.engine.spec import Operation
from coinrails_mock.providers.ceffu.credentials import API_KEYS, ApiKey, public_key
from coinrails_mock.providers.ceffu.errors import CeffuRuleError

_PADDING = padding.PKCS1v15()
_SHA512 = hashes.SHA512()


def required_permissions(operation: Operation) -> frozenset[str]:
    return _permissions(operation.definition.get("x-permission", ""))


@cache
def _permissions(text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in text.split(",") if p.strip())


def _timestamp(request: RawRequest) -> object:
    if request.method == "GET":  # the first `timestamp` field of the query, decoded as parse_qsl would
        for field in request.query.split(b"&"):
            name, _, value = field.partition(b"=")
            if name == b"timestamp" or (
                (b"%" in name or b"+" in name) and unquote_plus(name.decode("latin-1")) == "timestamp"
            ):
                if value.isdigit():  # the usual case: nothing to decode
                    return value.decode("ascii")
                return unquote_plus(value.decode("latin-1"))
        return None
    body = request.json()
    return body.get("timestamp") if isinstance(body, dict) else None


def signature_valid(api_key: str, payload: bytes, signature: str) -> bool:
    """Step 2 for a known key: `signature` is the key's base64 SHA512withRSA signature of `payload`."""
    try:
        public_key(api_key).verify(base64.b64decode(signature, validate=True), payload, _PADDING, _SHA512)
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def authenticate(request: RawRequest, operation: Operation, now_ms: int, window_ms: int) -> ApiKey:
    api_key = request.headers.get("open-apikey")
    signature = request.headers.get("signature")
    if not api_key or not signature:
        raise CeffuRuleError("G20008", http_status=401)
    key = API_KEYS.get(api_key)
    if key is None:
        raise CeffuRuleError("G20010", http_status=401)
    if not signature_valid(api_key, request.query if request.method == "GET" else request.body, signature):
        raise CeffuRuleError("G20009", http_status=401)
    stamp = _timestamp(request)
    if stamp is None or stamp == "":
        raise CeffuRuleError("G20006", http_status=401)
    if isinstance(stamp, str) and stamp.isascii() and stamp.isdigit():
        stamp = int(stamp)
    if not isinstance(stamp, int) or isinstance(stamp, bool):
        raise CeffuRuleError("G20005", "timestamp must be an integer number of milliseconds", 400)
    if abs(now_ms - stamp) > window_ms:
        raise CeffuRuleError(
            "G20007", f"timestamp {stamp} is more than {window_ms} ms from server time {now_ms}", http_status=401
        )
    missing = required_permissions(operation) - key.permissions
    if missing:
        raise CeffuRuleError("G20016", f"the API key lacks {', '.join(sorted(missing))}", http_status=403)
    return key
