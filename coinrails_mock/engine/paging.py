"""The paging styles of the providers' list operations, written once: numbered pages, offset + limit, and opaque
cursors. A provider keeps only its own field names and error codes."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")


def numbered(items: Sequence[T], number: int, size: int) -> list[T]:
    """Page `number` (from 1) of `size` items."""
    return list(items[(number - 1) * size : number * size])


def page_count(total: int, size: int) -> int:
    return -(-total // size)


def window(items: Sequence[T], offset: int, limit: int) -> list[T]:
    """`limit` items from `offset` (from 0)."""
    return list(items[offset : offset + limit])


class Cursors:
    """Opaque cursors of one kind of list: a cursor names the item a page ends with; one the mock did not hand out
    (or of another kind) is refused with the provider's `invalid()` error."""

    def __init__(self, kind: str, invalid: Callable[[], Exception]) -> None:
        self.kind = kind
        self.invalid = invalid

    def encode(self, item_id: str) -> str:
        return base64.urlsafe_b64encode(f"{self.kind}:{item_id}".encode()).decode().rstrip("=")

    def decode(self, cursor: str) -> str:
        try:
            text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        except (binascii.Error, UnicodeDecodeError, ValueError):
            raise self.invalid() from None
        prefix, _, item_id = text.partition(":")
        if prefix != self.kind or not item_id:
            raise self.invalid()
        return item_id

    def page(self, items: Sequence[T], key: Callable[[T], Any], limit: int, cursor: str | None) -> tuple[list[T], Any]:
        """(the `limit` items after the cursor's item, the next page's cursor or None)."""
        start = 0
        if cursor:
            after = self.decode(cursor)
            ids = [key(x) for x in items]
            if after not in ids:
                raise self.invalid()
            start = ids.index(after) + 1
        page = list(items[start : start + limit])
        more = start + limit < len(items)
        return page, (self.encode(key(page[-1])) if more and page else None)
