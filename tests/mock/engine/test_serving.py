"""The mocks' HTTP protocol (engine/serving.py) writes each answer in one piece: head and first body together.

Driven without a socket: the protocol gets a transport that records every write, so the count is exact.
"""

from __future__ import annotations

import asyncio
import json
import select
import socket
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
import uvicorn
from uvicorn.server import ServerState

from coinrails_mock.app import build_app
from coinrails_mock.engine.serving import HTTP_PROTOCOL, SERVER_LIMITS, HeadTimeoutH11, HeadWithBody
from contract_tests.harness import free_port, running_mock

pytestmark = pytest.mark.timeout(30)

App = Callable[[dict[str, Any], Any, Any], Awaitable[None]]
BODY = b'{"code":"000000"}'


class Recorder(asyncio.Transport):
    """Records what the protocol writes, and when it closes."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[bytes | str] = []
        self.closing = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.events.append(bytes(data))

    def close(self) -> None:
        self.closing = True
        self.events.append("close")

    def is_closing(self) -> bool:
        return self.closing

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"peername": ("127.0.0.1", 50000), "sockname": ("127.0.0.1", 8101)}.get(name, default)

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:  # an upgrade to WebSocket
        self.protocol = protocol

    @property
    def writes(self) -> list[bytes]:
        return [e for e in self.events if isinstance(e, bytes)]


def exchange(
    app: App,
    *requests: bytes | asyncio.Event,
    settle: int = 20,
    proxy_headers: bool = False,
    protocol_class: type = HTTP_PROTOCOL,
) -> Recorder:
    """Feed `requests` (raw HTTP/1.1) to the mocks' protocol serving `app`, letting its tasks run after each (an
    Event among them is set instead); what it wrote."""

    async def run() -> Recorder:
        config = uvicorn.Config(app, log_level="critical", lifespan="off", proxy_headers=proxy_headers, **SERVER_LIMITS)
        config.load()
        protocol = protocol_class(config=config, server_state=ServerState(), app_state={})
        transport = Recorder()
        protocol.connection_made(transport)
        for data in requests:
            if isinstance(data, asyncio.Event):
                data.set()
            else:
                protocol.data_received(data)
            for _ in range(settle):  # let the app's task run to its end
                await asyncio.sleep(0)
        if not transport.closing:
            protocol.connection_lost(None)
        return transport

    return asyncio.run(run())


async def answer(scope: dict[str, Any], receive: Any, send: Any) -> None:
    await receive()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else BODY})


GET = b"GET /x HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n"


def test_an_answer_is_one_write_of_head_and_body() -> None:
    transport = exchange(answer, GET)
    assert len(transport.writes) == 1
    (written,) = transport.writes
    assert written.startswith(b"HTTP/1.1 200 OK\r\n") and written.endswith(b"\r\n\r\n" + BODY)


def test_each_answer_on_a_kept_alive_connection_is_one_write() -> None:
    transport = exchange(answer, GET, GET, GET)
    assert len(transport.writes) == 3
    assert all(w.startswith(b"HTTP/1.1 200 OK") and w.endswith(BODY) for w in transport.writes)


def test_pipelined_requests_each_get_one_write() -> None:
    transport = exchange(answer, GET * 3, settle=60)
    assert len(transport.writes) == 3
    assert all(w.startswith(b"HTTP/1.1 200 OK") and w.endswith(BODY) for w in transport.writes)


def test_a_head_request_gets_its_head_at_once() -> None:
    transport = exchange(answer, b"HEAD /x HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n", GET)
    head, get = transport.writes
    assert head.startswith(b"HTTP/1.1 200 OK") and head.endswith(b"\r\n\r\n")
    assert get.endswith(BODY)


def test_a_streamed_answer_sends_the_head_with_its_first_piece() -> None:
    async def stream(scope: dict[str, Any], receive: Any, send: Any) -> None:
        await receive()
        await send({"type": "http.response.start", "status": 200, "headers": []})  # chunked
        await send({"type": "http.response.body", "body": b"one", "more_body": True})
        await send({"type": "http.response.body", "body": b"two", "more_body": False})

    first, second = exchange(stream, GET).writes
    assert first.startswith(b"HTTP/1.1 200 OK") and first.endswith(b"\r\n\r\n3\r\none\r\n")
    assert second == b"3\r\ntwo\r\n0\r\n\r\n"


def test_an_answer_cut_short_still_sends_its_head_before_closing() -> None:
    async def drop(scope: dict[str, Any], receive: Any, send: Any) -> None:  # as the mock's "drop" fault
        await receive()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
        raise ConnectionAbortedError("dropped on purpose")

    transport = exchange(drop, GET)
    assert len(transport.events) == 2 and transport.events[1] == "close"
    assert isinstance(transport.events[0], bytes) and transport.events[0].startswith(b"HTTP/1.1 200 OK")


def test_100_continue_is_not_held_back() -> None:
    seen: list[list[bytes]] = []

    async def echo(scope: dict[str, Any], receive: Any, send: Any) -> None:
        message = await receive()
        seen.append(list(transport.writes))  # what the client had when the body arrived
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": message["body"]})

    head = b"POST /x HTTP/1.1\r\nhost: 127.0.0.1\r\nexpect: 100-continue\r\ncontent-length: 2\r\n\r\n"

    async def run() -> None:
        config = uvicorn.Config(echo, log_level="critical", lifespan="off", proxy_headers=False, **SERVER_LIMITS)
        config.load()
        protocol = HTTP_PROTOCOL(config=config, server_state=ServerState(), app_state={})
        protocol.connection_made(transport)
        protocol.data_received(head)
        for _ in range(20):
            await asyncio.sleep(0)
        assert transport.writes == [b"HTTP/1.1 100 Continue\r\n\r\n"]  # sent before the body, not held
        protocol.data_received(b"ok")
        for _ in range(20):
            await asyncio.sleep(0)

    transport = Recorder()
    asyncio.run(run())
    assert seen == [[b"HTTP/1.1 100 Continue\r\n\r\n"]]
    assert len(transport.writes) == 2 and transport.writes[1].endswith(b"\r\n\r\n2\r\nok\r\n0\r\n\r\n")


def test_head_with_body_passes_everything_else_to_the_transport() -> None:
    inner = Recorder()
    wrapped = HeadWithBody(inner)
    assert wrapped.get_extra_info("peername") == ("127.0.0.1", 50000)
    assert not wrapped.is_closing()
    wrapped.close()  # nothing held: only the close
    assert inner.events == ["close"] and wrapped.is_closing()


# ---- requests the parser refuses ----------------------------------------------------------------------------------
class Refusing:
    """An app with `refusal`, as the mocks' MockApp: it answers what the parser refuses."""

    def __init__(self) -> None:
        self.asked: list[tuple[int, str]] = []
        self.lines: list[tuple[str, str]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        await answer(scope, receive, send)

    def refusal(self, status: int, message: str, method: str, path: str) -> tuple[int, bytes, dict[str, str]]:
        self.asked.append((status, message))
        self.lines.append((method, path))
        return status, b'{"refused":"%d"}' % status, {"X-Request-Id": "r-1"}


BAD_HEADER = b"GET /x HTTP/1.1\r\nhost: 127.0.0.1\r\nbad header: 1\r\n\r\n"


@pytest.mark.parametrize("proxy_headers", [False, True])  # True: uvicorn wraps the app in a middleware
def test_a_request_the_parser_refuses_is_answered_by_the_apps_refusal(proxy_headers: bool) -> None:
    app = Refusing()
    transport = exchange(app, BAD_HEADER, proxy_headers=proxy_headers)
    assert app.asked == [(400, "the request is not valid HTTP (Invalid header token)")]
    assert app.lines == [("GET", "/x")]
    (written,) = transport.writes
    head, body = written.split(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 Bad Request\r\n") and body == b'{"refused":"400"}'
    lines = head.split(b"\r\n")
    assert {
        b"content-type: application/json",
        b"content-length: 17",
        b"connection: close",
        b"x-request-id: r-1",
    } <= set(lines)
    assert transport.events[-1] == "close"


def test_a_request_target_over_the_parsers_limit_is_a_414() -> None:
    app = Refusing()
    transport = exchange(app, b"GET /x?q=" + b"a" * 70_000 + b" HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n")
    assert app.asked == [(414, "the request target is longer than 65535 bytes")] and app.lines == [("GET", "/x")]
    assert transport.writes[0].startswith(b"HTTP/1.1 414 Request-URI Too Long\r\n")


def test_a_target_just_within_the_limit_reaches_the_app() -> None:
    app = Refusing()
    target = b"/x?q=" + b"a" * (65_535 - 5)
    transport = exchange(app, b"GET " + target + b" HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n")
    assert app.asked == [] and transport.writes[0].startswith(b"HTTP/1.1 200 OK")
    exchange(app, b"GET " + target + b" HTTP/1.1\r\nbad header: 1\r\n\r\n")  # refused for its header, not its length
    assert app.asked == [(400, "the request is not valid HTTP (Invalid header token)")]


def test_an_app_without_refusal_gets_uvicorns_plain_400() -> None:
    transport = exchange(answer, BAD_HEADER)
    assert transport.writes[0].startswith(b"HTTP/1.1 400 Bad Request\r\n")
    assert transport.writes[0].endswith(b"Invalid HTTP request received.")


def test_a_target_is_refused_as_soon_as_it_is_too_long() -> None:
    """No request line end yet: the 414 does not wait for the rest of a target of any length."""
    app = Refusing()
    transport = exchange(app, b"GET /" + b"a" * 70_000)
    assert app.asked == [(414, "the request target is longer than 65535 bytes")] and transport.events[-1] == "close"


def test_the_refused_path_is_the_targets_path_without_credentials_query_or_fragment() -> None:
    app = Refusing()
    exchange(app, b"GET http://alice:pw@host/api/v%31/x?sig=1#f HTTP/1.1\r\nbad header: 1\r\n\r\n")
    exchange(app, b"GET /api#access_token=S HTTP/1.1\r\nbad header: 1\r\n\r\n")
    assert app.lines == [("GET", "/api/v1/x"), ("GET", "/api")]


def test_a_target_uvicorn_cannot_read_is_refused_without_quoting_it() -> None:
    app = Refusing()
    exchange(app, b"GET http://alice:pw@h:99999/x HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n")
    assert app.asked == [(400, "the request is not valid HTTP (invalid request target)")]
    assert app.lines == [("GET", "-")]


def held(release: asyncio.Event, seen: list[dict[str, Any]]) -> App:
    """An app that reads its request to the end, then answers once `release` is set."""

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        while True:
            message = await receive()
            seen.append(message)
            if message["type"] == "http.disconnect" or not message.get("more_body"):
                break
        await release.wait()
        await answer(scope, lambda: asyncio.sleep(0, {"type": "http.request"}), send)

    return app


def stepwise(app: App, *steps: bytes | asyncio.Event) -> Recorder:
    return exchange(app, *steps, settle=40)


class Both(Refusing):
    def __init__(self, app: App) -> None:
        super().__init__()
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


def test_a_refusal_waits_for_the_answer_of_the_request_in_flight() -> None:
    release, seen = asyncio.Event(), []
    app = Both(held(release, seen))
    transport = stepwise(app, GET, b"\x01BAD / HTTP/1.1\r\n\r\n", release)
    first, second = transport.writes
    assert first.startswith(b"HTTP/1.1 200 OK") and first.endswith(BODY)
    assert second.startswith(b"HTTP/1.1 400 Bad Request") and transport.events[-1] == "close"


def test_a_refusal_behind_pipelined_requests_comes_after_their_answers() -> None:
    release, seen = asyncio.Event(), []
    app = Both(held(release, seen))
    transport = stepwise(app, GET + GET + b"GET /x HTTP/1.1\r\nbad header: 1\r\n\r\n", release)
    assert [w[:12] for w in transport.writes] == [b"HTTP/1.1 200", b"HTTP/1.1 200", b"HTTP/1.1 400"]
    assert len(seen) == 2 and app.asked == [(400, "the request is not valid HTTP (Invalid header token)")]


CHUNKED = b"POST /x HTTP/1.1\r\nhost: 127.0.0.1\r\ntransfer-encoding: chunked\r\n\r\n"


def test_a_request_whose_body_breaks_is_not_run_and_gets_the_refusal() -> None:
    """The app sees the connection close before the body's end (engine/wire.py: ClientGone, not run); its answer,
    if it gives one anyway, is not sent: the refusal is the request's only answer."""
    release, seen = asyncio.Event(), []
    app = Both(held(release, seen))
    transport = stepwise(app, CHUNKED + b"5\r\nhello\r\n", b"ZZ\r\n", release)
    assert seen[0] == {"type": "http.request", "body": b"hello", "more_body": True}
    assert seen[-1] == {"type": "http.disconnect"}
    (written,) = transport.writes
    assert written.startswith(b"HTTP/1.1 400 Bad Request") and app.asked[0][0] == 400


def test_a_request_answered_before_its_body_broke_gets_no_second_answer() -> None:
    app = Refusing()  # answers at once, as a 404 does before reading any body
    transport = stepwise(app, CHUNKED + b"5\r\nhello\r\n", b"ZZ\r\n")
    (written,) = transport.writes
    assert written.startswith(b"HTTP/1.1 200 OK") and app.asked == [] and transport.events[-1] == "close"


def test_no_refusal_after_an_answer_that_closes_the_connection() -> None:
    """HTTP/1.0 (uvicorn closes the connection with its answer, keep-alive asked or not): the refusal behind it
    is not made."""
    release, seen = asyncio.Event(), []
    app = Both(held(release, seen))
    transport = stepwise(
        app, b"GET /x HTTP/1.0\r\nconnection: keep-alive\r\n\r\nGET /x HTTP/1.1\r\nbad header: 1\r\n\r\n", release
    )
    assert [w[:12] for w in transport.writes] == [b"HTTP/1.1 200"] and app.asked == []


def test_a_pipelined_request_whose_body_breaks_is_never_started() -> None:
    release, seen = asyncio.Event(), []
    app = Both(held(release, seen))
    transport = stepwise(app, GET + CHUNKED + b"5\r\nhello\r\n", b"ZZ\r\n", release)
    assert seen == [{"type": "http.request", "body": b"", "more_body": False}]  # the GET's; the POST never ran
    assert [w[:12] for w in transport.writes] == [b"HTTP/1.1 200", b"HTTP/1.1 400"]


# ---- WebSocket upgrades websockets cannot read ------------------------------------------------------------------
UPGRADE = (
    b"GET /ws HTTP/1.1\r\nhost: 127.0.0.1\r\nupgrade: websocket\r\nconnection: Upgrade\r\n"
    b"sec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==\r\nsec-websocket-version: 13\r\n"
)


async def accepting(scope: dict[str, Any], receive: Any, send: Any) -> None:
    await receive()
    await send({"type": "websocket.accept"})


@pytest.mark.parametrize(
    "extra",
    [b"x-long: " + b"v" * 9000 + b"\r\n", b"".join(b"x-%d: 1\r\n" % i for i in range(120))],
    ids=["a header line over 8 KiB", "120 headers"],
)
def test_an_upgrade_websockets_cannot_read_is_refused_and_closed(extra: bytes) -> None:
    """uvicorn left such a connection open and unanswered for good. (120 headers: websockets allows 128, the HTTP
    parser's limit is 100: refused before websockets sees it, in the app's shape.)"""
    app = Both(accepting)
    transport = exchange(app, UPGRADE + extra + b"\r\n")
    assert transport.writes and transport.writes[0].startswith(b"HTTP/1.1 431 ")
    assert transport.events[-1] == "close"


def test_a_readable_upgrade_is_still_accepted() -> None:
    transport = exchange(accepting, UPGRADE + b"\r\n")
    assert transport.writes[0].startswith(b"HTTP/1.1 101 ") and "close" not in transport.events[:-1]


def test_nothing_after_a_refusal_is_read() -> None:
    app = Refusing()
    transport = exchange(app, BAD_HEADER, b"GET /x HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n", b"\x01\x02")
    assert len(app.asked) == 1 and len(transport.writes) == 1


def test_the_h11_fallback_refuses_in_the_apps_shape_quoting_nothing() -> None:
    """h11's error texts quote the request line (a secret in a header line with no colon reached the answer)."""
    app = Refusing()
    transport = exchange(app, b"GET /x HTTP/1.1\r\nAuthorization Bearer SECRET\r\n\r\n", protocol_class=HeadTimeoutH11)
    assert app.asked == [(400, "the request is not valid HTTP")] and app.lines == [("-", "-")]
    assert transport.writes[0].startswith(b"HTTP/1.1 400 Bad Request") and b"SECRET" not in b"".join(transport.writes)


# ---- request heads over the limits: 431 ----------------------------------------------------------------------------
def head_with(fields: list[bytes], target: bytes = b"/x") -> bytes:
    return b"GET " + target + b" HTTP/1.1\r\n" + b"".join(f + b"\r\n" for f in fields) + b"\r\n"


def in_reads(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def sized_fields(total: int) -> list[bytes]:
    """Header fields whose names and values add up to `total` bytes (one is the host)."""
    fields, left = [b"host: 127.0.0.1"], total - len(b"host127.0.0.1")
    while left:
        value = min(left - 4, 8000)
        fields.append(b"x-%02d: " % len(fields) + b"v" * value)
        left -= 4 + value
    return fields


TOO_MANY = "the request has more than 100 header fields"
TOO_LONG = "the request's header fields are longer than 65536 bytes"


@pytest.mark.parametrize("read", [None, 1000, 7], ids=["one read", "1000-byte reads", "7-byte reads"])
def test_more_than_100_header_fields_are_a_431_however_they_arrive(read: int | None) -> None:
    at_limit = head_with([b"x-%d: 1" % i for i in range(100)])
    over = head_with([b"x-%d: 1" % i for i in range(101)])
    app = Refusing()
    exchange(app, *(in_reads(at_limit, read) if read else [at_limit]))
    assert app.asked == []
    transport = exchange(app, *(in_reads(over, read) if read else [over]))
    assert app.asked == [(431, TOO_MANY)] and app.lines == [("GET", "/x")]
    (written,) = transport.writes
    assert written.startswith(b"HTTP/1.1 431 Request Header Fields Too Large\r\n") and written.endswith(b'"431"}')
    assert transport.events[-1] == "close"


@pytest.mark.parametrize("read", [None, 4096, 300_000], ids=["one read", "4 KiB reads", "after a big read"])
def test_header_fields_over_64_kib_are_a_431_however_they_arrive(read: int | None) -> None:
    """Names and values counted; the same answer whether the head came in one read or many."""
    for total, refused in ((65_536, False), (65_537, True)):
        app = Refusing()
        head = head_with(sized_fields(total))
        if read == 300_000:  # a big body before it in the same read: the head is counted, not the read
            head = b"POST /x HTTP/1.1\r\ncontent-length: 250000\r\n\r\n" + b"b" * 250_000 + head
        transport = exchange(app, *(in_reads(head, read) if read else [head]), settle=60)
        assert app.asked == ([(431, TOO_LONG)] if refused else []), total
        assert transport.writes[-1].startswith(b"HTTP/1.1 431" if refused else b"HTTP/1.1 200"), total


def test_a_long_target_and_fields_within_the_limits_pass_in_small_reads() -> None:
    app = Refusing()
    head = head_with(sized_fields(65_536), target=b"/x?q=" + b"a" * (65_535 - 5))
    transport = exchange(app, *in_reads(head, 1500), settle=5)
    assert app.asked == [] and transport.writes[0].startswith(b"HTTP/1.1 200")


def feed_until_closed(protocol_class: type, app: Any, start: bytes, piece: bytes, most: int) -> tuple[Recorder, int]:
    """Feed `start`, then `piece` after piece (up to `most` bytes) until the protocol closes the connection; what
    it wrote, and how many bytes it was fed."""

    async def run() -> tuple[Recorder, int]:
        config = uvicorn.Config(app, log_level="critical", lifespan="off", proxy_headers=False, **SERVER_LIMITS)
        config.load()
        protocol = protocol_class(config=config, server_state=ServerState(), app_state={})
        transport = Recorder()
        protocol.connection_made(transport)
        protocol.data_received(start)
        fed = len(start)
        while not transport.closing and fed < most:
            protocol.data_received(piece)
            fed += len(piece)
        for _ in range(20):
            await asyncio.sleep(0)
        return transport, fed

    return asyncio.run(run())


@pytest.mark.parametrize(
    ("start", "piece", "reason"),
    [
        (b"GET /x HTTP/1.1\r\nx-big: ", b"v" * 16384, "the request head is longer than 139263 bytes"),
        (b"GET /x HTTP/1.1\r\n", b"".join(b"x-%06d: 1\r\n" % i for i in range(1000)), TOO_MANY),
        (b"GET /x HTTP/1.1\r\n", b"x-long: " + b"v" * 16_000 + b"\r\n", TOO_LONG),
    ],
    ids=["one header of any length", "100,000 headers", "long headers"],
)
def test_a_head_over_the_limits_is_refused_as_it_arrives(start: bytes, piece: bytes, reason: str) -> None:
    """httptools holds a header until its end (a 60 MB one whole): the head is refused once over the limits, not
    once all of it has come."""
    app = Refusing()
    transport, fed = feed_until_closed(HTTP_PROTOCOL, app, start, piece, most=60_000_000)
    assert fed < 300_000 and app.asked == [(431, reason)]
    assert transport.writes[0].startswith(b"HTTP/1.1 431 ") and transport.events[-1] == "close"


def test_a_431_waits_for_the_answer_of_the_request_in_flight() -> None:
    release, seen = asyncio.Event(), []
    app = Both(held(release, seen))
    over = head_with([b"x-%d: 1" % i for i in range(101)])
    transport = stepwise(app, GET, *in_reads(over, 500), release)
    assert [w[:12] for w in transport.writes] == [b"HTTP/1.1 200", b"HTTP/1.1 431"]
    assert app.asked == [(431, TOO_MANY)] and transport.events[-1] == "close"


def test_the_h11_fallback_refuses_a_head_over_its_16_kib_with_a_431() -> None:
    """h11 holds at most 16 KiB of an unfinished head (max_incomplete_event_size), refused as it arrives."""
    app = Refusing()
    transport, fed = feed_until_closed(HeadTimeoutH11, app, b"GET /x HTTP/1.1\r\nx-big: ", b"v" * 4096, 60_000_000)
    assert fed < 32_768 and app.asked == [(431, "the request head is longer than 16384 bytes")]
    assert transport.writes[0].startswith(b"HTTP/1.1 431 ") and transport.events[-1] == "close"


# ---- the same, through a mock on a socket (uvloop, as served) -------------------------------------------------------
def answer_of(received: bytes) -> tuple[int, dict[str, str], Any]:
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = dict((name.strip().lower(), value.strip()) for name, value in (line.split(":", 1) for line in lines))
    return int(status_line.split()[1]), headers, json.loads(body)


def send_paced(port: int, start: bytes, piece: bytes, most: int) -> tuple[bytes, int]:
    """Send `start`, then `piece` after piece until an answer comes (or `most` bytes): the answer read to the
    connection's end, and how many bytes were sent. Waiting a little after each piece, nothing is left unread
    when the server closes (which would reset the connection and lose the answer)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(start)
        sent = len(start)
        while sent < most and not select.select([sock], [], [], 0.02)[0]:
            sock.sendall(piece)
            sent += len(piece)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    return received, sent


@pytest.mark.timeout(60)
@pytest.mark.parametrize("provider", ["ceffu", "cryptofuse"])
def test_a_mock_refuses_a_head_over_the_limits_in_its_shape_journaled(provider: str) -> None:
    with running_mock(provider) as mock:
        port, journal = int(mock.base_url.rsplit(":", 1)[1]), mock.engine.journal
        many = head_with([b"host: 127.0.0.1"] + [b"x-%d: 1" % i for i in range(100)], target=b"/some/path")
        received, _ = send_paced(port, many, b"", len(many))
        status, headers, body = answer_of(received)
        assert status == 431 and headers["connection"] == "close" and TOO_MANY in json.dumps(body)
        assert "error" in body if provider == "cryptofuse" else body["code"] != "000000"
        entry = journal.entries[-1]
        assert (entry.method, entry.path, entry.status) == ("GET", "/some/path", 431) and TOO_MANY in str(entry.reason)

        huge, sent = send_paced(port, b"GET /x HTTP/1.1\r\nx-big: ", b"v" * 65536, 60_000_000)  # a 60 MB header
        status, _, body = answer_of(huge)
        assert status == 431 and sent < 1_000_000 and "the request head is longer than" in json.dumps(body)

        control, _ = send_paced(port, head_with([b"x-%d: 1" % i for i in range(101)], target=b"/_mock/state"), b"", 1)
        status, _, body = answer_of(control)
        assert status == 431 and body == {"error": {"code": "invalid_request", "message": TOO_MANY}}
        assert httpx.get(mock.base_url + "/_mock/state").status_code == 200  # still serving


# ---- what uvicorn answered with its plain-text 500 -----------------------------------------------------------------
STOPPING = "the server is stopping: the request was cut before it was answered"
FAILED = "the server failed to answer the request"


def cancel_tasks(state: ServerState) -> None:
    """What a forced stop does (cli._cut; uvicorn's own graceful stop past timeout_graceful_shutdown too)."""
    for task in list(state.tasks):
        task.cancel()


def shut_connections(state: ServerState) -> None:
    """What uvicorn's shutdown does to every connection."""
    for connection in list(state.connections):
        connection.shutdown()


def cut(
    app: Any,
    protocol_class: type = HTTP_PROTOCOL,
    data: bytes = GET,
    stop: Callable[[ServerState], None] = cancel_tasks,
) -> Recorder:
    """Feed `data`; once the app is running, `stop` the server."""

    async def run() -> Recorder:
        config = uvicorn.Config(app, log_level="critical", lifespan="off", proxy_headers=False, **SERVER_LIMITS)
        config.load()
        state = ServerState()
        protocol = protocol_class(config=config, server_state=state, app_state={})
        transport = Recorder()
        protocol.connection_made(transport)
        protocol.data_received(data)
        for _ in range(20):
            await asyncio.sleep(0)
        stop(state)
        for _ in range(20):
            await asyncio.sleep(0)
        return transport

    return asyncio.run(run())


async def forever(scope: dict[str, Any], receive: Any, send: Any) -> None:
    await receive()
    await asyncio.Event().wait()


async def raises(scope: dict[str, Any], receive: Any, send: Any) -> None:
    raise RuntimeError("a bug")


async def says_nothing(scope: dict[str, Any], receive: Any, send: Any) -> None:
    await receive()


@pytest.mark.parametrize("protocol_class", [HTTP_PROTOCOL, HeadTimeoutH11], ids=["httptools", "h11"])
@pytest.mark.parametrize(
    ("inner", "status", "reason"),
    [(forever, 503, STOPPING), (raises, 500, FAILED), (says_nothing, 500, FAILED)],
    ids=["cut by a stop", "the app raised", "the app returned without answering"],
)
def test_what_uvicorn_answered_with_its_plain_500_gets_the_apps_shape(
    protocol_class: type, inner: App, status: int, reason: str
) -> None:
    app = Both(inner)
    transport = cut(app, protocol_class)
    assert app.asked == [(status, reason)] and app.lines == [("GET", "/x")]
    written = b"".join(transport.writes)  # h11 writes the head and the body apart
    head, body = written.split(b"\r\n\r\n")
    lines = set(head.split(b"\r\n"))
    assert head.startswith(b"HTTP/1.1 %d " % status) and body == b'{"refused":"%d"}' % status
    assert {
        b"content-type: application/json",
        b"content-length: 17",
        b"connection: close",
        b"x-request-id: r-1",
    } <= lines
    assert transport.events[-1] == "close"


def test_a_cut_head_request_gets_the_apps_status_without_a_body() -> None:
    app = Both(forever)
    (written,) = cut(app, data=b"HEAD /x HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n").writes
    assert written.startswith(b"HTTP/1.1 503 ") and written.endswith(b"\r\n\r\n") and app.asked == [(503, STOPPING)]


def test_an_app_without_refusal_still_gets_uvicorns_plain_500() -> None:
    (written,) = cut(forever).writes
    assert written.startswith(b"HTTP/1.1 500 Internal Server Error") and written.endswith(b"Internal Server Error")


def test_a_refusal_that_fails_leaves_uvicorns_plain_500() -> None:
    class Broken(Both):
        def refusal(self, status: int, message: str, method: str, path: str) -> tuple[int, bytes, dict[str, str]]:
            raise RuntimeError("the store is closed")

    (written,) = cut(Broken(forever)).writes
    assert written.startswith(b"HTTP/1.1 500 Internal Server Error") and written.endswith(b"Internal Server Error")


def test_a_websocket_handshake_the_app_fails_gets_the_apps_shape() -> None:
    async def fails(scope: dict[str, Any], receive: Any, send: Any) -> None:
        await receive()
        raise RuntimeError("a bug before accept")

    app = Both(fails)
    (written,) = exchange(app, UPGRADE + b"\r\n").writes
    assert written.startswith(b"HTTP/1.1 500 ") and written.endswith(b'{"refused":"500"}')
    assert b"Content-Type: application/json" in written and b"X-Request-Id: r-1" in written
    assert app.asked == [(500, FAILED)] and app.lines == [("GET", "/ws")]


def test_a_websocket_handshake_pending_at_a_stop_gets_a_503_in_the_apps_shape() -> None:
    app = Both(forever)
    (written,) = cut(app, data=UPGRADE + b"\r\n", stop=shut_connections).writes
    assert app.asked == [(503, STOPPING)]  # once: the app's task, cut after the stop, asks no second answer
    assert written.startswith(b"HTTP/1.1 503 ") and written.endswith(b'{"refused":"503"}')


@pytest.mark.timeout(60)
def test_a_request_cut_by_a_stop_gets_the_providers_503_journaled() -> None:
    """uvicorn's own stop past `timeout_graceful_shutdown` cancels the requests in flight, as a forced stop does."""
    port = free_port()
    app = build_app("ceffu", base_url=f"http://127.0.0.1:{port}")
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="critical", timeout_graceful_shutdown=0.3, **SERVER_LIMITS
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        assert thread.is_alive()
        time.sleep(0.02)
    base_url = f"http://127.0.0.1:{port}"
    assert httpx.post(base_url + "/_mock/faults", json={"latency_ms": 30_000}).status_code == 200
    outcome: list[httpx.Response] = []
    caller = threading.Thread(
        target=lambda: outcome.append(httpx.get(base_url + "/open-api/v1/wallet/list", timeout=20))
    )
    caller.start()
    time.sleep(0.5)  # in flight, held by the latency
    server.should_exit = True
    caller.join(timeout=20)
    thread.join(timeout=20)
    (response,) = outcome
    assert response.status_code == 503 and response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["code"] == "G20001" and body["message"].endswith(STOPPING) and body["data"] is None
    assert response.headers["x-request-id"]
    entry = app.state.mock.journal.entries[-1]
    assert (entry.path, entry.status) == ("/open-api/v1/wallet/list", 503) and STOPPING in str(entry.reason)


def test_nothing_after_a_refusal_is_read_under_uvloop() -> None:
    """uvloop keeps the `data_received` its protocol had when the connection began: a refusal waiting for the
    answer before it must tell the transport again, or what comes next still reaches the failed parser."""
    uvloop = pytest.importorskip("uvloop")
    release, seen, fed = asyncio.Event(), [], []
    app = Both(held(release, seen))

    async def run() -> bytes:
        config = uvicorn.Config(app, log_level="critical", lifespan="off", proxy_headers=False, **SERVER_LIMITS)
        config.load()
        protocols: list[Any] = []

        def made() -> Any:
            protocols.append(HTTP_PROTOCOL(config=config, server_state=ServerState(), app_state={}))
            return protocols[-1]

        server = await asyncio.get_running_loop().create_server(made, "127.0.0.1", 0)
        reader, writer = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
        writer.write(GET + BAD_HEADER)  # the refusal waits for the GET's answer
        await asyncio.sleep(0.2)
        parser = protocols[0].parser

        class Counting:
            def feed_data(self, data: bytes) -> None:
                fed.append(data)
                parser.feed_data(data)

            def __getattr__(self, name: str) -> Any:
                return getattr(parser, name)

        protocols[0].parser = Counting()
        writer.write(b"GET /more HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n")
        await asyncio.sleep(0.2)
        release.set()
        received = await asyncio.wait_for(reader.read(), 10)
        writer.close()
        server.close()
        return received

    received = uvloop.run(run())
    assert fed == [] and len(app.asked) == 1
    assert received.startswith(b"HTTP/1.1 200 OK") and received.count(b"HTTP/1.1 400 Bad Request") == 1


# --- the uvicorn code serving.py copies or rebinds -----------------------------------------------------------


@pytest.mark.parametrize(
    ("function", "digest"),
    [
        ("httptools_impl.HttpToolsProtocol.data_received", "010a7ae59a5d3b1a"),  # copied, plus the head's size
        ("httptools_impl.HttpToolsProtocol.on_url", "37be44e962b04ca8"),  # copied, plus the target's limit
        ("httptools_impl.HttpToolsProtocol.on_headers_complete", "1ea8589acfad92d8"),  # rebound (_building)
        ("h11_impl.H11Protocol.handle_events", "e63a9d1492e3efe7"),  # rebound (_building)
    ],
)
def test_the_uvicorn_methods_serving_copies_are_those_it_was_written_against(function, digest):
    """A new uvicorn (pyproject allows only 0.54.x) fails here until serving.py's copies are checked against it."""
    import hashlib
    import inspect

    from uvicorn.protocols.http import h11_impl, httptools_impl

    modules = {"httptools_impl": httptools_impl, "h11_impl": h11_impl}
    module, cls, name = function.split(".")
    source = inspect.getsource(getattr(getattr(modules[module], cls), name))
    assert hashlib.sha256(source.encode()).hexdigest()[:16] == digest, f"uvicorn's {function} changed"


# --- a refusal after a request answered before its body ended ----------------------------------------------------


async def at_once(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answers without reading the body, as a route error (404, 405) does."""
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": BODY})


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        (b"POST /x HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: 5\r\n\r\n", b"12345"),
        (CHUNKED, b"5\r\n12345\r\n0\r\n\r\n"),
    ],
    ids=["content-length", "chunked"],
)
@pytest.mark.parametrize(
    ("bad", "status"),
    [(b"GET /x HTTP/1.1\r\nbad header: 1\r\n\r\n", 400), (None, 431)],
    ids=["invalid", "too many fields"],
)
def test_a_refusal_after_a_request_answered_before_its_body_is_answered(first, rest, bad, status) -> None:
    """The app answers at once, as a 404 does before reading any body; the body comes after the answer, then a
    request the parser refuses: it gets its own refusal (uvicorn left the first request's body open)."""
    app = Both(at_once)
    bad = bad or head_with([b"x-%d: 1" % i for i in range(101)])
    transport = stepwise(app, first, rest + bad)
    answered, refused = transport.writes
    assert answered.startswith(b"HTTP/1.1 200 OK") and refused.startswith(b"HTTP/1.1 %d " % status)
    assert [s for s, _ in app.asked] == [status] and transport.events[-1] == "close"


def test_trailer_fields_count_with_the_heads_fields() -> None:
    """A chunked body's trailer fields (uvicorn adds them to the request's headers) are held to the same limits:
    over them, the request is refused as a broken body (not run) with a 431."""
    release, seen = asyncio.Event(), []
    trailers = b"".join(b"x-t%d: 1\r\n" % i for i in range(100))
    app = Both(held(release, seen))
    transport = stepwise(app, CHUNKED + b"5\r\nhello\r\n0\r\n" + trailers + b"\r\n", release)
    (written,) = transport.writes
    assert written.startswith(b"HTTP/1.1 431 ") and app.asked == [(431, TOO_MANY)]
    assert seen[-1] == {"type": "http.disconnect"}
    app = Both(held(release := asyncio.Event(), seen := []))
    transport = stepwise(app, CHUNKED + b"5\r\nhello\r\n0\r\nx-t: 1\r\n\r\n", release)  # within the limits
    (written,) = transport.writes
    assert written.startswith(b"HTTP/1.1 200 OK") and app.asked == []
