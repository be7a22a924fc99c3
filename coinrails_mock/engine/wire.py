"""ASGI wire helpers shared by the provider pipeline and the control API."""

from __future__ import annotations

import json
import os
from collections.abc import Awaitable, Callable
from decimal import Decimal
from json.encoder import c_make_encoder as _c_make_encoder
from json.encoder import encode_basestring as _escape
from json.encoder import encode_basestring_ascii as _escape_ascii
from typing import Any

import orjson

from coinrails_mock.engine.numbers import JsonNumber
from coinrails_mock.engine.provider import FORM, MAX_BODY_BYTES, RawRequest
from coinrails_mock.engine.spec import Operation, Problem, RequestInvalid

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


class BodyTooLarge(Exception):
    pass


class ClientGone(Exception):
    """The connection closed before the request's body was complete (the client left, or the HTTP parser refused
    the rest: `REFUSED` in the scope): the request is not run, and nothing is answered."""

    def __str__(self) -> str:
        return "the connection closed before the request was complete: not run"


REFUSED = "coinrails.refused"  # scope key set by engine/serving.py: the parser refused this request's body


# Placeholders for bare numbers: this process's random mark, quoted. Before the placeholders are put back, the
# encoded text must hold exactly as many of them as bare numbers were met (so no string of the answer equals the
# mark); else the answer is encoded again with a fresh mark.
_MARK = os.urandom(16).hex()


# orjson writes what it knows itself; a dataclass or a datetime goes to `default` (refused there) as with json.
_ORJSON = orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME


def encode(obj: Any, ensure_ascii: bool = False) -> bytes:
    """Compact JSON; a JsonNumber becomes a bare number, any other Decimal a decimal string, never a float.

    orjson writes it (a JsonNumber as an `orjson.Fragment` of its digits); what orjson refuses (an integer beyond
    64 bits, a key that is not a string, nesting past 254 levels, text that is not valid UTF-8) and
    `ensure_ascii` go the standard library's way. For what answers are made of (str, int, bool, None, Decimal,
    lists and dicts) the bytes, or the refusal, are json's. Not so for values no answer holds: a float is written
    as orjson writes it (`1e-7`; NaN and infinities as null), an Enum or UUID as its value."""
    if not ensure_ascii:
        try:
            return orjson.dumps(obj, default=_fragment, option=_ORJSON)
        except orjson.JSONEncodeError:
            pass
    mark = _MARK
    while True:
        text = _encode(obj, ensure_ascii, mark)
        if text is not None:
            return text.encode()
        mark = os.urandom(16).hex()  # a string of the answer is the mark itself


def _fragment(value: Any) -> Any:
    """orjson's `default`: a Decimal as encode() writes it."""
    if not isinstance(value, Decimal):
        raise TypeError(f"{type(value).__name__} is not JSON serialisable")
    text = str(value)
    if "E" in text:
        text = format(value, "f")
    if isinstance(value, JsonNumber) and value.is_finite():
        return orjson.Fragment(text)
    return text


def _encode(obj: Any, ensure_ascii: bool, mark: str) -> str | None:
    """`obj` as compact JSON text with each finite JsonNumber bare; None when a string in `obj` equals `mark`."""
    numbers: list[str] = []

    def default(value: Any) -> str:
        if not isinstance(value, Decimal):
            raise TypeError(f"{type(value).__name__} is not JSON serialisable")
        text = str(value)  # plain notation for most amounts; format() (slower) where str() uses an exponent
        if "E" in text:
            text = format(value, "f")
        if isinstance(value, JsonNumber) and value.is_finite():
            numbers.append(text)
            return mark
        return text

    if _c_make_encoder is None:  # pragma: no cover - CPython has the C encoder
        encoder = json.JSONEncoder(separators=(",", ":"), ensure_ascii=ensure_ascii, default=default)
        text = encoder.encode(obj)
    else:  # what JSONEncoder.encode runs, without building a JSONEncoder per answer
        escape = _escape_ascii if ensure_ascii else _escape
        text = "".join(_c_make_encoder({}, default, escape, None, ":", ",", False, False, True)(obj, 0))
    if not numbers:
        return text
    parts = text.split(f'"{mark}"')  # each placeholder, in the order the numbers were met
    if len(parts) != len(numbers) + 1:
        return None
    out = [parts[0]]
    for number, rest in zip(numbers, parts[1:], strict=True):
        out += (number, rest)
    return "".join(out)


async def read_body(receive: Receive, message: dict[str, Any] | None = None) -> bytes:
    """The request body, from `message` (the first one, when already received) and those after it."""
    chunks, size = [], 0
    if message is None:
        message = await receive()
    while True:
        if message["type"] == "http.disconnect":
            raise ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body"):
            break
        message = await receive()
    return b"".join(chunks)


def request_headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


def _too_large() -> RequestInvalid:
    return RequestInvalid([Problem("body", "", "size", f"body exceeds {MAX_BODY_BYTES} bytes")])


async def read_request(scope: Scope, receive: Receive) -> RawRequest:
    """The request as received; a body over MAX_BODY_BYTES is an invalid request. ClientGone when the connection
    closed before the body was complete."""
    message = await receive()
    body = message.get("body", b"")
    if type(body) is bytes and not message.get("more_body") and message["type"] != "http.disconnect":
        if len(body) > MAX_BODY_BYTES:  # the usual request: its whole body in one message
            raise _too_large()
    else:
        try:
            body = await read_body(receive, message)
        except BodyTooLarge:
            raise _too_large() from None
    client = scope.get("client")
    return RawRequest(
        scope["method"],
        scope["path"],
        scope["query_string"],
        {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]},
        body,
        client[0] if client else None,
    )


def validated_body(op: Operation, request: RawRequest) -> Any:
    """The parsed body, validated against the operation's request body schema (None when there is none)."""
    if not request.body:  # no body, whichever the media type (what form() and json() both say of an empty one)
        body = None
    else:
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


_JSON_TYPE = (b"content-type", b"application/json")


async def send_response(send: Send, status: int, body: bytes, headers: dict[str, str]) -> None:
    raw = [] if status == 204 else [_JSON_TYPE, (b"content-length", b"%d" % len(body))]  # 204: no body headers
    for k, v in headers.items():
        raw.append((k.lower().encode(), v.encode()))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
