"""No generated model or endpoint lets an amount become a float: no float type, no float(), no response.json().

(The runtime uses floats for seconds — timeouts and backoff — never for money.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGES = sorted(p for p in Path("generated").glob("*-client/*_client") if p.is_dir())
FORBIDDEN = re.compile(r":\s*float\b|\bfloat\s*\(|->\s*float\b|\[float\]|\bfloat\s*\||\|\s*float\b|response\.json\(\)")


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_generated_code_never_uses_float(package):
    hits = [
        f"{path}:{n}: {line.strip()}"
        for path in [*package.glob("models/*.py"), *package.glob("api/**/*.py"), package / "pydantic_models.py"]
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if FORBIDDEN.search(line.split("#")[0])
    ]
    assert hits == []


def test_there_are_packages_to_check():
    assert PACKAGES
