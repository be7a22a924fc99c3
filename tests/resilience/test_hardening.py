"""Issue 13's engine hardening, per provider: the control API cannot be reached from a browser or through a
foreign host name (cases 3, 4) and answers IPv6 loopback clients (case 6); webhook deliveries ignore proxy
variables (case 5); a bad state file stops start-up with one line and exit code 2, a good one loses nothing
(case 7); a rule failing after a change is rolled back; slow request heads are cut off.

Every refused control call must change nothing: `GET /_mock/state` (asked the legitimate way) before and after.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from decimal import InvalidOperation
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from coinrails_mock.app import build_app
from coinrails_mock.cli import main
from coinrails_mock.engine.serving import SERVER_LIMITS, HeadTimeout
from coinrails_mock.engine.spec import Spec, spec_dir
from coinrails_mock.engine.store import SCHEMA_VERSION
from contract_tests.harness import RunningMock, free_port

from .providers import ADAPTERS
from .support import PROVIDERS, Control, Receiver, serve
from .tally import TALLY

CONTROL_SPEC = Spec.load(spec_dir() / "mock-control.yaml")
WRITES = sorted(
    (op.method, op.path.replace("{", "").replace("}", ""))
    for op in CONTROL_SPEC.operations.values()
    if op.method != "GET"
)
READS = ["/_mock/credentials", "/_mock/state", "/_mock/clock"]
BROWSER_REQUESTS = {  # what a web page can send to loopback without a CORS preflight, and its near relatives
    "text/plain + foreign Origin (case 3)": {"content-type": "text/plain", "origin": "http://evil.example"},
    "text/plain": {"content-type": "text/plain;charset=UTF-8"},
    "form": {"content-type": "application/x-www-form-urlencoded"},
    "multipart": {"content-type": "multipart/form-data; boundary=x"},
    "JSON + Sec-Fetch-Site cross-site": {"content-type": "application/json", "sec-fetch-site": "cross-site"},
    "JSON + Sec-Fetch-Site same-site": {"content-type": "application/json", "sec-fetch-site": "same-site"},
    "JSON + loopback Origin": {"content-type": "application/json", "origin": "http://127.0.0.1"},
    "no body + Origin null": {"origin": "null"},
}
FOREIGN_HOSTS = [
    "rebind.evil.example",
    "rebind.evil.example:8101",
    "127.0.0.1.evil.example",
    "localhost.evil.example",
    "0.0.0.0:8101",
    "[::2]:8101",
    "10.0.0.1",
]
LOOPBACK_HOSTS = ["127.0.0.1:8101", "127.9.9.9", "localhost:8101", "LOCALHOST", "[::1]:8101", "[::ffff:127.0.0.1]"]


@pytest.fixture(scope="module", params=PROVIDERS)
def mock(request: pytest.FixtureRequest) -> Iterator[tuple[RunningMock, Control]]:
    with serve(request.param) as (running, control):
        yield running, control


def test_browser_requests_to_the_control_api_are_refused(mock: tuple[RunningMock, Control]) -> None:
    running, control = mock
    before = control.state()
    with httpx.Client(base_url=running.base_url, timeout=30) as raw:
        for kind, headers in BROWSER_REQUESTS.items():
            for method, path in WRITES:
                response = raw.request(
                    method, path, content=b"" if "content-type" not in headers else b"{}", headers=headers
                )
                assert response.status_code == 403, (kind, method, path, response.text)
                assert response.json()["error"]["code"] == "forbidden"
                TALLY.record(running.provider, f"control {kind}", "403 refused")
            for path in READS:  # a page cannot read the state or the keys either
                assert raw.get(path, headers={k: v for k, v in headers.items() if k != "content-type"}).status_code in (
                    (403,) if "origin" in headers or "sec-fetch-site" in headers else (200,)
                )
    assert control.state() == before


def test_a_foreign_host_name_cannot_read_keys_or_state(mock: tuple[RunningMock, Control]) -> None:
    running, control = mock
    before = control.state()
    with httpx.Client(base_url=running.base_url, timeout=30) as raw:
        for host in FOREIGN_HOSTS:
            for path in READS:
                response = raw.get(path, headers={"host": host})
                assert response.status_code == 403, (host, path, response.text[:200])
                assert "key" not in response.text.lower() or "forbidden" in response.text
                TALLY.record(running.provider, "control API with a foreign Host (case 4)", "403 refused")
            response = raw.post("/_mock/reset", json={}, headers={"host": host})
            assert response.status_code == 403
        for host in LOOPBACK_HOSTS:
            response = raw.get("/_mock/clock", headers={"host": host})
            assert response.status_code == 200, (host, response.text)
    assert control.state() == before


def test_ipv4_and_ipv6_loopback_clients_are_accepted() -> None:
    """Case 6, in-process: the client address as the server reports it."""

    async def run() -> None:
        app = build_app("ceffu")
        try:
            for client, status in [
                (("127.0.0.1", 5000), 200),
                (("::1", 5000), 200),
                (("::ffff:127.0.0.1", 5000), 200),
                (("10.0.0.1", 5000), 403),
                (("fe80::1", 5000), 403),
                (("::", 5000), 403),
            ]:
                transport = httpx.ASGITransport(app=app, client=client)
                async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8101") as http:
                    response = await http.get("/_mock/clock")
                    assert response.status_code == status, (client, response.text)
        finally:
            await app.state.mock.aclose()

    asyncio.run(run())


def ipv6_available() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
    except OSError:
        return False
    return True


@pytest.mark.skipif(not ipv6_available(), reason="no IPv6 loopback on this machine")
def test_a_mock_served_on_ipv6_loopback_answers_its_control_api() -> None:
    """Case 6 over a real socket: the server bound to ::1, the client connecting from ::1."""
    port = free_port()
    app = build_app("bitunix", base_url=f"http://[::1]:{port}")
    server = uvicorn.Server(uvicorn.Config(app, host="::1", port=port, log_level="warning", **SERVER_LIMITS))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "the IPv6 mock did not start"
            time.sleep(0.02)
        response = httpx.get(f"http://[::1]:{port}/_mock/credentials", timeout=30)
        assert response.status_code == 200, response.text
        assert httpx.post(f"http://[::1]:{port}/_mock/clock", json={"shift_ms": 5}, timeout=30).status_code == 200
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_another_providers_control_operation_is_404(mock: tuple[RunningMock, Control]) -> None:
    running, control = mock
    mine = running.engine.control.handlers
    foreign = [op for op in CONTROL_SPEC.operations.values() if op.operation_id not in mine]
    assert foreign, "every provider's mock lacks the other providers' control operations"
    before = control.state()
    with httpx.Client(base_url=running.base_url, timeout=30) as raw:
        for op in foreign:
            response = raw.request(op.method, op.path.replace("{", "").replace("}", ""), json={})
            assert response.status_code == 404 and response.json()["error"]["code"] == "not_found", response.text
            TALLY.record(running.provider, "another provider's control operation", "404 refused")
    assert control.state() == before


def test_webhook_deliveries_ignore_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Case 5: with every proxy variable pointing at a dead port, a loopback delivery still arrives. (The test's
    own clients are built before the variables are set; the mock makes its delivery client at the first one.)"""
    dead = f"http://127.0.0.1:{free_port()}"
    receiver = Receiver()
    adapter = ADAPTERS["ceffu"]
    try:
        with serve("ceffu", webhook_time_scale=0.001) as (running, control), adapter.client(running) as client:
            control.post("/webhooks", {"url": receiver.url})
            prime = adapter.prime(client)
            address = client.deposits.get_deposit_address(wallet_id=prime, network="TRON", coin_symbol="USDT")
            for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
                monkeypatch.setenv(name, dead)
            for name in ("NO_PROXY", "no_proxy"):
                monkeypatch.delenv(name, raising=False)
            adapter.fund(control, address.wallet_address, "7")
            body, _ = receiver.wait(1)[0]
            assert b"7" in body
            TALLY.record("ceffu", "webhook delivery with HTTP(S)_PROXY set (case 5)", "delivered to loopback")
    finally:
        receiver.close()


# ---- state files ---------------------------------------------------------------------------------------------------
def saved_state(provider: str, path: Path) -> dict[str, Any]:
    """Write `provider`'s state (after one control change) to `path`; its snapshot."""

    async def run() -> dict[str, Any]:
        app = build_app(provider, state_path=path)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
            assert (await http.post("/_mock/clock", json={"shift_ms": 1234})).status_code == 200
            state = (await http.get("/_mock/state")).json()
        await app.state.mock.aclose()
        return state

    return asyncio.run(run())


def bad_files(provider: str, folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, what the one line must say)."""
    other = next(p for p in PROVIDERS if p != provider)
    corrupt = folder / "corrupt.sqlite"
    corrupt.write_bytes(b"SQLite format 2\x00" + bytes(range(256)) * 8)
    foreign = folder / "foreign.sqlite"
    saved_state(other, foreign)
    legacy = folder / "snapshot-format.sqlite"  # written by a coinrails-mock that kept one JSON snapshot row
    with sqlite3.connect(legacy) as db:
        db.execute("CREATE TABLE snapshot (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO snapshot VALUES (1, '{}')")
    newer = folder / "newer.sqlite"
    saved_state(provider, newer)
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE coinrails_meta SET value = '99' WHERE key = 'schema_version'")
    older = folder / "older.sqlite"  # tables of a schema this mock no longer reads
    saved_state(provider, older)
    with sqlite3.connect(older) as db:
        db.execute("UPDATE coinrails_meta SET value = '2' WHERE key = 'schema_version'")
    garbled = folder / "garbled.sqlite"
    saved_state(provider, garbled)
    with sqlite3.connect(garbled) as db:
        db.execute("UPDATE coinrails_meta SET value = 'abc' WHERE key = 'schema_version'")
    stranger = folder / "stranger.sqlite"
    with sqlite3.connect(stranger) as db:
        db.execute("CREATE TABLE users (name TEXT)")
    return {
        "corrupt": (corrupt, "not a coinrails-mock state file"),
        "foreign": (foreign, f"holds the {other} mock's state"),
        "one-snapshot format": (legacy, "written by an older coinrails-mock"),
        "too new": (newer, "written by a newer coinrails-mock"),
        "older schema": (older, "written by an older coinrails-mock (schema 2"),
        "unreadable schema version": (garbled, "has an unreadable schema version 'abc'"),
        "another application's SQLite": (stranger, "not a coinrails-mock state file"),
    }


@pytest.fixture
def root_logging() -> Iterator[None]:
    """`serve` points the root logger at this test's captured stderr: put it back, or later log lines (a webhook
    thread's, pgserver's at exit) go to a closed stream ("--- Logging error ---")."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    uvicorn_level = logging.getLogger("uvicorn").level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    logging.getLogger("uvicorn").setLevel(uvicorn_level)


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.usefixtures("root_logging")
def test_a_bad_state_file_stops_start_up_with_one_line(
    provider: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async def never(*_: Any, **__: Any) -> None:
        raise AssertionError("the mock started serving a bad state file")

    monkeypatch.setattr(uvicorn.Server, "serve", never)
    for name, (path, says) in bad_files(provider, tmp_path).items():
        capsys.readouterr()
        code = main(["serve", "--provider", provider, "--port", str(free_port()), "--state", str(path)])
        err = capsys.readouterr().err.strip()
        assert code == 2, (name, err)
        assert len(err.splitlines()) == 1 and "Traceback" not in err, (name, err)
        assert str(path) in err and says in err and ("delete it" in err or "pass " in err or "use " in err), (name, err)
        TALLY.record(provider, f"--state {name} file (case 7)", "exit 2, one line")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_good_state_file_loses_nothing_and_records_its_provider(provider: str, tmp_path: Path) -> None:
    path = tmp_path / "good.sqlite"
    state = saved_state(provider, path)
    with sqlite3.connect(path) as db:
        meta = dict(db.execute("SELECT key, value FROM coinrails_meta").fetchall())
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert meta == {"provider": provider, "schema_version": str(SCHEMA_VERSION)}
    assert {"cr_tenants", "cr_engine_settings", "cr_webhook_deliveries"} <= tables  # a table per kind of row

    async def restart() -> dict[str, Any]:
        app = build_app(provider, state_path=path)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as http:
            restored = (await http.get("/_mock/state")).json()
        await app.state.mock.aclose()
        return restored

    assert asyncio.run(restart()) == state


# ---- atomic writes -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("failure", [RuntimeError("boom"), InvalidOperation()], ids=["crash", "decimal-trap"])
def test_a_rule_failing_after_a_change_is_rolled_back(
    failure: Exception, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write is applied and acknowledged, or not applied: a rule that changed state and then failed leaves the
    last saved state (a decimal trap is the client's number: 400 in the provider's shape; anything else 500)."""
    with serve("cryptofuse", state_path=tmp_path / "cf.sqlite") as (running, control):
        adapter = ADAPTERS["cryptofuse"]
        handlers = running.engine.provider.handlers
        real = handlers["createWallet"]

        def half_done(backend: Any, call: Any) -> Any:
            real(backend, call)  # the wallet is created...
            raise failure  # ...then the rule fails

        with adapter.client(running) as client:
            client.wallets.list_wallets()
            before = control.state()
            monkeypatch.setitem(handlers, "createWallet", half_done)
            response = client.http.post("/wallets/", json={"name": "half", "external_id": "half"})
            assert response.status_code == (400 if isinstance(failure, InvalidOperation) else 500), response.text
            assert "error" in response.json() and "half" not in response.text
            assert control.state() == before
            monkeypatch.setitem(handlers, "createWallet", real)
            assert client.http.post("/wallets/", json={"name": "whole", "external_id": "whole"}).is_success


# ---- server limits -------------------------------------------------------------------------------------------------
def closed_within(sock: socket.socket, seconds: float) -> bool:
    sock.settimeout(seconds)
    try:
        while True:
            data = sock.recv(4096)
            if not data:
                return True
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


def test_slow_and_silent_request_heads_are_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(HeadTimeout, "head_timeout_s", 0.3)  # both parsers (h11, httptools)
    with serve("ceffu") as (running, _):
        port = int(running.base_url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port)) as silent:
            assert closed_within(silent, 5), "a connection that never sent a request head stayed open"
        with socket.create_connection(("127.0.0.1", port)) as slow:
            slow.sendall(b"GET /_mock/clock HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # the head never ends
            assert closed_within(slow, 5), "a request head that never ended kept its connection"
        with socket.create_connection(("127.0.0.1", port)) as kept:
            kept.sendall(b"GET /_mock/clock HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            kept.settimeout(5)
            assert kept.recv(4096).startswith(b"HTTP/1.1 200")
            assert closed_within(kept, 5), "an idle kept-alive connection stayed open"
        TALLY.record("ceffu", "silent, slow and idle connections", "closed by the server")


def test_requests_whose_body_never_completes_are_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(HeadTimeout, "head_timeout_s", 0.3)
    head = b"POST /_mock/clock HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 20\r\n"
    with serve("ceffu") as (running, _):
        port = int(running.base_url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port)) as short:
            short.sendall(head + b'\r\n{"shi')  # 5 of the 20 bytes promised
            assert closed_within(short, 5), "a body shorter than its content-length kept its connection"
        with socket.create_connection(("127.0.0.1", port)) as waiting:
            waiting.sendall(head + b"expect: 100-continue\r\n\r\n")
            waiting.settimeout(5)
            assert waiting.recv(4096).startswith(b"HTTP/1.1 100 ")
            assert closed_within(waiting, 5), "a body never sent after 100 Continue kept its connection"
        TALLY.record("ceffu", "request bodies that never complete", "closed by the server")


def read_answers(sock: socket.socket, count: int, seconds: float) -> list[bytes]:
    """The first `count` complete answers (head and content-length body) on `sock`, or fewer if it closes."""
    sock.settimeout(seconds)
    data, answers = b"", []
    while len(answers) < count:
        end = data.find(b"\r\n\r\n")
        if end >= 0:
            head = data[:end].lower()
            length = int(head.split(b"content-length:")[1].split(b"\r\n")[0]) if b"content-length:" in head else 0
            if len(data) >= end + 4 + length:
                answers.append(data[: end + 4 + length])
                data = data[end + 4 + length :]
                continue
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            break
        if not chunk:
            break
        data += chunk
    return answers


def test_pipelined_requests_slower_than_the_head_timeout_are_all_answered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client sent both requests whole: the server taking its time is no reason to cut the connection."""
    monkeypatch.setattr(HeadTimeout, "head_timeout_s", 0.3)
    with serve("ceffu") as (running, control):
        port = int(running.base_url.rsplit(":", 1)[1])
        control.faults(latency_ms=500)
        try:
            with socket.create_connection(("127.0.0.1", port)) as sock:
                get = b"GET /open-api/v1/system/status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                sock.sendall(get * 3)
                answers = read_answers(sock, 3, 5)
        finally:
            control.faults(latency_ms=0)
        assert [a.split(b" ", 2)[1] for a in answers] == [b"401"] * 3
        TALLY.record("ceffu", "pipelined requests slower than the head timeout", "all answered")


def test_whole_requests_answered_slower_than_the_head_timeout_are_not_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    """A large body (uvicorn stops reading past 64 KiB until the app asks) and an `Expect: 100-continue` head both
    wait on the server under a latency fault: the client owes nothing, so the answer comes."""
    monkeypatch.setattr(HeadTimeout, "head_timeout_s", 0.3)
    path = b"POST /open-api/v1/wallet/create HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\n"
    big = b'{"a":"' + b"x" * 200_000 + b'"}'
    with serve("ceffu") as (running, control):
        port = int(running.base_url.rsplit(":", 1)[1])
        control.faults(latency_ms=700)
        try:
            with socket.create_connection(("127.0.0.1", port)) as sock:
                sock.sendall(path + b"content-length: %d\r\n\r\n" % len(big) + big)
                assert [a.split(b" ", 2)[1] for a in read_answers(sock, 1, 5)] == [b"401"]
            with socket.create_connection(("127.0.0.1", port)) as sock:
                sock.sendall(path + b"expect: 100-continue\r\ncontent-length: 2\r\n\r\n")
                sock.settimeout(5)
                assert sock.recv(4096).startswith(b"HTTP/1.1 100 ")
                sock.sendall(b"{}")
                assert [a.split(b" ", 2)[1] for a in read_answers(sock, 1, 5)] == [b"401"]
        finally:
            control.faults(latency_ms=0)
        TALLY.record("ceffu", "whole requests answered slower than the head timeout", "answered")


def test_an_injected_drop_closes_the_connection_without_a_traceback_in_the_log() -> None:
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    uvicorn_log = logging.getLogger("uvicorn.error")
    try:
        with serve("ceffu") as (running, control):
            uvicorn_log.addHandler(handler)  # after uvicorn configured its logging (that drops handlers)
            control.faults(drop_rate=1.0)
            try:
                with pytest.raises(httpx.RemoteProtocolError):
                    httpx.get(running.base_url + "/open-api/v1/system/status", timeout=5)
            finally:
                control.faults(drop_rate=0.0)
            assert httpx.get(running.base_url + "/open-api/v1/system/status", timeout=5).status_code == 401
    finally:
        uvicorn_log.removeHandler(handler)
    assert [r.getMessage() for r in records if r.levelno >= logging.ERROR] == []


def test_control_writes_from_a_client_still_work(mock: tuple[RunningMock, Control]) -> None:
    """The refusals do not lock out a legitimate client (httpx/curl send none of the browser headers)."""
    running, control = mock
    assert control.post("/clock", {"shift_ms": 0})["offset_ms"] == control.get("/clock")["offset_ms"]
    content, headers = json.dumps({"shift_ms": 0}), {"content-type": "application/json", "sec-fetch-site": "none"}
    response = httpx.post(running.base_url + "/_mock/clock", content=content, headers=headers, timeout=30)
    assert response.status_code == 200, response.text
