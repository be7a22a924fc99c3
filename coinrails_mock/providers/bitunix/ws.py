"""The Bitunix WebSocket API (specs/bitunix-ws.yaml) at /ws-api/v1: request/response RPC served by the same engine,
lock, backend and nonce memory as REST, so an order placed over one is seen over the other and balances are one ledger.

One frame, in order (an error answer carries the frame's `id` when one could be read, and the connection stays open):
  text JSON object (else code 2) -> known `method` (2) -> `params` an object (70003 when missing, else 2)
  -> authentication on the fields in `params` (auth.py: 100004 / 100005 / 100008; the signed string is the sorted
  `key+value` params) -> the frame against its AsyncAPI message schema (70003 / 2) -> one store transaction: rate limit,
  the REST handler of the method's `x-rest-operation` -> `{"id", "code": "0", "msg", "data"}`.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml
from starlette.websockets import WebSocket, WebSocketDisconnect

from coinrails_mock.engine import guards, journal
from coinrails_mock.engine.numbers import JsonNumber, plain
from coinrails_mock.engine.provider import MAX_BODY_BYTES, Call, ProviderError, load_json
from coinrails_mock.engine.spec import Operation, Problem, RequestInvalid, problems_from, spec_dir
from coinrails_mock.engine.wire import encode
from coinrails_mock.providers.bitunix.errors import BitunixRuleError

log = logging.getLogger("coinrails_mock")
PATH = "/ws-api/v1"
AUTH_FIELDS = ("apiKey", "timestamp", "nonce", "sign")
MISSING = frozenset({"required"})


def param_text(value: Any) -> str:
    """How one params value is written into the signed string (x-inferred beyond strings, see the spec)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, int):
        return str(value)
    if value is None:
        return "null"
    return encode(_bare(value)).decode()


def _bare(value: Any) -> Any:
    """Decimals as bare JSON numbers (as they arrived), for compact JSON of nested params."""
    if isinstance(value, Decimal):
        return JsonNumber(value)
    if isinstance(value, dict):
        return {k: _bare(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_bare(v) for v in value]
    return value


def param_string(params: dict[str, Any]) -> str:
    """Every param except the auth fields, sorted by key, as `key + value` with no separator."""
    return "".join(k + param_text(params[k]) for k in sorted(params) if k not in AUTH_FIELDS)


@dataclass(frozen=True)
class Method:
    name: str
    rest_operation: str | None  # None: answered here (ping)
    request: Any  # validator of the request frame
    reply: Any  # validator of the success answer


@dataclass(frozen=True)
class WsSpec:
    methods: dict[str, Method]
    error_reply: Any


def _follow(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """`node` with its local `$ref`s followed."""
    while "$ref" in node and node["$ref"].startswith("#/"):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@cache
def load_ws_spec(folder: Path) -> WsSpec:
    """Compile every request and answer schema of bitunix-ws.yaml (its `$ref`s into bitunix.yaml resolve as written)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    documents = {
        name: yaml.load((folder / name).read_text(encoding="utf-8"), Loader=loader)
        for name in ("bitunix-ws.yaml", "bitunix.yaml")
    }
    base = "https://coinrails.invalid/specs/"
    registry = jsonschema_rs.Registry([(base + name, doc) for name, doc in documents.items()])
    ws = documents["bitunix-ws.yaml"]

    def validator(pointer: str) -> Any:
        return jsonschema_rs.Draft202012Validator({"$ref": f"{base}bitunix-ws.yaml#{pointer}"}, registry=registry)

    def payload_pointer(message_ref: dict[str, Any]) -> str:
        message = _follow(ws, message_ref)
        ref = message["payload"]["$ref"]
        return ref[1:]

    methods = {}
    for operation in ws["operations"].values():
        request = payload_pointer(operation["messages"][0])
        reply = payload_pointer(operation["reply"]["messages"][0])
        name = _follow(ws, {"$ref": "#" + request})["properties"]["method"]["const"]
        methods[name] = Method(name, operation.get("x-rest-operation"), validator(request), validator(reply))
    return WsSpec(methods, validator("/components/schemas/ErrorReplyPayload"))


def request_id(frame: Any) -> Any:
    """The frame's `id` when it is one the spec allows (echoed in the answer), else None."""
    if not isinstance(frame, dict):
        return None
    value = frame.get("id")
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None
    if isinstance(value, str) and not guards.valid_text(value):  # cannot be echoed in UTF-8
        return None
    if (isinstance(value, str) and len(value) > 64) or (isinstance(value, int) and not -(2**63) <= value < 2**63):
        return None
    return value


def _invalid(problems: list[Problem]) -> BitunixRuleError:
    code = "70003" if problems and all(p.keyword in MISSING for p in problems) else "2"
    return BitunixRuleError(code, "; ".join(p.message for p in problems[:3]))


class WebSocketAPI:
    """Answers frames for one engine (shared by every connection)."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.spec = load_ws_spec(spec_dir())
        self.operations: dict[str, Operation] = {op.operation_id: op for op in engine.spec.operations.values()}

    def answer(self, raw: str | bytes) -> dict[str, Any]:
        """The answer frame to one received frame (never raises)."""
        frame_id, method, refusal, started = None, "?", None, time.perf_counter()
        try:
            if isinstance(raw, bytes):
                raise BitunixRuleError("2", "frames must be JSON text frames")
            if len(raw) > MAX_BODY_BYTES:
                raise BitunixRuleError("2", "frame larger than 1 MiB")
            try:
                frame = load_json(raw.encode("utf-8"))
            except RequestInvalid as exc:
                raise BitunixRuleError("2", "frame is not valid JSON") from exc
            frame_id = request_id(frame)
            try:  # the engine's hostile-input guards, answered with the frame's id
                guards.check_json(frame)
            except RequestInvalid as exc:
                raise BitunixRuleError("2", "; ".join(p.message for p in exc.problems[:3])) from exc
            if not isinstance(frame, dict):
                raise BitunixRuleError("2", "a request frame is a JSON object {id, method, params}")
            method = frame.get("method")
            spec = self.spec.methods.get(method) if isinstance(method, str) else None
            if spec is None:
                raise BitunixRuleError("2", f"unknown method {str(method)[:64]!r}")
            params = frame.get("params")
            if params is None:
                raise BitunixRuleError("70003", "params is missing")
            if not isinstance(params, dict):
                raise BitunixRuleError("2", "params must be an object")
            data = self._call(spec, frame, params)
            reply = {"id": frame_id, "code": "0", "msg": "result.success", "data": data}
            if self.engine.strict:
                self._strict(spec.reply, reply, method)
        except ProviderError as exc:
            refusal = exc
            reply = {"id": frame_id, "code": exc.code, "msg": exc.message, "data": None}
        except Exception as exc:  # a mock bug still answers in the provider's shape, without request data
            refusal = exc
            log.exception("unhandled error in WebSocket method %s", method)
            reply = {
                "id": frame_id,
                "code": "500",
                "msg": f"system error: mock bug ({type(exc).__name__})",
                "data": None,
            }
        # journaled and logged like a REST request: method WS, the frame's method as the operation
        scope: dict[str, Any] = {"method": "WS", "path": PATH}
        journal.note(scope, str(method)[:64] if method is not None else None, refusal)
        self.engine.journal.record(scope, 200, reply, started, self.engine.clock.now_ms())
        return reply

    def _call(self, spec: Method, frame: dict[str, Any], params: dict[str, Any]) -> Any:
        return self.engine.run(lambda: self._serve(spec, frame, params))

    def _serve(self, spec: Method, frame: dict[str, Any], params: dict[str, Any]) -> Any:
        """One frame in one store transaction (MockEngine.run), as a REST request is."""
        engine, provider = self.engine, self.engine.provider
        now = engine.clock.now_ms()
        fields = [params.get(name) for name in AUTH_FIELDS]
        api_key, stamp, nonce, sign = (
            str(v) if isinstance(v, int | str) and not isinstance(v, bool) else "" for v in fields
        )
        engine.enter_tenant(api_key or None)  # a created tenant's key acts in that tenant, as over REST
        principal = provider.auth.verify(
            api_key, nonce, stamp, sign, param_string(params), now, provider.timestamp_window_ms
        )
        problems = problems_from(spec.request, frame, "frame")
        if problems:
            raise _invalid(problems)
        if spec.rest_operation is None:
            return "pong"
        op = self.operations[spec.rest_operation]
        args = {k: v for k, v in params.items() if k not in AUTH_FIELDS}
        query, body = (args, None) if op.method == "GET" else ({}, args)
        provider.rate_limit(principal, op, now)
        try:
            return provider.handlers[op.operation_id](provider.backend, Call(op, principal, query, body, now, engine))
        except RequestInvalid as exc:
            raise _invalid(exc.problems) from exc

    def _strict(self, validator: Any, reply: dict[str, Any], method: str) -> None:
        problems = problems_from(validator, plain(reply), "answer")
        if problems:
            message = f"STRICT MODE: the mock's answer to {method} violates the spec: " + " | ".join(
                p.message for p in problems[:5]
            )
            log.error("%s", message)
            raise BitunixRuleError("500", message)


async def serve(api: WebSocketAPI, scope: dict[str, Any], receive: Any, send: Any) -> None:
    """One connection: answer every frame in turn until the client goes away."""
    socket = WebSocket(scope, receive, send)
    await socket.accept()
    try:
        while True:
            message = await socket.receive()
            if message["type"] == "websocket.disconnect":
                return
            text = message.get("text")
            raw = text if text is not None else message.get("bytes") or b""
            await socket.send_text(encode(api.answer(raw)).decode())
    except WebSocketDisconnect:
        return
