"""The mutation catalogue is sound, the suite kills a few mutants (the cheap smoke of `make mutation`), and the
coverage gate names what is missing.

Every mutant of contract_tests/mutants/ must name an operation, attribute or target that exists (a typo would
make a mutant that silently changes nothing, and so "survives"). The smoke runs three mutants, each against the
one test that should catch it, the way `make mutation` runs them all against the whole suite.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .coverage import gaps
from .mutation import ENV, PROVIDERS, ROOT, STRICT_ENV, check, edit_response, load

MUTANTS = load()
SMOKE = [m for m in MUTANTS if m.smoke]


def test_catalogue_has_enough_mutants_for_every_provider():
    counts = {p: sum(m.provider == p for m in MUTANTS) for p in PROVIDERS}
    assert sum(counts.values()) >= 60 and all(n >= 10 for n in counts.values()), counts
    assert len({m.name for m in MUTANTS}) == len(MUTANTS), "mutant ids must be unique"


@pytest.mark.parametrize("mutant", MUTANTS, ids=lambda m: m.name)
def test_mutant_names_what_exists(mutant):
    check(mutant)


def test_response_edits():
    body = {"code": "000000", "data": {"data": [{"id": "7", "amount": "1.50"}], "totalPage": 1}}
    spec = {"drop": ["data.totalPage"], "float": ["data.data.*.amount"], "int": ["data.data.*.id"]}
    status, edited, changed = edit_response(spec, 200, body)
    assert changed and status == 200 and edited == {"code": "000000", "data": {"data": [{"id": 7, "amount": 1.5}]}}
    assert body["data"]["totalPage"] == 1, "the original answer is left alone"
    assert edit_response({"status": 200}, 404, body)[:2] == (404, body), "2xx answers only, unless when_status"
    assert edit_response({"when_status": [404], "status": 200}, 404, body)[0] == 200


@pytest.mark.parametrize("mutant", SMOKE, ids=lambda m: m.name)
def test_suite_kills_mutant(mutant):
    """The provider's contract suite, narrowed to the test that should catch it, fails against the mutant."""
    env = {**os.environ, ENV: mutant.name, STRICT_ENV: "0"}
    command = [sys.executable, "-m", "pytest", f"contract_tests/{mutant.provider}", "-k", mutant.smoke, "-x", "-rf"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=280)
    # The same selection passes unmutated: it is part of the provider's suite, which `make contract` runs too.
    assert result.returncode == 1, f"{mutant.name} survived:\n{result.stdout[-3000:]}"
    assert f"FAILED contract_tests/{mutant.provider}/" in result.stdout, result.stdout[-3000:]


def test_coverage_gate_names_an_operation_without_success_and_an_unfired_link():
    """The gate `make contract` applies against the mock (coverage.py): what is missing is named."""
    rows = [
        {"operation": "GET /a", "success_validated": True, "links_declared": ["ToB"], "links_fired": ["ToB"]},
        {"operation": "POST /b", "success_validated": False, "links_declared": ["ToA"], "links_fired": []},
    ]
    assert gaps({"rows": rows}) == ["POST /b: no validated success", "POST /b: link ToA never fired"]
    rows[0]["links_fired_stateful"] = []  # fired by the world tests only, never by a state machine step
    assert "GET /a: link ToB never fired in the stateful phase" in gaps({"rows": rows})
