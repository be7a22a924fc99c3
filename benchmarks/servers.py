"""Servers under test, each in its own process on 127.0.0.1: a provider mock, Prism, the floor app.

On a machine with 2+ cores every server is pinned (taskset) to the last core and wrk to the first, so a
server never shares a core with the load that drives it; while one server is measured the others sleep
(`alone`), so their background work (a mock's 20 ms scheduler tick, Node's timers) does not run on its core.
"""

from __future__ import annotations

import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
HOST = "127.0.0.1"


def cores() -> tuple[set[int], set[int]] | None:
    """(load generator cores, server cores), or None when there is a single core."""
    available = sorted(os.sched_getaffinity(0))
    return ({available[0]}, {available[-1]}) if len(available) >= 2 else None


def generator_core() -> int | None:
    split = cores()
    return min(split[0]) if split else None


def pinned(argv: list[str]) -> list[str]:
    """`argv` prefixed with taskset onto the server core (unchanged on one core)."""
    split = cores()
    return ["taskset", "-c", str(min(split[1])), *argv] if split else argv


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    name: str
    port: int
    process: subprocess.Popen[bytes]
    command: str

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"


@contextmanager
def alone(server: Server, others: Iterable[Server]) -> Iterator[Server]:
    """`server` with every other server's process group stopped (SIGSTOP) until the block ends (SIGCONT)."""
    stopped = []
    try:
        for other in others:
            if other is not server and other.process.poll() is None:
                os.killpg(other.process.pid, signal.SIGSTOP)
                stopped.append(other)
        for other in stopped:
            settled(other.process.pid)
        yield server
    finally:
        for other in stopped:
            os.killpg(other.process.pid, signal.SIGCONT)


def process_state(pid: int) -> str | None:
    """The state letter Linux shows for `pid` (R, S, T for stopped...), None without /proc."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return None


def settled(pid: int, timeout: float = 1.0) -> None:
    """Wait (at most `timeout`) until the stop signal has taken `pid` off the CPU: state T."""
    deadline = time.monotonic() + timeout
    while process_state(pid) not in ("T", None) and time.monotonic() < deadline:
        time.sleep(0.001)


def answers(port: int) -> bool:
    """True once something on `port` answers an HTTP request (any status)."""
    try:
        with socket.create_connection((HOST, port), timeout=1) as sock:
            sock.sendall(b"GET / HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n")
            return sock.recv(12).startswith(b"HTTP/1.1")
    except OSError:
        return False


@contextmanager
def serve(name: str, argv: list[str], port: int, *, timeout: float = 60.0) -> Iterator[Server]:
    """Start `argv` (pinned) in its own process group, wait until it answers on `port`, stop it afterwards."""
    argv = pinned(argv)
    process = subprocess.Popen(
        argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        deadline = time.monotonic() + timeout
        while not answers(port):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not start on port {port} (exit code {process.poll()})")
            time.sleep(0.1)
        yield Server(name, port, process, shlex.join(argv))
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # the group we started (Prism's node and any child)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def mock(provider: str) -> tuple[str, list[str], int]:
    port = free_port()
    argv = [str(BIN / "coinrails-mock"), "serve", "--provider", provider, "--host", HOST, "--port", str(port)]
    argv += ["--log-level", "warning"]  # no per-request log lines, like Prism at -v warn
    return f"{provider} mock", argv, port


def mock_from(provider: str, tree: Path) -> tuple[str, list[str], int]:
    """The mock served from another checkout's code (e.g. the commit before a change: `git worktree add`), with
    this environment's packages: `tree` goes first on sys.path, so its `coinrails_mock` and specs/ are used."""
    port = free_port()
    tree = tree.resolve()
    boot = f"import sys; sys.path.insert(0, {str(tree)!r}); from coinrails_mock.cli import main; sys.exit(main())"
    argv = [sys.executable, "-c", boot, "serve", "--provider", provider, "--host", HOST, "--port", str(port)]
    argv += ["--log-level", "warning"]
    return f"{provider} mock ({tree})", argv, port


def prism(provider: str) -> tuple[str, list[str], int]:
    # -v warn: Prism logs at the mock's level (no per-request log lines), its best case
    port = free_port()
    argv = [str(PRISM), "mock", f"specs/{provider}.yaml", "-p", str(port), "-h", HOST, "-v", "warn"]
    return f"{provider} Prism", argv, port


def floor() -> tuple[str, list[str], int]:
    port = free_port()
    return "floor", [sys.executable, "-m", "benchmarks.floor", str(port)], port
