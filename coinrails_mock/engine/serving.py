"""uvicorn limits for a mock server: idle keep-alive connections and slow request heads are closed; an answer
goes out in one write.

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
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Callable
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol
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
MAX_TARGET_BYTES = 65_535  # httptools' limit on a request target (path and query)


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


class HeadTimeoutH11(ShapedRefusal, HeadTimeout, H11Protocol):  # the fallback when httptools is missing
    def _owes_request(self) -> bool:  # h11 reads a pipelined request only once the one before is answered
        return self.conn.their_state is h11.IDLE


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
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class TargetTooLong(Exception):
        """Raised while the request target is read, once it is longer than httptools can parse."""

    class HeadTimeoutHttpTools(ShapedRefusal, HeadTimeout, HttpToolsProtocol):
        """httptools reads pipelined requests ahead: the client owes a request while every request it completed
        (head and body) has been answered. A refusal answers in order: after the answers of the complete
        requests before it; a request whose body broke is not run and gets the refusal as its answer (none
        more when it had answered already)."""

        _requests_in = _answers_out = 0
        _waiting: tuple[Refusal, tuple[int, str, str, str]] | None = None  # a refusal behind earlier answers

        def on_url(self, url: bytes) -> None:  # uvicorn's, plus the limit (not a call to it: this runs per request)
            self.url += url
            if len(self.url) > MAX_TARGET_BYTES:  # refused now, not once a target of any length has arrived
                raise TargetTooLong

        def _owes_request(self) -> bool:
            return self._requests_in <= self._answers_out

        def on_message_complete(self) -> None:
            self._requests_in += 1
            super().on_message_complete()

        def on_response_complete(self) -> None:
            self._answers_out += 1
            super().on_response_complete()
            if self._waiting is not None and self._requests_in <= self._answers_out and not self.transport.is_closing():
                refusal, answer = self._waiting
                self._waiting = None
                self._answer_refusal(refusal, *answer)

        def on_headers_complete(self) -> None:
            before = self.cycle
            super().on_headers_complete()
            cycle = self.cycle  # a new request's cycle (not for an upgrade to WebSocket)
            if cycle is not None and cycle is not before and cycle.scope["method"] != "HEAD":
                cycle.transport = HeadWithBody(cycle.transport)  # type: ignore[assignment]

        def _refuse(self, refusal: Refusal) -> None:
            self.data_received = _ignore  # type: ignore[method-assign]  # the parser failed: nothing after it is read
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
            return 400, f"the request is not valid HTTP ({_parser_reason()})", method, path

    def _ignore(data: bytes) -> None:
        pass

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


# Keyword arguments for uvicorn.Config of every mock server.
SERVER_LIMITS: dict[str, Any] = {"http": HTTP_PROTOCOL, "ws": RefusingWebSockets, "timeout_keep_alive": KEEP_ALIVE_S}
