"""Provider plug-ins: each one supplies authentication, error shapes, rules and handlers."""

from __future__ import annotations

from typing import Any

from coinrails_mock.providers.base import Provider


def load_provider(name: str, **options: Any) -> Provider:
    """The provider plug-in called `name` (only `ceffu` exists today)."""
    if name == "ceffu":
        from coinrails_mock.providers.ceffu import CeffuProvider

        return CeffuProvider(**options)
    raise ValueError(f"unknown provider {name!r} (known: ceffu)")
