"""BitunixWebSocket / AsyncBitunixWebSocket against scripted loopback servers: signing vectors, many requests in
flight matched by id, typed errors from the REST tree, timeouts, reconnects, and the sync twin."""

from __future__ import annotations

import asyncio
import hashlib
import json
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Any

import pytest
from bitunix_client import (
    AsyncBitunixWebSocket,
    BitunixConnectionError,
    BitunixError,
    BitunixRateLimitError,
    BitunixSignatureError,
    BitunixTimeoutError,
    BitunixUnexpectedResponseError,
    BitunixWebSocket,
)
from bitunix_client._runtime.errors import AuthenticationError, RateLimitError
from bitunix_client.models import Balance, PlaceOrderRequest
from bitunix_client.ws import param_string, sign_params
from websockets.asyncio.server import ServerConnection, serve

from coinrails_mock.engine.provider import parse_json
from coinrails_mock.providers.bitunix import ws as mock_ws

from .conftest import API_KEY, SECRET

Handler = Callable[[ServerConnection], Awaitable[None]]
STAMP = 1_700_000_000_000


def hand_sign(nonce: str, timestamp: str, params_text: str) -> str:
    digest = hashlib.sha256(f"{nonce}{timestamp}{API_KEY}{params_text}".encode()).hexdigest()
    return hashlib.sha256(f"{digest}{SECRET}".encode()).hexdigest()


@asynccontextmanager
async def server(handler: Handler) -> AsyncIterator[str]:
    async with asyncio.timeout(30), serve(handler, "127.0.0.1", 0) as running:
        port = next(iter(running.sockets)).getsockname()[1]
        yield f"ws://127.0.0.1:{port}/ws-api/v1"


def client(url: str, **options: Any) -> AsyncBitunixWebSocket:
    return AsyncBitunixWebSocket(api_key=API_KEY, secret_key=SECRET, url=url, **options)


def ok(frame: dict[str, Any], data: Any) -> str:
    return json.dumps({"id": frame["id"], "code": "0", "msg": "result.success", "data": data})


async def echo_price(connection: ServerConnection) -> None:
    """Answers market.last_price with a price derived from the symbol, anything else with its method name."""
    async for message in connection:
        frame = json.loads(message)
        symbol = frame["params"].get("symbol", "")
        await connection.send(ok(frame, f"{len(symbol)}.5" if symbol else frame["method"]))


# ---- signing -------------------------------------------------------------------------------------------
def test_param_string_sorts_key_value_pairs_and_leaves_out_the_auth_fields():
    params = {"symbol": "BTCUSDT", "apiKey": "k", "timestamp": 1, "nonce": "n", "sign": "s"}
    assert param_string(params) == "symbolBTCUSDT"
    assert param_string({}) == ""
    nested = {"orderList": [{"side": 2, "volume": "0.01"}], "b": "2", "a": 1, "precision": Decimal("0.010")}
    assert param_string(nested) == 'a1b2orderList[{"side":2,"volume":"0.01"}]precision0.010'


def test_sign_is_double_sha256_of_nonce_timestamp_key_params_then_secret():
    expected = hand_sign("n" * 32, str(STAMP), "symbolBTCUSDT")
    assert sign_params(API_KEY, SECRET, "n" * 32, str(STAMP), {"symbol": "BTCUSDT"}) == expected
    assert expected != sign_params(API_KEY, SECRET, "n" * 32, str(STAMP), {"symbol": "BTCUSDS"})
    assert len(expected) == 64 and expected == expected.lower()


async def test_frames_carry_signed_params_that_the_mock_verifies_the_same_way():
    seen: list[dict[str, Any]] = []

    async def capture(connection: ServerConnection) -> None:
        async for message in connection:
            seen.append(parse_json(message.encode()))
            await connection.send(ok(json.loads(message), None))

    async with server(capture) as url:
        ws = client(url, clock=lambda: STAMP, nonce=lambda: "n" * 32)
        async with ws:
            batch = {"orderList": [{"side": 2, "type": 1, "volume": "0.01", "price": "60000", "symbol": "BTCUSDT"}]}
            await ws.request("order.place_order.batch", batch)
            await ws.request("market.depth", {"symbol": "BTCUSDT", "precision": Decimal("0.01")})
    for frame in seen:
        params = frame["params"]
        assert set(frame) == {"id", "method", "params"} and isinstance(frame["id"], int)
        assert (params["apiKey"], params["timestamp"], params["nonce"]) == (API_KEY, STAMP, "n" * 32)
        assert params["sign"] == hand_sign("n" * 32, str(STAMP), mock_ws.param_string(params))
    assert mock_ws.param_string(seen[1]["params"]) == "precision0.01symbolBTCUSDT"
    assert seen[1]["params"]["precision"] == Decimal("0.01")  # a bare JSON number, exact digits


# ---- concurrency, results ------------------------------------------------------------------------------
async def test_many_requests_in_flight_are_matched_by_id_even_when_answered_out_of_order():
    count = 40

    async def reversed_answers(connection: ServerConnection) -> None:
        frames = [json.loads(await connection.recv()) for _ in range(count)]
        assert len({f["id"] for f in frames}) == count
        for frame in reversed(frames):
            await connection.send(ok(frame, f"{len(frame['params']['symbol'])}.25"))
        await connection.wait_closed()

    symbols = ["X" * (n % 7 + 1) for n in range(count)]
    async with server(reversed_answers) as url, client(url) as ws:
        prices = await asyncio.gather(*(ws.get_last_price(symbol=s) for s in symbols))
    assert prices == [Decimal(f"{len(s)}.25") for s in symbols]
    assert all(isinstance(p, Decimal) for p in prices)


async def test_results_are_the_rest_models_with_decimal_money():
    async def account(connection: ServerConnection) -> None:
        async for message in connection:
            frame = json.loads(message)
            rows = '[{"coin":"USDT","balance":1250.123456789012345678,"balanceLocked":"0.10"}]'
            await connection.send(f'{{"id":{frame["id"]},"code":"0","msg":"result.success","data":{rows}}}')

    async with server(account) as url, client(url) as ws:
        (row,) = await ws.get_account()
    assert isinstance(row, Balance)
    assert (row.coin, row.balance, row.balance_locked) == ("USDT", Decimal("1250.123456789012345678"), Decimal("0.10"))


# ---- errors ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("code", "kind", "category"),
    [
        ("100005", BitunixSignatureError, AuthenticationError),
        ("110041", BitunixRateLimitError, RateLimitError),
        ("1", BitunixError, BitunixError),  # the docs' own example: "invalid symbol"
    ],
)
async def test_error_answers_raise_the_rest_error_tree_with_the_frame_id(code, kind, category):
    async def refuse(connection: ServerConnection) -> None:
        async for message in connection:
            frame = json.loads(message)
            await connection.send(json.dumps({"id": frame["id"], "code": code, "msg": "invalid symbol", "data": None}))

    async with server(refuse) as url, client(url) as ws:
        with pytest.raises(kind) as raised:
            await ws.get_last_price(symbol="NOPE")
        assert isinstance(raised.value, category)
        assert (raised.value.code, raised.value.message, raised.value.status_code) == (code, "invalid symbol", None)
        assert raised.value.request_id == "1"
        with pytest.raises(kind) as again:
            await ws.ping()
        assert again.value.request_id == "2"


async def test_an_answer_without_the_envelope_is_unexpected():
    async def odd(connection: ServerConnection) -> None:
        async for message in connection:
            await connection.send(json.dumps({"id": json.loads(message)["id"], "result": 1}))

    async with server(odd) as url, client(url) as ws:
        with pytest.raises(BitunixUnexpectedResponseError):
            await ws.ping()


async def test_a_missing_answer_times_out_and_the_connection_stays_usable():
    async def skip_first(connection: ServerConnection) -> None:
        first = True
        async for message in connection:
            if not first:
                await connection.send(ok(json.loads(message), "pong"))
            first = False

    async with server(skip_first) as url, client(url, timeout=0.3) as ws:
        with pytest.raises(BitunixTimeoutError):
            await ws.ping()
        assert await ws.ping() == "pong"
        assert ws.connections_opened == 1


async def test_a_dropped_connection_fails_its_request_and_the_next_one_reconnects():
    connections = 0

    async def drop_first(connection: ServerConnection) -> None:
        nonlocal connections
        connections += 1
        if connections == 1:
            await connection.recv()
            await connection.close()
            return
        await echo_price(connection)

    async with server(drop_first) as url, client(url) as ws:
        with pytest.raises(BitunixConnectionError):
            await ws.get_last_price(symbol="BTCUSDT")
        assert await ws.get_last_price(symbol="BTCUSDT") == Decimal("7.5")
        assert ws.connections_opened == 2


async def test_an_old_connection_is_replaced_before_its_age_limit_and_closed_when_idle():
    closed = 0

    async def count_closes(connection: ServerConnection) -> None:
        nonlocal closed
        await echo_price(connection)
        closed += 1

    async with server(count_closes) as url:
        ws = client(url, max_age=0.0)
        async with ws:
            for _ in range(3):
                assert await ws.ping() == "ping"
            assert ws.connections_opened == 4  # the one `async with` opened, then one per request
            for _ in range(100):  # the retired connections close once idle
                if closed >= 3:
                    break
                await asyncio.sleep(0.02)
            assert closed >= 3


async def test_a_refused_connection_is_an_api_connection_error():
    async with server(echo_price) as url:
        pass  # the port is free again
    with pytest.raises(BitunixConnectionError):
        await client(url, open_timeout=2).ping()


# ---- the sync twin --------------------------------------------------------------------------------------
def test_sync_client_shares_one_connection_across_threads():
    started = threading.Event()
    holder: dict[str, Any] = {}

    def run_server() -> None:
        async def main() -> None:
            async with server(echo_price) as url:
                holder["url"] = url
                holder["stop"] = asyncio.Event()
                holder["loop"] = asyncio.get_running_loop()
                started.set()
                await asyncio.wait_for(holder["stop"].wait(), 30)

        asyncio.run(main())

    thread = threading.Thread(target=run_server, daemon=True)
    thread.start()
    assert started.wait(10)
    try:
        with BitunixWebSocket(api_key=API_KEY, secret_key=SECRET, url=holder["url"], timeout=5) as ws:
            with ThreadPoolExecutor(8) as pool:
                prices = list(pool.map(lambda s: ws.get_last_price(symbol=s), ["A", "BB", "CCC"] * 10))
            assert prices == [Decimal("1.5"), Decimal("2.5"), Decimal("3.5")] * 10
            assert ws.connections_opened == 1
            body = PlaceOrderRequest.from_dict({"side": 2, "type": 1, "volume": "1", "price": "2", "symbol": "S"})
            assert body.to_dict()["volume"] == "1"
    finally:
        holder["loop"].call_soon_threadsafe(holder["stop"].set)
        thread.join(10)
    assert not thread.is_alive()


def test_every_documented_method_has_a_typed_call_and_a_mock_handler():
    import inspect

    from bitunix_client import ws as client_ws

    from coinrails_mock.engine.spec import spec_dir
    from coinrails_mock.providers.bitunix.handlers import HANDLERS

    documented = mock_ws.load_ws_spec(spec_dir()).methods
    assert len(documented) == 15
    source = inspect.getsource(client_ws.AsyncBitunixWebSocket)
    for name, method in documented.items():
        assert f'self.request("{name}"' in source, name
        assert method.rest_operation in HANDLERS or (name == "ping" and method.rest_operation is None), name


def test_an_unreachable_endpoint_is_a_bitunix_error():
    # everything the client raises derives from the provider's root (README: `except BitunixError`)
    with (
        pytest.raises(BitunixError) as caught,
        BitunixWebSocket(url="ws://127.0.0.1:1/ws-api/v1", api_key="k", secret_key="s", open_timeout=2) as ws,
    ):
        ws.ping()
    assert isinstance(caught.value, BitunixConnectionError)
