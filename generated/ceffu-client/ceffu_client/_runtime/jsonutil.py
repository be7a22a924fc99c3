"""Exact JSON: numbers decode to int or Decimal, Decimal encodes as an exact JSON number."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

_encode_str = json.encoder.encode_basestring


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON (a number must be finite)")


def loads(data: bytes | str) -> Any:
    """Decode JSON; a number with a fraction or exponent becomes a Decimal, never a float. NaN and Infinity, which
    the standard library would read as floats, are refused (they are not JSON)."""
    return json.loads(data, parse_float=Decimal, parse_constant=_not_json)


def decimal_string(value: object) -> Decimal:
    """A decimal string from the wire as a Decimal. A JSON number where the spec says decimal string is
    refused (TypeError: the response does not match the spec), as is a non-finite value."""
    if not isinstance(value, str):
        raise TypeError(f"expected a decimal string, got {type(value).__name__} {value!r}")
    return _finite(value)


def _finite(value: int | Decimal | str) -> Decimal:
    result = Decimal(value)
    if not result.is_finite():
        raise ValueError(f"{value!r} is not a finite decimal")
    return result


def _exact(value: object, name: str) -> Decimal | int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if not isinstance(value, Decimal):
        why = " (floats are refused: money is a Decimal)" if isinstance(value, float) else ""
        raise TypeError(f"{name}: expected Decimal, got {type(value).__name__} {value!r}{why}")
    if not value.is_finite():
        raise ValueError(f"{name}: {value} is not a finite decimal")
    return value


def decimal_text(value: object, name: str) -> str:
    """An amount for a decimal-string field, a query or a header: a Decimal (or an int) as its digits, never an
    exponent ("1E-7" is sent as "0.0000001"). A float is refused (TypeError naming the field): it is inexact
    already (0.1 is 0.1000000000000000055...), and the client will not guess which amount was meant; so are a
    str, a bool, None and a NaN or infinity."""
    exact = _exact(value, name)
    return int.__repr__(exact) if isinstance(exact, int) else format(exact, "f")


def exact_number(value: object, name: str) -> Decimal:
    """An amount for a JSON-number field, refused as in `decimal_text`; `dumps` writes it exactly."""
    exact = _exact(value, name)
    return Decimal(exact) if isinstance(exact, int) else exact


def decimal_number(value: object) -> Decimal:
    """A JSON number (or a decimal string, which providers mix in) from the wire as a Decimal; anything else, a
    bool among them, is refused (TypeError: the response does not match the spec), as is a non-finite value."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise TypeError(f"expected a number, got {type(value).__name__} {value!r}")
    return _finite(value)


def _encode(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(_encode_str(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a JSON number")
        out.append(format(value, "f"))
    elif isinstance(value, dict):
        out.append("{")
        for i, (key, item) in enumerate(value.items()):
            if i:
                out.append(",")
            out.append(_encode_str(str(key)))
            out.append(":")
            _encode(item, out)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _encode(item, out)
        out.append("]")
    else:
        raise TypeError(f"{type(value).__name__} is not JSON serializable (floats are refused: use Decimal)")


def dumps(value: Any) -> bytes:
    """Encode compact UTF-8 JSON. Decimals are written exactly; floats are refused."""
    out: list[str] = []
    _encode(value, out)
    return "".join(out).encode()
