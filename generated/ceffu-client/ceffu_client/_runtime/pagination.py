"""Iterate every item across numbered pages (`pageNo` from 1), sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


def _items(page: Any) -> list[Any]:
    items = getattr(page, "data", None)
    return items if isinstance(items, list) else []


def _is_last(page: Any, page_no: int, seen: int, count: int) -> bool:
    """Last page: an empty one, page `totalPage`, or `total` items seen."""
    if count == 0:
        return True
    total_page = getattr(page, "total_page", None)
    if isinstance(total_page, int) and total_page > 0:
        return page_no >= total_page
    total = getattr(page, "total", None)
    return isinstance(total, int) and seen >= total


def iterate(fetch: Callable[[int], Any], item: type[T]) -> Iterator[T]:
    """Yield every item of page 1, 2, … through the last page."""
    page_no, seen = 1, 0
    while True:
        page = fetch(page_no)
        items = _items(page)
        seen += len(items)
        yield from items
        if _is_last(page, page_no, seen, len(items)):
            return
        page_no += 1


async def aiterate(fetch: Callable[[int], Awaitable[Any]], item: type[T]) -> AsyncIterator[T]:
    """Async twin of `iterate`."""
    page_no, seen = 1, 0
    while True:
        page = await fetch(page_no)
        items = _items(page)
        seen += len(items)
        for value in items:
            yield value
        if _is_last(page, page_no, seen, len(items)):
            return
        page_no += 1
