"""xCurrency contract suite: the provider name."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def provider() -> str:
    return "xcurrency"
