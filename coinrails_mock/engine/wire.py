"""ASGI wire helpers shared by the provider pipeline and the control API."""

from __future__ import annotations

import json
import os
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

from coinrails_mock.engine.numbers import JsonNumber
from coinrails_mock.engine.provider import FORM, MAX_BODY_BYTES, RawRequest
from coinrails_mock.engine.spec import Operation, Problem, RequestInvalid

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


class BodyTooLarge(Exception):
    pass


def encode(obj: Any, ensure_ascii: bool = False) -> bytes:
    """Compact JSON; a JsonNumber becomes a bare number, any other Decimal a decimal string, never a float."""
    numbers: list[str] = []
    mark = ""  # drawn only when a bare number is met (most answers have none)

    def default(value: Any) -> str:
        nonlocal mark
        if not isinstance(value, Decimal):
            raise TypeError(f"{type(value).__name__} is not JSON serialisable")
        text = str(value)  # plain notation for most amounts; format() (slower) where str() uses an exponent
        if "E" in text:
            text = format(value, "f")
        if isinstance(value, JsonNumber) and value.is_finite():
            if not mark:
                mark = os.urandom(16).hex()
            numbers.append(text)
            return f"{mark}{len(numbers) - 1}"
        return text

    text = json.JSONEncoder(separators=(",", ":"), ensure_ascii=ensure_ascii, default=default).encode(obj)
    if numbers:  # each placeholder (a fresh random mark + index, quoted) -> its bare number, in one pass
        parts = text.split(f'"{mark}')
        out = [parts[0]]
        for part in parts[1:]:
            index, _, rest = part.partition('"')
            out += (numbers[int(index)], rest)
        text = "".join(out)
    return text.encode()


async def read_body(receive: Receive) -> bytes:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body"):
            break
    return b"".join(chunks)


def request_headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


async def read_request(scope: Scope, receive: Receive) -> RawRequest:
    """The request as received; a body over MAX_BODY_BYTES is an invalid request."""
    try:
        body = await read_body(receive)
    except BodyTooLarge:
        raise RequestInvalid([Problem("body", "", "size", f"body exceeds {MAX_BODY_BYTES} bytes")]) from None
    headers = request_headers(scope)
    client = scope.get("client")
    return RawRequest(
        scope["method"], scope["path"], scope["query_string"], headers, body, client[0] if client else None
    )


def validated_body(op: Operation, request: RawRequest) -> Any:
    """The parsed body, validated against the operation's request body schema (None when there is none)."""
    body = request.form() if op.body_media == FORM else request.json()
    if op.body_validator is None:
        if body is not None:
            raise RequestInvalid([Problem("body", "", "body", f"{op.operation_id} takes no request body")])
        return None
    if body is None:
        if op.body_required:
            raise RequestInvalid([Problem("body", "", "required", "a JSON request body is required")])
        return None
    op.validate_body(body)
    return body


async def send_response(send: Send, status: int, body: bytes, headers: dict[str, str]) -> None:
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if status == 204:  # No Content: no body and no body headers
        raw = []
    raw += [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
