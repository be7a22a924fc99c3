"""Iterate every item of a paged operation, sync and async.

Three kinds of paging: numbered pages (`pageNo`/`page` from 1; stop at `totalPage`/`total` or an
empty page), cursors (stop when the next cursor is empty) and offsets (advance by the items seen;
stop at `total`, also under `pagination`, an empty `next`, or an empty page). `field` names the
list inside the payload (None: the payload is the list).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T")


def _items(page: Any, field: str | None) -> list[Any]:
    items = page if field is None else getattr(page, field, None)
    return items if isinstance(items, list) else []


def _last_page(page: Any, page_no: int, seen: int, count: int) -> bool:
    if count == 0:
        return True
    total_page = getattr(page, "total_page", None)
    if isinstance(total_page, int) and total_page > 0:
        return page_no >= total_page
    total = getattr(page, "total", None)
    return isinstance(total, int) and seen >= total


def _offset_done(page: Any, offset: int, count: int) -> bool:
    if count == 0:
        return True
    total = getattr(page, "total", None)
    if not isinstance(total, int):
        total = getattr(getattr(page, "pagination", None), "total", None)
    if isinstance(total, int):
        return offset >= total
    return not _present(getattr(page, "next", "more"))


def _present(value: Any) -> bool:
    return value is not None and not isinstance(value, Unset) and value != ""


def iterate_pages(fetch: Callable[[int], Any], field: str | None, item: type[T]) -> Iterator[T]:
    """Yield every item of page 1, 2, … through the last page."""
    page_no, seen = 1, 0
    while True:
        page = fetch(page_no)
        items = _items(page, field)
        seen += len(items)
        yield from items
        if _last_page(page, page_no, seen, len(items)):
            return
        page_no += 1


def iterate_cursor(fetch: Callable[[Any], Any], field: str | None, next_field: str, item: type[T]) -> Iterator[T]:
    """Yield every item, following the next cursor until there is none."""
    cursor: Any = UNSET
    while True:
        page = fetch(cursor)
        items = _items(page, field)
        yield from items
        cursor = getattr(page, next_field, None)
        if not items or not _present(cursor):
            return


def iterate_offset(fetch: Callable[[int], Any], field: str | None, item: type[T]) -> Iterator[T]:
    """Yield every item, advancing the offset by the items received."""
    offset = 0
    while True:
        page = fetch(offset)
        items = _items(page, field)
        yield from items
        offset += len(items)
        if _offset_done(page, offset, len(items)):
            return


async def aiterate_pages(fetch: Callable[[int], Awaitable[Any]], field: str | None, item: type[T]) -> AsyncIterator[T]:
    """Async twin of `iterate_pages`."""
    page_no, seen = 1, 0
    while True:
        page = await fetch(page_no)
        items = _items(page, field)
        seen += len(items)
        for value in items:
            yield value
        if _last_page(page, page_no, seen, len(items)):
            return
        page_no += 1


async def aiterate_cursor(
    fetch: Callable[[Any], Awaitable[Any]], field: str | None, next_field: str, item: type[T]
) -> AsyncIterator[T]:
    """Async twin of `iterate_cursor`."""
    cursor: Any = UNSET
    while True:
        page = await fetch(cursor)
        items = _items(page, field)
        for value in items:
            yield value
        cursor = getattr(page, next_field, None)
        if not items or not _present(cursor):
            return


async def aiterate_offset(fetch: Callable[[int], Awaitable[Any]], field: str | None, item: type[T]) -> AsyncIterator[T]:
    """Async twin of `iterate_offset`."""
    offset = 0
    while True:
        page = await fetch(offset)
        items = _items(page, field)
        for value in items:
            yield value
        offset += len(items)
        if _offset_done(page, offset, len(items)):
            return


class _Window:
    """The moving [start, end] window of a time-window walk (ms)."""

    def __init__(self, start: int | None, end: int | None, limit: int) -> None:
        self.start, self.end, self.limit = start, end, limit
        self.seen: set[object] = set()

    def fresh(self, records: list[T], key_of: Callable[[T], object]) -> list[T]:
        out = [r for r in records if key_of(r) not in self.seen]
        self.seen.update(key_of(r) for r in out)
        return out

    def advance(self, times: list[int]) -> bool:
        """Shrink the window past a full answer; False when it cannot move."""
        if len(times) < self.limit:
            return False
        if times[0] >= times[-1]:  # newest first: continue below the oldest
            new_end = min(times)
            self.end = new_end if self.end is None or new_end < self.end else self.end - 1
        else:  # oldest first: continue above the newest
            new_start = max(times)
            self.start = new_start if self.start is None or new_start > self.start else self.start + 1
        return self.start is None or self.end is None or self.start <= self.end


def iterate_time_window(
    fetch: Callable[[int | None, int | None], list[T]],
    *,
    time_of: Callable[[T], int],
    key_of: Callable[[T], object],
    limit: int,
    start: int | None = None,
    end: int | None = None,
) -> Iterator[T]:
    """Walk a [start, end] window (ms) whose answers hold at most `limit` records.

    A full answer means more records lie beyond its oldest (newest-first answers) or newest
    (oldest-first) record: the window shrinks past it, and records seen twice at the boundary
    are skipped. Stops on a short answer or when the window cannot move.
    """
    window = _Window(start, end, limit)
    while True:
        records = fetch(window.start, window.end)
        yield from window.fresh(records, key_of)
        if not window.advance([time_of(r) for r in records]):
            return


async def aiterate_time_window(
    fetch: Callable[[int | None, int | None], Awaitable[list[T]]],
    *,
    time_of: Callable[[T], int],
    key_of: Callable[[T], object],
    limit: int,
    start: int | None = None,
    end: int | None = None,
) -> AsyncIterator[T]:
    """Async twin of `iterate_time_window`."""
    window = _Window(start, end, limit)
    while True:
        records = await fetch(window.start, window.end)
        for record in window.fresh(records, key_of):
            yield record
        if not window.advance([time_of(r) for r in records]):
            return
