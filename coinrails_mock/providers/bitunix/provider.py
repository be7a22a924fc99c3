"""BitunixProvider: the engine-facing plug-in (envelopes, auth, rate limit, settings, control hooks). No webhooks."""

from __future__ import annotations

import secrets
import threading
from collections import deque
from dataclasses import replace
from decimal import Decimal
from typing import Any, ClassVar

from coinrails_mock.engine.provider import ControlHandler, Event, Provider, ProviderError, RawRequest, WebSocketRoute
from coinrails_mock.engine.spec import Operation, Problem
from coinrails_mock.engine.store import Store
from coinrails_mock.providers.bitunix import views, ws
from coinrails_mock.providers.bitunix.auth import Authenticator
from coinrails_mock.providers.bitunix.backend import BitunixBackend
from coinrails_mock.providers.bitunix.control import control_handlers
from coinrails_mock.providers.bitunix.credentials import BY_KEY, MAIN, User, credentials_json
from coinrails_mock.providers.bitunix.errors import BitunixRuleError
from coinrails_mock.providers.bitunix.handlers import HANDLERS

MISSING = frozenset({"required", "x-one-of-required"})


def _limited(operation: Operation) -> bool:
    """The documented 10 requests/second applies to the User endpoints."""
    return "User" in operation.definition.get("tags", ())


BUILTIN_KEYS = frozenset(BY_KEY)


class BitunixProvider(Provider):
    name = "bitunix"
    handlers = HANDLERS
    backend_class = BitunixBackend
    TIMESTAMP_WINDOW_MS = 60_000
    RATE_LIMIT_PER_SECOND = 10
    client_env: ClassVar[dict[str, str]] = {
        "BITUNIX_BASE_URL": "base_url",
        "BITUNIX_WS_URL": "ws_url",
        "BITUNIX_API_KEY": "api_key",
        "BITUNIX_SECRET_KEY": "secret_key",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.auth = Authenticator()
        self._calls: dict[str, deque[int]] = {}  # api key -> times of its recent User requests
        self._calls_lock = threading.Lock()
        self._ws: ws.WebSocketAPI | None = None  # built on the first connection (compiles bitunix-ws.yaml)

    # --- request pipeline --------------------------------------------------------------------------
    def authenticate(self, request: RawRequest, operation: Operation, now_ms: int) -> User | None:
        return self.auth.authenticate(request, operation, now_ms, self.timestamp_window_ms)

    def rate_limit(self, principal: User | None, operation: Operation, now_ms: int) -> None:
        """Sliding window: at most `rate_limit_per_second` User requests per key in any 1000 ms (refused ones
        are not counted)."""
        if self.rate_limit_per_second <= 0 or principal is None or not _limited(operation):
            return
        with self._calls_lock:
            recent = self._calls.setdefault(principal.api_key, deque())
            while recent and recent[0] <= now_ms - 1000:
                recent.popleft()
            if len(recent) >= self.rate_limit_per_second:
                raise BitunixRuleError("110041", f"more than {self.rate_limit_per_second} requests per second")
            recent.append(now_ms)

    def invalid_request(self, operation: Operation | None, problems: list[Problem]) -> ProviderError:
        code = "70003" if problems and all(p.keyword in MISSING for p in problems) else "2"
        return BitunixRuleError(code, "; ".join(p.message for p in problems[:3]), 400)

    def route_error(self, status: int, message: str, headers: dict[str, str] | None = None) -> ProviderError:
        code = "110041" if status == 429 else "500" if status >= 500 else "2"
        return BitunixRuleError(code, message, status, headers)

    def success_body(self, data: Any) -> Any:
        return {"code": "0", "msg": "result.success", "data": data, "success": True}

    def error_body(self, error: ProviderError) -> Any:
        return {"code": error.code, "msg": error.message, "data": None, "success": False}

    def response_headers(self) -> dict[str, str]:
        return {}

    # --- state -------------------------------------------------------------------------------------
    def attach(self, store: Store) -> None:
        super().attach(store)
        self.auth = Authenticator(store.table("nonces"))

    def reset_process_state(self) -> None:
        with self._calls_lock:
            self._calls.clear()

    def money(self, value: Decimal) -> str:
        return views.money(value)

    # --- settings, webhooks, control ---------------------------------------------------------------
    def webhook_payload(self, event: Event, webhook_id: str, now_ms: int) -> dict[str, Any]:
        """Bitunix documents no webhooks; the backend emits no events, so this is never called with one."""
        return {"webhookId": webhook_id, "event": event.kind, "entityId": event.entity_id, "data": event.data}

    def control_handlers(self) -> dict[str, ControlHandler]:
        return control_handlers(lambda: self.backend)

    def credentials(self, base_url: str) -> dict[str, Any]:
        # the WebSocket API on the same port: ws://host:port/ws-api/v1 (what the client's BITUNIX_WS_URL names)
        return {**credentials_json(base_url), "ws_url": "ws" + base_url.removeprefix("http") + ws.PATH}

    # --- tenants: an API key and secret of their own, acting as the MAIN user ----------------------------------
    def credential_id(self, request: RawRequest) -> str | None:
        return request.headers.get("api-key")

    def new_credentials(self) -> dict[str, Any]:
        return {"api_key": "bx" + secrets.token_hex(16), "secret_key": "s3cr3t-" + secrets.token_hex(16)}

    def credential_ids(self, material: dict[str, Any]) -> list[str]:
        return [material["api_key"]]

    def register(self, material: dict[str, Any]) -> None:
        if material["api_key"] not in BY_KEY:
            BY_KEY[material["api_key"]] = replace(MAIN, api_key=material["api_key"], secret_key=material["secret_key"])

    def forget(self, credential: str) -> None:
        if credential not in BUILTIN_KEYS:
            BY_KEY.pop(credential, None)

    def tenant_credentials(self, base_url: str, material: dict[str, Any]) -> dict[str, Any]:
        own = {
            k: v for k, v in self.credentials(base_url).items() if k not in ("receiver_api_key", "receiver_secret_key")
        }
        return {**own, "api_key": material["api_key"], "secret_key": material["secret_key"]}

    def websocket_routes(self) -> dict[str, WebSocketRoute]:
        return {ws.PATH: self._websocket}

    async def _websocket(self, engine: Any, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if self._ws is None or self._ws.engine is not engine:
            self._ws = ws.WebSocketAPI(engine)
        await ws.serve(self._ws, scope, receive, send)
