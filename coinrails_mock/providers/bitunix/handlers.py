"""operationId -> handler(backend, call) -> envelope `data`. Thin glue: rules live in backend.py, shapes in views.py.

Requests reaching a handler are valid against the spec; signed ones carry the caller (a credentials.User) as
`call.principal`, public ones None. `call.arg(name)` reads a query parameter (GET) or body field (POST).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from coinrails_mock.engine import paging
from coinrails_mock.engine.provider import Call
from coinrails_mock.engine.spec import Problem, RequestInvalid
from coinrails_mock.providers.bitunix import market, views
from coinrails_mock.providers.bitunix.backend import BitunixBackend, exact
from coinrails_mock.providers.bitunix.coins import PAIRS
from coinrails_mock.providers.bitunix.errors import invalid
from coinrails_mock.providers.bitunix.models import INSIDE_OUT, WITHDRAW, Order

Handler = Callable[[BitunixBackend, Call], Any]
HANDLERS: dict[str, Handler] = {}
MAX_LIMIT = 100
KLINES = 100  # candles answered by getKline


def handler(operation_id: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[operation_id] = exact(fn)
        return fn

    return register


def uid(call: Call) -> int:
    return int(call.principal.uid)


def integer(call: Call, name: str, default: int | None = None) -> Any:
    """An integer argument as an int: a JSON body may spell one `60.0` (an integer to JSON Schema, so valid)."""
    value = call.arg(name)
    return default if value is None else int(value)


def window(call: Call) -> tuple[int, int]:
    """The ms window of a time-window page. A reversed one breaks the spec's window rule (an ordered
    startTime..endTime, contract_tests/extensions.py): malformed input, HTTP 400 like a schema violation."""
    start, end = integer(call, "startTime", 0), integer(call, "endTime", 10**13)
    if start > end:
        raise RequestInvalid([Problem("body", "endTime", "window", "startTime must not be after endTime")])
    return start, end


def created(record: Any) -> int:
    return int(record.created_ms)


def record_order(r: Any) -> tuple[int, int]:
    """Newest-first sort key of withdrawals/transfers: creation ms, then the numeric id."""
    return r.created_ms, int(r.record_id)


def deposit_order(d: Any) -> tuple[int, int]:
    return d.created_ms, int(d.deposit_id)


# ---- public ----------------------------------------------------------------------------------------
@handler("getLastPrice")
def last_price(backend: BitunixBackend, call: Call) -> Any:
    pair = backend.pair(call.arg("symbol"))
    return views.money(backend.prices[pair.symbol], pair.quote_precision)


@handler("getDepth")
def depth(backend: BitunixBackend, call: Call) -> Any:
    pair = backend.pair(call.arg("symbol"))
    step = call.arg("precision")
    if all(Decimal(p) != step for p in pair.precisions):
        raise invalid(f"precision must be one of {', '.join(pair.precisions)}")
    asks, bids = market.book(pair, backend.prices[pair.symbol])

    def levels(rows: list[tuple[Decimal, Decimal]], up: bool) -> list[dict[str, str]]:
        return [{"price": views.money(p), "volume": views.money(v)} for p, v in market.aggregate(rows, step, up)]

    return {"asks": levels(asks, True), "bids": levels(bids, False), "ts": str(call.now_ms)}


def _candles(backend: BitunixBackend, call: Call, end_ms: int, limit: int) -> list[dict[str, Any]]:
    pair = backend.pair(call.arg("symbol"))
    rows = market.klines(pair, call.arg("interval", "1"), backend.prices[pair.symbol], call.now_ms, end_ms, limit)
    return [{k: views.money(v) if isinstance(v, Decimal) else v for k, v in row.items()} for row in rows]


@handler("getKline")
def kline(backend: BitunixBackend, call: Call) -> Any:
    return _candles(backend, call, call.now_ms + 1, KLINES)


@handler("getKlineHistory")
def kline_history(backend: BitunixBackend, call: Call) -> Any:
    end = call.arg("endTime")
    return _candles(backend, call, call.now_ms + 1 if end is None else end * 1000, integer(call, "limit", 200))


@handler("listCoinPairs")
def coin_pairs(backend: BitunixBackend, call: Call) -> Any:
    return views.coin_pairs()


@handler("listRates")
def rates(backend: BitunixBackend, call: Call) -> Any:
    out = [{"baseSymbol": "USDT", "quoteSymbol": "USDT", "rate": "1"}]
    for symbol, pair in PAIRS.items():
        out.append({"baseSymbol": pair.base, "quoteSymbol": pair.quote, "rate": views.money(backend.prices[symbol])})
    return out


@handler("listCoinNetworks")
def coin_networks(backend: BitunixBackend, call: Call) -> Any:
    return views.coins()


# ---- user ------------------------------------------------------------------------------------------
@handler("getAccount")
def account(backend: BitunixBackend, call: Call) -> Any:
    """Balances as bare JSON numbers with exact digits (the docs' table types them `number`)."""
    return [
        {
            "coin": coin,
            "balance": views.coin_number(b.available, coin),
            "balanceLocked": views.coin_number(b.locked, coin),
        }
        for coin, b in backend.spot(uid(call))
    ]


@handler("getUserInfo")
def user_info(backend: BitunixBackend, call: Call) -> Any:
    return {"uid": uid(call)}


@handler("createWithdrawal")
def withdraw(backend: BitunixBackend, call: Call) -> Any:
    r = backend.withdraw(
        uid(call), call.arg("coin"), call.arg("network"), call.arg("address"), call.arg("amount"), call.arg("memo")
    )
    return r.record_id


@handler("cancelWithdrawal")
def cancel_withdrawal(backend: BitunixBackend, call: Call) -> Any:
    backend.cancel(uid(call), call.arg("withdrawId"), WITHDRAW)
    return None


@handler("createInsideTransfer")
def inside_transfer(backend: BitunixBackend, call: Call) -> Any:
    return backend.inside_transfer(uid(call), call.body).record_id


@handler("cancelInsideTransfer")
def cancel_inside_transfer(backend: BitunixBackend, call: Call) -> Any:
    backend.cancel(uid(call), call.arg("insideTransferId"), INSIDE_OUT)
    return None


@handler("listWithdrawTransfers")
def withdraw_transfers(backend: BitunixBackend, call: Call) -> Any:
    start, end = window(call)
    kind = {"inside_transfer": INSIDE_OUT}.get(call.arg("type"), call.arg("type"))

    def keep(r: Any) -> bool:
        return (
            start <= r.created_ms <= end
            and call.arg("id") in (None, r.record_id)
            and call.arg("outBizId") in (None, r.out_biz_id)
            and call.arg("coin") in (None, r.coin)
            and kind in (None, r.kind)
            and call.arg("transactionHash") in (None, r.tx_hash)
            and call.arg("remark") in (None, r.remark)
        )

    found = backend.user_records.newest(
        uid(call), integer(call, "limit", MAX_LIMIT), backend.records.__getitem__, created, record_order, keep
    )
    return [views.withdraw_transfer(r) for r in found]


@handler("createFundsTransfer")
def funds_transfer(backend: BitunixBackend, call: Call) -> Any:
    return backend.funds_transfer(uid(call), call.arg("type"), call.arg("coin"), call.arg("amount")).transfer_id


@handler("listDeposits")
def deposits(backend: BitunixBackend, call: Call) -> Any:
    start, end = window(call)

    def keep(d: Any) -> bool:
        return (
            start <= d.created_ms <= end
            and call.arg("id") in (None, d.deposit_id)
            and call.arg("coin") in (None, d.coin)
            and call.arg("type") in (None, d.kind)
            and call.arg("transactionHash") in (None, d.tx_hash)
        )

    found = backend.user_deposits.newest(
        uid(call), integer(call, "limit", MAX_LIMIT), backend.deposits.__getitem__, created, deposit_order, keep
    )
    return [views.deposit(d) for d in found]


@handler("getDepositAddress")
def deposit_address(backend: BitunixBackend, call: Call) -> Any:
    coin, network = call.arg("coin"), call.arg("network")
    address, memo = backend.deposit_address(uid(call), coin, network)
    return [{"coin": coin, "network": network, "address": address, "memo": memo}]


# ---- orders ----------------------------------------------------------------------------------------
@handler("placeOrder")
def place_order(backend: BitunixBackend, call: Call) -> Any:
    return views.placed(backend.place_orders(uid(call), [call.body], batch=False)[0])


@handler("placeOrderBatch")
def place_order_batch(backend: BitunixBackend, call: Call) -> Any:
    return [views.placed(o) for o in backend.place_orders(uid(call), call.arg("orderList"))]


@handler("cancelOrders")
def cancel_orders(backend: BitunixBackend, call: Call) -> Any:
    backend.cancel_orders(uid(call), call.arg("orderIdList"))
    return None


@handler("listOrderDeals")
def order_deals(backend: BitunixBackend, call: Call) -> Any:
    o = backend.order(call.arg("orderId"), uid(call), call.arg("symbol"))
    return [views.deal(backend.deals[d]) for d in o.deals]


def _orders(backend: BitunixBackend, call: Call) -> list[Order]:
    backend.pair(call.arg("symbol"))
    return backend.user_orders_newest(uid(call), call.arg("symbol"))


@handler("getOrderHistory")
def order_history(backend: BitunixBackend, call: Call) -> Any:
    start, end = 0, 10**13
    for name in ("startTime", "endTime"):
        text = call.arg(name)
        if text is not None:
            ms = market.parse_iso(text)
            if ms is None:  # breaks the spec's `format: date-time` (the engine's validator only annotates formats)
                raise RequestInvalid([Problem("body", name, "format", f"{name} must be an RFC 3339 date-time")])
            start, end = (ms, end) if name == "startTime" else (start, ms)
    if start > end:
        raise invalid("startTime must not be after endTime")
    found = [
        o
        for o in _orders(backend, call)
        if start <= o.created_ms <= end
        and call.arg("status") in (None, o.status)
        and call.arg("side") in (None, o.side)
        and call.arg("type") in (None, o.order_type)
    ]
    number, size = integer(call, "page", 1), integer(call, "pageSize", 20)
    page = paging.numbered(found, number, size)
    return {"total": len(found), "pageNum": number, "pageSize": size, "data": [views.order(o) for o in page]}


@handler("listPendingOrders")
def pending_orders(backend: BitunixBackend, call: Call) -> Any:
    return [views.order(o) for o in _orders(backend, call) if o.open]


@handler("getOrderDetail")
def order_detail(backend: BitunixBackend, call: Call) -> Any:
    return views.order(backend.order(call.arg("orderId"), uid(call)))
