"""Shared fixtures of the contract suites (one folder per provider: contract_tests/<provider>/).

- `mock`: the provider's mock, strict, on a free loopback port, for one test module.
- `target`: where the schemathesis suite points: `<PROVIDER>_BASE_URL` + credentials when set,
  else the suite's own mock.
- Every call made through a generated client is recorded; the run ends with the list of each
  provider's operations that no typed-client test called, and fails if there are any.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from schemathesis.pytest.plugin import SchemathesisFunction

from .coverage import RUNS, gaps
from .coverage import html as coverage_html
from .coverage import summary as summary_of
from .coverage import write as write_coverage
from .harness import RunningMock, running_mock
from .mutation import install_from_environment
from .operations import PACKAGES, Recorder
from .targets import Target, remote_target, targets_named

RECORDER = Recorder()


def _import_everything() -> None:
    """Import every project module up front. Hypothesis draws constants from the project's modules
    and re-reads them when sys.modules grows; a module first imported in the middle of a stateful
    run (by the mock's thread) changes generation between test cases and fails as flaky."""
    import coinrails_mock

    for info in pkgutil.walk_packages(coinrails_mock.__path__, "coinrails_mock."):
        importlib.import_module(info.name)
    for package in PACKAGES.values():
        try:
            importlib.import_module(package)
        except ModuleNotFoundError:
            continue


def pytest_configure(config: pytest.Config) -> None:
    _import_everything()
    mutant = install_from_environment()  # COINRAILS_MUTANT=<provider>/<id>: a mutated mock (mutation.py)
    if mutant is not None:
        config._coinrails_mutant = mutant  # type: ignore[attr-defined]
    config._coinrails_undo = RECORDER.install()  # type: ignore[attr-defined]


def pytest_report_header(config: pytest.Config) -> list[str]:
    return targets_named()


def pytest_unconfigure(config: pytest.Config) -> None:
    undo = getattr(config, "_coinrails_undo", None)
    if undo:
        undo()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Readable ids: one per operation (`test_operations[GET /open-api/v1/wallet/list]`; schemathesis gives
    every operation of a test the same node id) and one per state machine (`TestCeffuFlows::stateful links`)."""
    for item in items:  # pytest 9 keeps a node's id in `_id` (a NodeId); pytest is pinned
        if isinstance(item, SchemathesisFunction) and item.operation_label:
            item._id = item.parent.id.child(item.originalname).with_params(item.operation_label)  # type: ignore[union-attr]
        elif item.name == "runTest" and item.parent is not None:
            item._id = item.parent.id.child("stateful links")


def _providers_with_e2e(session: pytest.Session) -> list[str]:
    folders = {Path(str(item.fspath)).parent.name for item in session.items if "e2e" in Path(str(item.fspath)).name}
    return sorted(folder for folder in folders if folder in PACKAGES)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if session.config.option.collectonly:
        return
    missing = {p: RECORDER.missing(p) for p in _providers_with_e2e(session)}
    session.config._coinrails_missing = missing  # type: ignore[attr-defined]
    if any(missing.values()) and exitstatus == 0:
        session.exitstatus = 1
    _coverage(session, exitstatus)


def _coverage(session: pytest.Session, exitstatus: int) -> None:
    """Write each provider's coverage report; against the mock, a full run fails on a coverage gap."""
    out = Path(os.environ.get("COINRAILS_COVERAGE_DIR") or Path(session.config.rootpath) / "reports" / "contract")
    complete = not (session.config.option.keyword or session.config.option.markexpr or session.shouldstop)
    reports = {}
    for provider in sorted(RUNS):
        data = write_coverage(provider, out)
        reports[provider] = data
        contract_ran = any(
            Path(str(item.fspath)).parent.name == provider and Path(str(item.fspath)).name == "test_contract.py"
            for item in session.items
        )
        if complete and contract_ran and remote_target(provider) is None:
            data["gaps"] = gaps(data)
            if data["gaps"] and exitstatus == 0:
                session.exitstatus = 1
    session.config._coinrails_coverage = reports  # type: ignore[attr-defined]


def pytest_html_results_summary(prefix: list[str], summary: list[str], postfix: list[str], session: Any) -> None:
    for provider in sorted(RUNS):
        postfix.append(coverage_html(summary_of(provider)))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for provider, data in getattr(terminalreporter.config, "_coinrails_coverage", {}).items():
        line = (
            f"contract coverage {provider}: validated success {data['operations_with_validated_success']}/"
            f"{data['operations']} operations, error statuses {data['error_statuses_validated']}/"
            f"{data['error_statuses_documented']}, links fired {data['links_fired']}/{data['links_declared']}"
            f" (stateful phase {data['links_fired_stateful']})"
            f" (reports/contract/coverage-{provider}.md)"
        )
        gaps_found = data.get("gaps")
        terminalreporter.write_line(line, red=bool(gaps_found), green=not gaps_found)
        for gap in gaps_found or []:
            terminalreporter.write_line(f"  coverage gap: {gap}", red=True)
    missing = getattr(terminalreporter.config, "_coinrails_missing", {})
    for provider, ops in missing.items():
        called = len({op for (p, op) in RECORDER.calls if p == provider})
        line = f"typed-client coverage {provider}: {called} operations called"
        if ops:
            terminalreporter.write_line(f"{line}; NOT called: {', '.join(ops)}", red=True)
        else:
            terminalreporter.write_line(f"{line}; every operation called", green=True)


@pytest.fixture(scope="module")
def mock(provider: str) -> Iterator[RunningMock]:
    with running_mock(provider) as server:
        yield server


@pytest.fixture(scope="module")
def target(provider: str) -> Iterator[Target]:
    remote = remote_target(provider)
    if remote is not None:
        yield remote
        return
    with running_mock(provider) as server:
        yield Target(provider, server.base_url, server.credentials, mock=True)
