"""Request visibility: one log line per request and the request journal (`GET /_mock/requests`).

The engine notes each provider request's outcome in its ASGI scope (`note`); `Journal.record` turns it into an
entry: method, path (no query string), operationId, HTTP status, provider code, milliseconds and, for a refused
request, the reason (which field failed validation, bad signature, stale timestamp...). Entries never hold
headers or bodies, so no secret reaches the log. Log lines go to the `coinrails_mock.requests` logger at INFO.
"""

from __future__ import annotations

import logging
import re
import time
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

from coinrails_mock.engine.provider import ControlError, ProviderError
from coinrails_mock.engine.spec import RequestInvalid, Spec
from coinrails_mock.engine.wire import ClientGone

log = logging.getLogger("coinrails_mock.requests")

OUTCOME = "coinrails_mock.outcome"  # scope key: (operationId or None, the exception that refused it or None)
MAX_REASON = 400
LINE_FIELDS = ("provider", "method", "path", "operation", "status", "code", "duration_ms", "reason")
SECRET = re.compile(r"secret|passw|private|token|sign|key", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    seq: int
    time_ms: int  # the mock's clock
    provider: str
    method: str
    path: str
    operation: str | None
    status: int | None  # None: the connection was dropped (injected fault)
    code: str | None
    duration_ms: float
    reason: str | None

    def line(self) -> str:
        return _line(
            self.provider, self.method, self.path, self.operation, self.status, self.code, self.duration_ms, self.reason
        )


def _line(
    provider: str,
    method: str,
    path: str,
    operation: str | None,
    status: int | None,
    code: str | None,
    duration_ms: float,
    reason: str | None,
) -> str:
    op = f" ({operation})" if operation else ""
    code = f" {code}" if code else ""
    shown = "dropped" if status is None else str(status)
    text = f"{provider} {method} {path}{op} -> {shown}{code} in {duration_ms:.1f} ms"
    text = f"{text}: {reason}" if reason else text
    if not text.isprintable():  # a path's decoded %0A (also quoted in a reason) must not start a line of its own
        text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text


def note(scope: dict[str, Any], operation: str | None, refusal: BaseException | None) -> None:
    """Called by the engine once it knows the outcome of a provider request."""
    scope[OUTCOME] = (operation, refusal)


def invalid(error: ProviderError, exc: RequestInvalid) -> ProviderError:
    """The refusal to journal for an invalid request: the provider's code, and which fields failed and why.
    A field that may hold a secret is named without the message (a schema message can quote the value)."""
    parts = [
        f"{p.location} {p.field}: invalid ({p.keyword})" if SECRET.search(p.field) else p.message for p in exc.problems
    ]
    return ProviderError(error.status, error.code, "invalid request: " + "; ".join(parts))


def reason_of(refusal: BaseException | None) -> tuple[str | None, str | None]:
    """(provider code, reason) of the exception that refused a request."""
    if refusal is None:
        return None, None
    if isinstance(refusal, RequestInvalid):
        return None, "invalid request: " + "; ".join(p.message for p in refusal.problems)
    if isinstance(refusal, ProviderError | ControlError):
        return refusal.code, refusal.message
    if isinstance(refusal, ClientGone):
        return None, str(refusal)
    return None, f"mock error: {refusal!r}"


def _success_code(payload: Any) -> str | None:
    """The envelope's own success code, where the provider has one (Ceffu `000000`, Bitunix `0`)."""
    code = payload.get("code") if isinstance(payload, dict) else None
    if type(code) is str:
        return code
    return str(code) if isinstance(code, str | int) and not isinstance(code, bool) else None


# What `Journal.record` keeps per request: (seq, time_ms, method, path, operation, status, code, seconds, reason).
# An Entry is built from it only when someone reads the journal or a log line is written: most requests are
# never looked at, and a frozen dataclass costs microseconds to build.
Raw = tuple[int, int, str, str, str | None, int | None, str | None, float, str | None]


class Journal:
    """The last `size` provider requests, newest last."""

    def __init__(self, provider: str, size: int = 1000) -> None:
        self.provider = provider
        self._raw: deque[Raw] = deque(maxlen=size)
        self._seq = 0

    @property
    def entries(self) -> list[Entry]:
        """Every kept entry, oldest first."""
        return [self._entry(raw) for raw in self._raw]

    def _entry(self, raw: Raw) -> Entry:
        return Entry(**self._fields(raw))

    def _fields(self, raw: Raw) -> dict[str, Any]:
        """An entry's fields, in Entry's order (what `asdict` gives, without building the Entry)."""
        seq, time_ms, method, path, operation, status, code, seconds, reason = raw
        return {
            "seq": seq,
            "time_ms": time_ms,
            "provider": self.provider,
            "method": method,
            "path": path,
            "operation": operation,
            "status": status,
            "code": code,
            "duration_ms": round(seconds * 1000, 3),
            "reason": reason,
        }

    def record(self, scope: dict[str, Any], status: int | None, payload: Any, started: float, now_ms: int) -> None:
        operation, refusal = scope.get(OUTCOME, (None, None))
        if refusal is not None:
            code, reason = reason_of(refusal)
            reason = reason[:MAX_REASON] if reason else None
        elif status is None:
            code, reason = None, "injected fault: connection dropped mid-response"
        else:
            code, reason = _success_code(payload), None
        self._seq += 1
        raw = (
            self._seq,
            now_ms,
            scope["method"],
            scope["path"],
            operation,
            status,
            code,
            time.perf_counter() - started,
            reason,
        )
        self._raw.append(raw)
        if log.isEnabledFor(logging.INFO):
            f = self._fields(raw)
            text = _line(*(f[k] for k in LINE_FIELDS))
            log.info(text, extra={"request": f})

    def clear(self) -> None:
        self._raw.clear()

    def query(self, operation: str | None = None, status: int | None = None, limit: int = 100) -> list[Entry]:
        """The last `limit` entries (oldest first) matching the filters."""
        if not limit:
            return []
        found = [r for r in self._raw if operation in (None, r[4]) and status in (None, r[5])]
        return [self._entry(r) for r in found[-limit:]]


def log_control(provider: str, spec: Spec, scope: dict[str, Any], status: int, payload: Any, started: float) -> None:
    """A log line for a control API request (not journaled: the journal holds the provider's traffic)."""
    if not log.isEnabledFor(logging.INFO):
        return
    match = spec.match(scope["path"])
    op = match[0].get(scope["method"]) if match else None
    error = payload.get("error") if isinstance(payload, dict) and status >= 400 else None
    entry = Entry(
        seq=0,
        time_ms=0,
        provider=provider,
        method=scope["method"],
        path=scope["path"],
        operation=op.operation_id if op else None,
        status=status,
        code=error.get("code") if isinstance(error, dict) else None,
        duration_ms=round((time.perf_counter() - started) * 1000, 3),
        reason=str(error.get("message"))[:MAX_REASON] if isinstance(error, dict) else None,
    )
    log.info("control: " + entry.line(), extra={"request": {**asdict(entry), "control": True}})


def list_requests(journal: Journal, args: dict[str, Any]) -> dict[str, Any]:
    """The control API's `GET /_mock/requests` answer."""
    found = journal.query(args.get("operation"), args.get("status"), args.get("limit", 100))
    return {"requests": [{k: v for k, v in asdict(e).items() if k != "provider"} for e in found]}
