"""Money numbers: JsonNumber (a Decimal that goes on the wire as a bare JSON number with exactly its digits, never
via float), and the one rule every provider applies to a request amount (`amount`).

For providers that send amounts as JSON numbers. `wire.encode` writes it bare, the SQLite store keeps it tagged,
and `plain` turns it back into a Decimal for schema validation.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation, localcontext
from typing import Any


class JsonNumber(Decimal):
    """A Decimal sent as a bare JSON number (any other Decimal is sent as a decimal string)."""


def plain(value: Any) -> Any:
    """`value` with every JsonNumber as a plain Decimal (what the schema validator understands)."""
    if isinstance(value, JsonNumber):
        return Decimal(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


# Why a request amount is refused (the provider maps each to its own error code).
NOT_DECIMAL, NOT_POSITIVE, TOO_LARGE, TOO_PRECISE = "not_decimal", "not_positive", "too_large", "too_precise"


def decimals(value: Decimal) -> int:
    """Decimal places of the value, not of its spelling: 20.1234560000 has 6 (trailing zeros do not count).
    Exact at any length (normalize() would round to the context's 28 digits first)."""
    _, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    zeros = len(digits) - len(bytes(digits).rstrip(b"\0"))
    return max(0, -(exponent + zeros))


def amount(value: Any, name: str, precision: int, maximum: Decimal, refuse: Callable[[str, str], Exception]) -> Decimal:
    """A request amount (decimal string or JSON number, never a float) as an exact Decimal: finite, > 0, at most
    `maximum`, at most `precision` decimal places by value. Anything else raises `refuse(reason, message)`, the
    provider's own error for that reason. The spelling is kept (`1.50` stays `1.50`)."""
    try:
        number = Decimal(value) if isinstance(value, int | str | Decimal) and not isinstance(value, bool) else None
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise refuse(NOT_DECIMAL, f"{name} {value!r} is not a decimal number")
    if number <= 0:
        raise refuse(NOT_POSITIVE, f"{name} must be greater than 0")
    if number > maximum:
        raise refuse(TOO_LARGE, f"{name} must be at most {maximum}")
    if decimals(number) > precision:
        raise refuse(TOO_PRECISE, f"{name} has more than {precision} decimals")
    return number


def at_precision(value: Decimal, precision: int) -> Decimal:
    """`value` (at most `precision` decimals by value) spelled with no more than `precision` decimals."""
    if -int(value.as_tuple().exponent) <= precision:
        return value
    with localcontext() as ctx:
        ctx.prec = 80
        return value.quantize(Decimal(1).scaleb(-precision))
