"""BitunixWebSocket / AsyncBitunixWebSocket: the Bitunix spot WebSocket API (specs/bitunix-ws.yaml).

Request/response RPC over one connection at `/ws-api/v1`: every request is signed inside its `params`
(`apiKey`, `timestamp`, `nonce`, `sign`), many can be in flight at once and answers are matched by `id`.
Results are the REST client's models, errors the REST client's exception tree (`request_id` is the frame id).

    with BitunixWebSocket(api_key=..., secret_key=...) as ws:
        balances = ws.get_account()
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import threading
import time
from collections.abc import Callable, Coroutine, Mapping
from decimal import Decimal
from types import TracebackType
from typing import Any, TypeVar

import websockets
from websockets.asyncio.client import ClientConnection

from ._runtime.client import mask
from ._runtime.entry import setting
from ._runtime.jsonutil import dumps, loads
from .exceptions import BitunixConnectionError, BitunixTimeoutError, BitunixUnexpectedResponseError, error_class
from .models import (
    Balance,
    CancelOrdersRequest,
    CancelOrdersResponse,
    CancelOrdersResponseDataType0,
    Coin,
    CoinPair,
    Deal,
    Depth,
    GetAccountResponse,
    GetDepthResponse,
    GetKlineResponse,
    GetLastPriceResponse,
    GetOrderHistoryRequest,
    GetOrderHistoryResponse,
    GetUserInfoResponse,
    Kline,
    ListCoinNetworksResponse,
    ListCoinPairsResponse,
    ListOrderDealsRequest,
    ListOrderDealsResponse,
    ListPendingOrdersRequest,
    ListPendingOrdersResponse,
    ListRatesResponse,
    Order,
    OrderPage,
    PlacedOrder,
    PlaceOrderBatchRequest,
    PlaceOrderBatchResponse,
    PlaceOrderRequest,
    PlaceOrderResponse,
    Rate,
    UserInfo,
)
from .models.kline_interval import KlineInterval
from .signing import new_nonce, now_ms, sign
from .types import Unset

PRODUCTION_WS_URL = "wss://openapi.bitunix.com:443/ws-api/v1"
AUTH_FIELDS = ("apiKey", "timestamp", "nonce", "sign")
MAX_AGE_S = 23 * 3600.0  # a connection is valid for 24 h: move to a fresh one before
T = TypeVar("T")


def param_text(value: Any) -> str:
    """One params value as written into the signed string (documented for strings; the rest is x-inferred:
    digits for numbers, `true`/`false`, compact JSON for arrays and objects)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, int):
        return str(value)
    return dumps(value).decode()


def param_string(params: Mapping[str, Any]) -> str:
    """Every param except the auth fields, sorted by key, as `key + value` with no separator (`symbolBTCUSDT`)."""
    return "".join(key + param_text(params[key]) for key in sorted(params) if key not in AUTH_FIELDS)


def sign_params(api_key: str, secret_key: str, nonce: str, timestamp: str, params: Mapping[str, Any]) -> str:
    """hex SHA-256( hex SHA-256( nonce + timestamp + apiKey + paramString ) + secretKey ): the REST rule with the
    params string in place of sortedQuery + body."""
    return sign(api_key, secret_key, nonce, timestamp, param_string(params), "")


def _data(model: Any, data: Any) -> Any:
    """`data` parsed by the REST envelope model of the same operation (the same types as the REST client)."""
    return model.from_dict({"code": "0", "msg": "", "data": data, "success": True}).data


class _Connection:
    """One WebSocket connection, its reader task and the requests waiting on it."""

    def __init__(self, socket: ClientConnection) -> None:
        self.socket = socket
        self.opened = time.monotonic()
        self.pending: dict[int, asyncio.Future[Any]] = {}
        self.closed = False
        self.reader = asyncio.get_running_loop().create_task(self._read())

    async def _read(self) -> None:
        try:
            async for message in self.socket:
                try:
                    frame = loads(message)
                except ValueError:
                    continue  # not JSON: nothing to match it to
                key = frame.get("id") if isinstance(frame, dict) else None
                waiter = self.pending.get(key) if isinstance(key, int) else None
                if waiter is not None and not waiter.done():
                    waiter.set_result(frame)
        except websockets.ConnectionClosed:
            pass
        finally:
            self.closed = True
            for waiter in self.pending.values():
                if not waiter.done():
                    waiter.set_exception(BitunixConnectionError("the WebSocket connection closed before the answer"))

    async def close_when_idle(self) -> None:
        """Let the requests in flight finish, then close (used when moving to a fresh connection)."""
        await asyncio.gather(*self.pending.values(), return_exceptions=True)
        await self.close()

    async def close(self) -> None:
        await self.socket.close()
        with contextlib.suppress(asyncio.CancelledError):
            await self.reader


class AsyncBitunixWebSocket:
    """Asynchronous Bitunix WebSocket client; `await ws.<method>(...)` returns the typed `data`.

    Credentials default to BITUNIX_API_KEY / BITUNIX_SECRET_KEY, the URL to BITUNIX_WS_URL or production.
    `timeout` bounds each request, `open_timeout` the handshake; WebSocket pings every `ping_interval` s keep
    the connection alive; after `max_age` s new requests go to a fresh connection. A request whose connection
    drops fails with BitunixConnectionError; the next one reconnects.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        secret_key: str | None = None,
        url: str | None = None,
        timeout: float = 10.0,
        open_timeout: float = 10.0,
        ping_interval: float | None = 20.0,
        max_age: float = MAX_AGE_S,
        clock: Callable[[], int] | None = None,
        nonce: Callable[[], str] = new_nonce,
    ) -> None:
        self._api_key = setting(api_key, "BITUNIX_API_KEY")
        self._secret_key = setting(secret_key, "BITUNIX_SECRET_KEY")
        self.url = setting(url, "BITUNIX_WS_URL", PRODUCTION_WS_URL)
        self.timeout = timeout
        self.open_timeout = open_timeout
        self.ping_interval = ping_interval
        self.max_age = max_age
        self._clock = clock or now_ms
        self._nonce = nonce
        self._ids = itertools.count(1)
        self._connection: _Connection | None = None
        self._opening: asyncio.Lock | None = None
        self._retiring: set[asyncio.Task[None]] = set()
        self.connections_opened = 0

    def __repr__(self) -> str:
        return f"AsyncBitunixWebSocket(url={self.url!r}, api_key={mask(self._api_key)})"

    async def __aenter__(self) -> AsyncBitunixWebSocket:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def connect(self) -> None:
        """Open the connection now (requests otherwise open it on first use)."""
        await self._current()

    async def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            await connection.close()
        for task in list(self._retiring):
            task.cancel()
        await asyncio.gather(*self._retiring, return_exceptions=True)

    async def _open(self) -> _Connection:
        try:
            socket = await websockets.connect(
                self.url, open_timeout=self.open_timeout, ping_interval=self.ping_interval, max_size=2**24
            )
        except TimeoutError as exc:
            raise BitunixTimeoutError(f"WebSocket handshake with {self.url} timed out") from exc
        except (OSError, websockets.InvalidHandshake, websockets.InvalidURI) as exc:
            raise BitunixConnectionError(f"cannot open a WebSocket to {self.url}: {exc}") from exc
        self.connections_opened += 1
        return _Connection(socket)

    async def _current(self) -> _Connection:
        if self._opening is None:
            self._opening = asyncio.Lock()
        async with self._opening:
            old = self._connection
            if old is not None and not old.closed and time.monotonic() - old.opened < self.max_age:
                return old
            self._connection = await self._open()
            if old is not None:  # too old or dropped: retire it once its answers are in
                task = asyncio.get_running_loop().create_task(old.close_when_idle())
                self._retiring.add(task)
                task.add_done_callback(self._retiring.discard)
            return self._connection

    def _frame(self, method: str, params: Mapping[str, Any]) -> tuple[int, str]:
        request_id = next(self._ids)
        nonce, timestamp = self._nonce(), self._clock()
        signature = sign_params(self._api_key, self._secret_key, nonce, str(timestamp), params)
        signed = {**params, "apiKey": self._api_key, "timestamp": timestamp, "nonce": nonce, "sign": signature}
        return request_id, dumps({"id": request_id, "method": method, "params": signed}).decode()

    async def request(self, method: str, params: Mapping[str, Any] | None = None) -> Any:
        """Send one signed request and return the answer's raw `data` (typed errors otherwise)."""
        params = dict(params or {})
        for attempt in (1, 2):
            connection = await self._current()
            request_id, text = self._frame(method, params)
            waiter: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
            connection.pending[request_id] = waiter
            try:
                try:
                    await connection.socket.send(text)
                except websockets.ConnectionClosed as exc:
                    connection.closed = True
                    if attempt == 1:  # never sent: safe to send on a fresh connection
                        continue
                    raise BitunixConnectionError(f"the WebSocket connection closed: {exc}") from exc
                try:
                    async with asyncio.timeout(self.timeout):
                        answer = await waiter
                except TimeoutError as exc:
                    message = f"no answer to {method} (id {request_id}) within {self.timeout} s"
                    raise BitunixTimeoutError(message) from exc
            finally:
                connection.pending.pop(request_id, None)
            return self._check(method, request_id, answer)
        raise AssertionError("unreachable")

    def _check(self, method: str, request_id: int, answer: Any) -> Any:
        code = answer.get("code") if isinstance(answer, dict) else None
        code = str(code) if isinstance(code, str | int) and not isinstance(code, bool) else None
        if code == "0":
            return answer["data"]
        if code is None:
            raise BitunixUnexpectedResponseError(
                f"answer to {method} has no Bitunix code", request_id=str(request_id), body=answer
            )
        message = answer.get("msg")
        raise error_class(code, 200)(
            str(message or "error"), code=code, status_code=None, request_id=str(request_id), body=answer
        )

    # --- the documented methods --------------------------------------------------------------------
    async def ping(self) -> Any:
        """`ping`: a liveness round trip (`data` is not documented; the mock answers "pong")."""
        return await self.request("ping")

    async def get_last_price(self, *, symbol: str) -> Decimal:
        """`market.last_price` (REST getLastPrice)."""
        result: Decimal = _data(GetLastPriceResponse, await self.request("market.last_price", {"symbol": symbol}))
        return result

    async def get_depth(self, *, symbol: str, precision: Decimal) -> Depth:
        """`market.depth` (REST getDepth)."""
        result: Depth = _data(
            GetDepthResponse, await self.request("market.depth", {"symbol": symbol, "precision": precision})
        )
        return result

    async def get_kline(self, *, symbol: str, interval: KlineInterval) -> list[Kline]:
        """`market.kline` (REST getKline)."""
        result: list[Kline] = _data(
            GetKlineResponse, await self.request("market.kline", {"symbol": symbol, "interval": interval})
        )
        return result

    async def list_coin_pairs(self) -> list[CoinPair]:
        """`common.coin_pair.list` (REST listCoinPairs)."""
        result: list[CoinPair] = _data(ListCoinPairsResponse, await self.request("common.coin_pair.list"))
        return result

    async def list_rates(self) -> list[Rate]:
        """`common.rate.list` (REST listRates)."""
        result: list[Rate] = _data(ListRatesResponse, await self.request("common.rate.list"))
        return result

    async def list_coin_networks(self) -> list[Coin]:
        """`common.coin.coin_network.list` (REST listCoinNetworks)."""
        result: list[Coin] = _data(ListCoinNetworksResponse, await self.request("common.coin.coin_network.list"))
        return result

    async def get_account(self) -> list[Balance]:
        """`user.account` (REST getAccount)."""
        result: list[Balance] = _data(GetAccountResponse, await self.request("user.account"))
        return result

    async def get_user_info(self) -> UserInfo:
        """`user.info` (REST getUserInfo)."""
        result: UserInfo = _data(GetUserInfoResponse, await self.request("user.info"))
        return result

    async def place_order(self, *, body: PlaceOrderRequest) -> PlacedOrder:
        """`order.place_order` (REST placeOrder)."""
        result: PlacedOrder = _data(PlaceOrderResponse, await self.request("order.place_order", body.to_dict()))
        return result

    async def place_order_batch(self, *, body: PlaceOrderBatchRequest) -> list[PlacedOrder]:
        """`order.place_order.batch` (REST placeOrderBatch)."""
        data = await self.request("order.place_order.batch", body.to_dict())
        result: list[PlacedOrder] = _data(PlaceOrderBatchResponse, data)
        return result

    async def cancel_orders(self, *, body: CancelOrdersRequest) -> CancelOrdersResponseDataType0 | None:
        """`order.cancel` (REST cancelOrders)."""
        result = _data(CancelOrdersResponse, await self.request("order.cancel", body.to_dict()))
        return None if isinstance(result, Unset) else result

    async def list_order_deals(self, *, body: ListOrderDealsRequest) -> list[Deal]:
        """`order.deal.list` (REST listOrderDeals)."""
        result: list[Deal] = _data(ListOrderDealsResponse, await self.request("order.deal.list", body.to_dict()))
        return result

    async def get_order_history(self, *, body: GetOrderHistoryRequest) -> OrderPage:
        """`order.history.page` (REST getOrderHistory)."""
        result: OrderPage = _data(GetOrderHistoryResponse, await self.request("order.history.page", body.to_dict()))
        return result

    async def list_pending_orders(self, *, body: ListPendingOrdersRequest) -> list[Order]:
        """`order.pending.list` (REST listPendingOrders)."""
        data = await self.request("order.pending.list", body.to_dict())
        result: list[Order] = _data(ListPendingOrdersResponse, data)
        return result


class BitunixWebSocket:
    """Synchronous twin of AsyncBitunixWebSocket (same arguments): it runs one on a private event-loop thread,
    so calls from many threads share the connection and are matched by id."""

    def __init__(self, **options: Any) -> None:
        self._async = AsyncBitunixWebSocket(**options)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return repr(self._async).replace("Async", "", 1)

    @property
    def url(self) -> str:
        return self._async.url

    @property
    def connections_opened(self) -> int:
        return self._async.connections_opened

    def __enter__(self) -> BitunixWebSocket:
        self.connect()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def _run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        with self._lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                self._thread = threading.Thread(target=self._loop.run_forever, name="bitunix-ws", daemon=True)
                self._thread.start()
            loop = self._loop
        return asyncio.run_coroutine_threadsafe(coroutine, loop).result()

    def connect(self) -> None:
        self._run(self._async.connect())

    def close(self) -> None:
        with self._lock:
            loop, thread, self._loop, self._thread = self._loop, self._thread, None, None
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(self._async.close(), loop).result()
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()

    def request(self, method: str, params: Mapping[str, Any] | None = None) -> Any:
        return self._run(self._async.request(method, params))

    def ping(self) -> Any:
        return self._run(self._async.ping())

    def get_last_price(self, *, symbol: str) -> Decimal:
        return self._run(self._async.get_last_price(symbol=symbol))

    def get_depth(self, *, symbol: str, precision: Decimal) -> Depth:
        return self._run(self._async.get_depth(symbol=symbol, precision=precision))

    def get_kline(self, *, symbol: str, interval: KlineInterval) -> list[Kline]:
        return self._run(self._async.get_kline(symbol=symbol, interval=interval))

    def list_coin_pairs(self) -> list[CoinPair]:
        return self._run(self._async.list_coin_pairs())

    def list_rates(self) -> list[Rate]:
        return self._run(self._async.list_rates())

    def list_coin_networks(self) -> list[Coin]:
        return self._run(self._async.list_coin_networks())

    def get_account(self) -> list[Balance]:
        return self._run(self._async.get_account())

    def get_user_info(self) -> UserInfo:
        return self._run(self._async.get_user_info())

    def place_order(self, *, body: PlaceOrderRequest) -> PlacedOrder:
        return self._run(self._async.place_order(body=body))

    def place_order_batch(self, *, body: PlaceOrderBatchRequest) -> list[PlacedOrder]:
        return self._run(self._async.place_order_batch(body=body))

    def cancel_orders(self, *, body: CancelOrdersRequest) -> CancelOrdersResponseDataType0 | None:
        return self._run(self._async.cancel_orders(body=body))

    def list_order_deals(self, *, body: ListOrderDealsRequest) -> list[Deal]:
        return self._run(self._async.list_order_deals(body=body))

    def get_order_history(self, *, body: GetOrderHistoryRequest) -> OrderPage:
        return self._run(self._async.get_order_history(body=body))

    def list_pending_orders(self, *, body: ListPendingOrdersRequest) -> list[Order]:
        return self._run(self._async.list_pending_orders(body=body))


__all__ = ["PRODUCTION_WS_URL", "AsyncBitunixWebSocket", "BitunixWebSocket", "param_string", "sign_params"]
