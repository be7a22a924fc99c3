"""The contract between the engine and a provider plug-in.

The engine owns HTTP (routing, body limits, JSON parsing, schema validation, faults, persistence, webhook
delivery). A provider owns what differs per vendor: authentication, error shapes, rate limits, the rules
backend, handlers by operationId, webhook payloads and its own control hooks.
"""

from __future__ import annotations

import base64
import functools
import json
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar, TypeVar
from urllib.parse import parse_qsl

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from coinrails_mock.engine import guards
from coinrails_mock.engine.clock import wall_clock_ms
from coinrails_mock.engine.spec import Operation, Problem, RequestInvalid
from coinrails_mock.engine.store import Store

MAX_BODY_BYTES = 1024 * 1024
T = TypeVar("T")
FORM = "application/x-www-form-urlencoded"


class ProviderError(Exception):
    """An answer in the provider's error shape (raised anywhere in the pipeline)."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{code} {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


class ControlError(Exception):
    """A control API failure: answered as {"error": {"code", "message"}} with `status`."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def control_call(action: Callable[[], T], *, with_code: bool = False) -> T:
    """A backend action for the control API: a provider error becomes a control error (404 and 409 keep their
    status, anything else is 400 invalid_request), its message prefixed with the provider's code if `with_code`."""
    try:
        return action()
    except ProviderError as exc:
        status = exc.status if exc.status in (404, 409) else 400
        code = {404: "not_found", 409: "conflict"}.get(status, "invalid_request")
        raise ControlError(status, code, f"{exc.code} {exc.message}" if with_code else exc.message) from exc


@dataclass(frozen=True)
class Event:
    """A webhook-worthy fact emitted by a backend (`kind` is the provider's event type)."""

    kind: str
    entity_id: str
    data: dict[str, Any]
    url: str | None = None  # also deliver to this URL (e.g. a request's callback_url), loopback only


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# one decoder for every body (json.loads with these arguments would build a new one per call)
_DECODER = json.JSONDecoder(parse_float=Decimal, parse_constant=_no_constants, object_pairs_hook=_no_duplicates)


def load_json(raw: bytes) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN/Infinity, fractions as Decimal (never float)."""
    try:
        text = raw.decode("utf-8")
        if text.startswith("\ufeff"):  # what json.loads says of a byte-order mark
            raise ValueError("Unexpected UTF-8 BOM (decode using utf-8-sig)")
        return _DECODER.decode(text)
    except (UnicodeDecodeError, ValueError, RecursionError, ArithmeticError) as exc:  # Decimal: exponent too large
        reason = str(exc).encode("ascii", "backslashreplace").decode("ascii")[:200]
        raise RequestInvalid([Problem("body", "", "json", f"body is not valid JSON: {reason}")]) from exc


def parse_json(raw: bytes) -> Any:
    """`load_json`, then the engine's hostile-input guards (valid Unicode, bounded depth, representable numbers)."""
    value = load_json(raw)
    guards.check_json(value)
    return value


@dataclass
class RawRequest:
    """What arrived on the wire, before any interpretation."""

    method: str
    path: str
    query: bytes
    headers: dict[str, str]
    body: bytes
    client: str | None = None
    _json: Any = field(default=None, repr=False)
    _parsed: bool = field(default=False, repr=False)

    def json(self) -> Any:
        """The body as JSON (None when empty); raises RequestInvalid for a wrong content type or bad JSON."""
        if not self._parsed:
            if self.body:
                media = self.headers.get("content-type", "").split(";")[0].strip().lower()
                if media != "application/json":
                    raise RequestInvalid(
                        [
                            Problem(
                                "body",
                                "",
                                "content-type",
                                f"content-type must be application/json, not {media or 'none'!r}",
                            )
                        ]
                    )
                self._json = parse_json(self.body)
            self._parsed = True
        return self._json

    def form(self) -> dict[str, str] | None:
        """An application/x-www-form-urlencoded body as {name: value} (None when empty); RequestInvalid for a
        wrong content type, bad encoding or a repeated field."""
        if not self.body:
            return None
        media = self.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != FORM:
            message = f"content-type must be {FORM}, not {media or 'none'!r}"
            raise RequestInvalid([Problem("body", "", "content-type", message)])
        try:
            text = self.body.decode("utf-8")
            pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=True, max_num_fields=100)
        except (UnicodeDecodeError, ValueError) as exc:
            raise RequestInvalid([Problem("body", "", "encoding", f"form body: {exc}")]) from exc
        out: dict[str, str] = {}
        for name, value in pairs:
            if name in out:
                raise RequestInvalid([Problem("body", name, "duplicate", f"body {name}: given more than once")])
            out[name] = value
        return out


@dataclass
class Call:
    """A validated request as a handler sees it."""

    operation: Operation
    principal: Any
    query: dict[str, Any]  # query and path parameters
    body: Any
    now_ms: int
    services: Any  # the engine (webhook resend and other cross-cutting services)

    def arg(self, name: str, default: Any = None) -> Any:
        """A query parameter (GET) or body field (POST)."""
        source = self.body if isinstance(self.body, dict) else self.query
        return source.get(name, default)


@dataclass(frozen=True)
class Reply:
    """A handler result answered with a status other than 200 (e.g. 201, 202; 204 sends no body)."""

    status: int
    data: Any = None


Handler = Callable[[Any, Call], Any]
# A WebSocket endpoint: (engine, ASGI scope, receive, send); it owns the connection until it returns.
WebSocketRoute = Callable[[Any, dict[str, Any], Callable[..., Any], Callable[..., Any]], Awaitable[None]]
ControlHandler = Callable[[dict[str, Any], dict[str, str]], dict[str, Any]]


class Provider(ABC):
    """One vendor. The engine calls these inside a store transaction (MockEngine.run) unless noted."""

    name: str
    backend: Any  # the rules engine handlers run against
    handlers: dict[str, Handler]

    # --- request pipeline ---------------------------------------------------------------------------
    @abstractmethod
    def authenticate(self, request: RawRequest, operation: Operation, now_ms: int) -> Any:
        """The principal behind a request, or ProviderError."""

    @abstractmethod
    def rate_limit(self, principal: Any, operation: Operation, now_ms: int) -> None:
        """Raise ProviderError when the principal is over its limit."""

    @abstractmethod
    def invalid_request(self, operation: Operation | None, problems: list[Problem]) -> ProviderError: ...

    @abstractmethod
    def route_error(self, status: int, message: str, headers: dict[str, str] | None = None) -> ProviderError:
        """Unknown path (404), wrong method (405), injected failures (429/5xx), internal errors (500)."""

    @abstractmethod
    def success_body(self, data: Any) -> Any: ...

    @abstractmethod
    def error_body(self, error: ProviderError) -> Any: ...

    @abstractmethod
    def response_headers(self) -> dict[str, str]:
        """Headers on every provider response (e.g. a fresh request id)."""

    # --- state ---------------------------------------------------------------------------------------
    # A provider keeps every entity in tables of the engine's store (engine/store.py), never in attributes:
    # the engine runs each request in a transaction of that store, scoped to a tenant. Its rules live in a
    # backend (engine/rules.py) built by `backend_class(clock, store)`.
    backend_class: ClassVar[Callable[..., Any]]
    TIMESTAMP_WINDOW_MS: ClassVar[int] = 30_000  # the settings' defaults: the provider's published figures
    RATE_LIMIT_PER_SECOND: ClassVar[int] = 0

    def __init__(
        self,
        clock: Callable[[], int] = wall_clock_ms,
        timestamp_window_ms: int | None = None,
        rate_limit_per_second: int | None = None,
        auto_advance_ms: int = 0,
    ) -> None:
        self.clock = clock
        self.timestamp_window_ms = self.TIMESTAMP_WINDOW_MS if timestamp_window_ms is None else timestamp_window_ms
        self.rate_limit_per_second = (
            self.RATE_LIMIT_PER_SECOND if rate_limit_per_second is None else rate_limit_per_second
        )
        self.auto_advance_ms = auto_advance_ms  # > 0: open records advance on their own after this long
        self.backend = self.backend_class(clock)

    def attach(self, store: Store) -> None:
        """Keep state in `store` from now on (the engine calls it once, before any request)."""
        self.backend = self.backend_class(self.clock, store)
        self.reset_process_state()

    def reset_process_state(self) -> None:  # noqa: B027 - optional hook
        """Forget what this process keeps outside the store (rate-limit windows)."""

    def seed(self) -> None:
        """Fill the current tenant's empty tables with the built-in state (first start and reset)."""
        self.backend.seed()

    def drain_events(self) -> list[Event]:
        return self.backend.drain_events()  # type: ignore[no-any-return]

    def tick(self, now_ms: int) -> None:
        """Time-driven progress (e.g. auto-advancing orders)."""
        self.backend.tick(now_ms, self.auto_advance_ms)

    def money(self, value: Decimal) -> str:
        """An amount as the provider spells it (the ledger check's totals)."""
        return format(value, "f")

    def ledger_check(self) -> dict[str, Any]:
        """{"ok": bool, "problems": [...], "totals": {coin: {figure: amount}}} for the control API."""
        problems = self.backend.ledger_problems()
        totals = {c: {k: self.money(v) for k, v in row.items()} for c, row in self.backend.totals().items()}
        return {"ok": not problems, "problems": problems, "totals": totals}

    # --- tenants on demand (POST /_mock/tenants): fresh credentials in the provider's own formats ---------------
    client_env: ClassVar[
        dict[str, str]
    ] = {}  # environment variable -> credentials field (what the generated client reads)

    def credential_id(self, request: RawRequest) -> str | None:
        """The credential a request names (API key, app key, client id, bearer token), to find its tenant."""
        return None

    def new_credentials(self) -> dict[str, Any]:
        """Fresh secret material for a new tenant (JSON-ready)."""
        raise ControlError(400, "invalid_request", f"the {self.name} mock cannot create tenants")

    def credential_ids(self, material: dict[str, Any]) -> list[str]:
        """The identifiers under which requests name `material` (see credential_id)."""
        return []

    def register(self, material: dict[str, Any]) -> None:  # noqa: B027 - optional hook
        """Let this process's authentication accept `material` (called before each request that names it)."""

    def forget(self, credential: str) -> None:  # noqa: B027 - optional hook
        """Stop accepting a credential that is no longer any tenant's (its tenant was deleted)."""

    def seed_tenant(self, material: dict[str, Any]) -> None:  # noqa: B027 - optional hook
        """After `seed()` in a new tenant: what its credentials need in its own tables (none by default)."""

    def tenant_credentials(self, base_url: str, material: dict[str, Any]) -> dict[str, Any]:
        """The credentials JSON of a tenant (the shape of `credentials`)."""
        return self.credentials(base_url)

    # --- settings, webhooks, control -----------------------------------------------------------------
    # Settings every provider keeps as integer attributes, read and changed through /_mock/settings.
    SETTINGS = ("timestamp_window_ms", "rate_limit_per_second", "auto_advance_ms")

    def settings(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.SETTINGS}

    def configure(self, changes: dict[str, Any]) -> None:
        for name in self.SETTINGS:
            if name in changes:
                setattr(self, name, int(changes[name]))

    @abstractmethod
    def webhook_payload(self, event: Event, webhook_id: str, now_ms: int) -> dict[str, Any]:
        """The signed body POSTed to a webhook target."""

    def webhook_headers(self, event: str, body: bytes) -> dict[str, str]:
        """Extra headers of one delivery attempt of `body` (e.g. an HMAC signature); none by default."""
        return {}

    @abstractmethod
    def control_handlers(self) -> dict[str, ControlHandler]:
        """Provider-specific control operations of specs/mock-control.yaml, by operationId."""

    @abstractmethod
    def credentials(self, base_url: str) -> dict[str, Any]: ...

    def websocket_routes(self) -> dict[str, WebSocketRoute]:
        """WebSocket endpoints by path, served next to the HTTP operations by the same engine (none by default)."""
        return {}


@functools.cache
def rsa_private_key(private_key_b64: str) -> rsa.RSAPrivateKey:
    """A base64 PKCS#8 DER RSA private key, loaded once (the providers' test keys and tenants' keys)."""
    key = serialization.load_der_private_key(base64.b64decode(private_key_b64), password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


def new_rsa_private_key_b64() -> str:
    """A fresh RSA-2048 private key as base64 PKCS#8 DER (the form the providers' test keys take)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return base64.b64encode(der).decode()
