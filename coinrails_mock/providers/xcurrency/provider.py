"""XCurrencyProvider: the engine-facing plug-in (envelopes, token auth, settings, webhooks, control hooks)."""

from __future__ import annotations

import os
import secrets
from decimal import Decimal
from typing import Any, ClassVar

from coinrails_mock.engine.provider import (
    ControlError,
    ControlHandler,
    Event,
    Provider,
    ProviderError,
    RawRequest,
    control_call,
    new_rsa_private_key_b64,
)
from coinrails_mock.engine.spec import Operation, Problem, RequestInvalid
from coinrails_mock.providers.xcurrency import auth, errors, views
from coinrails_mock.providers.xcurrency.backend import XCurrencyBackend
from coinrails_mock.providers.xcurrency.credentials import APPS, App, credentials_json
from coinrails_mock.providers.xcurrency.errors import XCurrencyRuleError
from coinrails_mock.providers.xcurrency.handlers import HANDLERS, WithTotal
from coinrails_mock.providers.xcurrency.models import Order

MAX_TTL_MS = 86_400_000


BUILTIN_APPS = frozenset(APPS)


class XCurrencyProvider(Provider):
    name = "xcurrency"
    handlers = HANDLERS
    backend_class = XCurrencyBackend
    client_env: ClassVar[dict[str, str]] = {
        "XCURRENCY_BASE_URL": "base_url",
        "XCURRENCY_APP_KEY": "app_key",
        "XCURRENCY_APP_SECRET": "secret_key",
        "XCURRENCY_PRIVATE_KEY": "private_key",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # timestamp_window_ms: kept for the shared settings shape; xCurrency has none
        if self.rate_limit_per_second:
            raise ValueError("xCurrency publishes no rate limit: the mock simulates none")

    @staticmethod
    def _check_rate_limit(value: Any) -> None:
        if int(value) != 0:  # the spec declares no 429, so strict mode could not answer one
            raise ControlError(400, "invalid_request", "xCurrency publishes no rate limit: the mock simulates none")

    # --- request pipeline --------------------------------------------------------------------------
    def authenticate(self, request: RawRequest, operation: Operation, now_ms: int) -> str | None:
        return auth.authenticate(self.backend, request, operation, now_ms)

    def rate_limit(self, principal: Any, operation: Operation, now_ms: int) -> None:
        return None

    def invalid_request(self, operation: Operation | None, problems: list[Problem]) -> ProviderError:
        return XCurrencyRuleError(errors.INVALID_PARAMETER)

    def route_error(self, status: int, message: str, headers: dict[str, str] | None = None) -> ProviderError:
        return XCurrencyRuleError(message, status, headers=headers)

    def success_body(self, data: Any) -> Any:
        if isinstance(data, WithTotal):
            return {"status": "1", "total": data.total, "data": data.data}
        return {"status": "1", "data": data}

    def error_body(self, error: ProviderError) -> Any:
        return {"status": error.code, "message": error.message}

    def response_headers(self) -> dict[str, str]:
        return {"x-request-id": os.urandom(16).hex()}  # 32 random hex digits like uuid4().hex, at a fifth of its cost

    # --- state -------------------------------------------------------------------------------------
    def money(self, value: Decimal) -> str:
        return views.money(value)

    # --- settings, webhooks, control ---------------------------------------------------------------
    def settings(self) -> dict[str, Any]:
        return {
            "timestamp_window_ms": self.timestamp_window_ms,
            "rate_limit_per_second": 0,
            "auto_advance_ms": self.auto_advance_ms,
        }

    def configure(self, changes: dict[str, Any]) -> None:
        if "rate_limit_per_second" in changes:
            self._check_rate_limit(changes["rate_limit_per_second"])
        for name in ("timestamp_window_ms", "auto_advance_ms"):
            if name in changes:
                setattr(self, name, int(changes[name]))

    # --- tenants: an app key, secret and RSA key of their own ---------------------------------------------------
    def credential_id(self, request: RawRequest) -> str | None:
        if request.headers.get("appkey"):
            return request.headers["appkey"]
        try:  # the token endpoint names its app in the body
            body = request.json()
        except RequestInvalid:
            return None
        return body.get("appKey") if isinstance(body, dict) and isinstance(body.get("appKey"), str) else None

    def new_credentials(self) -> dict[str, Any]:
        return {
            "app_key": "xc-tenant-" + secrets.token_hex(8),
            "secret_key": "xc-secret-" + secrets.token_hex(12),
            "private_key": new_rsa_private_key_b64(),
        }

    def credential_ids(self, material: dict[str, Any]) -> list[str]:
        return [material["app_key"]]

    def register(self, material: dict[str, Any]) -> None:
        if material["app_key"] not in APPS:
            APPS[material["app_key"]] = App(material["app_key"], material["secret_key"], material["private_key"])

    def forget(self, credential: str) -> None:
        if credential not in BUILTIN_APPS:
            APPS.pop(credential, None)

    def tenant_credentials(self, base_url: str, material: dict[str, Any]) -> dict[str, Any]:
        return {"provider": "xcurrency", "base_url": base_url, **material}

    def webhook_payload(self, event: Event, webhook_id: str, now_ms: int) -> dict[str, Any]:
        return {"event": event.kind, "data": event.data}  # unsigned: xCurrency documents no webhook signature

    def control_handlers(self) -> dict[str, ControlHandler]:
        def order_view(o: Order) -> dict[str, Any]:
            return {**views.order(o), "walletId": o.wallet_id, "quoteId": o.quote_id}

        def fiat_received(_: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
            return order_view(control_call(lambda: self.backend.settle(args["orderId"], received=True)))

        def fiat_failed(_: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
            return order_view(control_call(lambda: self.backend.settle(args["orderId"], received=False)))

        def expire_quote(_: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
            quote = control_call(lambda: self.backend.expire_quote(args["queryNo"]))
            return {"queryNo": quote.query_no, "expires_ms": quote.expires_ms}

        def get_settings(*_: Any) -> dict[str, Any]:
            return {"quote_ttl_ms": self.backend.quote_ttl_ms, "token_ttl_ms": self.backend.token_ttl_ms}

        def update_settings(body: dict[str, Any], _: dict[str, Any]) -> dict[str, Any]:
            for name in ("quote_ttl_ms", "token_ttl_ms"):
                if name in body:
                    setattr(self.backend, name, int(body[name]))
            return get_settings()

        return {
            "xcurrencyFiatReceived": fiat_received,
            "xcurrencyFiatFailed": fiat_failed,
            "xcurrencyExpireQuote": expire_quote,
            "xcurrencyGetSettings": get_settings,
            "xcurrencyUpdateSettings": update_settings,
        }

    def credentials(self, base_url: str) -> dict[str, Any]:
        return credentials_json(base_url)
