"""CryptofuseProvider: the engine-facing plug-in (OAuth, errors, rate limit, settings, signed webhooks, control)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any, ClassVar

from coinrails_mock.engine.limits import FixedWindow
from coinrails_mock.engine.provider import (
    ControlHandler,
    Event,
    Provider,
    ProviderError,
    RawRequest,
    control_call,
)
from coinrails_mock.engine.spec import Operation, Problem, RequestInvalid
from coinrails_mock.providers.cryptofuse import auth, views
from coinrails_mock.providers.cryptofuse.backend import CryptofuseBackend
from coinrails_mock.providers.cryptofuse.credentials import credentials_json
from coinrails_mock.providers.cryptofuse.errors import CryptofuseError, OAuthError
from coinrails_mock.providers.cryptofuse.handlers import HANDLERS

SIGNATURE_HEADER = "X-Cryptofuse-Signature"
ROUTE_CODES = {404: "not_found", 405: "method_not_allowed", 429: "rate_limit_exceeded", 503: "service_unavailable"}
# token-endpoint form problems -> RFC 6749 error
OAUTH_FIELD_CODES = {"scope": "invalid_scope", "grant_type": "unsupported_grant_type"}


def sign(secret: str, body: bytes) -> str:
    """Lower-case hex HMAC-SHA256 of the raw body, keyed with the webhook secret (spec: x-inferred)."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class CryptofuseProvider(Provider):
    name = "cryptofuse"
    handlers = HANDLERS
    backend_class = CryptofuseBackend
    client_env: ClassVar[dict[str, str]] = {
        "CRYPTOFUSE_BASE_URL": "base_url",
        "CRYPTOFUSE_CLIENT_ID": "client_id",
        "CRYPTOFUSE_CLIENT_SECRET": "client_secret",
    }

    def __init__(
        self,
        *args: Any,
        transfer_delay_ms: int = 500,
        **kwargs: Any,
    ) -> None:
        # timestamp_window_ms is unused by Cryptofuse (no signed timestamps); rate limit: per OAuth client
        super().__init__(*args, **kwargs)
        self.transfer_delay_ms = transfer_delay_ms  # wallet transfers complete this long after acceptance (< 0: never)
        self._windows = FixedWindow()  # per OAuth client

    # --- request pipeline --------------------------------------------------------------------------
    def authenticate(self, request: RawRequest, operation: Operation, now_ms: int) -> auth.Principal | None:
        return auth.authenticate(request, operation, now_ms, self.backend)

    def rate_limit(self, principal: auth.Principal | None, operation: Operation, now_ms: int) -> None:
        if self.rate_limit_per_second <= 0 or principal is None:
            return
        retry_after = self._windows.retry_after(principal.client_id, self.rate_limit_per_second, now_ms)
        if retry_after is not None:
            raise CryptofuseError(
                429,
                "rate_limit_exceeded",
                f"Rate limit exceeded. Try again in {retry_after} seconds.",
                {"limit_per_second": self.rate_limit_per_second},
                {"Retry-After": str(retry_after)},
            )

    def invalid_request(self, operation: Operation | None, problems: list[Problem]) -> ProviderError:
        message = "; ".join(p.message for p in problems[:3])
        if operation is not None and operation.operation_id == auth.TOKEN_OPERATION:
            named = (OAUTH_FIELD_CODES.get(p.field) for p in problems if p.keyword != "duplicate")
            code = next((c for c in named if c), "invalid_request")
            return OAuthError(400, code, message)
        absent = sorted({p.field for p in problems if p.keyword == "required" and p.field})
        if absent:
            return CryptofuseError(400, "missing_required_fields", message, {"fields": absent})
        fields = sorted({p.field for p in problems if p.field})
        return CryptofuseError(400, "invalid_request", message, {"fields": fields} if fields else {})

    def route_error(self, status: int, message: str, headers: dict[str, str] | None = None) -> ProviderError:
        code = ROUTE_CODES.get(status, "internal_error" if status >= 500 else "invalid_request")
        return CryptofuseError(status, code, message, None, headers)

    def success_body(self, data: Any) -> Any:
        return data

    def error_body(self, error: ProviderError) -> Any:
        if isinstance(error, OAuthError):
            return {"error": error.code, "error_description": error.message}
        details = error.details if isinstance(error, CryptofuseError) else {}
        return {"error": {"code": error.code, "message": error.message, "details": details}}

    def response_headers(self) -> dict[str, str]:
        return {}

    # --- state -------------------------------------------------------------------------------------
    def reset_process_state(self) -> None:
        self._windows.clear()

    def tick(self, now_ms: int) -> None:
        self.backend.tick(now_ms, self.auto_advance_ms, self.transfer_delay_ms)

    # --- settings, webhooks, control ---------------------------------------------------------------
    def webhook_payload(self, event: Event, webhook_id: str, now_ms: int) -> dict[str, Any]:
        return dict(event.data)  # the backend builds the whole body when the event happens

    def webhook_headers(self, event: str, body: bytes) -> dict[str, str]:
        secret = self.backend.webhook_secret
        return {SIGNATURE_HEADER: sign(secret, body)} if secret else {}  # unsigned until a secret exists

    def control_handlers(self) -> dict[str, ControlHandler]:
        b = lambda: self.backend  # noqa: E731 - the backend is replaced by a reset

        def deposit(body: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
            p = control_call(
                lambda: b().simulate_deposit(
                    args["transaction_id"], body["amount"], body.get("confirmations"), body.get("transaction_hash")
                )
            )
            return views.payment(p)

        def confirm(_: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
            return views.payment(control_call(lambda: b().confirm_payment(args["transaction_id"])))

        def fail(_: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
            return views.payment(control_call(lambda: b().fail_payment(args["transaction_id"])))

        def advance(body: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
            w = control_call(
                lambda: b().advance_withdrawal(args["withdrawal_id"], body.get("to"), body.get("error_message"))
            )
            return views.withdrawal(w)

        def settle(body: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
            t = control_call(
                lambda: b().settle_transfer(
                    args["transfer_id"], body.get("status", "completed"), body.get("error_message")
                )
            )
            return {**views.transfer(t), "wallet_id": t.wallet_id, "error_message": t.error_message}

        return {
            "cryptofuseSimulatePayment": deposit,
            "cryptofuseConfirmPayment": confirm,
            "cryptofuseFailPayment": fail,
            "cryptofuseAdvanceWithdrawal": advance,
            "cryptofuseSettleTransfer": settle,
        }

    # --- tenants: an OAuth client of their own (its bearer tokens are indexed as they are issued) -------------
    def credential_id(self, request: RawRequest) -> str | None:
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return "bearer:" + value.strip()
        try:
            basic = auth.basic_credentials(request)
            form = request.form() if basic is None else None
        except (ProviderError, RequestInvalid):
            return None
        client_id = basic[0] if basic else (form or {}).get("client_id")
        return client_id or None

    def new_credentials(self) -> dict[str, Any]:
        return {"client_id": "cf_" + secrets.token_hex(12), "client_secret": secrets.token_urlsafe(36)}

    def credential_ids(self, material: dict[str, Any]) -> list[str]:
        return [material["client_id"]]

    def seed_tenant(self, material: dict[str, Any]) -> None:
        self.backend.add_client(material["client_id"], material["client_secret"])

    def tenant_credentials(self, base_url: str, material: dict[str, Any]) -> dict[str, Any]:
        return {"provider": "cryptofuse", "base_url": base_url, **material, "scope": "read write admin"}

    def credentials(self, base_url: str) -> dict[str, Any]:
        return credentials_json(base_url)
