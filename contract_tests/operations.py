"""Which spec operations the typed-client tests called, to report the ones never called.

Every generated client lists its operations (`<pkg>._operations.OPERATIONS`); the recorder wraps the
runtime sender of each client package, matches each request to an operation by method and path
template, and counts it. It also has every raw answer validated against the spec (bodies.py).
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from .bodies import validate

PACKAGES = {
    "ceffu": "ceffu_client",
    "bitunix": "bitunix_client",
    "xcurrency": "xcurrency_client",
    "cryptofuse": "cryptofuse_client",
}


def _matcher(package: str) -> Callable[[str, str], str | None]:
    operations = importlib.import_module(f"{package}._operations").OPERATIONS
    compiled = [
        (op.method, re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path)) + "$"), op_id)
        # literal paths first: /withdrawal/available-currencies/ is not /withdrawal/{withdrawal_id}/
        for op_id, op in sorted(operations.items(), key=lambda item: "{" in item[1].path)
    ]

    def match(method: str, path: str) -> str | None:
        return next((op_id for m, rx, op_id in compiled if m == method.upper() and rx.match(path)), None)

    return match


class Recorder:
    """Counts (provider, operationId) for every call made through a generated client."""

    def __init__(self) -> None:
        self.calls: Counter[tuple[str, str]] = Counter()

    def install(self) -> Callable[[], None]:
        """Wrap every client package's sender; returns the undo function."""
        undo: list[Callable[[], None]] = []
        for provider, package in PACKAGES.items():
            try:
                runtime = importlib.import_module(f"{package}._runtime.client")
            except ModuleNotFoundError:
                continue
            match = _matcher(package)
            for cls in (runtime.SyncAPIClient, runtime.AsyncAPIClient):
                undo.append(self._wrap(cls, provider, match))
            undo.append(self._validate_bodies(runtime._Base, provider))
        return lambda: [u() for u in undo]

    @staticmethod
    def _validate_bodies(cls: Any, provider: str) -> Callable[[], None]:
        """Check every raw answer against the spec before the client parses it (bodies.py)."""
        original = cls._outcome

        def outcome(self: Any, response: Any, parse: Any) -> Any:
            validate(provider, response)
            return original(self, response, parse)

        cls._outcome = outcome
        return lambda: setattr(cls, "_outcome", original)

    def _wrap(self, cls: Any, provider: str, match: Callable[[str, str], str | None]) -> Callable[[], None]:
        original = cls.call
        recorder = self

        def record(kwargs: dict[str, Any]) -> None:
            op_id = match(kwargs["method"], kwargs["url"])
            if op_id:
                recorder.calls[(provider, op_id)] += 1

        if cls.__name__.startswith("Async"):

            async def call(self: Any, kwargs: dict[str, Any], parse: Any) -> Any:
                record(kwargs)
                return await original(self, kwargs, parse)
        else:

            def call(self: Any, kwargs: dict[str, Any], parse: Any) -> Any:  # type: ignore[misc]
                record(kwargs)
                return original(self, kwargs, parse)

        cls.call = call
        return lambda: setattr(cls, "call", original)

    def missing(self, provider: str) -> list[str]:
        operations = importlib.import_module(f"{PACKAGES[provider]}._operations").OPERATIONS
        return [op_id for op_id in operations if (provider, op_id) not in self.calls]
