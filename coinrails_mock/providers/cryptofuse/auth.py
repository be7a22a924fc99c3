"""Cryptofuse request authentication (OAuth 2.0 client credentials, Django OAuth Toolkit style).

`POST /o/token/` (public): client authentication by HTTP Basic or the form fields `client_id`/`client_secret`;
`grant_type` other than client_credentials is `unsupported_grant_type` (400, checked first, as oauthlib does), a bad
client `invalid_client` (401). Every other operation with a security requirement needs `Authorization: Bearer
<token>`: missing, unknown, expired or revoked (application deleted) -> 401 `authentication_failed`.

Scopes (403 `insufficient_permissions`): an operation declaring `[read, write]` (the overview's "Scopes: read, write")
is DOT's TokenHasReadWriteScope: `read` for GET, `write` for any other method; any other declaration needs every
scope it lists (`/rates/` read, `/user/webhooks/` write, `/user/fees/` admin).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from urllib.parse import unquote

from coinrails_mock.engine.provider import RawRequest
from coinrails_mock.engine.spec import Operation
from coinrails_mock.providers.cryptofuse.backend import CryptofuseBackend
from coinrails_mock.providers.cryptofuse.errors import CryptofuseError, OAuthError
from coinrails_mock.providers.cryptofuse.models import Application

TOKEN_OPERATION = "getAccessToken"
READ_WRITE = frozenset({"read", "write"})


@dataclass(frozen=True)
class Principal:
    client_id: str  # the OAuth client (rate limits count per client)
    app_id: int
    scopes: frozenset[str]


def declared_scopes(operation: Operation) -> frozenset[str] | None:
    """The oauth2 scopes an operation declares (None for a public operation)."""
    security = operation.definition.get("security")
    for requirement in security or []:
        if "oauth2" in requirement:
            return frozenset(requirement["oauth2"])
    return None


def required_scopes(operation: Operation) -> frozenset[str]:
    declared = declared_scopes(operation) or frozenset()
    if declared == READ_WRITE:
        return frozenset({"read" if operation.method == "GET" else "write"})
    return declared


def basic_credentials(request: RawRequest) -> tuple[str, str] | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        text = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        raise OAuthError(401, "invalid_client", "Malformed HTTP Basic credentials") from None
    client_id, sep, secret = text.partition(":")
    if not sep:
        raise OAuthError(401, "invalid_client", "Malformed HTTP Basic credentials")
    return unquote(client_id), unquote(secret)  # RFC 6749 2.3.1: form-urlencoded before base64


def token_client(request: RawRequest, backend: CryptofuseBackend) -> Application:
    """The client asking for a token (the form is re-read and validated later by the engine)."""
    form = request.form() or {}
    grant = form.get("grant_type")
    if grant is None:
        raise OAuthError(400, "invalid_request", "Missing grant_type parameter")
    if grant != "client_credentials":
        raise OAuthError(400, "unsupported_grant_type", f"grant_type {grant!r} is not supported")
    basic = basic_credentials(request)
    if basic is not None and ("client_id" in form or "client_secret" in form):
        raise OAuthError(400, "invalid_request", "Use one client authentication method, not both")
    client_id, secret = basic or (form.get("client_id"), form.get("client_secret"))
    return backend.client(client_id, secret)


def authenticate(
    request: RawRequest, operation: Operation, now_ms: int, backend: CryptofuseBackend
) -> Principal | None:
    if operation.operation_id == TOKEN_OPERATION:
        app = token_client(request, backend)
        return Principal(app.client_id, app.id, frozenset(app.scopes))
    if declared_scopes(operation) is None:
        return None
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise CryptofuseError(401, "authentication_failed", "Authentication credentials were not provided")
    token = backend.token(value.strip(), now_ms)
    app = backend.apps.get(token.app_id) if token else None
    if token is None or app is None:
        raise CryptofuseError(401, "authentication_failed", "Invalid or expired access token")
    missing = sorted(required_scopes(operation) - set(token.scopes))
    if missing:
        raise CryptofuseError(
            403,
            "insufficient_permissions",
            "Token does not have the required scope",
            {"required_scopes": missing, "token_scopes": list(token.scopes)},
        )
    return Principal(app.client_id, app.id, frozenset(token.scopes))
