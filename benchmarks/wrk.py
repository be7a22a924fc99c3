"""Drive a server with wrk: requests built and signed in advance, written to a file, replayed by bench.lua.

Every server gets the same bytes. wrk runs one thread and `connections` keep-alive connections, pinned to
its own core with taskset; it stops once `count` responses arrived (the request list is cycled), so a run
is bounded in requests as well as in time (`max_seconds`).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

LUA = Path(__file__).with_name("bench.lua")
INSTALL_HINT = "wrk is missing: install it with `apt-get update && apt-get install -y wrk` (Debian/Ubuntu)"


@dataclass(frozen=True)
class Call:
    """One HTTP request: method, path with query, headers and body."""

    method: str
    target: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def raw(self, host: str) -> bytes:
        lines = [f"{self.method} {self.target} HTTP/1.1", f"host: {host}"]
        lines += [f"{k}: {v}" for k, v in self.headers.items()]
        if self.body or self.method not in ("GET", "HEAD"):
            lines.append(f"content-length: {len(self.body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + self.body


@dataclass
class Run:
    """One wrk run against one server."""

    responses: int  # counted in the throughput
    seen: int  # responses read up to the count (the few still in flight then are not counted)
    ok: int  # of `seen`: 2xx responses carrying the success marker
    seconds: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    errors: dict[str, int]
    command: str

    @property
    def rps(self) -> float:
        return self.responses / self.seconds if self.seconds else 0.0

    @property
    def failed(self) -> int:
        """Socket errors and timeouts (wrk's `status` errors are non-2xx answers: they show in `ok`)."""
        return sum(v for k, v in self.errors.items() if k != "status")


def wrk_binary() -> str:
    found = shutil.which("wrk")
    if not found:
        raise SystemExit(INSTALL_HINT)
    return found


def version() -> str:
    out = subprocess.run([wrk_binary(), "--version"], capture_output=True, text=True)
    return (out.stdout or out.stderr).split("Copyright")[0].strip()


def write_requests(path: Path, requests: Sequence[bytes]) -> None:
    with path.open("wb") as f:
        for raw in requests:
            f.write(b"%d\n" % len(raw))
            f.write(raw)


def command(url: str, *, connections: int, max_seconds: float, core: int | None, timeout_s: float = 5.0) -> list[str]:
    argv = [wrk_binary(), "-t1", f"-c{connections}", f"-d{max_seconds:g}s", f"--timeout={timeout_s:g}s"]
    argv += ["-s", str(LUA), url]
    return (["taskset", "-c", str(core)] if core is not None else []) + argv


def run(
    host: str,
    port: int,
    requests: Sequence[bytes],
    *,
    count: int | None = None,
    connections: int = 16,
    max_seconds: float = 30.0,
    success: bytes = b"",
    core: int | None = None,
) -> Run:
    """Send `count` requests (default: each of `requests` once, cycling if more) and measure them."""
    count = count or len(requests)
    with tempfile.TemporaryDirectory(prefix="bench-wrk-") as tmp:
        file = Path(tmp) / "requests.bin"
        write_requests(file, requests)
        argv = command(f"http://{host}:{port}", connections=connections, max_seconds=max_seconds, core=core)
        env = {**os.environ, "BENCH_REQUESTS": str(file), "BENCH_COUNT": str(count)}
        env["BENCH_SUCCESS"] = success.decode()
        process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert process.stdout is not None
        result = None
        for line in process.stdout:
            if line.startswith("BENCH-STOPPED"):
                process.send_signal(signal.SIGINT)  # the count is reached: wrk ends the run now
            elif line.startswith("BENCH-RESULT "):
                result = json.loads(line.split(" ", 1)[1])
        stderr = process.stderr.read() if process.stderr else ""
        process.wait()
    if result is None:
        raise RuntimeError(f"wrk gave no result (exit {process.returncode}): {stderr.strip()}")
    marker = shlex.quote(success.decode())
    shown = f"BENCH_REQUESTS=<file> BENCH_COUNT={count} BENCH_SUCCESS={marker} {shlex.join(argv)}"
    responses = result["responses"]
    if result["stopped_us"] > 0:  # the count was reached: time from the first request to the count-th response
        responses, seconds = count, (result["stopped_us"] - result["started_us"]) / 1e6
    else:  # stopped by the time cap
        seconds = result["wrk_duration_us"] / 1e6
    return Run(
        responses=responses,
        seen=result["responses"],
        ok=result["ok"],
        seconds=seconds,
        p50_ms=result["p50_us"] / 1000,
        p90_ms=result["p90_us"] / 1000,
        p99_ms=result["p99_us"] / 1000,
        max_ms=result["max_us"] / 1000,
        errors=result["errors"],
        command=shown,
    )
