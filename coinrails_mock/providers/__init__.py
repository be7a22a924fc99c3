"""Provider plug-ins: each one supplies authentication, error shapes, rules and handlers.

A provider lives in `coinrails_mock/providers/<name>/` and exports `PROVIDER`, its Provider class.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from coinrails_mock.engine.provider import Provider

# Every provider and its default port; a provider takes part once its package exists.
DEFAULT_PORTS = {"ceffu": 8101, "bitunix": 8102, "xcurrency": 8103, "cryptofuse": 8104}


def available() -> list[str]:
    """The providers whose plug-in package exists."""
    return [name for name in DEFAULT_PORTS if importlib.util.find_spec(f"coinrails_mock.providers.{name}")]


def load_provider(name: str, **options: Any) -> Provider:
    """The provider plug-in called `name`."""
    if name not in available():
        raise ValueError(f"unknown provider {name!r} (known: {', '.join(available())})")
    module = importlib.import_module(f"coinrails_mock.providers.{name}")
    provider: Provider = module.PROVIDER(**options)
    return provider
