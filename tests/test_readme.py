"""The README's quickstart runs: its Python blocks, in order, against a Ceffu mock started as it says."""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

README = Path(__file__).resolve().parents[1] / "README.md"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_readme_python_blocks_run_against_the_mock(monkeypatch, tmp_path):
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert len(blocks) >= 3
    assert "coinrails-mock credentials ceffu --env" in text
    port = free_port()
    cli = [sys.executable, "-m", "coinrails_mock.cli"]
    log = (tmp_path / "mock.log").open("w")
    server = subprocess.Popen([*cli, "serve", "--provider", "ceffu", "--port", str(port)], stderr=log)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/_mock/clock", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, "mock did not start"
                time.sleep(0.2)
        exports = subprocess.run(
            [*cli, "credentials", "ceffu", "--env", "--port", str(port)], check=True, capture_output=True, text=True
        ).stdout
        for line in exports.splitlines():  # what `eval "$(...)"` does
            name, value = shlex.split(line.removeprefix("export "))[0].split("=", 1)
            monkeypatch.setenv(name, value)
        namespace: dict[str, object] = {"__name__": "__readme__"}
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            for block in blocks:
                exec(compile(block, str(README), "exec"), namespace)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    printed = out.getvalue().splitlines()
    assert "40" in printed  # the withdrawal completed
    assert any(line.startswith("CeffuDuplicateRequestError G20015") for line in printed)
    assert "createWithdrawal 200 G20015" in out.getvalue()
    assert "(createWithdrawal) -> 200 000000" in (tmp_path / "mock.log").read_text()
