"""Hostile-input guards: what no provider can store or answer is refused here, before any rule runs.

- JSON text: strings (values and keys) must be valid Unicode (no lone surrogate escapes such as "\\ud800",
  which JSON allows but UTF-8 cannot carry), nesting at most MAX_DEPTH arrays/objects deep, every number
  within `representable` (also numbers a query parameter is coerced to).
- A decimal.DecimalException escaping a rule (arithmetic on a number beyond what the provider computes with,
  e.g. a 22-digit amount quantized to 8 places) is the same refusal: `out_of_range`.

Every refusal is a RequestInvalid, answered in the provider's own invalid-request shape; its message names
the place (escaped) but never repeats the offending value.
"""

from __future__ import annotations

import decimal
import ipaddress
from decimal import Decimal
from typing import Any

from coinrails_mock.engine.spec import Problem, RequestInvalid

# Deeper than any provider body (the deepest documented request nests 4 levels) and far below the
# schema validator's own recursion limit (about 255 levels, where it raised ValueError -> HTTP 500).
MAX_DEPTH = 32
# A number is representable when it is below 10**20 in magnitude (an unsigned 64-bit id fits; every amount the
# specs allow is far below) and has at most 400 decimal places (the smallest float, 5e-324, fits): beyond that
# no provider has a field for it, Decimal arithmetic overflows or traps, and its decimal text alone is huge.
MAX_ADJUSTED_EXPONENT = 19
MIN_EXPONENT = -400


def ascii_text(text: str, limit: int = 200) -> str:
    """`text` safe for any answer: non-ASCII (and lone surrogates) backslash-escaped, at most `limit` chars."""
    return text.encode("ascii", "backslashreplace").decode("ascii")[:limit]


def internal_error(operation_id: str | None, exc: BaseException | None = None) -> str:
    """The message of a 500 answer: the operation and the exception's type, never request data or the
    exception's text (it may quote the request)."""
    kind = f" ({type(exc).__name__})" if exc is not None else ""
    return f"internal error{kind} in the mock while answering {operation_id or 'this request'}; see the mock's log"


def off_spec_places(errors: list[str]) -> str:
    """Where an answer is off-spec, from schema error messages ("response <path>: <message quoting values>"),
    without the values (they may be request data): for a strict-mode 500 body."""
    return ", ".join(ascii_text(e.split(": ", 1)[0] if e.startswith("response ") else e) for e in errors)


def _place(path: list[Any]) -> str:
    """A JSON path for a message (a key may itself be hostile)."""
    return ascii_text("/".join(str(p) for p in path) or "(root)", 120)


def _refuse(location: str, path: list[Any], keyword: str, message: str) -> RequestInvalid:
    field = path[0] if path and isinstance(path[0], str) and valid_text(path[0]) else ""
    return RequestInvalid([Problem(location, field, keyword, f"{location} {_place(path)}: {message}")])


def valid_text(text: str) -> bool:
    """False when `text` holds a lone surrogate (not encodable as UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# |n| < 10**20 <=> n.adjusted() <= 19 for a non-zero integer (its exponent, 0, is always >= MIN_EXPONENT)
INT_LIMIT = 10 ** (MAX_ADJUSTED_EXPONENT + 1)


def representable(number: int | Decimal) -> bool:
    if isinstance(number, int):  # incl. bool
        return isinstance(number, bool) or -INT_LIMIT < number < INT_LIMIT
    value = number if type(number) is Decimal else Decimal(number)
    if not value.is_finite():
        return False
    if not value:
        return value.as_tuple().exponent >= MIN_EXPONENT  # type: ignore[operator]
    return value.adjusted() <= MAX_ADJUSTED_EXPONENT and value.as_tuple().exponent >= MIN_EXPONENT  # type: ignore[operator]


def _plain_json(value: Any) -> bool:
    """True when `value` certainly passes `check_json`: every string and key ASCII (hence valid Unicode), every
    number representable, nesting within MAX_DEPTH. A quick pass without paths; False sends the value to the
    full check, which finds and names the problem (or accepts it: non-ASCII text is valid unless it holds a
    lone surrogate). A container's scalar items are judged in place; only nested containers are stacked."""
    if type(value) is not dict and type(value) is not list:
        return _plain_item(value)
    stack: list[tuple[Any, int]] = [(value, 0)]
    pop, push = stack.pop, stack.append
    while stack:
        node, depth = pop()
        if depth >= MAX_DEPTH:
            return False
        if type(node) is dict:
            for key, item in node.items():
                if not key.isascii():
                    return False
                kind = type(item)
                if kind is str:
                    if not item.isascii():
                        return False
                elif kind is dict or kind is list:
                    push((item, depth + 1))
                elif not _plain_item(item):
                    return False
        else:
            for item in node:
                kind = type(item)
                if kind is str:
                    if not item.isascii():
                        return False
                elif kind is dict or kind is list:
                    push((item, depth + 1))
                elif not _plain_item(item):
                    return False
    return True


def _plain_item(node: Any) -> bool:
    """`_plain_json` of a value that is not a dict or a list."""
    kind = type(node)
    if kind is str:
        return node.isascii()
    if kind is int:
        return -INT_LIMIT < node < INT_LIMIT
    if kind is Decimal:
        return representable(node)
    return node is None or kind is bool  # anything else (a subclass, a float): let the full check judge it


def check_json(value: Any, location: str = "body") -> None:
    """Raise RequestInvalid unless every string, key and number of a parsed JSON value can be stored and
    answered. Iterative: a value nested thousands deep must not exhaust the interpreter's stack."""
    if _plain_json(value):
        return
    stack: list[tuple[Any, list[Any]]] = [(value, [])]
    while stack:
        node, path = stack.pop()
        if isinstance(node, str):
            if not valid_text(node):
                raise _refuse(location, path, "unicode", "string is not valid Unicode (lone surrogate escape)")
        elif isinstance(node, (int, Decimal)) and not isinstance(node, bool):
            if not representable(node):
                raise _refuse(location, path, "range", "number is outside the range this API can represent")
        elif isinstance(node, (dict, list)):
            if len(path) >= MAX_DEPTH:
                raise _refuse(location, path[:3], "depth", f"nested deeper than {MAX_DEPTH} levels")
            if isinstance(node, dict):
                for key, item in node.items():
                    if not valid_text(key):
                        raise _refuse(location, path, "unicode", "object key is not valid Unicode")
                    stack.append((item, [*path, key]))
            else:
                stack.extend((item, [*path, index]) for index, item in enumerate(node))


def check_values(values: dict[str, Any], location: str = "query") -> None:
    """Query/path parameters after coercion: numbers must be representable (lists are checked item by item)."""
    for name, value in values.items():
        kind = type(value)
        if kind is str or kind is bool:  # the common case: nothing to check
            continue
        if kind is int and -INT_LIMIT < value < INT_LIMIT:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, (int, Decimal)) and not isinstance(item, bool) and not representable(item):
                raise _refuse(location, [name], "range", "number is outside the range this API can represent")


def out_of_range(exc: BaseException) -> RequestInvalid | None:
    """The refusal for an arithmetic trap raised while a rule computed with a request's number, else None."""
    if isinstance(exc, decimal.DecimalException):
        return RequestInvalid([Problem("body", "", "range", "a number is outside the range this API can compute with")])
    return None


# --- the control API: loopback clients only, never a browser ----------------------------------------------------
# Content types a web page may POST cross-site without a CORS preflight ("simple" requests).
BROWSER_SIMPLE_TYPES = frozenset({"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"})
LOOPBACK_NAMES = frozenset({"localhost", "localhost."})


def loopback_address(address: str) -> bool:
    """True for 127.0.0.0/8, ::1 and IPv4-mapped loopback (`::ffff:127.0.0.1`); False for anything else."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    return bool(ip.is_loopback or (mapped is not None and mapped.is_loopback))


def loopback_host(host: str) -> bool:
    """True for a `Host` header naming a loopback address or `localhost` (any port)."""
    host = host.strip().lower()
    if host.startswith("["):  # [::1]:8101
        name = host[1:].split("]", 1)[0]
    elif host.count(":") == 1:
        name = host.split(":", 1)[0]
    else:
        name = host
    return name in LOOPBACK_NAMES or loopback_address(name)


def control_refusal(client: tuple[str, int] | None, headers: dict[str, str]) -> str | None:
    """Why a control API request must be refused (403), or None. A browser can send requests to loopback
    from any page, and DNS rebinding gives a page's host name a loopback address: refuse what a browser sends
    (an `Origin`, `Sec-Fetch-Site` other than same-origin/none, a CORS-simple body type) and any foreign `Host`."""
    if client is not None and not loopback_address(client[0]):
        return "the control API only answers loopback clients"
    host = headers.get("host")
    if host is not None and not loopback_host(host):
        return "the control API only answers a loopback Host (127.0.0.1, [::1] or localhost)"
    if "origin" in headers:
        return "the control API does not answer browser requests (Origin header present)"
    if headers.get("sec-fetch-site", "none").strip().lower() not in ("none", "same-origin"):
        return "the control API does not answer cross-site browser requests (Sec-Fetch-Site)"
    media = headers.get("content-type", "").split(";")[0].strip().lower()
    if media in BROWSER_SIMPLE_TYPES:
        return f"the control API takes application/json bodies only, not {ascii_text(media, 60)}"
    return None
