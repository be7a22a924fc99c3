"""CeffuProvider: the engine-facing plug-in (envelopes, auth, rate limit, settings, webhooks, control hooks)."""

from __future__ import annotations

import base64
import json
import os
import secrets
from collections.abc import Callable
from decimal import Decimal
from typing import Any, ClassVar

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from coinrails_mock.engine.limits import FixedWindow
from coinrails_mock.engine.provider import (
    ControlHandler,
    Event,
    Provider,
    ProviderError,
    RawRequest,
    control_call,
    new_rsa_private_key_b64,
)
from coinrails_mock.engine.spec import Operation, Problem
from coinrails_mock.providers.ceffu import auth, views
from coinrails_mock.providers.ceffu.backend import CeffuBackend
from coinrails_mock.providers.ceffu.credentials import (
    ALL_PERMISSIONS,
    API_KEYS,
    MAIN_ENTITY,
    ApiKey,
    credentials_json,
    webhook_private_key,
)
from coinrails_mock.providers.ceffu.errors import CeffuRuleError
from coinrails_mock.providers.ceffu.handlers import HANDLERS

BUILTIN_KEYS = frozenset(API_KEYS)
RANGE = frozenset({"minimum", "maximum"})
BAD_FORMAT = frozenset({"type", "minLength", "maxLength", "pattern"})
# (field, failing keywords) -> code; any other problem is G20005
FIELD_CODES = {("pageLimit", RANGE): "G20003", ("pageNo", RANGE): "G20004", ("requestId", BAD_FORMAT): "G20014"}
ROUTE_CODES = {404: "G20002", 405: "G20002", 429: "G20012"}


def canonical_json(payload: dict[str, Any]) -> bytes:
    """Compact JSON with keys sorted recursively: the bytes a webhook `sign` covers."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sign_webhook(payload: dict[str, Any]) -> str:
    """base64 SHA256withRSA over canonical_json(payload without `sign`/`encoded`)."""
    body = {k: v for k, v in payload.items() if k not in ("sign", "encoded")}
    raw = webhook_private_key().sign(canonical_json(body), padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(raw).decode()


class CeffuProvider(Provider):
    name = "ceffu"
    handlers = HANDLERS
    backend_class = CeffuBackend
    client_env: ClassVar[dict[str, str]] = {
        "CEFFU_BASE_URL": "base_url",
        "CEFFU_API_KEY": "api_key",
        "CEFFU_PRIVATE_KEY": "private_key",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._windows = FixedWindow()  # per API key

    # --- request pipeline --------------------------------------------------------------------------
    def authenticate(self, request: RawRequest, operation: Operation, now_ms: int) -> ApiKey:
        return auth.authenticate(request, operation, now_ms, self.timestamp_window_ms)

    def rate_limit(self, principal: ApiKey, operation: Operation, now_ms: int) -> None:
        if self.rate_limit_per_second <= 0:
            return
        retry_after = self._windows.retry_after(principal.api_key, self.rate_limit_per_second, now_ms)
        if retry_after is not None:
            raise CeffuRuleError(
                "G20012",
                f"more than {self.rate_limit_per_second} requests per second",
                429,
                {"Retry-After": str(retry_after)},
            )

    def invalid_request(self, operation: Operation | None, problems: list[Problem]) -> ProviderError:
        code = next(
            (
                code
                for p in problems
                for (name, keywords), code in FIELD_CODES.items()
                if p.field == name and p.keyword in keywords
            ),
            "G20005",
        )
        return CeffuRuleError(code, "; ".join(p.message for p in problems[:3]), 400)

    def route_error(self, status: int, message: str, headers: dict[str, str] | None = None) -> ProviderError:
        code = ROUTE_CODES.get(status, "G20001" if status >= 500 else "G20002")
        return CeffuRuleError(code, message, status, headers)

    def success_body(self, data: Any) -> Any:
        return {"code": "000000", "message": "Success", "data": data}

    def error_body(self, error: ProviderError) -> Any:
        return {"code": error.code, "message": error.message, "data": None}

    def response_headers(self) -> dict[str, str]:
        return {"x-request-id": os.urandom(16).hex()}  # 32 random hex digits like uuid4().hex, at a fifth of its cost

    # --- state -------------------------------------------------------------------------------------
    def reset_process_state(self) -> None:
        self._windows.clear()

    def money(self, value: Decimal) -> str:
        return views.money(value)

    # --- settings, webhooks, control ---------------------------------------------------------------
    def webhook_payload(self, event: Event, webhook_id: str, now_ms: int) -> dict[str, Any]:
        payload = {
            "entityId": event.entity_id,
            "webhookId": webhook_id,
            "event": event.kind,
            "timestamp": now_ms,
            "data": event.data,
        }
        return {**payload, "sign": sign_webhook(payload)}

    def control_handlers(self) -> dict[str, ControlHandler]:
        def deposit(body: dict[str, Any], _: dict[str, Any]) -> dict[str, Any]:
            t = _control(
                lambda: self.backend.deposit(
                    body["address"],
                    body["coinSymbol"],
                    body["network"],
                    body["amount"],
                    body.get("memo"),
                    body.get("fail", False),
                )
            )
            return views.txn_v1(t)

        def advance(body: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
            return views.txn_v2(_control(lambda: self.backend.advance(args["orderViewId"], body.get("to"))))

        return {"createDeposit": deposit, "advanceWithdrawal": advance}

    def credentials(self, base_url: str) -> dict[str, Any]:
        return credentials_json(base_url)

    # --- tenants: an API key with every permission and its own RSA key, acting as the MAIN entity --------------
    def credential_id(self, request: RawRequest) -> str | None:
        return request.headers.get("open-apikey")

    def new_credentials(self) -> dict[str, Any]:
        return {"api_key": "coinrails-tenant-" + secrets.token_hex(8), "private_key": new_rsa_private_key_b64()}

    def credential_ids(self, material: dict[str, Any]) -> list[str]:
        return [material["api_key"]]

    def register(self, material: dict[str, Any]) -> None:
        if material["api_key"] not in API_KEYS:
            API_KEYS[material["api_key"]] = ApiKey(
                material["api_key"], MAIN_ENTITY, ALL_PERMISSIONS, material["private_key"]
            )

    def forget(self, credential: str) -> None:
        if credential not in BUILTIN_KEYS:
            API_KEYS.pop(credential, None)

    def tenant_credentials(self, base_url: str, material: dict[str, Any]) -> dict[str, Any]:
        builtin = credentials_json(base_url)
        return {
            "provider": "ceffu",
            "base_url": base_url,
            "api_key": material["api_key"],
            "private_key": material["private_key"],
            "webhook_public_key": builtin["webhook_public_key"],
        }


def _control(action: Callable[[], Any]) -> Any:
    """Ceffu's control errors name the Ceffu code (e.g. `G20020 wallet ... not found`)."""
    return control_call(action, with_code=True)
