"""Cryptofuse contract suite: the provider name (the `mock` fixture serves its simulator)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def provider() -> str:
    return "cryptofuse"
