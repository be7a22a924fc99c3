"""`coinrails-mock`: credentials (JSON and `--env`), the start-up banner, JSON log lines."""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import gc
import json
import logging
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import psutil
import pytest
import uvicorn
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from coinrails_mock import cli
from coinrails_mock.app import build_app
from coinrails_mock.cli import FreezeSurvivors, JsonFormatter, banner, main
from coinrails_mock.providers.ceffu.credentials import API_KEYS, public_key
from contract_tests.harness import free_port


def test_credentials_json_holds_usable_keys(capsys):
    assert main(["credentials", "ceffu"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["provider"] == "ceffu" and out["base_url"] == "http://127.0.0.1:8101"
    for key_field, secret_field in (
        ("api_key", "private_key"),
        ("readonly_api_key", "readonly_private_key"),
        ("other_tenant_api_key", "other_tenant_private_key"),
    ):
        private = serialization.load_der_private_key(base64.b64decode(out[secret_field]), password=None)
        assert isinstance(private, rsa.RSAPrivateKey)
        signature = private.sign(b"payload", padding.PKCS1v15(), hashes.SHA512())
        public_key(out[key_field]).verify(signature, b"payload", padding.PKCS1v15(), hashes.SHA512())
    assert len({out["api_key"], out["readonly_api_key"], out["other_tenant_api_key"]} & set(API_KEYS)) == 3
    webhook_key = serialization.load_der_public_key(base64.b64decode(out["webhook_public_key"]))
    assert isinstance(webhook_key, rsa.RSAPublicKey)


def _exports(capsys, *argv: str) -> dict[str, str]:
    assert main(["credentials", *argv, "--env"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(line.startswith("export ") for line in lines)
    pairs = [shlex.split(line[len("export ") :])[0].split("=", 1) for line in lines]
    return dict(pairs)


@pytest.mark.parametrize("provider", ["ceffu", "bitunix", "xcurrency", "cryptofuse"])
def test_env_exports_exactly_the_variables_the_client_reads(provider, capsys):
    exports = _exports(capsys, provider, "--port", "9123")
    package = Path("generated") / f"{provider}-client" / f"{provider}_client"
    client_source = "".join(p.read_text() for p in (package / "_client.py", package / "ws.py") if p.exists())
    read = set(re.findall(r'setting\([^)]*"([A-Z_]+)"', client_source))
    assert set(exports) == read
    assert exports[f"{provider.upper()}_BASE_URL"] == "http://127.0.0.1:9123"


@pytest.mark.parametrize("env", [[], ["--env"]], ids=["json", "env"])
def test_credentials_refuse_port_0_with_one_line(env, capsys):
    """`--port 0` printed the provider's default port (8101): the port `serve --port 0` picks is not known here."""
    assert main(["credentials", "ceffu", "--port", "0", *env]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.splitlines() == [
        "coinrails-mock: --port 0 is a port `serve` picks when it starts: pass the port its banner names (the"
        " banner's `credentials` line is this command with it)"
    ]


async def test_exported_credentials_drive_the_typed_client(capsys, monkeypatch):
    from ceffu_client import AsyncCeffuClient

    for variable, value in _exports(capsys, "ceffu", "--port", "9124").items():
        monkeypatch.setenv(variable, value)
    app = build_app("ceffu")
    async with AsyncCeffuClient(transport=httpx.ASGITransport(app=app)) as client:
        assert client.base_url == "http://127.0.0.1:9124"
        wallets = await client.wallets.get_wallet_list(page_limit=10)
        assert wallets.data
    await app.state.mock.aclose()


def test_banner_names_provider_url_state_and_how_to_get_credentials(tmp_path):
    text, fields = banner("ceffu", tmp_path / "s.sqlite", 9125)
    assert "ceffu mock listening on http://127.0.0.1:9125" in text and str(tmp_path / "s.sqlite") in text
    assert "coinrails-mock credentials ceffu --env --port 9125" in text and fields["docs"].endswith("/_mock/docs")
    assert "in memory" in banner("ceffu", None, 8101)[0]


def test_banner_of_an_ipv6_host_brackets_it_and_passes_it_to_credentials():
    text, fields = banner("ceffu", None, 8101, "::1")
    assert fields["base_url"] == "http://[::1]:8101" and "listening on http://[::1]:8101" in text
    assert "coinrails-mock credentials ceffu --env --host ::1 --port 8101" in text


def test_a_taken_port_stops_serve_with_one_line():
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        argv = [sys.executable, "-m", "coinrails_mock.cli", "serve", "--provider", "ceffu", "--port", str(port)]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"coinrails-mock: cannot listen on 127.0.0.1:{port}: Address already in use; stop what uses it, or choose"
        " another --port"
    ]


def test_serve_all_with_one_port_taken_starts_none_and_releases_the_others(monkeypatch, capsys):
    ports = {provider: free_port() for provider in cli.DEFAULT_PORTS}
    monkeypatch.setattr(cli, "DEFAULT_PORTS", ports)
    monkeypatch.setattr(cli, "_logging", lambda *args: None)  # keep pytest's logging as it is
    with socket.create_server(("127.0.0.1", ports["xcurrency"])):
        assert main(["serve", "--all"]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"coinrails-mock: cannot listen on 127.0.0.1:{ports['xcurrency']}: Address already in use; stop what uses"
        " it, or serve that provider alone with --provider and --port"
    ]
    for provider, port in ports.items():  # the ports bound before the taken one were closed again
        if provider != "xcurrency":
            _bind_alone(port)


SERVE = [sys.executable, "-m", "coinrails_mock.cli", "serve"]
UNSIGNED = {"ceffu": "/open-api/v1/wallet/list", "cryptofuse": "/currencies/"}  # answered 401 (after any latency)
STOPPED_AT_ONCE = "coinrails-mock: stopped without waiting for the requests in flight"


class Serving:
    """`coinrails-mock serve` in a subprocess, in its own process group as a terminal's foreground job is: `ctrl_c`
    sends SIGINT to the whole group, as the terminal does. Every mode keeps its state in SQLite files under
    `tmp_path`; `--all` runs the real CLI with the default ports replaced by free ones."""

    def __init__(self, mode: str, tmp_path: Path, *extra: str) -> None:
        state = tmp_path / "state.sqlite"
        if mode == "all":
            self.ports = {provider: free_port() for provider in cli.DEFAULT_PORTS}
            code = (
                f"import sys; from coinrails_mock import cli; cli.DEFAULT_PORTS.update({self.ports!r});"
                " sys.exit(cli.main(sys.argv[1:]))"
            )
            argv = [sys.executable, "-c", code, "serve", "--all", "--state", str(state), *extra]
            self.states = [tmp_path / f"state-{provider}.sqlite" for provider in self.ports]
        else:
            self.ports = {"ceffu": free_port()}
            argv = [*SERVE, "--provider", "ceffu", "--port", str(self.ports["ceffu"]), "--state", str(state)]
            argv += [*(["--workers", "2"] if mode == "workers" else []), *extra]
            self.states = [state]
        self.base_url = f"http://127.0.0.1:{self.ports['ceffu']}"  # the control API asked while it starts
        self.process = subprocess.Popen(
            argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True
        )
        try:
            deadline = time.monotonic() + 60
            while not self._answers():
                assert self.process.poll() is None and time.monotonic() < deadline, "the mock did not start"
                time.sleep(0.1)
            main = psutil.Process(self.process.pid)
            self.processes = [main, *main.children(recursive=True)]
            assert len(self.processes) == (3 if mode == "workers" else 1)
            assert all(Path(f"{s}-wal").exists() for s in self.states)  # each store is open (SQLite's WAL file)
        except BaseException:
            self.kill()
            raise

    def _answers(self) -> bool:
        try:
            return httpx.get(f"{self.base_url}/_mock/clock", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    def ctrl_c(self) -> None:
        os.killpg(self.process.pid, signal.SIGINT)

    def slow_request(self, latency_ms: int, provider: str = "ceffu") -> dict[str, Any]:
        """A provider request held `latency_ms` by a latency fault, in flight in a thread: what it got, and when."""
        base_url = f"http://127.0.0.1:{self.ports[provider]}"
        assert httpx.post(f"{base_url}/_mock/faults", json={"latency_ms": latency_ms}).status_code == 200
        time.sleep(0.5)  # --workers: the other worker adopts the stored fault
        outcome: dict[str, Any] = {}

        def call() -> None:
            started = time.monotonic()
            try:
                outcome["status"] = httpx.get(base_url + UNSIGNED[provider], timeout=60).status_code
            except httpx.TransportError as exc:
                outcome["status"] = type(exc).__name__
            outcome["seconds"] = time.monotonic() - started

        outcome["thread"] = thread = threading.Thread(target=call, daemon=True)
        thread.start()
        time.sleep(0.5)
        assert thread.is_alive()  # in flight
        return outcome

    def wait_closed(self) -> None:
        """Until nothing accepts on any of its ports: the stop has begun (every worker has closed its listener)."""
        deadline = time.monotonic() + 30
        for port in self.ports.values():
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                except OSError:
                    break
                assert time.monotonic() < deadline, f"{port} still accepts"
                time.sleep(0.05)

    def finish(self) -> tuple[int, str]:
        """The exit status and stderr, once nothing of it is left: no process, no bound port, every store closed."""
        try:
            _, err = self.process.communicate(timeout=60)
            left = _running(self.processes, within=10)
        finally:
            self.kill()
        assert not left, f"left behind: {left}"
        for port in self.ports.values():
            _serve_again(port)
        assert not [s for s in self.states if Path(f"{s}-wal").exists()], err  # SQLite removes it at the last close
        return self.process.returncode, err

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.communicate(timeout=30)


def _running(processes: list[psutil.Process], within: float) -> list[psutil.Process]:
    """Those of `processes` still running (not a zombie) after waiting at most `within` seconds for them to end."""
    deadline = time.monotonic() + within
    while True:
        left = []
        for process in processes:
            with contextlib.suppress(psutil.NoSuchProcess):
                if process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                    left.append(process)
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.1)


@pytest.fixture
def serving(tmp_path: Path) -> Iterator[Callable[[str], Serving]]:
    """Start `serve` in a mode; whatever a test leaves running is killed afterwards."""
    started: list[Serving] = []

    def start(mode: str, *extra: str) -> Serving:
        started.append(Serving(mode, tmp_path, *extra))
        return started[-1]

    yield start
    for served in started:
        served.kill()


@pytest.mark.timeout(180)
@pytest.mark.parametrize(
    ("mode", "how"),
    [
        ("single", "ctrl-c"),
        ("single", "sigterm"),
        ("all", "ctrl-c"),
        ("all", "sigterm"),
        ("workers", "ctrl-c"),
        ("workers", "sigterm"),
        ("workers", "sigterm to the group"),  # systemd's default, and `timeout`: every process gets one
        ("single", "sighup"),
        ("workers", "sighup to the group"),  # the terminal closed
    ],
)
def test_ctrl_c_sigterm_and_sighup_stop_every_mode_gracefully_with_status_0(mode, how, serving):
    """Every provider stops accepting at once (--all stopped one after another), a request in flight is answered,
    every store is closed (its WAL file gone), no process or port is left, no traceback, exit status 0: the same
    for Ctrl-C and SIGTERM (docker stop, systemd, CI), in every mode."""
    served = serving(mode)
    slow = served.slow_request(latency_ms=3000, provider="cryptofuse" if mode == "all" else "ceffu")  # < 5 s grace
    if how == "ctrl-c":
        served.ctrl_c()
    elif how in ("sigterm", "sighup"):
        served.process.send_signal(signal.SIGTERM if how == "sigterm" else signal.SIGHUP)
    else:
        os.killpg(served.process.pid, signal.SIGTERM if how == "sigterm to the group" else signal.SIGHUP)
    served.wait_closed()
    assert slow["thread"].is_alive()  # still being answered
    status, err = served.finish()
    slow["thread"].join(timeout=30)
    assert status == 0, err
    assert "Traceback" not in err and "coinrails-mock: " not in err, err
    assert slow["status"] == 401  # its own answer (unsigned), after the latency: not cut


@pytest.mark.timeout(180)
@pytest.mark.parametrize("mode", ["single", "all", "workers"])
def test_a_second_ctrl_c_cuts_the_requests_in_flight_with_one_line_and_status_130(mode, serving):
    """uvicorn's forced exit printed the traceback of every request it cut and of the app's lifespan, skipped
    closing the store, and exited 0."""
    served = serving(mode)
    slow = served.slow_request(latency_ms=30_000)
    served.ctrl_c()
    served.wait_closed()
    served.ctrl_c()
    status, err = served.finish()
    slow["thread"].join(timeout=30)
    assert status == 130, err
    assert "Traceback" not in err and "Error" not in err, err
    assert [line for line in err.splitlines() if line.startswith("coinrails-mock: ")] == [STOPPED_AT_ONCE]
    assert err.splitlines()[-1] == STOPPED_AT_ONCE
    assert slow["status"] in (503, "RemoteProtocolError") and slow["seconds"] < 20  # the provider's 503 (serving.py)


@pytest.mark.timeout(120)
def test_a_second_sigterm_forces_the_stop_too_with_status_143(serving):
    served = serving("single")
    slow = served.slow_request(latency_ms=30_000)
    served.process.send_signal(signal.SIGTERM)
    served.wait_closed()
    served.process.send_signal(signal.SIGTERM)
    status, err = served.finish()
    slow["thread"].join(timeout=30)
    assert status == 143 and err.splitlines()[-1] == STOPPED_AT_ONCE and "Traceback" not in err, err
    assert slow["status"] == 503 and slow["seconds"] < 20  # cut: the provider's 503 (serving.py)


@pytest.mark.timeout(180)
@pytest.mark.parametrize(("mode", "grace"), [("single", None), ("all", "1"), ("workers", "1")])
def test_a_graceful_stop_cuts_what_still_runs_after_the_graceful_timeout_with_one_line_and_status_0(
    mode, grace, serving
):
    """A graceful stop waited as long as a request in flight took (a 60 s latency fault: 60 s). It waits 5 s, or
    --graceful-timeout, then cuts what still runs (the provider's 503), closes the stores and exits 0: a stop asked
    for, bounded."""
    served = serving(mode, *(["--graceful-timeout", grace] if grace else []))
    slow = served.slow_request(latency_ms=60_000, provider="cryptofuse" if mode == "all" else "ceffu")
    asked = time.monotonic()
    served.process.send_signal(signal.SIGTERM)
    served.wait_closed()
    status, err = served.finish()
    took = time.monotonic() - asked
    slow["thread"].join(timeout=30)
    grace_s = float(grace or cli.GRACE_S)
    assert status == 0 and "Traceback" not in err, err
    assert [line for line in err.splitlines() if line.startswith("coinrails-mock: ")] == [
        f"coinrails-mock: 1 request still running was cut after the {grace or '5'} s --graceful-timeout"
    ]
    assert slow["status"] in (503, "RemoteProtocolError")  # the provider's 503 (serving.py)
    assert grace_s - 0.5 < took < grace_s + 4 and slow["seconds"] < grace_s + 4


def test_graceful_timeout_is_a_number_of_seconds(capsys):
    parse = cli._parser().parse_args
    assert parse(["serve", "--provider", "ceffu"]).graceful_timeout == cli.GRACE_S == 5
    assert parse(["serve", "--provider", "ceffu", "--graceful-timeout", "0.5"]).graceful_timeout == 0.5
    assert parse(["serve", "--provider", "ceffu", "--graceful-timeout", "0"]).graceful_timeout == 0  # at once
    assert parse(["serve", "--provider", "ceffu", "--graceful-timeout", "1e3"]).graceful_timeout == 1000
    for text in ("-1", "soon", "inf", "nan", "1e400", "\u0661", "1_0", " 1", "0x10", ""):  # \u0661: Arabic-Indic 1
        with pytest.raises(SystemExit) as stopped:
            parse(["serve", "--provider", "ceffu", "--graceful-timeout", text])
        assert stopped.value.code == 2 and f"{text!r} is not a number of seconds (0 or more)" in capsys.readouterr().err


NOT_NUMBERS = ("-1", "nan", "inf", "-inf", "1e400", "\u0661", "\u0662", "1_0", " 1", "+1", "0x10", "", "ten")


@pytest.mark.parametrize(
    ("flag", "good", "bad", "refusal"),
    [
        (
            "--auto-advance-ms",
            {"0": 0, "700": 700, "86400000": 86_400_000},
            ("86400001", "1.5"),
            "number of milliseconds (0-86400000)",
        ),
        ("--timestamp-window-ms", {"0": 0, "1234": 1234}, ("86400001", "1e3"), "number of milliseconds (0-86400000)"),
        (
            "--webhook-time-scale",
            {"0": 0, "0.001": 0.001, "1e-3": 0.001, ".5": 0.5, "1000": 1000},
            ("1000.5",),
            "webhook delay factor (0-1000)",
        ),
    ],
)
def test_numeric_flags_refuse_what_is_no_such_number(flag, good, bad, refusal, capsys):
    """--webhook-time-scale took -1, nan, inf; --timestamp-window-ms -1; --auto-advance-ms -5; each took digits of
    other scripts (int() and float() read them). Now each takes the control API's range for its setting, in ASCII."""
    parse = cli._parser().parse_args
    dest = flag[2:].replace("-", "_")
    for text, value in good.items():
        assert getattr(parse(["serve", "--provider", "ceffu", flag, text]), dest) == value
    for text in (*NOT_NUMBERS, *bad):
        with pytest.raises(SystemExit) as stopped:
            parse(["serve", "--provider", "ceffu", f"{flag}={text}"])  # `=`: `-inf` is no option
        assert stopped.value.code == 2 and f"{text!r} is not a {refusal}" in capsys.readouterr().err, text


@pytest.mark.timeout(120)
def test_a_stop_signal_during_start_up_stops_serve_once_it_serves():
    """The handlers are set before the servers exist: `Stop.ready` passes on what came meanwhile (here, a SIGTERM
    while the server is being built)."""
    port = free_port()
    code = (
        "import os, signal, sys; from coinrails_mock import cli; server = cli._server;"
        " cli._server = lambda *a: (os.kill(os.getpid(), signal.SIGTERM), server(*a))[1];"
        " sys.exit(cli.main(sys.argv[1:]))"
    )
    argv = [sys.executable, "-c", code, "serve", "--provider", "ceffu", "--port", str(port)]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    _serve_again(port)


def test_a_third_stop_signal_ends_the_process_at_once(monkeypatch, capfd):
    """For a stop that hangs: the workers are killed, one line, the forced stop's status."""
    calls: list[object] = []
    stop = cli.Stop(lambda: calls.append("graceful"), lambda: calls.append("force"), lambda: calls.append("kill"))
    monkeypatch.setattr(cli.os, "_exit", calls.append)
    for sig in (signal.SIGINT, signal.SIGINT, signal.SIGTERM):
        stop(sig, None)
    assert calls == ["graceful", "force", "kill", 130]
    assert capfd.readouterr().err == "coinrails-mock: stopped at once\n"


@pytest.mark.timeout(120)
def test_workers_stop_when_their_parent_is_killed(serving):
    """kill -9 of `serve --workers` (OOM killer, a CI runner's timeout) leaves no worker serving on alone."""
    served = serving("workers")
    served.process.kill()
    served.process.wait(timeout=10)
    assert not _running(served.processes[1:], within=30)
    _serve_again(served.ports["ceffu"])


REPLACED = re.compile(r"worker (\d+) ended unasked after [\d.]+ s \(killed by SIGKILL\); worker (\d+) replaces it$")


def _new_worker(served: Serving, gone: int) -> psutil.Process:
    """The worker that replaced the (killed) worker `gone`, once it answers; it joins what `finish` checks."""
    deadline = time.monotonic() + 30
    while True:
        workers = psutil.Process(served.process.pid).children()
        new = [w for w in workers if w not in served.processes]
        if len(workers) == 2 and new and gone not in {w.pid for w in workers}:
            break
        assert time.monotonic() < deadline, f"not replaced: {workers}"
        time.sleep(0.1)
    served.processes += new
    return new[0]


@pytest.mark.timeout(180)
def test_a_worker_that_dies_is_logged_and_replaced_on_the_shared_state(serving):
    """A killed worker was neither logged nor replaced: the others served on, one fewer each time, until `serve`
    exited 1 when none was left. Now each is replaced at once; the replacements serve the state the dead ones left
    (--workers needs a shared --state)."""
    served = serving("workers")
    settings = f"{served.base_url}/_mock/settings"
    assert httpx.post(settings, json={"auto_advance_ms": 4321}, timeout=10).status_code == 200
    replaced = {}
    for original in served.processes[1:]:  # both, one after the other: only replacements are left
        original.kill()
        replaced[original.pid] = _new_worker(served, original.pid).pid
    for _ in range(6):  # new connections: both replacements answer, from the shared store
        with httpx.Client(timeout=10) as client:
            assert client.get(settings).json()["auto_advance_ms"] == 4321
    served.process.send_signal(signal.SIGTERM)
    status, err = served.finish()
    assert status == 0 and "Traceback" not in err, err
    lines = [REPLACED.search(line) for line in err.splitlines() if "unasked" in line]
    assert {int(m[1]): int(m[2]) for m in lines if m} == replaced and len(lines) == 2, err


@pytest.mark.timeout(120)
def test_workers_that_keep_dying_at_start_up_are_given_up_with_one_line_and_status_1(tmp_path):
    """No crash loop: after 3 workers in a row ended within 5 s of their start, no other is started; the others
    stop, the port is released."""
    port = free_port()
    code = "import os, sys; from coinrails_mock import cli; cli._worker = lambda *a: os._exit(3); sys.exit(cli.main())"
    argv = [sys.executable, "-c", code, "serve", "--provider", "ceffu", "--port", str(port), "--workers", "2"]
    argv += ["--state", str(tmp_path / "state.sqlite")]
    process = subprocess.Popen(argv, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        _, err = process.communicate(timeout=60)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == 1 and "Traceback" not in err, err
    ended = [line for line in err.splitlines() if "ended unasked" in line]
    assert len(ended) == 3 and all("(exit status 3)" in line for line in ended), err
    assert "replaces it" in ended[0] and "replaces it" in ended[1] and "replaces" not in ended[2], err
    assert err.splitlines()[-1] == (
        "coinrails-mock: gave up: 3 workers in a row ended within 5 s of their start (the last: exit status 3)"
    )
    _serve_again(port)


def test_workers_ending_after_running_a_while_do_not_add_up_to_a_crash_loop(monkeypatch):
    """Only workers dying at start-up in a row count: one that had run STEADY_S starts the count again."""
    workers = cli.Workers(SimpleNamespace())
    started: list[int] = []
    monkeypatch.setattr(workers, "start", lambda slot, announce: started.append(slot) or SimpleNamespace(pid=1))
    dead = SimpleNamespace(pid=2, exitcode=-9)
    for lived in (0.1, 0.1, cli.STEADY_S, 0.1, 0.1):  # a worker that had run a while: not a loop
        workers.replace(0, dead, lived)  # type: ignore[arg-type]
    assert not workers.gave_up and len(started) == 5
    workers.replace(0, dead, 0.1)  # type: ignore[arg-type]
    assert workers.gave_up.startswith("gave up: 3 workers in a row") and len(started) == 5


# Loaded by Python at start-up (PYTHONPATH): a Ctrl-C as the command imports uvicorn, whatever the machine's speed.
CTRL_C_WHILE_IMPORTING = """
import builtins, os, signal
real_import = builtins.__import__
def ctrl_c_at_uvicorn(name, *args, **kwargs):
    if name == "uvicorn" and not os.environ.get("CTRL_C_SENT"):
        os.environ["CTRL_C_SENT"] = "1"
        os.kill(os.getpid(), signal.SIGINT)
    return real_import(name, *args, **kwargs)
builtins.__import__ = ctrl_c_at_uvicorn
"""


@pytest.mark.timeout(120)
@pytest.mark.parametrize("command", ["coinrails-mock", "python -m coinrails_mock"])
def test_ctrl_c_while_python_imports_exits_130_without_a_traceback(command, tmp_path):
    """The first ~0.5 s of every start are imports: a Ctrl-C then printed a KeyboardInterrupt traceback."""
    script = Path(sys.executable).with_name("coinrails-mock")
    if command == "coinrails-mock" and not script.exists():
        pytest.skip("no coinrails-mock console script next to this Python")
    (tmp_path / "sitecustomize.py").write_text(CTRL_C_WHILE_IMPORTING)
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    env.pop("CTRL_C_SENT", None)
    argv = [str(script)] if command == "coinrails-mock" else [sys.executable, "-m", "coinrails_mock"]
    argv += ["serve", "--provider", "ceffu", "--port", str(free_port())]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60, env=env)
    assert (done.returncode, done.stderr) == (130, "")


def test_ctrl_c_before_serve_handles_it_exits_130(monkeypatch, capsys):
    """Parsing, checking the flags (or printing credentials) before `Stop` takes SIGINT over."""

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    def status(*argv: str) -> int:
        try:
            return main(list(argv))
        except KeyboardInterrupt:  # not for pytest: it would stop the session
            pytest.fail("KeyboardInterrupt escaped main()")

    monkeypatch.setattr(cli, "_check", interrupted)
    assert status("serve", "--provider", "ceffu") == 130
    monkeypatch.setattr(cli, "load_provider", interrupted)
    assert status("credentials", "ceffu") == 130
    assert capsys.readouterr() == ("", "")


def test_json_log_lines_carry_the_request_fields():
    record = logging.LogRecord("coinrails_mock.requests", logging.INFO, "", 0, "a line", None, None)
    record.request = {"operation": "getWalletList", "status": 401, "reason": "Invalid Sign"}
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "a line" and line["status"] == 401 and line["reason"] == "Invalid Sign"


def test_serve_freezes_the_start_up_heap_before_serving(monkeypatch):
    """The collector's full passes then walk only what requests made (benchmarks: the p99 figures)."""
    seen = {}

    async def serve(self, *_, **__):
        seen["frozen"] = gc.get_freeze_count()

    monkeypatch.setattr(uvicorn.Server, "serve", serve)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    gc.unfreeze()
    callbacks = gc.callbacks[:]
    try:
        assert main(["serve", "--provider", "ceffu", "--port", str(free_port()), "--log-level", "warning"]) == 0
        assert [c for c in gc.callbacks if isinstance(c, FreezeSurvivors)]  # and so on for what requests store
    finally:
        gc.callbacks[:] = callbacks
        gc.unfreeze()
        root.handlers[:], root.level = handlers, level
    assert seen["frozen"] > 10_000  # the specs, validators and app built at start-up


class _Node:
    """A tracked object that can sit in a reference cycle and be watched by a weak reference."""

    def __init__(self) -> None:
        self.other: _Node | None = None


def test_full_collections_freeze_their_survivors_and_thaw_when_the_frozen_heap_doubles():
    """Stored state leaves later full passes (their pauses do not grow with it); cyclic garbage among it is still
    freed once the frozen heap has doubled."""
    gc.unfreeze()
    gc.disable()  # only the passes this test asks for
    gc.collect()
    gc.freeze()  # as settle_heap leaves it
    base = gc.get_freeze_count()
    policy = FreezeSurvivors()
    gc.callbacks.append(policy)
    try:
        assert policy.walked == base > 0
        kept = [_Node() for _ in range(1000)]
        a, b = _Node(), _Node()
        a.other, b.other = b, a  # a cycle: only the collector frees it
        watch = weakref.ref(a)
        before = gc.get_freeze_count()
        gc.collect()
        assert gc.get_freeze_count() >= before + 1000 and not policy.thawed  # survivors frozen, not walked again
        del a, b
        gc.collect()
        assert watch() is not None and not policy.thawed  # frozen: the next passes do not walk it
        kept += [_Node() for _ in range(3 * base)]  # the frozen heap more than doubles
        gc.collect()
        assert policy.thawed and gc.get_freeze_count() == 0
        gc.collect()  # this pass walks everything, frees the cycle and freezes the rest again
        assert watch() is None
        assert not policy.thawed and policy.passes == 0 and policy.walked >= len(kept) > 3 * base
    finally:
        gc.callbacks.remove(policy)
        gc.unfreeze()
        gc.enable()


def test_full_collections_thaw_the_frozen_heap_every_few_passes_even_when_it_does_not_grow():
    """Garbage cycles frozen with the survivors (requests in flight at a pass) are freed within THAW_EVERY passes."""
    gc.unfreeze()
    gc.disable()
    gc.collect()
    gc.freeze()
    policy = FreezeSurvivors()
    gc.callbacks.append(policy)
    try:
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        watch = weakref.ref(a)
        gc.collect()  # pass 1: the cycle is alive, frozen with the rest
        del a, b
        for _ in range(FreezeSurvivors.THAW_EVERY - 2):  # passes 2 to THAW_EVERY - 1
            gc.collect()
            assert watch() is not None and not policy.thawed
        gc.collect()  # pass THAW_EVERY since the heap was last walked: thawed
        assert policy.thawed
        gc.collect()
        assert watch() is None and not policy.thawed
    finally:
        gc.callbacks.remove(policy)
        gc.unfreeze()
        gc.enable()


def test_listen_closes_what_it_bound_when_a_later_port_is_taken():
    ports = [free_port() for _ in range(3)]
    servers = [SimpleNamespace(config=SimpleNamespace(host="127.0.0.1", port=port)) for port in ports]
    with socket.create_server(("127.0.0.1", ports[2])), pytest.raises(cli.CannotListen) as caught:
        cli._listen(servers, "choose another --port")
    assert caught.value.__traceback__ is not None  # keeps _listen's frame, and what it bound, alive
    for port in ports[:2]:
        _bind_alone(port)


def _bind_alone(port: int) -> None:
    """Bind without SO_REUSEADDR: fails while any other socket is bound to the port, listening or not."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))


def _serve_again(port: int) -> None:
    """Listen on the port as a new `serve` would (SO_REUSEADDR: the closed connections' TIME_WAIT does not count):
    fails while any socket listens on it."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        sock.listen()


def test_bound_sockets_already_listen():
    """uvloop ignores a failed listen() at serve time: a port lost after bind would give a silent server."""
    socks = cli._bind("127.0.0.1", 0)
    try:
        assert socks and all(s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN) for s in socks)
    finally:
        for sock in socks:
            sock.close()


def test_port_0_on_a_host_with_two_addresses_is_one_port(monkeypatch):
    """A name resolving to IPv4 and IPv6 loopback: each address got its own free port; the banner named one."""
    v4 = (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 0))
    v6 = (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("::1", 0, 0, 0))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: [v4, v6])
    socks = cli._bind("localhost", 0)
    try:
        ports = {s.getsockname()[1] for s in socks}
        assert len(socks) == 2 and len(ports) == 1 and 0 not in ports
    finally:
        for sock in socks:
            sock.close()


def test_a_taken_ipv6_port_is_named_in_brackets():
    with socket.create_server(("::1", 0), family=socket.AF_INET6) as taken:
        port = taken.getsockname()[1]
        with pytest.raises(cli.CannotListen, match=rf"cannot listen on \[::1\]:{port}: .*; stop what uses it"):
            cli._bind("::1", port)


def _serve_all_refused(*argv: str) -> tuple[dict[str, int], str]:
    """`serve --all ...` (the default ports replaced by free ones), which must stop at once with status 2: the
    ports and stderr."""
    ports = {provider: free_port() for provider in cli.DEFAULT_PORTS}
    code = (
        f"import sys; from coinrails_mock import cli; cli.DEFAULT_PORTS.update({ports!r});"
        " sys.exit(cli.main(sys.argv[1:]))"
    )
    with subprocess.Popen(
        [sys.executable, "-c", code, "serve", "--all", *argv], stderr=subprocess.PIPE, text=True
    ) as process:
        try:
            _, err = process.communicate(timeout=30)
        finally:
            process.kill()
    assert process.returncode == 2, err
    for port in ports.values():  # none was bound
        _bind_alone(port)
    return ports, err


def test_serve_all_refuses_workers_with_one_line(tmp_path):
    """--all serves every provider in one process: --workers was ignored (a single process, no word said)."""
    _, err = _serve_all_refused("--workers", "2", "--state", str(tmp_path / "state.sqlite"))
    assert err.splitlines() == [
        "coinrails-mock: --workers needs --provider (--all serves every provider in one process): serve each"
        " provider with its own --provider, --port, --state and --workers"
    ]


def test_serve_all_refuses_a_port_with_one_line():
    """--all serves each provider on its default port: --port was ignored."""
    ports, err = _serve_all_refused("--port", str(free_port()))
    listed = ", ".join(f"{provider} {port}" for provider, port in ports.items())
    assert err.splitlines() == [
        f"coinrails-mock: --port needs --provider (--all serves each provider on its default port: {listed})"
    ]


IN_MEMORY = [
    ":memory:",
    "./:memory:",
    "?mode=memory",
    "file::memory:?uri=true",
    "file:x?mode=memory&uri=true",
    "sqlite://",
    "sqlite:///",
    "sqlite:///:memory:",
    "sqlite:///x?mode=memory",
]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("state", ["", *IN_MEMORY])
def test_workers_refuse_a_state_in_memory_with_one_line(state, tmp_path):
    """--workers 2 --state :memory: served two states on one port (an SQLite database in memory is one per process):
    a fault set through one worker was not there in the other, balances and idempotency keys neither."""
    argv = [sys.executable, "-m", "coinrails_mock", "serve", "--provider", "ceffu", "--port", str(free_port())]
    with subprocess.Popen(
        [*argv, "--workers", "2", "--state", state], cwd=tmp_path, stderr=subprocess.PIPE, text=True
    ) as process:
        try:
            _, err = process.communicate(timeout=20)  # refused within a second or two; served, it would not end
        finally:
            process.kill()
    assert process.returncode == 2, err
    if not state:
        assert err.splitlines() == [
            "coinrails-mock: state file (none): --workers needs a shared store; pass --state FILE or --state"
            " postgresql://..."
        ]
        return
    assert err.splitlines() == [
        f"coinrails-mock: --workers needs a --state every worker shares: {state!r} is an SQLite database in memory,"
        " one per process (each worker would serve its own state); pass --state FILE or --state postgresql://..."
    ]


@pytest.mark.parametrize("state", ["state.sqlite", "file:x?mode=memory", "memory"])
def test_a_state_file_is_not_in_memory_however_it_is_named(state, tmp_path, monkeypatch):
    """SQLite is asked, not the name: without uri=true, `file:x?mode=memory` is a file named so (workers share it)."""
    monkeypatch.chdir(tmp_path)
    assert cli._in_memory(state) is False


@pytest.mark.parametrize("count", ["0", "-2", "two"])
def test_fewer_than_one_worker_is_refused_by_the_parser(count, capsys):
    """--workers 0 (or -2) served one process, as --workers 1."""
    with pytest.raises(SystemExit) as stopped:  # the parser alone: a parser that let it through serves nothing here
        cli._parser().parse_args(["serve", "--provider", "ceffu", "--workers", count])
    assert stopped.value.code == 2 and f"{count!r} is not a number of processes (1 or more)" in capsys.readouterr().err


@pytest.mark.timeout(120)
@pytest.mark.parametrize("workers", [[], ["--workers", "2"]], ids=["one process", "workers"])
def test_port_0_serves_on_a_free_port_which_the_banner_names(workers, tmp_path):
    """--port 0 (any free port) served on the provider's default port (here replaced by another free one)."""
    default = free_port()
    code = (
        f"import sys; from coinrails_mock import cli; cli.DEFAULT_PORTS['ceffu'] = {default};"
        " sys.exit(cli.main(sys.argv[1:]))"
    )
    argv = [sys.executable, "-c", code, "serve", "--provider", "ceffu", "--port", "0"]
    argv += ["--state", str(tmp_path / "state.sqlite"), *workers]
    process = subprocess.Popen(argv, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert process.stderr is not None
        lines = [process.stderr.readline() for _ in range(4 if workers else 3)]  # to the banner's credentials
        port = int(re.findall(r"listening on http://127\.0\.0\.1:(\d+)$", lines[-3])[0])
        assert port not in (0, default)
        assert lines[-1].strip() == f'credentials  eval "$(coinrails-mock credentials ceffu --env --port {port})"'
        if workers:
            assert f"ceffu mock: 2 workers on http://127.0.0.1:{port} sharing" in lines[0]
        assert httpx.get(f"http://127.0.0.1:{port}/_mock/clock", timeout=10).status_code == 200
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.communicate(timeout=60)
    assert process.returncode == 0


def test_an_unknown_log_level_is_refused_by_the_parser(capsys):
    """It stopped start-up with a ValueError traceback from logging."""
    with pytest.raises(SystemExit) as stopped:
        cli._parser().parse_args(["serve", "--provider", "ceffu", "--log-level", "loud"])
    assert stopped.value.code == 2 and "argument --log-level: invalid choice: 'loud'" in capsys.readouterr().err
    assert cli._parser().parse_args(["serve", "--provider", "ceffu", "--log-level", "WARNING"]).log_level == "warning"


@pytest.mark.parametrize("port", ["65536", "-1", "99999999999999999999", "80a"])
def test_a_port_outside_0_to_65535_is_refused_by_the_parser(port, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["serve", "--provider", "ceffu", "--port", port])
    assert stopped.value.code == 2 and "is not a TCP port (0-65535)" in capsys.readouterr().err


# Every `serve` flag, audited against every provider: these mean something for each one; NO_OP_FLAGS lists the
# others, with the providers they mean nothing for. A new flag fails this list until it is placed in one of the two.
FOR_EVERY_PROVIDER = {
    "provider", "all", "host", "port", "state", "workers", "strict", "auto_advance_ms", "log_level", "log_format",
    "graceful_timeout",
}  # fmt: skip
NO_OPS = [
    (flag, provider) for flag, (providers, _) in sorted(cli.NO_OP_FLAGS.items()) for provider in sorted(providers)
]


def _flags(command: str) -> set[str]:
    (commands,) = [a for a in cli._parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return {a.dest for a in commands.choices[command]._actions if a.dest != "help"}


def test_every_serve_flag_is_placed_for_every_provider():
    assert _flags("serve") == FOR_EVERY_PROVIDER | set(cli.NO_OP_FLAGS)
    assert _flags("credentials") == {"provider", "host", "port", "env"}  # each means something for every provider
    assert cli.NO_OP_FLAGS == {
        "timestamp_window_ms": ({"xcurrency", "cryptofuse"}, "no request timestamp"),  # token / OAuth auth
        "webhook_time_scale": ({"bitunix"}, "no webhooks"),
    }


@pytest.fixture
def served_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, dict[str, Any]]]:
    """`main(["serve", ...])` in-process, on free ports, serving nothing: each app's settings, by provider."""
    monkeypatch.setattr(cli, "DEFAULT_PORTS", {provider: free_port() for provider in cli.DEFAULT_PORTS})
    monkeypatch.setattr(cli, "_logging", lambda *args: None)  # keep pytest's logging as it is
    served: dict[str, dict[str, Any]] = {}

    async def serve(self, *_, **__):
        mock = self.config.app.state.mock
        served[mock.provider.name] = {"webhook_time_scale": mock.webhooks.time_scale, **mock.provider.settings()}
        await mock.aclose()

    monkeypatch.setattr(uvicorn.Server, "serve", serve)
    callbacks = gc.callbacks[:]
    try:
        yield served
    finally:
        gc.callbacks[:] = callbacks  # as serve leaves them: its heap frozen
        gc.unfreeze()


@pytest.mark.parametrize(("flag", "provider"), NO_OPS)
def test_a_flag_that_does_nothing_for_the_provider_is_refused_with_one_line(flag, provider, capsys, served_settings):
    """--timestamp-window-ms for xCurrency or Cryptofuse, --webhook-time-scale for Bitunix were accepted silently."""
    option = "--" + flag.replace("_", "-")
    assert main(["serve", "--provider", provider, option, "5"]) == 2
    lacking = cli.NO_OP_FLAGS[flag][1]
    assert capsys.readouterr().err.splitlines() == [
        f"coinrails-mock: {option} does nothing for {provider} ({lacking}): leave it out"
    ]


def _settings(provider: str, *argv: str) -> dict[str, Any]:
    """The settings of the app `serve --provider <provider> *argv` would serve (its timestamp window, webhook scale)."""
    args = cli._parser().parse_args(["serve", "--provider", provider, *argv])
    app = cli._server(provider, args, free_port(), None).config.app
    try:
        return {"webhook_time_scale": app.state.mock.webhooks.time_scale, **app.state.mock.provider.settings()}
    finally:
        asyncio.run(app.state.mock.aclose())


@pytest.mark.parametrize("provider", sorted(cli.DEFAULT_PORTS))
def test_the_other_flags_take_effect(provider):
    argv = ["--auto-advance-ms", "700"]
    argv += [] if provider in cli.NO_OP_FLAGS["timestamp_window_ms"][0] else ["--timestamp-window-ms", "1234"]
    argv += [] if provider in cli.NO_OP_FLAGS["webhook_time_scale"][0] else ["--webhook-time-scale", "0.25"]
    settings, defaults = _settings(provider, *argv), _settings(provider)
    assert settings["auto_advance_ms"] == 700
    assert settings["timestamp_window_ms"] == (
        1234 if "--timestamp-window-ms" in argv else defaults["timestamp_window_ms"]
    )
    assert settings["webhook_time_scale"] == (0.25 if "--webhook-time-scale" in argv else 1.0)


def test_serve_all_applies_such_a_flag_where_it_means_something_and_says_so(served_settings, caplog):
    """Each provider gets the flags that mean something for it; one line each says which did not."""
    with caplog.at_level(logging.WARNING, logger="coinrails_mock"):
        assert main(["serve", "--all", "--timestamp-window-ms", "1234", "--webhook-time-scale", "0.25"]) == 0
    notes = [r.getMessage() for r in caplog.records if "applies to" in r.getMessage()]
    assert notes == [
        "--timestamp-window-ms applies to ceffu, bitunix only (xcurrency, cryptofuse: no request timestamp)",
        "--webhook-time-scale applies to ceffu, xcurrency, cryptofuse only (bitunix: no webhooks)",
    ]
    windows = {provider: settings["timestamp_window_ms"] for provider, settings in served_settings.items()}
    assert windows == {"ceffu": 1234, "bitunix": 1234, "xcurrency": 30_000, "cryptofuse": 30_000}
    scales = {provider: settings["webhook_time_scale"] for provider, settings in served_settings.items()}
    assert scales == {"ceffu": 0.25, "bitunix": 1.0, "xcurrency": 0.25, "cryptofuse": 0.25}
