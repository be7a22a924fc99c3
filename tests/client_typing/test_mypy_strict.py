"""`mypy --strict` over sample programs per client (issue 12, item 1).

`samples/<provider>/good.py` must pass: `assert_type` pins the precise types inside `with`, of
`with_options` copies, raw responses and errors. `samples/<provider>/bad.py` marks every wrong line with
`# E: <code>`; each must be reported with that code, and nothing else may be. One mypy run per provider
(cache under .coinrails/), the client found through MYPYPATH (an editable install hides it from mypy).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = Path(__file__).parent / "samples"
PROVIDERS = sorted(p.name for p in SAMPLES.iterdir() if p.is_dir())
REPORTED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[a-z-]+)\]$")
EXPECTED = re.compile(r"#\s*E:\s*(?P<code>[a-z-]+)")


def run_mypy(provider: str) -> list[tuple[str, int, str]]:
    env = {**os.environ, "MYPYPATH": str(ROOT / "generated" / f"{provider}-client")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--show-error-codes",
            "--cache-dir",
            str(ROOT / ".coinrails" / f"mypy-typing-{provider}"),
            str(SAMPLES / provider),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    assert result.returncode in (0, 1), result.stderr + result.stdout
    found = []
    for line in result.stdout.splitlines():
        match = REPORTED.match(line)
        if match:
            found.append((Path(match["file"]).name, int(match["line"]), match["code"]))
        else:
            assert ": note:" in line, f"unexpected mypy output: {line}"
    return found


def expected_errors(path: Path) -> set[tuple[str, int, str]]:
    out = set()
    for number, text in enumerate(path.read_text().splitlines(), start=1):
        match = EXPECTED.search(text)
        if match:
            out.add((path.name, number, match["code"]))
    return out


@pytest.mark.parametrize("provider", PROVIDERS)
def test_good_program_is_clean_and_every_bad_line_is_flagged(provider: str) -> None:
    reported = run_mypy(provider)
    assert [r for r in reported if r[0] == "good.py"] == []
    bad = {r for r in reported if r[0] == "bad.py"}
    expected = expected_errors(SAMPLES / provider / "bad.py")
    assert len(expected) >= 4
    missing = expected - bad
    assert not missing, f"mypy --strict accepted lines that must fail: {sorted(missing)}"
    unexpected = {(f, n) for f, n, _ in bad} - {(f, n) for f, n, _ in expected}
    assert not unexpected, f"errors on lines not marked `# E:`: {sorted(unexpected)}"
