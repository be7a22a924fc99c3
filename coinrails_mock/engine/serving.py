"""uvicorn limits for a mock server: idle keep-alive connections, slow and oversized request heads are refused; an
answer goes out in one write; what uvicorn answers itself is in the app's shape.

uvicorn closes a keep-alive connection idle `timeout_keep_alive` seconds after a response, but has no limit on
how long a request may take to arrive: a client that connects and sends nothing, one header byte at a time, or a
body shorter than its content-length, holds a connection forever. `HeadTimeout` closes a connection that owes
the server a request `head_timeout_s` seconds after it opened or after its previous response: with httptools
(the mocks' parser) until the request's body is complete, with h11 until its head is. A connection whose
complete requests are still being answered owes nothing, however long they take.

uvicorn writes an answer's head and its body separately: two system calls and two TCP segments for every
small answer. `HeadWithBody` holds the head until the first piece of body and writes them together (with
httptools, the mocks' parser; about 10 % more answers per second from the floor server in `make bench`).

uvicorn answers a request it cannot parse (a broken request line or header, a request target over httptools'
65,535 bytes) with a plain-text 400 before any app sees it. `ShapedRefusal` asks the app for that answer
instead (`refusal(status, message, method, path)`), so a mock refuses it in its provider's own error shape (and
journals it).

uvicorn puts no limit on a request's headers (httptools holds a header whole, of any length, before anyone sees
it). With httptools, more than `MAX_HEADERS` fields or more than `MAX_HEADER_BYTES` of names and values are
refused (431, by the same `refusal`), the same however the head is split into reads, and as it arrives: a head
unfinished past about `MAX_HEAD_BYTES` (whole reads inside it) is refused then. Trailer fields count with the
head's, checked when the body ends (not as they arrive). A head within one read pays a few attribute reads and no
call. h11 (the fallback) refuses an unfinished head over 16 KiB itself (431 too).

Where uvicorn would answer its plain-text 500 (the app raised or returned before answering; a stop cut the
request, as a forced one does), `ShapedAnswer` asks the app's `refusal` instead: 503 for a request cut by a
stop, 500 otherwise; so does a WebSocket handshake left unanswered.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import types
from collections.abc import Callable
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote

import h11
from h11._connection import DEFAULT_MAX_INCOMPLETE_EVENT_SIZE  # as uvicorn imports it
from uvicorn.protocols.http import h11_impl
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.http.h11_impl import RequestResponseCycle as H11Cycle
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol

from coinrails_mock.engine.wire import REFUSED

KEEP_ALIVE_S = 5  # idle time allowed between requests on a kept-alive connection
HEAD_TIMEOUT_S = 10.0  # time allowed to send a request (with httptools: line, headers and body; h11: the head)


class HeadTimeout:
    """Closes a connection that still owes a request `head_timeout_s` after it opened or after its previous
    response; mixed into uvicorn's HTTP protocol classes, which say what is owed (`_owes_request`)."""

    head_timeout_s = HEAD_TIMEOUT_S
    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport

    def connection_made(self, transport: asyncio.Transport) -> None:
        super().connection_made(transport)  # type: ignore[misc]
        self._head_timer: asyncio.TimerHandle | None = None
        self._arm_head_timer()

    def _arm_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
        self._head_timer = self.loop.call_later(self.head_timeout_s, self._head_timeout)

    def _owes_request(self) -> bool:
        raise NotImplementedError

    def _head_timeout(self) -> None:
        self._head_timer = None
        if self._owes_request() and not self.transport.is_closing():
            self.transport.close()

    def on_response_complete(self) -> None:
        if not self.transport.is_closing():
            self._arm_head_timer()  # the next request's head starts now
        super().on_response_complete()  # type: ignore[misc]

    def connection_lost(self, exc: Exception | None) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        super().connection_lost(exc)  # type: ignore[misc]


Refusal = Callable[[int, str, str, str], tuple[int, bytes, dict[str, str]]]
MAX_TARGET_BYTES = 65_535  # httptools' limit on a request target (path and query): 414 beyond
# A request's header fields (431 beyond). Looser than what stands in front of a real provider (nginx: 8 KiB a line,
# 32 KiB in all; Apache: 100 fields of 8 KiB; h11: a 16 KiB head; websockets: 8 KiB lines, 128 headers; an AWS
# load balancer: 64 KiB), so no request a provider takes is refused for its size; tight enough that a head never
# holds more than a few hundred KiB of a connection's memory.
MAX_HEADERS = 100  # Apache's LimitRequestFields
MAX_HEADER_BYTES = 64 * 1024  # names and values
MAX_HEAD_BYTES = MAX_TARGET_BYTES + MAX_HEADER_BYTES + 8 * 1024  # a head unfinished beyond this, as it arrives


def _refusal_of(app: Any) -> Refusal | None:
    """The app's `refusal`, looking through the middleware uvicorn wraps it in (each keeps the next as `.app`)."""
    for _ in range(8):
        refusal = getattr(app, "refusal", None)
        if refusal is not None:
            return refusal
        app = getattr(app, "app", None)
    return None


class ShapedRefusal:
    """A request the HTTP parser refuses is answered by the app's `refusal(status, message, method, path)` when it
    has one, and the connection is closed, as uvicorn does (the parser cannot go on). This base answers at once
    with a reason that quotes nothing (h11's error texts quote the request); the httptools protocol below also
    keeps the answers in order and names the parser's reason."""

    app: Any
    server_state: Any
    transport: asyncio.Transport

    def send_400_response(self, msg: str) -> None:
        refusal = _refusal_of(self.app)
        if refusal is None:
            super().send_400_response(msg)  # type: ignore[misc]
            return
        self._refuse(refusal)

    def _refuse(self, refusal: Refusal) -> None:
        """h11: at once, naming no reason."""
        self._answer_refusal(refusal, 400, "the request is not valid HTTP", "-", "-")

    def _answer_refusal(self, refusal: Refusal, status: int, reason: str, method: str, path: str) -> None:
        status, body, headers = refusal(status, reason, method, path)
        head = [b"HTTP/1.1 %d %s\r\n" % (status, HTTPStatus(status).phrase.encode())]
        for name, value in self.server_state.default_headers:
            head.append(name + b": " + value + b"\r\n")
        head.append(b"content-type: application/json\r\ncontent-length: %d\r\nconnection: close\r\n" % len(body))
        for name, value in headers.items():
            head.append(f"{name.lower()}: {value}\r\n".encode("latin-1"))
        self.transport.write(b"".join(head) + b"\r\n" + body)
        self.transport.close()


def _ignore(data: bytes) -> None:
    pass


def _stop_reading(protocol: Any) -> None:
    """Nothing more the connection sends reaches `protocol`. The transport is told its protocol again: uvloop keeps
    the `data_received` it was given, and would not see the instance's."""
    protocol.data_received = _ignore
    protocol.transport.set_protocol(protocol)


STOPPING = "the server is stopping: the request was cut before it was answered"
FAILED = "the server failed to answer the request"


class ShapedAnswer:
    """Mixed into uvicorn's request cycles: where uvicorn would answer its plain-text 500 (the app raised, or
    returned, before answering; its task was cancelled: a forced stop, or a graceful one past its timeout), the
    app's `refusal` answers in its shape instead: 503 for a request cut by a stop, 500 otherwise."""

    scope: Any
    on_response: Callable[..., None]
    send: Callable[[Any], Any]

    async def send_500_response(self) -> None:
        protocol = getattr(self.on_response, "__self__", None)  # the connection's protocol, until the cycle ends
        refusal = _refusal_of(getattr(protocol, "app", None))
        if refusal is None:
            await super().send_500_response()  # type: ignore[misc]
            return
        cut = isinstance(sys.exc_info()[1], asyncio.CancelledError)  # run_asgi calls this while handling it
        try:
            status, body, headers = refusal(
                503 if cut else 500, STOPPING if cut else FAILED, self.scope["method"], self.scope["path"]
            )
        except Exception:  # the app cannot answer (its state is gone): uvicorn's answer
            logging.getLogger("uvicorn.error").exception("the app's refusal failed")
            await super().send_500_response()  # type: ignore[misc]
            return
        head = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
        head += [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()]
        head.append((b"connection", b"close"))
        await self.send({"type": "http.response.start", "status": status, "headers": head})
        await self.send({"type": "http.response.body", "body": body, "more_body": False})


class ShapedAnswerH11(ShapedAnswer, H11Cycle):
    pass


def _building(cycle_class: type, function: Callable[..., Any], module: Any) -> Callable[..., Any]:
    """uvicorn's `function` (of `module`) as it is, but building a `cycle_class` where it builds its
    RequestResponseCycle. Not a class assigned afterwards: CPython then gives up the object's compact attributes,
    and every request was about 10 % slower."""
    namespace = {**vars(module), "RequestResponseCycle": cycle_class}
    built = types.FunctionType(function.__code__, namespace, function.__name__, function.__defaults__)
    built.__kwdefaults__ = function.__kwdefaults__
    return built


class HeadTimeoutH11(ShapedRefusal, HeadTimeout, H11Protocol):  # the fallback when httptools is missing
    def _owes_request(self) -> bool:  # h11 reads a pipelined request only once the one before is answered
        return self.conn.their_state is h11.IDLE

    handle_events = _building(ShapedAnswerH11, H11Protocol.handle_events, h11_impl)

    def _refuse(self, refusal: Refusal) -> None:
        """At once, naming no reason but a head over h11's limit (h11's error texts quote the request)."""
        error = sys.exc_info()[1]
        if isinstance(error, h11.RemoteProtocolError) and error.error_status_hint == 431:
            limit = self.config.h11_max_incomplete_event_size or DEFAULT_MAX_INCOMPLETE_EVENT_SIZE
            self._answer_refusal(refusal, 431, f"the request head is longer than {limit} bytes", "-", "-")
            return
        super()._refuse(refusal)


class HeadWithBody:
    """The transport of one request's answer: the head waits for the first piece of body and goes out with it, in
    one write. `close` (an answer cut short) sends a waiting head first; a `100 Continue` is never held. Not used
    for HEAD requests, whose answers have no body to wait for."""

    def __init__(self, transport: asyncio.Transport) -> None:
        self.transport = transport
        self.head: bytes | None = b""  # b"": nothing written yet; None: the head has gone

    def write(self, data: bytes) -> None:
        head = self.head
        if head is None:
            self.transport.write(data)
        elif head:
            self.head = None
            self.transport.write(head + data)
        elif data.startswith(b"HTTP/1.1 100 "):  # the client sends the body only once it has this
            self.transport.write(data)
        else:
            self.head = data

    def close(self) -> None:
        if self.head:
            self.transport.write(self.head)
        self.head = None
        self.transport.close()

    def is_closing(self) -> bool:
        return self.transport.is_closing()

    def __getattr__(self, name: str) -> Any:  # anything else uvicorn may ask of a transport
        return getattr(self.transport, name)


try:  # the fast parser (httptools) when installed, as uvicorn[standard] would pick it
    import httptools
    from uvicorn.protocols.http import httptools_impl
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    from uvicorn.protocols.http.httptools_impl import RequestResponseCycle as HttpToolsCycle

    class TargetTooLong(Exception):
        """Raised while the request target is read, once it is longer than httptools can parse."""

    class ShapedAnswerHttpTools(ShapedAnswer, HttpToolsCycle):
        pass

    class HeadTooLarge(Exception):
        """Raised when a request's header fields have been read, once they are over the limits."""

    class HeadTimeoutHttpTools(ShapedRefusal, HeadTimeout, HttpToolsProtocol):
        """httptools reads pipelined requests ahead: the client owes a request while every request it completed
        (head and body) has been answered. A refusal answers in order: after the answers of the complete
        requests before it; a request whose body broke is not run and gets the refusal as its answer (none
        more when it had answered already).

        A request head's size is watched only while it spans reads (httptools holds a header until its end): the
        limits are checked after each such read, and on the head's end only when its reads could hold more. The
        field limits give the same answer however the head is split; the whole-head limit counts only the reads
        that began and ended inside it (only whitespace can make a head within the field limits that long, and
        httptools keeps none). Trailer fields of a chunked body count with the head's fields, checked at the
        message's end."""

        _requests_in = _answers_out = 0
        _waiting: tuple[Refusal, tuple[int, str, str, str]] | None = None  # a refusal behind earlier answers
        _head_open = False  # a request head has begun (its target) and not ended
        _read_size = 0  # bytes of the latest read
        _spanned = 0  # bytes of the reads before the latest since the open head began (0: it began in the latest)
        _inside = 0  # bytes of those reads that began and ended inside the open head
        _too_large: str | None = None  # why the head is refused (431)
        _head_fields = 0  # header fields of the latest head (more at its message's end: trailer fields)

        def data_received(self, data: bytes) -> None:  # uvicorn's, plus the head's size (not a call to it: per read)
            self._unset_keepalive_if_required()
            if self._head_open:  # the latest read ended inside a head
                if self._spanned:
                    self._inside += self._read_size
                self._spanned += self._read_size
            self._read_size = len(data)
            try:
                self.parser.feed_data(data)
            except httptools.HttpParserError:
                msg = "Invalid HTTP request received."
                self.logger.warning(msg)
                self.send_400_response(msg)
                return
            except httptools.HttpParserUpgrade:
                if self._should_upgrade():
                    self.handle_websocket_upgrade()
                else:
                    self._unsupported_upgrade_warning()
                return
            if self._head_open and self._spanned:  # this read began and ended inside the head: as far as it came
                reason = self._head_over(self._inside + self._read_size)
                if reason is not None:
                    self._too_large = reason
                    self.send_400_response(reason)

        def on_url(self, url: bytes) -> None:  # uvicorn's, plus the limit (not a call to it: this runs per request)
            self.url += url
            self._head_open = True
            if len(self.url) > MAX_TARGET_BYTES:  # refused now, not once a target of any length has arrived
                raise TargetTooLong

        def _head_over(self, raw: int) -> str | None:
            """Why the head read so far is over the limits (None: it is not); `raw`: bytes known to be in it."""
            if len(self.headers) > MAX_HEADERS:
                return f"the request has more than {MAX_HEADERS} header fields"
            if sum(len(name) + len(value) for name, value in self.headers) > MAX_HEADER_BYTES:
                return f"the request's header fields are longer than {MAX_HEADER_BYTES} bytes"
            if raw > MAX_HEAD_BYTES:
                return f"the request head is longer than {MAX_HEAD_BYTES} bytes"
            return None

        def _owes_request(self) -> bool:
            return self._requests_in <= self._answers_out

        def on_message_complete(self) -> None:
            if len(self.headers) != self._head_fields:  # trailer fields (uvicorn adds them to the headers)
                self._too_large = self._head_over(0)
                if self._too_large is not None:  # refused as a broken body: the request is not run
                    raise HeadTooLarge
            self._requests_in += 1
            cycle = self.cycle
            if cycle is not None and cycle.response_complete:  # answered before its body ended: uvicorn leaves
                # more_body set, and a refusal after it would be taken for a break in this body
                cycle.more_body = False
            super().on_message_complete()

        def on_response_complete(self) -> None:
            self._answers_out += 1
            super().on_response_complete()
            if self._waiting is not None and self._requests_in <= self._answers_out and not self.transport.is_closing():
                refusal, answer = self._waiting
                self._waiting = None
                self._answer_refusal(refusal, *answer)

        def on_headers_complete(self) -> None:
            # the head was at most `_read_size + _spanned` bytes: its fields are summed only when that is over
            if len(self.headers) > MAX_HEADERS or self._read_size + self._spanned > MAX_HEADER_BYTES:
                self._too_large = self._head_over(0)
                if self._too_large is not None:
                    raise HeadTooLarge
            self._head_open = False
            self._head_fields = len(self.headers)
            if self._spanned:
                self._spanned = self._inside = 0
            before = self.cycle
            self._uvicorn_on_headers_complete()
            cycle = self.cycle  # a new request's cycle (not for an upgrade to WebSocket)
            if cycle is not None and cycle is not before and cycle.scope["method"] != "HEAD":
                cycle.transport = HeadWithBody(cycle.transport)  # type: ignore[assignment]

        _uvicorn_on_headers_complete = _building(
            ShapedAnswerHttpTools, HttpToolsProtocol.on_headers_complete, httptools_impl
        )

        def _refuse(self, refusal: Refusal) -> None:
            _stop_reading(self)  # the parser failed: nothing after it is read
            answer = self._refused_request()
            cycle = self.cycle
            if cycle is not None and cycle.more_body:  # what broke is this request's body: it is not run
                cycle.scope[REFUSED] = True
                cycle.disconnected = True
                cycle.message_event.set()
                self.pipeline = type(self.pipeline)(entry for entry in self.pipeline if entry[0] is not cycle)
                if cycle.response_started:  # it answered before its body broke: no second answer
                    self.transport.close()
                    return
            if self._requests_in > self._answers_out:
                self._waiting = (refusal, answer)
                return
            self._answer_refusal(refusal, *answer)

        def _refused_request(self) -> tuple[int, str, str, str]:
            """(status, reason, method, path) of the refused request; method and path as far as they were read
            ("-" where not), the path as uvicorn would take it from the target."""
            method = path = "-"
            if self.url:  # the method is read before the target: with a target, it is known
                method = self.parser.get_method().decode("ascii", "replace")
                target = self.url.partition(b"?")[0].partition(b"#")[0][:MAX_TARGET_BYTES]
                with contextlib.suppress(httptools.HttpParserInvalidURLError, UnicodeDecodeError):
                    path = unquote(httptools.parse_url(target).path.decode("ascii"))[:200]
            if len(self.url) > MAX_TARGET_BYTES:
                return 414, f"the request target is longer than {MAX_TARGET_BYTES} bytes", method, path
            if self._too_large is not None:
                return 431, self._too_large, method, path
            return 400, f"the request is not valid HTTP ({_parser_reason()})", method, path

    def _parser_reason() -> str:
        """Why httptools refused the request (uvicorn calls send_400_response while handling its error). Its own
        reasons are fixed texts; an error in uvicorn's reading of the head (the target) may quote it: not shown."""
        error = sys.exc_info()[1]
        if isinstance(error, httptools.HttpParserCallbackError):
            if isinstance(error.__context__, httptools.HttpParserInvalidURLError | UnicodeError):
                return "invalid request target"
            return "the request head cannot be read"
        return str(error)[:200] if isinstance(error, httptools.HttpParserError) else "unreadable request"

    HTTP_PROTOCOL: type = HeadTimeoutHttpTools
except ImportError:  # pragma: no cover - httptools is a declared dependency
    HTTP_PROTOCOL = HeadTimeoutH11


class RefusingWebSockets(WebSocketsSansIOProtocol):
    """uvicorn's WebSocket protocol (websockets' sans-I/O), which never sent the refusal websockets prepares for an
    upgrade request it cannot read (a header line over 8 KiB, too many headers, a body): the connection stayed open,
    unanswered, for good. The refusal is sent (websockets' own: 414, 431, or none for a request it cannot read at
    all) and the connection closed."""

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if not self.handshake_initiated and self.conn.handshake_exc is not None and not self.transport.is_closing():
            self.transport.write(b"".join(self.conn.data_to_send()))
            self.transport.close()

    _stopping = False
    _refused = False  # a handshake is refused once: a stop refuses it, then the app's task is cut and would again

    def shutdown(self) -> None:  # a stop: a handshake not yet answered gets a 503
        self._stopping = True
        super().shutdown()

    def send_500_response(self) -> None:
        """A handshake the app failed to answer (it raised or returned first; a stop came), answered by the app's
        `refusal` in its shape, as `ShapedAnswer` does for HTTP."""
        if self._refused:
            return
        self._refused = True
        refusal, scope = _refusal_of(self.app), getattr(self, "scope", None)
        if refusal is None or scope is None or self.initial_response or self.handshake_complete:
            super().send_500_response()
            return
        cut = self._stopping or isinstance(sys.exc_info()[1], asyncio.CancelledError)
        try:
            status, body, headers = refusal(503 if cut else 500, STOPPING if cut else FAILED, "GET", scope["path"])
        except Exception:  # the app cannot answer: websockets' plain 500
            logging.getLogger("uvicorn.error").exception("the app's refusal failed")
            super().send_500_response()
            return
        response = self.conn.reject(status, "")
        response.body = body
        del response.headers["Content-Length"], response.headers["Content-Type"]
        response.headers["Content-Length"] = str(len(body))
        response.headers["Content-Type"] = "application/json"
        for name, value in headers.items():
            response.headers[name] = value
        self.conn.send_response(response)
        self.transport.write(b"".join(self.conn.data_to_send()))


# Keyword arguments for uvicorn.Config of every mock server.
SERVER_LIMITS: dict[str, Any] = {"http": HTTP_PROTOCOL, "ws": RefusingWebSockets, "timeout_keep_alive": KEEP_ALIVE_S}
