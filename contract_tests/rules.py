"""The provider rules every contract suite checks the same way (contract_tests/<provider>/test_rules.py).

- `replay_has_no_effect`: an idempotency key sent twice has one effect (the replay is refused as a
  duplicate or answers the first result), and the observed state moved once;
- `refunded_exactly`: a withdrawal that fails or is refused gives back exactly what it took;
- `refused_when_stale`: with the server's clock moved past the freshness window (stale timestamp, expired
  token), a correctly signed request is refused with the documented error;
- `every_item_matches`: a list answers only items that match the equality filters sent;
- `walk`: paging never repeats or skips, and stops: a page that repeats an item, a cursor or page number
  that repeats, or more pages than `bound` fail at once instead of looping.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx
import pytest

T = TypeVar("T")


def replay_has_no_effect(
    send: Callable[[], Any], observe: Callable[[], Any], duplicate: type[Exception] | tuple[type[Exception], ...]
) -> None:
    """`send` twice (same key): the state `observe` sees moves on the first only; the replay is refused as
    `duplicate` or answers the same result."""
    before = observe()
    first = send()
    after_first = observe()
    assert after_first != before, "the first request had no visible effect: the check cannot judge the replay"
    try:
        second = send()
    except duplicate:
        pass
    else:
        assert second == first, f"a replayed key answered a new result: {second!r} after {first!r}"
    assert observe() == after_first, "a replayed idempotency key had a second effect"


def refunded_exactly(balance: Callable[[], Any], create: Callable[[], T], fail: Callable[[T], Any]) -> None:
    """Create a withdrawal (it must hold funds), make it fail: the balance is back to exactly what it was."""
    before = balance()
    made = create()
    assert balance() != before, "the withdrawal took nothing: the check cannot judge the refund"
    fail(made)
    assert balance() == before, f"a failed withdrawal was not refunded exactly: {balance()} != {before}"


@contextmanager
def clock_shifted(base_url: str, shift_ms: int) -> Iterator[None]:
    """Move the mock's clock (control API) for the block, then back."""
    httpx.post(f"{base_url}/_mock/clock", json={"shift_ms": shift_ms}, timeout=10).raise_for_status()
    try:
        yield
    finally:
        httpx.post(f"{base_url}/_mock/clock", json={"shift_ms": -shift_ms}, timeout=10).raise_for_status()


def refused_when_stale(base_url: str, shift_ms: int, call: Callable[[], Any], error: type[Exception]) -> Exception:
    """With the server's clock `shift_ms` ahead (the client's stamp or token now stale), `call` is refused."""
    with clock_shifted(base_url, shift_ms), pytest.raises(error) as info:
        call()
    return info.value


def every_item_matches(items: Iterable[Any], **expected: Any) -> list[Any]:
    """Every item's attributes (or keys) equal the filters sent; returns the items (non-empty)."""
    found = list(items)
    assert found, f"the filtered list is empty: the check cannot judge the filter {expected}"
    for item in found:
        for name, value in expected.items():
            actual = item.get(name) if isinstance(item, dict) else getattr(item, name)
            assert actual == value, f"a list filtered on {name}={value!r} returned an item with {actual!r}"
    return found


def walk(
    fetch: Callable[[Any], tuple[list[T], Any]],
    key: Callable[[T], Hashable],
    *,
    start: Any = None,
    bound: int = 200,
) -> list[T]:
    """Page through `fetch(token) -> (items, next token or None)` from `start`: no item twice, no token twice,
    at most `bound` pages."""
    seen: dict[Hashable, int] = {}
    tokens = {repr(start)}
    out: list[T] = []
    token = start
    for page in range(bound):
        items, token = fetch(token)
        for item in items:
            k = key(item)
            assert k not in seen, f"page {page + 1} repeats {k!r} (first on page {seen[k] + 1})"
            seen[k] = page
            out.append(item)
        if token is None:
            return out
        assert repr(token) not in tokens, f"page {page + 1} hands back a page token already used: {token!r}"
        tokens.add(repr(token))
    raise AssertionError(f"more than {bound} pages: the listing does not end")


def bounded(iterator: Iterable[T], key: Callable[[T], Hashable], bound: int = 1000) -> list[T]:
    """A typed client's auto-paging iterator, consumed with a bound: an item seen twice or more than `bound`
    items fail at once (a server whose cursor repeats would otherwise loop forever)."""
    seen: set[Hashable] = set()
    out = []
    for item in iterator:
        k = key(item)
        assert k not in seen, f"the listing repeats {k!r}"
        seen.add(k)
        out.append(item)
        assert len(out) <= bound, f"more than {bound} items: the listing does not end"
    return out
