"""Every answer a typed-client test receives is checked against the spec before the client parses it.

The recorder (operations.py) wraps the generated runtime's `_outcome(response, parse)`, the one place
every response passes through, sync and async. The raw JSON is validated here with schemathesis'
own response validation (so a JSON number where the spec says a decimal string fails, whatever the
client would have made of it), and the status must be one the operation documents.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import httpx
import schemathesis
import yaml

SPECS = Path(__file__).resolve().parents[1] / "specs"


class OffSpecResponse(AssertionError):
    """A provider answered a typed-client request with a body or status its spec does not allow."""


@cache
def _schema(provider: str) -> Any:
    return schemathesis.openapi.from_dict(yaml.safe_load((SPECS / f"{provider}.yaml").read_text()))


def _operation(provider: str, method: str, path: str) -> Any:
    schema = _schema(provider)
    return schema.find_operation_by_path(method.upper(), path)


def validate(provider: str, response: httpx.Response) -> None:
    """Raise OffSpecResponse unless `response` is a documented answer of its operation."""
    request = response.request
    operation = _operation(provider, request.method, request.url.path)
    if operation is None:  # not an operation of the spec (e.g. a token flow's own request)
        return
    statuses = set(operation.definition.raw.get("responses", {}))
    status = str(response.status_code)
    if status not in statuses and f"{status[0]}XX" not in statuses and "default" not in statuses:
        raise OffSpecResponse(
            f"{operation.label}: HTTP {status} is not documented ({', '.join(sorted(statuses))}): {response.text[:300]}"
        )
    try:
        operation.validate_response(response)
    except Exception as exc:  # schemathesis raises a FailureGroup / AssertionError
        raise OffSpecResponse(f"{operation.label}: HTTP {status} body violates the spec: {exc}") from exc
