"""Constraints the specs state beyond what JSON Schema checks (`x-` extensions, and a format it treats as an
annotation), so schemathesis cannot see them:

- `x-one-of-required: [a, b]`: a query needs at least one of the fields, a body exactly one; on the
  operation or on its JSON request-body schema. Entries may be groups sent together
  (`[[currency], [blockchain, token]]`: a group counts as sent when any of its fields is, and then
  must be complete), and a schema with several such rules lists them (`[[[amount], [price_amount]],
  [[currency], [blockchain, token]]]`);
- `x-any-of-required: [[a], [b]]` on a JSON request-body schema: at least one of the groups is sent,
  each sent group complete;
- a `format: decimal` string in a request body is a decimal (`formats.format_breaks`);
- a window `startTime`..`endTime` (ms) or `startDate`..`endDate` (YYYYMMDD) is ordered (and made
  of calendar dates), and with `x-max-window-days: N` at most N days long.

A generated "positive" case that breaks one of them is not valid data: `relabel` marks it
negative, so the built-in checks expect the provider to refuse it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from schemathesis import Case, GenerationMode

from .formats import format_breaks

DAY_MS = 86_400_000


def _date_ms(value: Any) -> int | None:
    try:
        return int(dt.datetime.strptime(str(value), "%Y%m%d").replace(tzinfo=dt.UTC).timestamp() * 1000)
    except ValueError:
        return None


def _int(value: Any) -> int | None:
    """An integer, also from the string form the coverage phase puts in query strings, or a JSON number
    with a zero fraction (`950.0` is an integer to JSON Schema, and generated as one)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
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
    for key, exactly_one in (("x-one-of-required", True), ("x-any-of-required", False)):
        for rule in _body_rules(case, key):
            sent = [g for g in rule if any(name in body for name in g)]
            complete = all(name in body for g in sent for name in g)
            if not sent or (exactly_one and len(sent) > 1) or not complete:
                found.append(f"{key} {rule}")
    found += format_breaks(case.operation.schema.raw_schema, case.operation.path, case.operation.method, case.body)
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


def _body_rules(case: Case, key: str) -> list[list[list[str]]]:
    """The `key` rules of the operation's JSON request-body schema, each a list of field groups."""
    spec = case.operation.schema.raw_schema
    node: Any = case.operation.definition.raw.get("requestBody") or {}
    for step in ("content", "application/json", "schema"):
        node = _resolve(spec, node).get(step) or {}
    value = _resolve(spec, node).get(key) or []
    if value and all(isinstance(entry, str) for entry in value):
        value = [[name] for name in value]
    return value if value and isinstance(value[0][0], list) else [value] if value else []


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node if isinstance(node, dict) else {}


def relabel(case: Case) -> Case:
    """Mark a positive case that breaks an extension constraint as negative."""
    if case.meta is not None and case.meta.generation.mode.is_positive and violations(case):
        case.meta.generation.mode = GenerationMode.NEGATIVE
    return case
