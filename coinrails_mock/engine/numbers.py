"""JsonNumber: a Decimal that goes on the wire as a bare JSON number with exactly its digits (never via float).

For providers that send amounts as JSON numbers. `wire.encode` writes it bare, the SQLite store keeps it tagged,
and `plain` turns it back into a Decimal for schema validation.
"""

from __future__ import annotations

from decimal import Decimal
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
