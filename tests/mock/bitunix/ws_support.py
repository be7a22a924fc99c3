"""The Bitunix mock served on a loopback port (REST and /ws-api/v1 in one process), and a WebSocket client written
only from the documented protocol (specs/bitunix-ws.yaml: raw `websockets` + hashlib, nothing from the project)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
import uvicorn
import websockets

from coinrails_mock.app import build_app

TIMEOUT = 10.0  # seconds: every wait in these tests is bounded by it


@dataclass
class Live:
    http: str  # http://127.0.0.1:<port>
    ws: str  # ws://127.0.0.1:<port>/ws-api/v1
    app: Any

    @property
    def engine(self) -> Any:
        return self.app.state.mock


@contextmanager
def live_mock(**options: Any) -> Iterator[Live]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    app = build_app("bitunix", strict=True, base_url=base, **options)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="bitunix-ws-mock", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the mock did not start"
        time.sleep(0.02)
    try:
        yield Live(base, f"ws://127.0.0.1:{port}/ws-api/v1", app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


# ---- the documented protocol, by hand ------------------------------------------------------------
def to_json(value: Any) -> str:
    """Compact JSON; a Decimal is written as a bare number with its digits (never through a float)."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(str(k)) + ":" + to_json(v) for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(to_json(v) for v in value) + "]"
    return json.dumps(value)


def value_text(value: Any) -> str:
    """A params value in the signed string: strings as they are, numbers as digits, arrays/objects compact JSON."""
    return value if isinstance(value, str) else to_json(value)


def ws_sign(api_key: str, secret: str, nonce: str, timestamp: str, params: dict[str, Any]) -> str:
    """sorted `key+value` (auth fields left out) -> SHA-256(nonce+timestamp+apiKey+params) -> SHA-256(digest+secret)."""
    text = "".join(k + value_text(v) for k, v in sorted(params.items()) if k not in ("apiKey", "timestamp", "nonce"))
    digest = hashlib.sha256((nonce + timestamp + api_key + text).encode()).hexdigest()
    return hashlib.sha256((digest + secret).encode()).hexdigest()


class RawClient:
    """One connection; `call` sends a signed request frame and returns the answer frame with the same id."""

    def __init__(self, connection: Any, api_key: str, secret: str) -> None:
        self.connection = connection
        self.api_key = api_key
        self.secret = secret
        self.ids = iter(range(1, 10**9))

    def signed(self, params: dict[str, Any], *, nonce: str | None = None, timestamp: int | None = None) -> dict:
        nonce = nonce or secrets.token_hex(16)
        stamp = int(time.time() * 1000) if timestamp is None else timestamp
        sign = ws_sign(self.api_key, self.secret, nonce, str(stamp), params)
        return {**params, "apiKey": self.api_key, "timestamp": stamp, "nonce": nonce, "sign": sign}

    async def send_raw(self, text: str | bytes) -> dict[str, Any]:
        await self.connection.send(text)
        answer = await asyncio.wait_for(self.connection.recv(), TIMEOUT)
        return json.loads(answer, parse_float=Decimal)

    async def frame(self, frame: Any) -> dict[str, Any]:
        return await self.send_raw(to_json(frame))

    async def call(self, method: str, params: dict[str, Any] | None = None, **sign_options: Any) -> dict[str, Any]:
        request_id = next(self.ids)
        answer = await self.frame(
            {"id": request_id, "method": method, "params": self.signed(params or {}, **sign_options)}
        )
        assert answer["id"] == request_id, answer
        return answer

    async def ok(self, method: str, params: dict[str, Any] | None = None) -> Any:
        answer = await self.call(method, params)
        assert answer["code"] == "0", answer
        assert set(answer) == {"id", "code", "msg", "data"}, answer
        return answer["data"]


def connect(url: str) -> Any:
    return websockets.connect(url, open_timeout=TIMEOUT, close_timeout=2)


def rest(live: Live) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=live.http, timeout=TIMEOUT)


def rest_headers(api_key: str, secret: str, query: str = "", body: str = "") -> dict[str, str]:
    """The REST signature headers (specs/bitunix.yaml securitySchemes)."""
    nonce, stamp = secrets.token_hex(16), str(int(time.time() * 1000))
    digest = hashlib.sha256((nonce + stamp + api_key + query + body).encode()).hexdigest()
    sign = hashlib.sha256((digest + secret).encode()).hexdigest()
    return {"api-key": api_key, "nonce": nonce, "timestamp": stamp, "sign": sign, "content-type": "application/json"}


async def rest_call(http: httpx.AsyncClient, user: Any, method: str, path: str, args: dict | None = None) -> Any:
    """The `data` of a signed REST call that must succeed."""
    if method == "GET":
        query = "".join(f"{k}={v}" for k, v in sorted((args or {}).items()))
        response = await http.get(path, params=args, headers=rest_headers(user.api_key, user.secret_key, query))
    else:
        body = json.dumps(args or {}, separators=(",", ":"))
        headers = rest_headers(user.api_key, user.secret_key, "", body)
        response = await http.post(path, content=body, headers=headers)
    payload = response.json(parse_float=Decimal)
    assert payload["code"] == "0", payload
    return payload["data"]


async def fund(http: httpx.AsyncClient, user: Any, amount: str, coin: str = "USDT") -> None:
    """Deposit to the user's address through the control API."""
    network = "Tron (TRC-20)"
    rows = await rest_call(http, user, "POST", "/api/spot/v1/deposit/address", {"coin": coin, "network": network})
    body = {"address": rows[0]["address"], "coin": coin, "network": network, "amount": amount}
    if rows[0]["memo"]:
        body["memo"] = rows[0]["memo"]
    response = await http.post("/_mock/bitunix/deposits", json=body)
    assert response.status_code == 200, response.text
