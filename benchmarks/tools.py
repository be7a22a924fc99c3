"""Wall times of the tool chain: generating every client, and each provider's contract suite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def generator_providers() -> list[str]:
    """What `make generate` generates: every overrides/<name>/generator.yaml."""
    return sorted(p.parent.name for p in (ROOT / "overrides").glob("*/generator.yaml"))


def time_generate() -> dict[str, float]:
    """Seconds per provider for `python -m overrides.codegen.generate <p> --out <tmp>`, run one after another."""
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}  # ruff post-hooks, as in make
    times = {}
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as out:
        for provider in generator_providers():
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "overrides.codegen.generate", provider, "--out", out],
                cwd=ROOT,
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            times[provider] = time.perf_counter() - started
    return times


@dataclass
class ContractRun:
    provider: str
    target: str  # what was run, e.g. contract_tests/ceffu/test_contract.py
    seconds: float
    tests: int
    failed: int  # failures + errors
    cases: int  # schemathesis cases sent (Case.call)
    requests: int  # requests the mock answered (provider operations + control API)

    @property
    def cases_per_second(self) -> float:
        return self.cases / self.seconds if self.seconds else 0.0


def junit_totals(path: Path) -> tuple[int, int]:
    """(tests, failures + errors) summed over every <testsuite> of a JUnit XML file."""
    tests = failed = 0
    for suite in ET.parse(path).getroot().iter("testsuite"):
        tests += int(suite.get("tests", 0))
        failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
    return tests, failed


def contract_targets(full: bool) -> dict[str, str]:
    """provider -> pytest target: its schemathesis suite, or its whole folder (what `make contract` runs)."""
    targets = {}
    for provider in generator_providers():
        folder = ROOT / "contract_tests" / provider
        suite = folder / "test_contract.py"
        if full and folder.is_dir():
            targets[provider] = f"contract_tests/{provider}"
        elif suite.is_file():
            targets[provider] = f"contract_tests/{provider}/test_contract.py"
    return targets


def time_contract(provider: str, target: str) -> ContractRun:
    """Run one provider's contract suite as CI does (pytest, JUnit XML) and count what it sent."""
    with tempfile.TemporaryDirectory(prefix="bench-contract-") as tmp:
        junit, counts = Path(tmp) / "junit.xml", Path(tmp) / "counts.json"
        argv = [sys.executable, "-m", "pytest", target, "-p", "benchmarks.contract_counter", f"--junitxml={junit}"]
        started = time.perf_counter()
        subprocess.run(
            argv,
            cwd=ROOT,
            env={**os.environ, "BENCH_REQUEST_COUNT_FILE": str(counts)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        seconds = time.perf_counter() - started
        tests, failed = junit_totals(junit) if junit.exists() else (0, 1)
        count = json.loads(counts.read_text()) if counts.exists() else {}
    return ContractRun(
        provider,
        target,
        seconds,
        tests,
        failed,
        count.get("cases", 0),
        count.get("provider", 0) + count.get("control", 0),
    )
