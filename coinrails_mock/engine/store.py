"""State persistence: nothing (in memory) or one SQLite row holding the latest JSON snapshot.

The engine saves after every request or control call that changed anything, before the response is sent,
so a restart with the same file restores the state a client last saw.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

from coinrails_mock.engine.numbers import JsonNumber

NUMBER_TAG = "$json_number"  # how a JsonNumber (exact bare-number amount) is kept in a snapshot


def _tag(value: Any) -> dict[str, str]:
    if isinstance(value, JsonNumber):
        return {NUMBER_TAG: format(value, "f")}
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _untag(obj: dict[str, Any]) -> Any:
    return JsonNumber(obj[NUMBER_TAG]) if len(obj) == 1 and NUMBER_TAG in obj else obj


class MemoryStore:
    persistent = False

    def load(self) -> dict[str, Any] | None:
        return None

    def save(self, snapshot: dict[str, Any]) -> None:
        pass

    def close(self) -> None:
        pass


class SqliteStore:
    """`snapshot(id=1, body)`: replaced (and committed) on every save."""

    persistent = True

    def __init__(self, path: str | Path) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS snapshot (id INTEGER PRIMARY KEY CHECK (id = 1), body TEXT NOT NULL)"
        )

    def load(self) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute("SELECT body FROM snapshot WHERE id = 1").fetchone()
        return json.loads(row[0], object_hook=_untag) if row else None

    def save(self, snapshot: dict[str, Any]) -> None:
        body = json.dumps(snapshot, separators=(",", ":"), default=_tag)
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO snapshot (id, body) VALUES (1, ?)", (body,))

    def close(self) -> None:
        with self._lock:
            self._db.close()


def open_store(path: str | Path | None) -> MemoryStore | SqliteStore:
    return SqliteStore(path) if path else MemoryStore()
