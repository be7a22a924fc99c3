"""Custom string formats the specs use, taught to schemathesis once for every suite (HTTP and WebSocket), so the
data a run generates does not depend on which suites were imported before it.

`decimal`: money as a decimal string (each spec's "Amounts": digits, an optional sign and fraction, never an
exponent). Positive cases send amounts as the typed clients write them. A published example may still hold a
placeholder (Ceffu's mirror `amount: "string"`): valid JSON Schema, where formats are annotations, but not a
decimal; `format_breaks` finds it, and `extensions.relabel` makes such a case negative.
"""

from __future__ import annotations

import re
from typing import Any

import jsonschema_rs
import schemathesis
from hypothesis import strategies as st

DECIMAL_STRINGS = st.from_regex(r"\A[0-9]{1,12}(\.[0-9]{1,8})?\Z")
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_SPEC = "urn:spec"
_VALIDATORS: dict[tuple[int, str, str], Any] = {}  # per loaded spec (its id: each suite keeps its schema alive)

schemathesis.openapi.format("decimal", DECIMAL_STRINGS)


def format_breaks(spec: dict[str, Any], path: str, method: str, body: Any) -> list[str]:
    """Where a JSON request body breaks a `format: decimal` of its operation's schema."""
    if body is None:
        return []
    key = (id(spec), path, method.lower())
    if key not in _VALIDATORS:
        _VALIDATORS[key] = _body_validator(spec, path, method.lower())
    validator = _VALIDATORS[key]
    if validator is None:
        return []
    return [
        f"format: decimal at body/{'/'.join(map(str, error.instance_path))}"
        for error in validator.iter_errors(body)
        if error.kind.name == "format" and error.kind.format == "decimal"
    ]


def _body_validator(spec: dict[str, Any], path: str, method: str) -> Any:
    escaped = path.replace("~", "~0").replace("/", "~1")
    pointer = f"/paths/{escaped}/{method}/requestBody"
    node = spec["paths"][path][method].get("requestBody")
    if node is None:
        return None
    if "$ref" in node:
        pointer = node["$ref"][1:]
    if "application/json" not in _at(spec, pointer).get("content", {}):
        return None
    registry = jsonschema_rs.Registry([(_SPEC, spec)])
    return jsonschema_rs.Draft202012Validator(
        {"$ref": f"{_SPEC}#{pointer}/content/application~1json/schema"},
        registry=registry,
        formats={"decimal": lambda text: _DECIMAL.fullmatch(text) is not None},
        validate_formats=True,
    )


def _at(spec: dict[str, Any], pointer: str) -> Any:
    node: Any = spec
    for part in pointer.lstrip("/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node
