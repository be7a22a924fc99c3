"""The simulated market maker: a fixed-shape order book and deterministic klines around each pair's last price.

The book has LEVELS levels a side, `STEP` apart (relative), level i holding `level_volume * i` base; it is
rebuilt around the last price on every read and never depleted (the market maker refills it). Users' resting
orders are not part of it: they fill through the control API or when the control API moves the price across
them.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

import jsonschema_rs

from coinrails_mock.engine.chains import digest
from coinrails_mock.providers.bitunix.coins import Pair

LEVELS = 5
STEP = Decimal("0.0002")
MINUTES = {"D": 1440, "W": 10080, "M": 43200}  # a month is simulated as 30 days


def tick_size(decimals: int) -> Decimal:
    return Decimal(1).scaleb(-decimals)


def book(pair: Pair, last: Decimal) -> tuple[list[tuple[Decimal, Decimal]], list[tuple[Decimal, Decimal]]]:
    """(asks best first, bids best first) as (price, base volume) levels."""
    tick = tick_size(pair.quote_precision)
    asks, bids = [], []
    for i in range(1, LEVELS + 1):
        ask = (last * (1 + STEP * i)).quantize(tick, ROUND_CEILING)
        bid = (last * (1 - STEP * i)).quantize(tick, ROUND_FLOOR)
        asks.append((max(ask, last + tick * i), pair.level_volume * i))
        bids.append((max(min(bid, last - tick * i), tick), pair.level_volume * i))
    return asks, bids


def aggregate(levels: list[tuple[Decimal, Decimal]], step: Decimal, up: bool) -> list[tuple[Decimal, Decimal]]:
    """Levels merged onto multiples of `step` (asks rounded up, bids down), best first."""
    merged: dict[Decimal, Decimal] = {}
    for price, volume in levels:
        key = (price / step).to_integral_value(ROUND_CEILING if up else ROUND_FLOOR) * step
        merged[key] = merged.get(key, Decimal(0)) + volume
    return sorted(merged.items(), reverse=not up)


def interval_ms(interval: str) -> int:
    return MINUTES.get(interval, int(interval) if interval.isascii() and interval.isdigit() else 1) * 60_000


def _wiggle(pair: Pair, interval: str, start_ms: int, salt: str) -> Decimal:
    """A deterministic relative move in [-0.002, 0.002] for one candle."""
    raw = int.from_bytes(digest(pair.symbol, interval, start_ms, salt)[:4], "big") % 4001
    return (Decimal(raw) - 2000) / 1_000_000


def candle(pair: Pair, interval: str, start_ms: int, last: Decimal, latest: bool) -> dict[str, object]:
    tick = tick_size(pair.quote_precision)
    close = last if latest else (last * (1 + _wiggle(pair, interval, start_ms, "close"))).quantize(tick)
    open_ = (last * (1 + _wiggle(pair, interval, start_ms, "open"))).quantize(tick)
    high = (max(open_, close) * Decimal("1.0005")).quantize(tick, ROUND_CEILING)
    low = (min(open_, close) * Decimal("0.9995")).quantize(tick, ROUND_FLOOR)
    return {
        "symbol": pair.symbol,
        "open": open_,
        "high": high,
        "low": low,
        "close": close,
        "ts": iso(start_ms),
    }


def klines(pair: Pair, interval: str, last: Decimal, now_ms: int, end_ms: int, limit: int) -> list[dict[str, object]]:
    """Up to `limit` candles starting before `end_ms` (exclusive), oldest first; the current one closes at `last`."""
    size = interval_ms(interval)
    current = now_ms - now_ms % size
    start = min(current, (end_ms - 1) - (end_ms - 1) % size)
    starts = [start - i * size for i in range(limit) if start - i * size >= 0]
    return [candle(pair, interval, s, last, s == current) for s in reversed(starts)]


def iso(ms: int) -> str:
    """ISO 8601 UTC with milliseconds, e.g. `2025-04-09T08:05:00.000Z` (order and kline times)."""
    moment = dt.datetime.fromtimestamp(ms / 1000, dt.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


# The spec's `format: date-time` (RFC 3339), judged by the same validator the engine validates with, so the mock
# accepts exactly the times JSON Schema tools (schemathesis, the clients' validators) call valid: `t`/`z` in
# either case, any number of fraction digits, offsets up to +-23:59, leap seconds, years 0000-9999.
_DATE_TIME = jsonschema_rs.validator_for({"type": "string", "format": "date-time"}, validate_formats=True)
_RFC3339 = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))"
)


def _days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date (any year, 0 included)."""
    year -= month <= 2
    era = year // 400
    yoe = year - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468


def parse_iso(text: str) -> int | None:
    """Unix milliseconds of an RFC 3339 date-time (the spec's `format: date-time`), or None when it is not one."""
    match = _RFC3339.fullmatch(text) if isinstance(text, str) and _DATE_TIME.is_valid(text) else None
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    seconds = ((_days_from_civil(year, month, day) * 24 + hour) * 60 + minute) * 60 + second
    if match.group(8):
        offset = (int(match.group(9)) * 60 + int(match.group(10))) * 60
        seconds -= offset if match.group(8) == "+" else -offset
    return seconds * 1000 + int(((match.group(7) or "") + "000")[:3])
