"""Records that end at a time (access tokens): a clean-up that forgets those whose time has passed reads only
them, never the records still kept, and the number kept is a stored count, not a scan.

`Expiring` keeps the records in a table the rules already use (`key -> record`) and files each key under its
time in a queue. Keys are filed in runs: a run is a queue whose times never go down, so `forget(bound)` takes
each run's keys from its front while their time is at or before `bound`, and stops at the first later one. A key
filed with a time earlier than the last one filed (the clock was shifted back, a lifetime was shortened) opens a
new run; a run is deleted once it is empty. A clean-up therefore reads one row per run still holding keys (one
while time only moves forward) plus what it forgets.

Rows: `(run, position) -> (time, key)` in the table `name`; `run -> (front position, length, time at the front,
latest time)` in `name_runs`; `"" -> (runs opened, records kept)` in `name_marks`. Records leave only by `forget`:
a record removed another way would leave its queue entry behind until its time came."""

from __future__ import annotations

from typing import Any

from coinrails_mock.engine.store import Store, Table

_MARKS = ""


class Expiring:
    def __init__(self, store: Store, records: Table, name: str) -> None:
        self.records = records
        self.queue = store.table(name)
        self.runs = store.table(f"{name}_runs")
        self.marks = store.table(f"{name}_marks")

    def _marks(self) -> tuple[int, int]:
        opened, kept = self.marks.get(_MARKS, (0, 0))
        return int(opened), int(kept)

    def count(self) -> int:
        """How many records are kept (put and not yet forgotten)."""
        return self._marks()[1]

    def put(self, key: Any, record: Any, when: int) -> None:
        """Keep a new record (its key not kept already), to be forgotten once `when` is at or before a bound."""
        opened, kept = self._marks()
        run = opened - 1
        current = self.runs.get(run) if opened else None
        if current is None or when < current[3]:  # an earlier time than the last filed: a new run
            run, opened = opened, opened + 1
            current = (0, 0, when, when)
        front, length, first, _ = current
        self.queue[(run, length)] = (when, key)
        self.runs[run] = (front, length + 1, first, when)
        self.records[key] = record
        self.marks[_MARKS] = (opened, kept + 1)

    def forget(self, bound: int) -> list[Any]:
        """Remove every record whose time is at or before `bound`; the keys removed."""
        opened, kept = self._marks()
        removed: list[Any] = []
        for run, (front, length, first, latest) in self.runs.items():
            if first > bound:
                continue
            position = front
            while position < length:
                when, key = self.queue[(run, position)]
                if when > bound:
                    break
                del self.queue[(run, position)]
                if self.records.pop(key, None) is not None:
                    removed.append(key)
                position += 1
            if position == length:
                del self.runs[run]
            else:
                self.runs[run] = (position, length, when, latest)
        if removed:
            self.marks[_MARKS] = (opened, kept - len(removed))
        return removed
