"""A mock by provider name: the provider plug-in (coinrails_mock/providers/<name>/) served by the engine.

The engine (coinrails_mock/engine/) never imports a provider; this module is where the two meet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.applications import Starlette

from coinrails_mock.engine import app as engine_app
from coinrails_mock.engine.clock import Clock
from coinrails_mock.providers import load_provider


def build_app(
    provider: str = "ceffu",
    *,
    strict: bool = False,
    state_path: str | Path | None = None,
    clock: Clock | None = None,
    webhook_time_scale: float = 1.0,
    spec_path: str | Path | None = None,
    control_spec_path: str | Path | None = None,
    tick_s: float = 0.02,
    base_url: str = "http://127.0.0.1:8101",
    **provider_options: Any,
) -> Starlette:
    """A Starlette app mocking `provider` (options beyond the engine's go to the provider plug-in);
    its MockEngine is `app.state.mock`."""
    clock = clock or Clock()
    plugin = load_provider(provider, clock=clock.now_ms, **provider_options)
    return engine_app.build_app(
        plugin,
        strict=strict,
        state_path=state_path,
        clock=clock,
        webhook_time_scale=webhook_time_scale,
        spec_path=spec_path,
        control_spec_path=control_spec_path,
        tick_s=tick_s,
        base_url=base_url,
    )
