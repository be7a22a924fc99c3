"""Ceffu contract suite: the provider name and a schemathesis schema signed with the client's signer."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def provider() -> str:
    return "ceffu"
