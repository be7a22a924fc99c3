"""The contract suite fails against a server that deviates from the spec.

Each test serves a deliberately broken Ceffu mock on loopback, points the suite at it (as a
`CEFFU_BASE_URL` target, the way a real sandbox is targeted), and expects the run to fail with the
failure that deviation should cause.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ..harness import running_mock

ROOT = Path(__file__).resolve().parents[2]
Rewrite = Callable[[str, dict], dict]


def rewriting(app, rewrite: Rewrite):
    """ASGI middleware: JSON response bodies go through `rewrite(path, body)`."""

    async def wrapped(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        start: dict = {}
        chunks: list[bytes] = []

        async def capture(message):
            if message["type"] == "http.response.start":
                start.update(message)
                return None
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return None
            body = b"".join(chunks)
            try:
                body = json.dumps(rewrite(scope["path"], json.loads(body))).encode()
            except ValueError:
                pass
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return None

        return await app(scope, receive, capture)

    return wrapped


def drop_wallet_id_str(path: str, body: dict) -> dict:
    if path == "/open-api/v1/wallet/list" and isinstance(body.get("data"), dict):
        for item in body["data"]["data"]:
            item.pop("walletIdStr", None)
    return body


def total_page_as_string(path: str, body: dict) -> dict:
    if path == "/open-api/v1/wallet/list" and isinstance(body.get("data"), dict):
        body["data"]["totalPage"] = str(body["data"]["totalPage"])
    return body


def run_suite(base_url: str, credentials: dict, selection: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "CEFFU_BASE_URL": base_url,
        "CEFFU_API_KEY": credentials["api_key"],
        "CEFFU_PRIVATE_KEY": credentials["private_key"],
    }
    command = [
        sys.executable,
        "-m",
        "pytest",
        "contract_tests/ceffu/test_contract.py",
        "-k",
        selection,
        "-p",
        "no:cacheprovider",
    ]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture
def broken_mock(monkeypatch):
    """Serve the Ceffu mock with a deviation installed by the test."""

    def serve(rewrite: Rewrite | None = None):
        context = running_mock("ceffu", strict=False)
        server = context.__enter__()
        if rewrite:  # Starlette builds its stack lazily: wrap it before the first request
            server.app.middleware_stack = rewriting(server.app.build_middleware_stack(), rewrite)
        broken.append(context)
        return server

    broken: list = []
    yield serve
    for context in broken:
        context.__exit__(None, None, None)


@pytest.mark.parametrize(
    ("rewrite", "expected"),
    [(drop_wallet_id_str, "walletIdStr"), (total_page_as_string, "totalPage")],
    ids=["drops-a-required-field", "returns-a-wrong-type"],
)
def test_suite_fails_on_a_deviating_response(broken_mock, rewrite, expected):
    server = broken_mock(rewrite)
    result = run_suite(server.base_url, server.credentials, "test_operations and wallet/list")
    assert result.returncode != 0, result.stdout[-2000:]
    assert "Response violates schema" in result.stdout and expected in result.stdout, result.stdout[-3000:]


def test_suite_fails_when_a_bad_signature_is_accepted(broken_mock, monkeypatch):
    from coinrails_mock.providers.ceffu import auth

    class AcceptsAnything:
        def verify(self, *args: object) -> None:
            return None

    server = broken_mock()
    monkeypatch.setattr(auth, "public_key", lambda api_key: AcceptsAnything())
    result = run_suite(server.base_url, server.credentials, "test_refuses_unsigned_and_badly_signed and wallet/list")
    assert result.returncode != 0 and "G20009" in result.stdout, result.stdout[-3000:]
