"""The control API (specs/mock-control.yaml) under /_mock/: loopback only, never a browser (see
`guards.control_refusal`), plain JSON, spec-validated.

Engine-level operations live here; provider-specific ones (deposits, withdrawal advance) come from
`Provider.control_handlers()`. Errors are `{"error": {"code", "message"}}`.
"""

from __future__ import annotations

import logging
import secrets
import shlex
from collections.abc import Callable
from dataclasses import asdict
from decimal import Decimal
from typing import Any, Protocol

from coinrails_mock.engine import guards
from coinrails_mock.engine.clock import Clock
from coinrails_mock.engine.faults import FaultConfig, Faults
from coinrails_mock.engine.guards import internal_error
from coinrails_mock.engine.journal import Journal, list_requests
from coinrails_mock.engine.provider import ControlError, ControlHandler, Provider
from coinrails_mock.engine.spec import RequestInvalid, Spec
from coinrails_mock.engine.store import DEFAULT_TENANT, Store, Table
from coinrails_mock.engine.webhooks import Delivery, Target, Webhooks
from coinrails_mock.engine.wire import ClientGone, Receive, Scope, read_request, request_headers, validated_body


class Engine(Protocol):
    """What the control API uses of the engine that serves it (engine/app.py's MockEngine)."""

    provider: Provider
    spec: Spec
    strict: bool
    base_url: str
    clock: Clock
    faults: Faults
    webhooks: Webhooks
    journal: Journal
    store: Store
    tenants: Table
    tenant_keys: Table

    def run(self, work: Callable[[], Any], tenant: str = DEFAULT_TENANT) -> Any: ...

    def save_settings(self) -> None: ...

    def snapshot(self) -> dict[str, Any]: ...


log = logging.getLogger("coinrails_mock")
TENANT_HEADER = "x-mock-tenant"  # scopes a control call to a tenant (default: the built-in one)


def error(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def target_view(target: Target) -> dict[str, Any]:
    return {"webhookId": target.webhook_id, "url": target.url, "created_ms": target.created_ms}


def delivery_view(d: Delivery) -> dict[str, Any]:
    return {
        "delivery_id": d.delivery_id,
        "webhookId": d.webhook_id,
        "url": d.url,
        "event": d.event,
        "state": d.state,
        "created_ms": d.created_ms,
        "next_attempt_ms": d.next_attempt_ms,
        "attempts": d.attempts,
        "payload": d.payload,
    }


def _floats(values: dict[str, Any]) -> dict[str, Any]:
    """Rates and scales are plain ratios (not money): JSON numbers parsed as Decimal become floats."""
    return {k: float(v) if isinstance(v, Decimal) else v for k, v in values.items()}


class ControlAPI:
    def __init__(self, engine: Engine, spec: Spec) -> None:
        self.engine = engine
        self.spec = spec
        self.handlers: dict[str, ControlHandler] = {**self._handlers(), **engine.provider.control_handlers()}

    async def handle(self, scope: Scope, receive: Receive) -> tuple[int, Any]:
        op = None
        try:
            refusal = guards.control_refusal(scope.get("client"), request_headers(scope))
            if refusal is not None:
                raise ControlError(403, "forbidden", refusal)
            match = self.spec.match(scope["path"])
            if match is None:
                raise ControlError(404, "not_found", f"no control operation at {scope['path']}")
            ops, raw_path = match
            op = ops.get(scope["method"])
            if op is None:
                raise ControlError(405, "method_not_allowed", f"{scope['method']} not allowed; use {', '.join(ops)}")
            if op.operation_id not in self.handlers:  # another provider's control operation
                op, name = None, op.operation_id
                raise ControlError(404, "not_found", f"{name} is not a control operation of this provider's mock")
            request = await read_request(scope, receive)
            path_params = op.parse_path(raw_path)
            query = op.parse_query(scope["query_string"])
            guards.check_values({**query, **path_params})
            body = validated_body(op, request) or {}
            tenant = request.headers.get(TENANT_HEADER) or DEFAULT_TENANT
            handler, args = self.handlers[op.operation_id], {**query, **path_params}
            result = self.engine.run(lambda: self._scoped(tenant, handler, body, args), tenant)
            status = 200
        except RequestInvalid as exc:
            status, result = 400, error("invalid_request", "; ".join(p.message for p in exc.problems))
        except ControlError as exc:
            status, result = exc.status, error(exc.code, exc.message)
        except ClientGone:
            raise
        except Exception as exc:  # a mock bug still answers in the control API's shape, without request data
            log.exception("unhandled error in control %s", scope["path"])
            status, result = 500, error("internal", internal_error(op.operation_id if op else None, exc))
        if self.engine.strict and op is not None:
            problems = op.response_errors(status, result)
            if problems:
                message = f"STRICT MODE: control {op.operation_id} HTTP {status} violates mock-control.yaml"
                log.error("%s: %s", message, problems)
                status, result = 500, error("strict", f"{message} at: {guards.off_spec_places(problems)}")
        return status, result

    def _scoped(self, tenant: str, handler: ControlHandler, body: dict[str, Any], args: dict[str, Any]) -> Any:
        if tenant not in self.engine.tenants:
            raise ControlError(404, "not_found", f"no tenant {tenant!r} (create one with POST /_mock/tenants)")
        return handler(body, args)

    def _handlers(self) -> dict[str, ControlHandler]:
        engine = self.engine

        def clock_view(*_: Any) -> dict[str, Any]:
            return {"now_ms": engine.clock.now_ms(), "offset_ms": engine.clock.offset_ms}

        def shift_clock(body: dict[str, Any], _: dict[str, Any]) -> dict[str, Any]:
            engine.clock.shift(body["shift_ms"])
            engine.save_settings()
            engine.provider.tick(engine.clock.now_ms())
            return clock_view()

        def faults_view(*_: Any) -> dict[str, Any]:
            return asdict(engine.faults.config)

        def set_faults(body: dict[str, Any], _: dict[str, Any]) -> dict[str, Any]:
            engine.faults.configure(_floats(body))
            engine.save_settings()
            return faults_view()

        def settings_view(*_: Any) -> dict[str, Any]:
            return {"webhook_time_scale": engine.webhooks.time_scale, **engine.provider.settings()}

        def update_settings(body: dict[str, Any], _: dict[str, Any]) -> dict[str, Any]:
            changes = _floats(body)
            if "webhook_time_scale" in changes:
                engine.webhooks.time_scale = changes.pop("webhook_time_scale")
            engine.provider.configure(changes)
            engine.save_settings()
            return settings_view()

        def add_target(body: dict[str, Any], _: dict[str, Any]) -> dict[str, Any]:
            try:
                return target_view(engine.webhooks.add_target(body["url"], engine.clock.now_ms()))
            except ValueError as exc:
                raise ControlError(400, "invalid_request", str(exc)) from exc

        def remove_target(_: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
            if args["webhookId"] not in engine.webhooks.targets:
                raise ControlError(404, "not_found", f"no webhook target {args['webhookId']}")
            engine.webhooks.remove_target(args["webhookId"])
            return {"deleted": args["webhookId"]}

        def deliveries(_: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
            found = [
                d
                for d in engine.webhooks.deliveries.values()
                if args.get("state") in (None, d.state) and args.get("event") in (None, d.event)
            ]
            return {"deliveries": [delivery_view(d) for d in found]}

        def reset(*_: Any) -> dict[str, Any]:
            """The tenant's rows are gone and seeded afresh; faults off; the journal cleared."""
            tenant = engine.store.tenant
            engine.store.wipe(tenant)
            engine.webhooks.reset(tenant)
            engine.provider.seed()
            engine.faults.configure(asdict(FaultConfig()))
            engine.save_settings()
            engine.journal.clear()
            return {"reset": True}

        def create_tenant(body: dict[str, Any], _: dict[str, Any]) -> dict[str, Any]:
            provider, store = engine.provider, engine.store
            material = provider.new_credentials()
            tenant = "t" + secrets.token_hex(8)
            engine.tenants[tenant] = {"created_ms": engine.clock.now_ms(), "name": body.get("name")}
            for credential in provider.credential_ids(material):
                engine.tenant_keys[credential] = {"tenant": tenant, "material": material}
            store.tenant = tenant  # the rest of this transaction fills the new tenant's tables
            provider.seed()
            provider.seed_tenant(material)
            provider.register(material)
            credentials = provider.tenant_credentials(engine.base_url, material)
            env = [f"export {var}={shlex.quote(str(credentials[key]))}" for var, key in provider.client_env.items()]
            return {"tenant": tenant, "name": body.get("name"), "credentials": credentials, "env": env}

        def delete_tenant(_: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
            tenant = args["tenant"]
            if tenant not in engine.tenants:
                raise ControlError(404, "not_found", f"no tenant {tenant!r}")
            engine.store.wipe(tenant)
            engine.webhooks.reset(tenant)
            for credential, row in engine.tenant_keys.items():
                if row["tenant"] == tenant:
                    del engine.tenant_keys[credential]
                    engine.provider.forget(credential)
            del engine.tenants[tenant]
            return {"deleted": tenant}

        def list_tenants(*_: Any) -> dict[str, Any]:
            rows = engine.tenants.items()
            return {"tenants": [{"tenant": t, "name": r.get("name"), "created_ms": r["created_ms"]} for t, r in rows]}

        return {
            "createTenant": create_tenant,
            "deleteTenant": delete_tenant,
            "listTenants": list_tenants,
            "getClock": clock_view,
            "shiftClock": shift_clock,
            "getFaults": faults_view,
            "setFaults": set_faults,
            "getSettings": settings_view,
            "updateSettings": update_settings,
            "listWebhookTargets": lambda *_: {"targets": [target_view(t) for t in engine.webhooks.targets.values()]},
            "addWebhookTarget": add_target,
            "deleteWebhookTarget": remove_target,
            "listWebhookDeliveries": deliveries,
            "resetState": reset,
            "getState": lambda *_: engine.snapshot(),
            "checkLedger": lambda *_: engine.provider.ledger_check(),
            "getCredentials": lambda *_: engine.provider.credentials(engine.base_url),
            "listRequests": lambda _, args: list_requests(engine.journal, args),
        }
