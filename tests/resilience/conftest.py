"""The resilience suites of issue 8 (faults, concurrency and restarts, security matrix, webhook helpers, secret
leaks), per provider.

Every test serves its own strict mock on a free loopback port (`contract_tests.harness.running_mock`, through
`support.serve`) and talks to it only through the generated typed clients; the control API (/_mock/...) injects
faults, shifts the clock and dumps the state the assertions are made on. `providers.py` holds what differs per
provider; `support.py` the control API helper, the recording transport and the recorded (never slept) backoff.

Issue 13 added the hostile-input suite (`test_hostile.py`: raw hostile and generated bodies, queries and headers,
sent with the clients' signing but not through their models) and `test_hardening.py`; `tally.py` counts the
inputs they tried, printed at the end of the run by the hook below.
"""

from __future__ import annotations

from typing import Any

from .tally import TALLY


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The hostile-input suite's count: inputs tried per provider and what each got."""
    for line in TALLY.lines():
        terminalreporter.write_line(line)
