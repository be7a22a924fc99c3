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


FORMAT_VERSION = 1  # of the file: table `snapshot` (one JSON row) + table `meta` (provider, format_version)


class StateFileError(Exception):
    """A --state file this mock cannot use; the message is one line naming the file and what to do."""

    def __init__(self, path: str | Path, problem: str, remedy: str) -> None:
        super().__init__(f"state file {path}: {problem}; {remedy}")


class MemoryStore:
    persistent = False

    def load(self) -> dict[str, Any] | None:
        return None

    def save(self, snapshot: dict[str, Any]) -> None:
        pass

    def mark(self, provider: str) -> None:
        pass

    def close(self) -> None:
        pass


class SqliteStore:
    """`snapshot(id=1, body)`: replaced (and committed) on every save; `meta` names the provider and the format.

    Opening checks the file: not SQLite, another provider's, a newer format or an unreadable snapshot raise
    StateFileError (a file of the first format without `meta` is adopted)."""

    persistent = True

    def __init__(self, path: str | Path, provider: str = "") -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        try:
            self._open(provider)
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise self.error(
                f"not a coinrails-mock state file ({exc})", "delete it or pass another --state file"
            ) from None
        except StateFileError:
            self._db.close()
            raise

    def error(self, problem: str, remedy: str) -> StateFileError:
        return StateFileError(self.path, problem, remedy)

    def _open(self, provider: str) -> None:
        db = self._db
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables - {"snapshot", "meta"}:
            raise self.error("not a coinrails-mock state file", "delete it or pass another --state file")
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall()) if "meta" in tables else {}
        version = int(meta.get("format_version", FORMAT_VERSION))
        if version > FORMAT_VERSION:
            raise self.error(
                f"written by a newer coinrails-mock (format {version}; this one reads {FORMAT_VERSION})",
                "upgrade coinrails-mock or pass another --state file",
            )
        owner = meta.get("provider")
        if provider and owner and owner != provider:
            raise self.error(
                f"holds the {owner} mock's state, not {provider}'s", f"use {owner}'s file or another --state file"
            )
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("CREATE TABLE IF NOT EXISTS snapshot (id INTEGER PRIMARY KEY CHECK (id = 1), body TEXT NOT NULL)")
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('format_version', ?)", (str(FORMAT_VERSION),))

    def mark(self, provider: str) -> None:
        """Record whose state the file holds (once its snapshot, if any, loaded into that provider)."""
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('provider', ?)", (provider,))

    def load(self) -> dict[str, Any] | None:
        with self._lock:
            try:
                row = self._db.execute("SELECT body FROM snapshot WHERE id = 1").fetchone()
                return json.loads(row[0], object_hook=_untag) if row else None
            except (sqlite3.DatabaseError, ValueError, TypeError) as exc:
                raise self.error(
                    f"unreadable snapshot ({type(exc).__name__})", "delete it or pass another --state file"
                ) from None

    def save(self, snapshot: dict[str, Any]) -> None:
        body = json.dumps(snapshot, separators=(",", ":"), default=_tag)
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO snapshot (id, body) VALUES (1, ?)", (body,))

    def close(self) -> None:
        with self._lock:
            self._db.close()


def open_store(path: str | Path | None, provider: str = "") -> MemoryStore | SqliteStore:
    return SqliteStore(path, provider) if path else MemoryStore()
