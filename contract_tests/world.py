"""The world a contract suite starts from, so that every operation can succeed, and the checks that use it.

Generated data alone rarely names an existing, funded wallet, a whitelisted address or an open order, so
without a world most operations only ever answer "not found" or "insufficient balance". Each provider's
`world.py` prepares one and says, per operation, which request succeeds in it:

- against the mock: through the control API and the typed clients (fund wallets, whitelist addresses,
  place orders, create payments...), before the schemathesis phases run;
- against a sandbox: from the fixtures the user supplies in `<PROVIDER>_WORLD` (a JSON object, or the path
  of a JSON file) with the same keys (README of contract_tests); an operation whose request needs a key
  that is missing is skipped and shows as not reached in the coverage report.

`test_success[<operation>]` sends that request, validates the answer with every check (schemathesis'
and the provider's), requires a success, then follows each OpenAPI link of the answer the same way, so
every link source fires. Against the mock `test_error_statuses[<operation>]` also gets a validated answer
for each documented 429/5xx (the mock's fault injection), and a documented 401 (an unsigned request).
"""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import ignored_auth

from .auth import ClientAuth
from .coverage import record

# A request: {"path_parameters"?, "query"?, "body"?}, or a function of the world that builds one.
Request = dict[str, Any] | Callable[["World"], dict[str, Any]]


class World(dict[str, Any]):
    """Names -> values of the prepared objects (`world["prime"]`); a missing name skips the operation."""

    def __missing__(self, key: str) -> Any:
        pytest.skip(f"the world has no {key!r} (set it in the sandbox fixtures)")

    def unique(self, prefix: str = "ct") -> str:
        """A fresh idempotency key / external id."""
        return f"{prefix}-{uuid.uuid4().hex[:16]}"


def sandbox_world(provider: str) -> World | None:
    """The user's fixtures for a real target (`<PROVIDER>_WORLD`), or None."""
    raw = os.environ.get(f"{provider.upper()}_WORLD")
    if not raw:
        return None
    text = raw if raw.lstrip().startswith("{") else Path(raw).read_text()
    return World(json.loads(text))


@dataclass
class Success:
    """How an operation's answer says success (beyond a 2xx): e.g. Ceffu's code 000000."""

    ok: Callable[[Any], bool] = lambda body: True
    statuses: tuple[int, ...] = (200, 201, 202, 204)


@dataclass
class WorldSuite:
    provider: str
    schema: Any
    checks: list[Any]
    requests: dict[str, Request]
    success: Success = field(default_factory=Success)
    auth: Any = None  # the suite's signer (a requests AuthBase): world requests are built, not generated
    allowed: set[str] | None = None  # labels the target may be sent (a remote target without writes: reads)

    def operation(self, operation_id: str) -> Any:
        return self.schema.find_operation_by_id(operation_id)

    def labels(self) -> list[str]:
        return [self.operation(op_id).label for op_id in self.requests]

    def call(self, operation: Any, request: dict[str, Any], excluded: tuple[Any, ...] = (), signed: bool = True) -> Any:
        case = operation.Case(**request)
        response = case.call(auth=self.auth if signed else ClientAuth(None))
        # ignored_auth probes a built case with the schema's auth, not the suite's: signing is checked by the
        # providers' own auth tests and checks instead (and on every generated case).
        record(self.provider).validated(operation, case, response, self.checks, excluded=(ignored_auth, *excluded))
        return case, response

    def succeed(self, operation_id: str, world: World) -> None:
        operation = self.operation(operation_id)
        spec = self.requests[operation_id]
        request = spec(world) if callable(spec) else dict(spec)
        case, response = self.call(operation, request)
        self.assert_success(operation, response)
        for name, link in _links(self.schema, operation, response.status_code).items():
            target_id = link.get("operationId")
            target = self.operation(target_id)
            if self.allowed is not None and target.label not in self.allowed:
                continue  # a write the target may not be sent
            base = self.requests.get(target_id)
            base_request = (base(world) if callable(base) else dict(base)) if base else {}
            linked = _apply_link(self.schema.raw_schema, link, case, response, base_request, target)
            _, answer = self.call(target, linked)
            self.assert_success(target, answer)
            record(self.provider).link(operation.label, name)

    def assert_success(self, operation: Any, response: Any) -> None:
        body = _json(response)
        assert response.status_code in self.success.statuses and self.success.ok(body), (
            f"{operation.label} did not succeed in the prepared world: HTTP {response.status_code} "
            f"{response.content[:300]!r}"
        )

    def error_statuses(self, operation_id: str, base_url: str, world: World) -> list[int]:
        """Get a validated answer for each documented 429/5xx (fault injection) and 401 (unsigned)."""
        operation = self.operation(operation_id)
        documented = {int(s) for s in operation.definition.raw.get("responses", {}) if s.isdigit()}
        spec = self.requests[operation_id]
        seen = []
        for status in sorted(documented & {429, 500, 503}):
            request = spec(world) if callable(spec) else dict(spec)  # before the faults: it may call the server
            faults = {"rate_429": 1.0} if status == 429 else {"error_rate": 1.0, "status": status}
            requests.post(f"{base_url}/_mock/faults", json=faults, timeout=10).raise_for_status()
            try:
                # the 5xx is the point here: its body must still be the documented error
                _, response = self.call(operation, request, excluded=(not_a_server_error,))
            finally:
                requests.post(
                    f"{base_url}/_mock/faults", json={"rate_429": 0.0, "error_rate": 0.0}, timeout=10
                ).raise_for_status()
            assert response.status_code == status, f"fault {status} answered {response.status_code}"
            seen.append(status)
        if 401 in documented and operation.definition.raw.get("security") != []:
            _, response = self.call(operation, spec(world) if callable(spec) else dict(spec), signed=False)
            assert response.status_code == 401, f"an unsigned request answered {response.status_code}"
            seen.append(401)
        return seen


def _json(response: Any) -> Any:
    try:
        return json.loads(response.content or b"null")
    except ValueError:
        return None


def _links(schema: Any, operation: Any, status: int) -> dict[str, dict[str, Any]]:
    responses = operation.definition.raw.get("responses", {})
    answer = _resolve(schema.raw_schema, responses.get(str(status), {}))
    return {name: _resolve(schema.raw_schema, link) for name, link in (answer.get("links") or {}).items()}


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node if isinstance(node, dict) else {}


EXPRESSION = re.compile(r"^\$(request|response)\.body#(.*)$")


def _evaluate(expression: Any, case: Any, response: Any) -> Any:
    if not isinstance(expression, str):
        return expression
    match = EXPRESSION.match(expression)
    if match is None:
        return expression
    node = case.body if match.group(1) == "request" else _json(response)
    for part in [p for p in match.group(2).split("/") if p]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _apply_link(
    doc: dict[str, Any], link: dict[str, Any], case: Any, response: Any, base: dict[str, Any], target: Any
) -> dict[str, Any]:
    """The target's world request with the link's parameters and body fields filled from the source exchange."""
    request = {k: dict(v) if isinstance(v, dict) else v for k, v in base.items()}
    parameters = [_resolve(doc, p) for p in target.definition.raw.get("parameters", [])]
    locations = {p["name"]: p["in"] for p in parameters if "name" in p}
    for name, expression in (link.get("parameters") or {}).items():
        where = {"path": "path_parameters", "query": "query"}.get(locations.get(name, "query"), "query")
        request.setdefault(where, {})[name] = _evaluate(expression, case, response)
    body = link.get("requestBody")
    if isinstance(body, dict):
        request["body"] = {**request.get("body", {}), **{k: _evaluate(v, case, response) for k, v in body.items()}}
    return request
