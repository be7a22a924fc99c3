"""Constraints the specs state in `x-` extensions, which JSON Schema (and so schemathesis) cannot:

- `x-one-of-required: [a, b]`: a query needs at least one of the fields, a body exactly one;
- a window `startTime`..`endTime` (ms) or `startDate`..`endDate` (YYYYMMDD) is ordered (and made
  of calendar dates), and with `x-max-window-days: N` at most N days long.

A generated "positive" case that breaks one of them is not valid data: `relabel` marks it
negative, so the built-in checks expect the provider to refuse it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from schemathesis import Case, GenerationMode

DAY_MS = 86_400_000


def _date_ms(value: Any) -> int | None:
    try:
        return int(dt.datetime.strptime(str(value), "%Y%m%d").replace(tzinfo=dt.UTC).timestamp() * 1000)
    except ValueError:
        return None


def _int(value: Any) -> int | None:
    """An integer, also from the string form the coverage phase puts in query strings."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) and value.lstrip("-").isdigit() else None


def violations(case: Case) -> list[str]:
    """The extension constraints `case` breaks."""
    definition = case.operation.definition.raw
    query = case.query or {}
    body = case.body if isinstance(case.body, dict) else {}
    found = []
    group = definition.get("x-one-of-required")
    if group:
        in_body = sum(name in body for name in group)
        in_query = sum(name in query for name in group)
        if (body and in_body != 1 and not in_query) or (not body and in_query == 0):
            found.append(f"x-one-of-required {group}")
    values = {**query, **body}
    if "startDate" in values and "endDate" in values:
        start, end = _date_ms(values["startDate"]), _date_ms(values["endDate"])
        if start is None or end is None:
            return [*found, "window: not a calendar date"]
    else:
        start, end = _int(values.get("startTime")), _int(values.get("endTime"))
    if start is not None and end is not None:
        days = definition.get("x-max-window-days")
        if end < start:
            found.append("window: end before start")
        elif days and end - start > days * DAY_MS:
            found.append(f"x-max-window-days {days}")
    return found


def relabel(case: Case) -> Case:
    """Mark a positive case that breaks an extension constraint as negative."""
    if case.meta is not None and case.meta.generation.mode.is_positive and violations(case):
        case.meta.generation.mode = GenerationMode.NEGATIVE
    return case
