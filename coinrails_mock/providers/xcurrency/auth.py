"""xCurrency request authentication.

1. `POST /payout/oauth/token` (`security: []`) needs nothing: its body carries the credentials.
2. Every other request: header `token` issued by the token endpoint and not expired (401 `token invalid` /
   `token expired`), header `appkey` equal to the app key the token was issued to (401 `token invalid`).
3. Operations whose security includes `sign` (every POST): header `sign` = Base64 SHA256withRSA (PKCS#1 v1.5)
   over the exact raw body, verified with the app's registered public key (400 `Failed to verify the
   signature`; the signature check endpoint answers envelope status `10001` instead). GETs need no `sign`.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from coinrails_mock.engine.provider import RawRequest
from coinrails_mock.engine.spec import Operation
from coinrails_mock.providers.xcurrency import errors as e
from coinrails_mock.providers.xcurrency.backend import XCurrencyBackend
from coinrails_mock.providers.xcurrency.credentials import public_key

DEFAULT_SECURITY: list[dict[str, Any]] = [{"appKey": [], "token": [], "sign": []}]
_PADDING = padding.PKCS1v15()
_SHA256 = hashes.SHA256()
SIGN_CHECK = "checkSign"


def security(operation: Operation) -> list[dict[str, Any]]:
    declared = operation.definition.get("security")
    return DEFAULT_SECURITY if declared is None else declared


def verify(app_key: str, body: bytes, signature: str | None) -> bool:
    if not signature:
        return False
    try:
        raw = base64.b64decode(signature, validate=True)
        public_key(app_key).verify(raw, body, _PADDING, _SHA256)
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def authenticate(backend: XCurrencyBackend, request: RawRequest, operation: Operation, now_ms: int) -> str | None:
    """The app key behind the request (None for the token endpoint), or an XCurrencyRuleError."""
    requirements = security(operation)
    if not requirements:
        return None
    app_key = backend.check_token(request.headers.get("token"), request.headers.get("appkey"), now_ms)
    if any("sign" in r for r in requirements) and not verify(app_key, request.body, request.headers.get("sign")):
        if operation.operation_id == SIGN_CHECK:
            raise e.XCurrencyRuleError(e.BAD_SIGNATURE, status=e.SIGN_CHECK_FAILED)
        raise e.XCurrencyRuleError(e.BAD_SIGNATURE)
    return app_key
