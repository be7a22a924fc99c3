"""pytest plugin: count what a contract run sends and what the in-process mocks serve.

pytest -p benchmarks.contract_counter ...   (with BENCH_REQUEST_COUNT_FILE=<path>)

- `cases`: schemathesis `Case.call` invocations, i.e. generated cases sent (every phase, stateful steps too);
- `provider` / `control`: requests answered by MockEngine.handle (provider operations) and ControlAPI.handle
  (/_mock/*). The contract harness serves its mocks in threads of the pytest process, so every request
  they answer passes through these methods, including the extra requests checks such as `ignored_auth` send.
When the session ends the counts are written as JSON to BENCH_REQUEST_COUNT_FILE.
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

COUNTS: Counter[str] = Counter()
_LOCK = threading.Lock()


def _bump(kind: str) -> None:
    with _LOCK:
        COUNTS[kind] += 1


def counting(kind: str, method: Any) -> Any:
    """`method` (sync or async) wrapped to bump COUNTS[kind] on every call."""
    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            _bump(kind)
            return await method(*args, **kwargs)

    else:

        @functools.wraps(method)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            _bump(kind)
            return method(*args, **kwargs)

    wrapper.__bench_counting__ = True  # type: ignore[attr-defined]
    return wrapper


def install() -> None:
    from schemathesis import Case

    from coinrails_mock.engine.app import MockEngine
    from coinrails_mock.engine.control import ControlAPI

    for cls, name, kind in (
        (Case, "call", "cases"),
        (MockEngine, "handle", "provider"),
        (ControlAPI, "handle", "control"),
    ):
        if not getattr(getattr(cls, name), "__bench_counting__", False):
            setattr(cls, name, counting(kind, getattr(cls, name)))


def pytest_configure(config: pytest.Config) -> None:
    install()


def pytest_unconfigure(config: pytest.Config) -> None:
    path = os.environ.get("BENCH_REQUEST_COUNT_FILE")
    if path:
        Path(path).write_text(json.dumps({kind: COUNTS[kind] for kind in ("cases", "provider", "control")}))
