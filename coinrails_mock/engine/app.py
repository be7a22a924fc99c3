"""The HTTP engine: `build_app(plugin, ...)` returns a Starlette app serving every operation of
specs/<provider>.yaml plus the control API (specs/mock-control.yaml) under /_mock/.

Provider request pipeline (MockEngine.handle):
  route (404 / 405 + Allow, provider error shape) -> fault injection -> read body (> 1 MiB: invalid)
  -> provider.authenticate -> query/body validation against the spec (jsonschema_rs)
  -> under the lock: provider.rate_limit, handler, publish webhook events, persist
  -> strict mode: the response must match the operation's declared schema for its status, else 500.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette

from coinrails_mock.engine import docs, guards, journal
from coinrails_mock.engine.clock import Clock
from coinrails_mock.engine.control import ControlAPI
from coinrails_mock.engine.faults import Faults
from coinrails_mock.engine.guards import internal_error
from coinrails_mock.engine.provider import Call, Provider, ProviderError, Reply
from coinrails_mock.engine.spec import Operation, RequestInvalid, Spec, spec_dir
from coinrails_mock.engine.store import StateFileError, open_store
from coinrails_mock.engine.webhooks import CALLBACK_ID, Delivery, Webhooks, delivery_body, is_loopback_url, post
from coinrails_mock.engine.wire import Receive, Scope, Send, encode, read_request, send_response, validated_body

log = logging.getLogger("coinrails_mock")


class DroppedConnection(Exception):
    """Raised after the response head is sent: the server closes the connection mid-response."""


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
        self.webhooks = Webhooks(webhook_time_scale)
        self.store = open_store(state_path, provider.name)
        self.lock = threading.RLock()
        self.tick_s = tick_s
        self.journal = journal.Journal(provider.name)
        self.control = ControlAPI(self, control_spec)
        self._task: asyncio.Task[None] | None = None
        self._attempts: set[asyncio.Task[None]] = set()
        self._client: httpx.AsyncClient | None = None
        snapshot = self.store.load()
        try:
            self._restore(snapshot)
        except Exception as exc:  # whatever a foreign snapshot breaks, the file is the problem
            if snapshot is None:
                raise
            self.store.close()
            raise StateFileError(
                state_path or "",
                f"not the {provider.name} mock's state ({type(exc).__name__})",
                "pass this provider's own --state file",
            ) from None
        self.store.mark(provider.name)
        self._saved = self._version()

    def _restore(self, snapshot: dict[str, Any] | None) -> None:
        self.provider.load_state(snapshot["provider"] if snapshot else None)
        if snapshot:
            self.webhooks.load_state(snapshot["webhooks"])
            self.clock.offset_ms = snapshot["clock_offset_ms"]
            self.faults.configure(snapshot["faults"])
            self.provider.configure(snapshot["settings"])

    # --- state -------------------------------------------------------------------------------------
    def _version(self) -> tuple[object, int]:
        return self.provider.state_version(), self.webhooks.version

    def snapshot(self) -> dict[str, Any]:
        return {
            "provider": self.provider.to_state(),
            "webhooks": self.webhooks.to_state(),
            "clock_offset_ms": self.clock.offset_ms,
            "faults": asdict(self.faults.config),
            "settings": self.provider.settings(),
        }

    def commit(self, force: bool = False) -> None:
        """Turn new backend events into deliveries, then persist if anything changed (or `force`). Under the lock."""
        now = self.clock.now_ms()
        for event in self.provider.drain_events():
            if event.url is not None and is_loopback_url(event.url):  # the mock never calls out
                payload = self.provider.webhook_payload(event, CALLBACK_ID, now)
                self.webhooks.enqueue(CALLBACK_ID, event.kind, payload, now, url=event.url)
            for target in list(self.webhooks.targets.values()):
                payload = self.provider.webhook_payload(event, target.webhook_id, now)
                self.webhooks.enqueue(target.webhook_id, event.kind, payload, now)
        if not self.store.persistent:  # in memory: nothing to save (a snapshot costs O(state))
            return
        version = self._version()
        if force or version != self._saved:
            self.store.save(self.snapshot())
            self._saved = version

    # --- provider requests -------------------------------------------------------------------------
    async def handle(self, scope: Scope, receive: Receive) -> tuple[int, Any, dict[str, str]]:
        provider, op, injected, refusal = self.provider, None, False, None
        try:
            op, raw_path = self._route(scope["path"], scope["method"])
            injected = True  # until fault injection has passed, an error is deliberate: not checked
            await self._inject_faults()
            injected = False
            request = await read_request(scope, receive)
            now = self.clock.now_ms()
            principal = provider.authenticate(request, op, now)
            query = {**op.parse_query(scope["query_string"]), **op.parse_path(raw_path)}
            guards.check_values(query)
            body = validated_body(op, request)
            handler = provider.handlers.get(op.operation_id)
            if handler is None:
                raise provider.route_error(500, f"the mock has no handler for operation {op.operation_id}")
            with self.lock:
                provider.rate_limit(principal, op, now)
                before = self._version()
                try:
                    data = handler(provider.backend, Call(op, principal, query, body, now, self))
                except Exception as exc:
                    if not isinstance(exc, ProviderError) and self._version() != before:
                        self._roll_back(op.operation_id)
                    refusal = guards.out_of_range(exc)
                    if refusal is None:
                        raise
                    raise refusal from exc
                finally:
                    self.commit()
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

    def _roll_back(self, operation_id: str) -> None:
        """A rule failed after changing state: restore the last saved snapshot (only a state file has one)."""
        snapshot = self.store.load() if self.store.persistent else None
        if snapshot is None:
            log.error("%s failed after changing in-memory state: it cannot be rolled back", operation_id)
            return
        self._restore(snapshot)
        self.provider.drain_events()
        self._saved = self._version()

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
        """Advance time-driven state and start the webhook attempts that are due."""
        now = self.clock.now_ms()
        with self.lock:
            self.provider.tick(now)
            self.commit()
            due = self.webhooks.due(now)
        tasks = [asyncio.get_running_loop().create_task(self._attempt(d)) for d in due]
        self._attempts.update(tasks)
        for task in tasks:
            task.add_done_callback(self._attempts.discard)

    async def _attempt(self, delivery: Delivery) -> None:
        if self._client is None:
            self._client = httpx.AsyncClient(trust_env=False)  # HTTP(S)_PROXY must not divert a loopback delivery
        with self.lock:
            headers = self.provider.webhook_headers(delivery.event, delivery_body(delivery))
        status, error = await post(self._client, delivery, headers)
        with self.lock:
            self.webhooks.record(delivery, self.clock.now_ms(), status, error)
            self.commit()

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
        if scope["path"] in docs.DOCS_PATHS:
            await docs.serve(scope["path"], scope["method"], engine.spec, engine.control.spec, send)
            return
        if scope["path"] == "/_mock" or scope["path"].startswith("/_mock/"):
            status, payload = await engine.control.handle(scope, receive)
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
        engine.journal.record(scope, status, payload, started, engine.clock.now_ms())
        provider = engine.provider
        status, content = encoded(
            status, payload, lambda: provider.error_body(provider.route_error(500, internal_error(None)))
        )
        await send_response(send, status, content, headers)


def encoded(status: int, payload: Any, fallback: Callable[[], Any]) -> tuple[int, bytes]:
    """The answer's bytes; an answer that cannot be encoded (a mock bug) becomes a 500 `fallback()` body."""
    if status == 204:
        return status, b""
    try:
        return status, encode(payload)
    except (TypeError, ValueError):  # incl. UnicodeEncodeError
        log.exception("the answer (HTTP %s) cannot be encoded", status)
        return 500, encode(fallback())


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

    app = Starlette(lifespan=lifespan)
    # The gateway answers every path as the router's default, not through a catch-all Mount: a Mount's
    # pattern does not match a path holding a newline (`%0A`), which then got Starlette's plain-text 404
    # instead of the provider's own answer.
    app.router.default = Gateway(engine)
    app.state.mock = engine
    return app
