"""The HTTP engine: `build_app(plugin, ...)` returns a Starlette app serving every operation of
specs/<provider>.yaml plus the control API (specs/mock-control.yaml) under /_mock/.

Provider request pipeline (MockEngine.handle):
  route (404 / 405 + Allow, provider error shape) -> fault injection -> read body (> 1 MiB: invalid)
  -> one store transaction (MockEngine.run): provider.authenticate, validation, rate_limit, handler, webhook
     deliveries of its events; committed before the answer is sent, repeated on a conflict with another worker
  -> strict mode: the response must match the operation's declared schema for its status, else 500.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any, TypeVar

import httpx
from starlette.applications import Starlette

from coinrails_mock.engine import docs, guards, journal
from coinrails_mock.engine.clock import Clock
from coinrails_mock.engine.control import ControlAPI
from coinrails_mock.engine.control import error as control_error
from coinrails_mock.engine.faults import Faults
from coinrails_mock.engine.guards import internal_error
from coinrails_mock.engine.provider import Call, Provider, ProviderError, Reply
from coinrails_mock.engine.spec import Operation, RequestInvalid, Spec, spec_dir
from coinrails_mock.engine.store import DEFAULT_TENANT, Conflict, StateFileError, open_store
from coinrails_mock.engine.webhooks import CALLBACK_ID, Delivery, Webhooks, delivery_body, is_loopback_url, post
from coinrails_mock.engine.wire import (
    REFUSED,
    ClientGone,
    Receive,
    Scope,
    Send,
    encode,
    read_request,
    send_response,
    validated_body,
)

log = logging.getLogger("coinrails_mock")

T = TypeVar("T")
CONFLICT_BUDGET_S = 20.0  # how long a request keeps running again while concurrent workers' transactions conflict


class DroppedConnection(Exception):
    """Raised after the response head is sent: the server closes the connection mid-response."""


class QuietDrops(logging.Filter):
    """uvicorn logs an exception escaping the app with its traceback; a drop is the fault doing its job."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


logging.getLogger("uvicorn.error").addFilter(QuietDrops())  # uvicorn's logging config keeps a logger's filters


class MockEngine:
    """State, services and the request pipeline of one provider app."""

    def __init__(
        self,
        provider: Provider,
        spec: Spec,
        control_spec: Spec,
        *,
        strict: bool,
        state_path: str | Path | None,
        clock: Clock,
        webhook_time_scale: float,
        tick_s: float,
        base_url: str,
    ) -> None:
        self.provider = provider
        self.base_url = base_url
        self.spec = spec
        self.strict = strict
        self.clock = clock
        self.faults = Faults()
        self.store = open_store(state_path)
        try:
            self.store.check(provider.name)
        except StateFileError:
            self.store.close()
            raise
        provider.attach(self.store)
        self.webhooks = Webhooks(self.store, webhook_time_scale)
        self.tenants = self.store.table("tenants", shared=True)
        self.tenant_keys = self.store.table("tenant_keys", shared=True)  # credential -> {tenant, material}
        self._settings = self.store.table("engine_settings", shared=True)
        self._applied: dict[str, Any] | None = None
        self.lock = threading.RLock()
        self.tick_s = tick_s
        self.journal = journal.Journal(provider.name)
        self.control = ControlAPI(self, control_spec)
        self._task: asyncio.Task[None] | None = None
        self._attempts: set[asyncio.Task[None]] = set()
        self._client: httpx.AsyncClient | None = None
        self.run(self._open)

    def _open(self) -> None:
        """First start on a store: seed the default tenant and record the settings; later starts adopt them."""
        if DEFAULT_TENANT not in self.tenants:
            self.tenants[DEFAULT_TENANT] = {"created_ms": self.clock.now_ms()}
            self.provider.seed()
        if self._settings.get("current") is None:
            self.save_settings()

    # --- state -------------------------------------------------------------------------------------
    def run(self, work: Callable[[], T], tenant: str = DEFAULT_TENANT) -> T:
        """`work` as one transaction on `tenant` (run again when another worker's transaction conflicts), then its
        backend events become webhook deliveries in the same transaction."""
        deadline, attempt = time.monotonic() + CONFLICT_BUDGET_S, 0
        while True:
            try:
                with self.lock, self.store.transaction(tenant):
                    self.provider.drain_events()  # a repeated attempt starts without the last one's events
                    if self.store.persistent:  # one process (in memory): its own settings are the shared ones
                        self._sync_settings()
                    result = work()
                    self.commit()
                    return result
            except Conflict:
                if time.monotonic() > deadline:
                    raise
                attempt += 1
                time.sleep(min(0.001 * 2 ** min(attempt, 7), 0.1) * (0.5 + random.random()))

    def enter_tenant(self, credential: str | None) -> None:
        """A request naming a created tenant's credential acts in that tenant (every row from here on is its own)."""
        if credential is None:
            return
        row = self.tenant_keys.get(credential)
        if row is None:
            self.provider.forget(credential)  # a deleted tenant's credential is refused, in every worker
            return
        if row.get("material"):
            self.provider.register(row["material"])
        self.store.tenant = row["tenant"]

    def settings(self) -> dict[str, Any]:
        """What every worker serving this store shares: the clock offset, faults and settings."""
        return {
            "clock_offset_ms": self.clock.offset_ms,
            "faults": asdict(self.faults.config),
            "webhook_time_scale": self.webhooks.time_scale,
            "provider": self.provider.settings(),
        }

    def save_settings(self) -> None:
        """Record changed settings in the store (inside `run`), for the other workers."""
        self._applied = self.settings()
        self._settings["current"] = dict(self._applied)

    def _sync_settings(self) -> None:
        if not self.store.persistent:  # one process: its own settings are the shared ones
            return
        stored = self._settings.get("current")
        if stored is None or stored == self._applied:
            return
        self.clock.offset_ms = stored["clock_offset_ms"]
        self.faults.configure(stored["faults"])
        self.webhooks.time_scale = stored["webhook_time_scale"]
        self.provider.configure(stored["provider"])
        self._applied = stored

    def snapshot(self) -> dict[str, Any]:
        """The current tenant's rows and the shared settings (GET /_mock/state)."""
        return {"provider": self.store.export(), "settings": self.settings()}

    def commit(self) -> None:
        """Turn new backend events into deliveries of the current tenant (inside `run`)."""
        events = self.provider.drain_events()
        if not events:
            return
        now = self.clock.now_ms()
        targets = self.webhooks.targets.values()
        for event in events:
            if event.url is not None and is_loopback_url(event.url):  # the mock never calls out
                payload = self.provider.webhook_payload(event, CALLBACK_ID, now)
                self.webhooks.enqueue(CALLBACK_ID, event.kind, payload, now, url=event.url)
            for target in targets:
                payload = self.provider.webhook_payload(event, target.webhook_id, now)
                self.webhooks.enqueue(target.webhook_id, event.kind, payload, now)

    # --- provider requests -------------------------------------------------------------------------
    async def handle(self, scope: Scope, receive: Receive) -> tuple[int, Any, dict[str, str]]:
        provider, op, injected, refusal = self.provider, None, False, None
        try:
            op, raw_path = self._route(scope["path"], scope["method"])
            request = await read_request(scope, receive)  # first, as a server does: a slow answer owes nothing more
            if self.faults.active:
                injected = True  # until fault injection has passed, an error is deliberate: not checked
                await self._inject_faults()
                injected = False
            handler = provider.handlers.get(op.operation_id)
            if handler is None:
                raise provider.route_error(500, f"the mock has no handler for operation {op.operation_id}")

            def work() -> Any:
                now = self.clock.now_ms()  # after the transaction adopted the shared clock offset
                self.enter_tenant(provider.credential_id(request))
                principal = provider.authenticate(request, op, now)
                query = op.parse_query(scope["query_string"])
                if raw_path:  # path parameters (a static path has none)
                    query = {**query, **op.parse_path(raw_path)}
                guards.check_values(query)
                body = validated_body(op, request)
                provider.rate_limit(principal, op, now)
                try:
                    return handler(provider.backend, Call(op, principal, query, body, now, self))
                except Exception as exc:
                    refusal = guards.out_of_range(exc)
                    if refusal is None:
                        if not isinstance(exc, ProviderError) and not self.store.persistent:
                            log.error("%s failed; in memory its changes are not undone", op.operation_id)
                        raise
                    raise refusal from exc

            data = self.run(work)
            status = 200
            if isinstance(data, Reply):
                status, data = data.status, data.data
            if scope["method"] != "GET" and self.faults.lose_answer():
                raise DroppedConnection  # the write took effect; its answer never arrives
            status, payload, extra = status, None if status == 204 else provider.success_body(data), {}
        except RequestInvalid as exc:
            error = provider.invalid_request(op, exc.problems)
            refusal = journal.invalid(error, exc)  # which fields failed, not the provider's wire text
            status, payload, extra = error.status, provider.error_body(error), error.headers
        except ProviderError as exc:
            refusal = exc
            status, payload, extra = exc.status, provider.error_body(exc), exc.headers
        except DroppedConnection:
            journal.note(scope, op.operation_id if op else None, None)
            raise
        except ClientGone as exc:
            journal.note(scope, op.operation_id if op else None, exc)
            raise
        except Exception as exc:  # a mock bug still answers in the provider's shape, without request data
            refusal = exc
            log.exception("unhandled error in %s", op.operation_id if op else scope["path"])
            error = provider.route_error(500, internal_error(op.operation_id if op else None, exc))
            status, payload, extra = error.status, provider.error_body(error), {}
        if self.strict and op is not None and not injected:
            status, payload, extra = self._strict(op, status, payload, extra)
        journal.note(scope, op.operation_id if op else None, refusal)
        return status, payload, {**provider.response_headers(), **extra}

    def _route(self, path: str, method: str) -> tuple[Operation, dict[str, str]]:
        match = self.spec.match(path)
        if match is None:
            raise self.provider.route_error(404, f"no operation at {path}")
        ops, raw_path = match
        op = ops.get(method)
        if op is None:
            allowed = ", ".join(sorted(ops))
            raise self.provider.route_error(
                405, f"{method} is not allowed on {path} (allowed: {allowed})", {"Allow": allowed}
            )
        return op, raw_path

    async def _inject_faults(self) -> None:
        if not self.faults.active:
            return
        if self.faults.config.latency_ms:
            await asyncio.sleep(self.faults.config.latency_ms / 1000)
        fault = self.faults.draw()
        if fault is None:
            return
        if fault.kind == "drop":
            raise DroppedConnection
        headers = {"Retry-After": str(fault.retry_after)} if fault.kind == "429" else {}
        raise self.provider.route_error(fault.status, f"injected fault: HTTP {fault.status}", headers)

    def _strict(self, op: Operation, status: int, payload: Any, extra: dict[str, str]) -> tuple[int, Any, dict]:
        errors = op.response_errors(status, payload)
        if not errors:
            return status, payload, extra
        message = f"STRICT MODE: the mock's HTTP {status} answer to {op.operation_id} violates the spec"
        log.error("%s: %s; body=%s", message, " | ".join(errors), encode(payload)[:2000].decode(errors="replace"))
        # the 500 body names where the answer is off-spec, never the values (they may be request data)
        places = guards.off_spec_places(errors)
        return 500, self.provider.error_body(self.provider.route_error(500, f"{message} at: {places}")), {}

    # --- background work: auto-advance and webhook delivery ----------------------------------------
    def ensure_scheduler(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.tick_s)
            try:
                self.run_due()
            except Exception:  # the scheduler must survive a bad tick
                log.exception("scheduler tick failed")

    def run_due(self) -> None:
        """Advance every tenant's time-driven state, then start the webhook attempts that are due (claimed)."""
        now = self.clock.now_ms()
        for tenant in self.run(self.tenants.keys):
            self.run(lambda: self.provider.tick(now), tenant)
        due = self.run(lambda: self.webhooks.claim_due(now))
        tasks = [asyncio.get_running_loop().create_task(self._attempt(t, d)) for t, d in due]
        self._attempts.update(tasks)
        for task in tasks:
            task.add_done_callback(self._attempts.discard)

    async def _attempt(self, tenant: str, delivery_id: int) -> None:
        if self._client is None:
            self._client = httpx.AsyncClient(trust_env=False)  # HTTP(S)_PROXY must not divert a loopback delivery

        def prepare() -> tuple[Delivery, dict[str, str]] | None:
            delivery = self.webhooks.deliveries.get(delivery_id)
            if delivery is None:
                return None
            return delivery, self.provider.webhook_headers(delivery.event, delivery_body(delivery))

        found = self.run(prepare, tenant)
        if found is None:
            return
        status, error = await post(self._client, found[0], found[1])

        def record() -> None:
            delivery = self.webhooks.deliveries.get(delivery_id)
            if delivery is not None:  # else the tenant was reset meanwhile
                self.webhooks.record(delivery, self.clock.now_ms(), status, error)

        self.run(record, tenant)

    async def aclose(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        for task in list(self._attempts):
            task.cancel()
        await asyncio.gather(*self._attempts, return_exceptions=True)
        if self._client is not None:
            await self._client.aclose()
            self._client = None
        self.store.close()


class Gateway:
    """The raw ASGI endpoint behind every path: /_mock/* goes to the control API, the rest to the provider."""

    def __init__(self, engine: MockEngine) -> None:
        self.engine = engine

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        engine = self.engine
        if scope["type"] == "websocket":  # a provider's declared WebSocket endpoint, else refused (HTTP 403)
            engine.ensure_scheduler()
            route = engine.provider.websocket_routes().get(scope["path"])
            if route is None:
                await receive()
                await send({"type": "websocket.close", "code": 1008})
                return
            await route(engine, scope, receive, send)
            return
        if scope["type"] != "http":
            return
        engine.ensure_scheduler()
        started = time.perf_counter()
        path = scope["path"]
        if path.startswith("/_mock"):  # every docs and control API path starts so
            if path in docs.DOCS_PATHS:
                await docs.serve(path, scope["method"], engine.spec, engine.control.spec, send)
                return
            if is_control_path(path):
                try:
                    status, payload = await engine.control.handle(scope, receive)
                except ClientGone:
                    return
                if scope.get(REFUSED):  # the HTTP parser refused its body, and answered it
                    return
                journal.log_control(engine.journal.provider, engine.control.spec, scope, status, payload, started)
                status, content = encoded(
                    status, payload, lambda: {"error": {"code": "internal", "message": internal_error(None)}}
                )
                await send_response(send, status, content, {})
                return
        try:
            status, payload, headers = await engine.handle(scope, receive)
        except DroppedConnection:
            engine.journal.record(scope, None, None, started, engine.clock.now_ms())
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
            raise
        except ClientGone:  # nothing to answer; journaled unless the HTTP parser's refusal was (serving.py)
            if not scope.get(REFUSED):
                engine.journal.record(scope, None, None, started, engine.clock.now_ms())
            return
        if scope.get(REFUSED):  # answered before it read its body (a route error): the parser's refusal went instead
            return
        engine.journal.record(scope, status, payload, started, engine.clock.now_ms())
        provider = engine.provider
        status, content = encoded(
            status, payload, lambda: provider.error_body(provider.route_error(500, internal_error(None)))
        )
        await send_response(send, status, content, headers)


def is_control_path(path: str) -> bool:
    """The control API's paths (specs/mock-control.yaml): /_mock and below."""
    return path == "/_mock" or path.startswith("/_mock/")


def encoded(status: int, payload: Any, fallback: Callable[[], Any]) -> tuple[int, bytes]:
    """The answer's bytes; an answer that cannot be encoded (a mock bug) becomes a 500 `fallback()` body."""
    if status == 204:
        return status, b""
    try:
        return status, encode(payload)
    except (TypeError, ValueError):  # incl. UnicodeEncodeError
        log.exception("the answer (HTTP %s) cannot be encoded", status)
        return 500, encode(fallback())


class MockApp(Starlette):
    """Starlette for the lifespan and `app.state`; every request goes straight to the gateway (the router's
    default), past a middleware stack and route table that have nothing to do: the gateway answers its own
    errors in the provider's shape, and anything that still escapes is answered by the server as a 500 in the
    provider's shape too (`refusal`, through engine/serving.py's ShapedAnswer)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await super().__call__(scope, receive, send)
            return
        scope["app"] = self
        await self.router.default(scope, receive, send)

    def refusal(self, status: int, message: str, method: str, path: str) -> tuple[int, bytes, dict[str, str]]:
        """The answer to a request the HTTP server could not parse (engine/serving.py), in the provider's shape and
        journaled like any refused request; on a control API path, in the control API's shape and logged."""
        engine: MockEngine = self.state.mock
        provider, started = engine.provider, time.perf_counter()
        if is_control_path(path):
            body = control_error("invalid_request", message)
            scope = {"method": method, "path": path}
            journal.log_control(provider.name, engine.control.spec, scope, status, body, started)
            return status, encode(body), {}
        error = provider.route_error(status, message)
        payload = provider.error_body(error)
        scope = {"method": method, "path": path, journal.OUTCOME: (None, error)}
        engine.journal.record(scope, error.status, payload, started, engine.clock.now_ms())
        return error.status, encode(payload), {**provider.response_headers(), **error.headers}


def build_app(
    plugin: Provider,
    *,
    strict: bool = False,
    state_path: str | Path | None = None,
    clock: Clock | None = None,
    webhook_time_scale: float = 1.0,
    spec_path: str | Path | None = None,
    control_spec_path: str | Path | None = None,
    tick_s: float = 0.02,
    base_url: str = "http://127.0.0.1:8101",
) -> Starlette:
    """A Starlette app serving `plugin` (built on the same `clock`); its MockEngine is `app.state.mock`.
    `coinrails_mock.app.build_app` builds one by provider name."""
    folder = spec_dir()
    spec = Spec.load(Path(spec_path) if spec_path else folder / f"{plugin.name}.yaml")
    control = Spec.load(Path(control_spec_path) if control_spec_path else folder / "mock-control.yaml")
    clock = clock or Clock()
    engine = MockEngine(
        plugin,
        spec,
        control,
        strict=strict,
        state_path=state_path,
        clock=clock,
        webhook_time_scale=webhook_time_scale,
        tick_s=tick_s,
        base_url=base_url,
    )

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        engine.ensure_scheduler()
        yield
        await engine.aclose()

    app = MockApp(lifespan=lifespan)
    # The gateway answers every path as the router's default, not through a catch-all Mount: a Mount's
    # pattern does not match a path holding a newline (`%0A`), which then got Starlette's plain-text 404
    # instead of the provider's own answer.
    app.router.default = Gateway(engine)
    app.state.mock = engine
    return app
