"""The mocks' HTTP protocol (engine/serving.py) writes each answer in one piece: head and first body together.

Driven without a socket: the protocol gets a transport that records every write, so the count is exact.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
import uvicorn
from uvicorn.server import ServerState

from coinrails_mock.engine.serving import HTTP_PROTOCOL, SERVER_LIMITS, HeadTimeoutH11, HeadWithBody

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
    [b"x-long: " + b"v" * 9000 + b"\r\n", b"".join(b"x-%d: 1\r\n" % i for i in range(300))],
    ids=["a header line over 8 KiB", "300 headers"],
)
def test_an_upgrade_websockets_cannot_read_is_refused_and_closed(extra: bytes) -> None:
    """uvicorn left such a connection open and unanswered for good."""
    transport = exchange(accepting, UPGRADE + extra + b"\r\n")
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
