"""What every provider's rules backend shares: the clock, tables of the store, webhook events, the ledger check.

A backend is pure Python (no HTTP): a provider's handlers call it inside a store transaction. Standalone (no
store) it keeps its own tables in memory, seeded; attached to the engine's store it is seeded per tenant by the
engine.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from coinrails_mock.engine import ledger as books
from coinrails_mock.engine.clock import wall_clock_ms
from coinrails_mock.engine.provider import Event
from coinrails_mock.engine.store import MemoryStore, Store, Table


class Backend(ABC):
    def __init__(self, clock: Callable[[], int] = wall_clock_ms, store: Store | None = None) -> None:
        self.clock = clock
        self.store = store or MemoryStore()
        self.watch = books.Watch()  # figures' signs across ledger checks (not part of the state)
        self.events: list[Event] = []  # emitted by this request's rules, delivered by the engine
        self.define(self.store.table)
        if store is None:
            self.seed()

    @abstractmethod
    def define(self, table: Callable[[str], Table]) -> None:
        """Open the backend's tables (`table(name)`)."""

    def seed(self) -> None:  # noqa: B027 - nothing to seed by default
        """Fill the current tenant's empty tables with the built-in state."""

    def emit(self, kind: str, entity_id: str, data: dict[str, Any], url: str | None = None) -> None:
        self.events.append(Event(kind, entity_id, data, url))

    def drain_events(self) -> list[Event]:
        events, self.events = self.events, []
        return events

    # ---- invariants ---------------------------------------------------------------------------------
    @abstractmethod
    def ledger(self) -> books.Ledger:
        """The books as the API shows them (balances and records with what they move now)."""

    def rule_problems(self) -> list[str]:
        """The provider's own invariants beyond the shared ledger rules (none by default)."""
        return []

    def ledger_problems(self) -> list[str]:
        """Every broken invariant, as text ([] when the books are sound)."""
        L = self.ledger()
        return books.check(L) + self.watch.observe(L) + self.rule_problems()

    @abstractmethod
    def totals(self) -> dict[str, dict[str, Decimal]]:
        """Per coin, the conservation figures behind the check."""
