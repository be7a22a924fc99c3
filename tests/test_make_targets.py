"""Make targets a user runs against a real sandbox: `make contract` needs Python only and passes ARGS on."""

from __future__ import annotations

import subprocess


def dry_run(*argv: str) -> str:
    # -B: every prerequisite counts as out of date, so its recipe shows up too
    done = subprocess.run(["make", "-n", "-B", *argv], check=True, capture_output=True, text=True, timeout=60)
    return done.stdout.replace("\\\n", " ")  # one line per command


def test_contract_needs_no_node_and_passes_args_through():
    plan = dry_run("contract", "PROVIDER=ceffu", "ARGS=-k withdraw")
    assert "npm" not in plan and "node_modules" not in plan
    pytest_line = next(line for line in plan.splitlines() if "pytest contract_tests/ceffu" in line)
    assert pytest_line.rstrip().endswith("-k withdraw")


def test_lint_specs_reads_nothing_outside_the_repository():
    plan = dry_run("lint-specs")
    assert "tools.check_examples" in plan and ".." not in plan
