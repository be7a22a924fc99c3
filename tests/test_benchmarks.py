"""Smoke tests of the bench machinery (benchmarks/) with tiny request counts: behaviour, never timing goals."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import httpx
import pytest

from benchmarks import budget, clientbench, contract_counter, plots, report, seeded, servers, tools, wrk
from benchmarks.clientbench import ClientCost
from benchmarks.workloads import PROVIDERS, Bitunix, Ceffu
from benchmarks.wrk import Call
from coinrails_mock.app import build_app
from coinrails_mock.engine.app import MockEngine
from coinrails_mock.engine.control import ControlAPI
from contract_tests.harness import running_mock

# --- load generator -----------------------------------------------------------------------------------


def test_call_serialises_http11_with_length_only_when_needed():
    get = Call("GET", "/a?b=1", {"x-key": "k"}).raw("127.0.0.1")
    assert get == b"GET /a?b=1 HTTP/1.1\r\nhost: 127.0.0.1\r\nx-key: k\r\n\r\n"
    post = Call("POST", "/w", {"content-type": "application/json"}, b'{"a":1}').raw("h")
    assert post == b'POST /w HTTP/1.1\r\nhost: h\r\ncontent-type: application/json\r\ncontent-length: 7\r\n\r\n{"a":1}'


def test_request_file_holds_each_request_with_its_length(tmp_path: Path):
    wrk.write_requests(tmp_path / "r.bin", [b"GET / HTTP/1.1\r\n\r\n", b"POST /x HTTP/1.1\r\n\r\nab\n"])
    assert (tmp_path / "r.bin").read_bytes() == b"18\nGET / HTTP/1.1\r\n\r\n23\nPOST /x HTTP/1.1\r\n\r\nab\n"


def test_wrk_command_pins_one_thread_to_a_core():
    argv = wrk.command("http://127.0.0.1:1", connections=16, max_seconds=30, core=0)
    assert argv[:3] == ["taskset", "-c", "0"] and "-t1" in argv and "-c16" in argv and str(wrk.LUA) in argv


def test_alone_stops_the_other_servers_for_the_run_and_resumes_them():
    started = [
        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], start_new_session=True)
        for _ in range(3)
    ]
    try:
        measured, *others = (servers.Server(f"s{i}", 0, p, "") for i, p in enumerate(started))
        with servers.alone(measured, [measured, *others]):
            assert [servers.process_state(s.process.pid) for s in others] == ["T", "T"]
            assert servers.process_state(measured.process.pid) != "T"
        assert [servers.process_state(p.pid) != "T" for p in started] == [True, True, True]
        with pytest.raises(RuntimeError), servers.alone(measured, others):
            raise RuntimeError("a failed run resumes them too")
        assert [servers.process_state(p.pid) != "T" for p in started] == [True, True, True]
    finally:
        for p in started:
            p.kill()
            p.wait()


needs_wrk = pytest.mark.skipif(shutil.which("wrk") is None, reason=wrk.INSTALL_HINT)


async def _answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Keep-alive test server: the path picks the answer (marker, error, no marker); every path is recorded."""
    try:
        while True:
            head = (await reader.readuntil(b"\r\n\r\n")).decode()
            length = next((int(h.split(":")[1]) for h in head.split("\r\n") if h.startswith("content-length")), 0)
            await reader.readexactly(length)
            path = head.split(" ")[1]
            SEEN.append(path)
            status, body = {"/fail": (500, b"OK-marker"), "/plain": (200, b"nothing")}.get(path, (200, b"OK-marker"))
            writer.write(b"HTTP/1.1 %d X\r\ncontent-length: %d\r\n\r\n%s" % (status, len(body), body))
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        writer.close()


SEEN: list[str] = []


@pytest.fixture
async def test_server():
    SEEN.clear()
    server = await asyncio.start_server(_answer, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()


@needs_wrk
async def test_wrk_sends_each_request_once_and_classifies_answers(test_server):
    paths = [f"/ok{i}" for i in range(40)] + ["/fail"] * 5 + ["/plain"] * 5
    requests = [Call("GET", p).raw("127.0.0.1") for p in paths]
    run = await asyncio.to_thread(wrk.run, "127.0.0.1", test_server, requests, connections=2, success=b"marker")
    assert run.responses == len(paths) and run.failed == 0
    assert Counter(SEEN[: len(paths)]) == Counter(paths)  # one pass: every request, once
    assert run.seen == len(paths) and run.ok == len(paths) - 10  # /fail (500) and /plain (no marker): not ok
    assert 0 < run.p50_ms <= run.p90_ms <= run.p99_ms and run.rps > 0
    assert "wrk -t1 -c2" in run.command


@needs_wrk
async def test_wrk_cycles_the_list_up_to_the_count(test_server):
    requests = [Call("GET", "/a").raw("127.0.0.1"), Call("GET", "/b").raw("127.0.0.1")]
    run = await asyncio.to_thread(wrk.run, "127.0.0.1", test_server, requests, count=30, connections=1)
    assert run.responses == 30 and run.ok == run.seen
    assert SEEN[:30] == ["/a", "/b"] * 15


def test_series_reports_median_and_spread():
    series = report.Series("mock", [_run(1000, p99=4.0), _run(3000, p99=2.0), _run(2000, p99=3.0)])
    assert (series.rps, series.rps_min, series.rps_max, series.p99_ms) == (2000, 1000, 3000, 3.0)
    assert series.clean and series.spread() == "2000 (1000–3000)"


# --- workloads: the hand-built signed requests are accepted by the mocks ---------------------------------


@pytest.mark.parametrize("workload_class", [Ceffu, Bitunix])
def test_hand_signed_requests_are_accepted_by_the_mock(workload_class):
    workload = workload_class()
    with running_mock(workload.name) as mock, httpx.Client(base_url=mock.base_url) as client:
        workload.prepare(mock.base_url)  # Bitunix: rate limit lifted, account funded
        for call in (workload.read(0), workload.read(1), workload.write(0), workload.write(1)):
            response = client.request(call.method, call.target, headers=call.headers, content=call.body)
            assert response.is_success and workload.success in response.content, response.text


@pytest.mark.parametrize(
    ("provider", "signed"),
    [("ceffu", ("read", "write")), ("bitunix", ("read", "write")), ("xcurrency", ("write",)), ("cryptofuse", ())],
)
def test_signature_check_is_the_mocks_own_check_of_the_workload_request(provider, signed):
    workload = PROVIDERS[provider]()
    for kind in ("read", "write"):
        check = workload.check(kind)
        assert (check is not None) == (kind in signed), kind
        if check is not None:
            assert check() is True  # the mock accepts the signature it times


def test_signature_check_times_each_call():
    calls = []
    assert budget.check_us(lambda: calls.append(1)) > 0
    assert len(calls) == 1 + budget.BATCHES * budget.CALLS


def test_budget_is_what_the_goal_leaves_beside_the_floor():
    # floor 20k req/s = 50 µs; Prism 1k: goal max(8k, 10k) = 10k = 100 µs; mock 4k = 250 µs
    b = budget.budget(4000, 1000, 20000, 8, 0.5, check=30.0)
    assert b is not None
    assert (b.target_rps, b.floor_us, b.budget_us, b.own_us) == (10000, 50, 50, 200)
    assert b.verdict == "needs 4.0× less own work"
    assert budget.budget(4000, 1000, 20000, 8, 0.5, check=60.0).verdict.startswith("unreachable: the signature")
    assert budget.budget(12000, 1000, 20000, 8, 0.5, check=60.0).verdict == "met"  # 33 µs own <= 50
    assert budget.budget(4000, 3000, 20000, 8, 0.5, None).verdict.startswith("unreachable: the goal is above")
    assert budget.budget(4000, 0, 20000, 8, 0.5, None) is None  # Prism answered nothing


def test_every_provider_has_a_read_and_a_write():
    assert set(PROVIDERS) == {"ceffu", "bitunix", "xcurrency", "cryptofuse"}
    for workload_class in PROVIDERS.values():
        assert workload_class.read_label and workload_class.write_label


def test_client_bench_measures_read_and_write_of_a_provider():
    workload = Ceffu()
    with running_mock("ceffu", strict=False) as mock:
        costs = clientbench.measure(workload, mock.base_url, rounds=3, warmup=1)
    assert [c.operation for c in costs] == ["getWalletList", "createWallet"]
    assert all(c.client_us > 0 and c.raw_us > 0 and c.signer_us > 0 for c in costs)
    assert costs[0].ratio == pytest.approx(costs[0].client_us / costs[0].raw_us)


# --- contract counting ---------------------------------------------------------------------------------


async def test_contract_counter_counts_requests_the_mock_serves(monkeypatch):
    monkeypatch.setattr(MockEngine, "handle", MockEngine.handle)  # restored after the test
    monkeypatch.setattr(ControlAPI, "handle", ControlAPI.handle)
    from schemathesis import Case

    monkeypatch.setattr(Case, "call", Case.call)
    monkeypatch.setattr(contract_counter, "COUNTS", Counter())
    contract_counter.install()
    contract_counter.install()  # idempotent: no double counting
    app = build_app("ceffu")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as client:
        for _ in range(3):
            await client.get("/open-api/v1/wallet/list")  # unsigned: refused, but served
        await client.get("/_mock/clock")
    assert contract_counter.COUNTS == Counter({"provider": 3, "control": 1})


def test_counts_are_written_at_session_end(tmp_path, monkeypatch):
    target = tmp_path / "counts.json"
    monkeypatch.setenv("BENCH_REQUEST_COUNT_FILE", str(target))
    monkeypatch.setattr(contract_counter, "COUNTS", Counter({"cases": 5, "provider": 7, "control": 2}))
    contract_counter.pytest_unconfigure(None)  # type: ignore[arg-type]
    assert json.loads(target.read_text()) == {"cases": 5, "provider": 7, "control": 2}


def test_junit_totals_sum_every_suite(tmp_path):
    junit = tmp_path / "junit.xml"
    junit.write_text(
        '<testsuites><testsuite tests="5" failures="1" errors="0"/><testsuite tests="3" failures="0" errors="2"/>'
        "</testsuites>"
    )
    assert tools.junit_totals(junit) == (8, 3)


def test_contract_targets_follow_the_generator_list():
    suites = tools.contract_targets(full=False)
    assert suites["ceffu"] == "contract_tests/ceffu/test_contract.py"
    assert "mock-control" not in suites
    assert tools.contract_targets(full=True)["ceffu"] == "contract_tests/ceffu"
    assert set(tools.generator_providers()) >= {"ceffu", "mock-control"}


# --- report ----------------------------------------------------------------------------------------------


def _run(rps: float, n: int = 100, ok: int | None = None, p99: float = 2.0) -> wrk.Run:
    errors = {"connect": 0, "read": 0, "write": 0, "status": 0, "timeout": 0}
    return wrk.Run(n, n, n if ok is None else ok, n / rps, 0.5, 1.0, p99, p99, errors, "wrk")


def _series(name: str, rps: float, **kw: object) -> report.Series:
    return report.Series(name, [_run(rps, **kw)])  # type: ignore[arg-type]


def _results() -> report.Results:
    rows = []
    for name, cls in PROVIDERS.items():
        read = {"mock": _series("mock", 9000, p99=1.0), "Prism": _series("Prism", 1000, p99=8.0)}
        rows.append(report.Row(name, cls.read_label, "GET", {**read, "floor": _series("floor", 16000)}))
        write = {"mock": _series("mock", 5000, p99=3.0), "Prism": _series("Prism", 1000, p99=8.0)}
        rows.append(report.Row(name, cls.write_label, "POST", {**write, "floor": _series("floor", 16000)}))
    rows[0].series["mock"] = _series("mock", 9000, ok=90)  # fast but with failed answers: never a PASS
    rows[5].check_us = 70.0  # xcurrency createQuote: a check longer than the budget
    sizes = [
        report.Row("ceffu", "getWalletAssetSummary", "GET", {"1k": _series("1k", 5000), "100k": _series("100k", 4500)}),
        report.Row("ceffu", "createWallet", "POST", {"1k": _series("1k", 5000), "100k": _series("100k", 3000)}),
    ]
    client = [ClientCost(name, cls.read_label, 1050.0, 1000.0, 300.0) for name, cls in PROVIDERS.items()]
    client[0].client_us = 1400.0  # 1.4x
    contract = [tools.ContractRun("ceffu", "contract_tests/ceffu", 50.0, 40, 0, 1000, 1200)]
    return report.Results(
        rows,
        sizes,
        client,
        {"ceffu": 5.0, "bitunix": 4.0},
        contract,
        contract_full=True,
        settings={"connections": 16, "rounds": 1, "reads": 100, "writes": 100, "warmup": 10},
        machine={"nproc": "2", "cpu": "Test CPU", "os": "Linux", "load": "0.1", "load_start": "0.2"},
        versions={"python": "3.11.7", "wrk": "wrk 4.1.0"},
        commands={"wrk": "taskset -c 0 wrk -t1 -c16 ..."},
    )


def _row(markdown: str, *cells: str) -> str:
    rows = [line for line in markdown.splitlines() if line.startswith("|") and all(c in line for c in cells)]
    assert rows, f"no row with {cells}"
    return rows[0]


def test_report_has_every_required_row_and_verdict():
    md = report.markdown(_results())
    assert "2 CPUs (`nproc`), Test CPU" in md and "python 3.11.7, wrk wrk 4.1.0" in md
    assert "- wrk: `taskset -c 0 wrk -t1 -c16 ...`" in md
    for name, cls in PROVIDERS.items():
        for label in (cls.read_label, cls.write_label):
            _row(md, f"| {name} | ", f" {label} | ")  # throughput
            _row(md, f"| {name} {label}: mock ≥ 8× Prism")  # goal rows
            _row(md, f"| {name} {label}: mock ≥ 50% of floor")
            _row(md, f"| {name} {label}: mock p99 ≤ 1/4 of Prism's")
        _row(md, f"| {name} {cls.read_label}: client ≤ 1.1× raw httpx + signing")
    assert _row(md, "ceffu getWalletList: mock ≥ 8× Prism").endswith("| MISS |")  # 9x, but 10 answers failed
    assert _row(md, "bitunix getAccount: mock ≥ 8× Prism").endswith("| PASS |")  # 9x
    assert _row(md, "bitunix createFundsTransfer: mock ≥ 8× Prism").endswith("| MISS |")  # 5x
    assert _row(md, "bitunix getAccount: mock ≥ 50% of floor").endswith("| PASS |")  # 56%
    assert _row(md, "bitunix createFundsTransfer: mock ≥ 50% of floor").endswith("| MISS |")  # 31%
    assert _row(md, "bitunix getAccount: mock p99 ≤ 1/4").endswith("| PASS |")  # 1 vs 8 ms
    assert _row(md, "bitunix createFundsTransfer: mock p99 ≤ 1/4").endswith("| MISS |")  # 3 vs 8 ms
    assert _row(md, "getWalletAssetSummary: 100k records within 20% of 1k").endswith("| PASS |")  # 90%
    assert _row(md, "createWallet: 100k records within 20% of 1k").endswith("| MISS |")  # 60%
    assert _row(md, "ceffu getWalletList: client ≤ 1.1×").endswith("| MISS |")  # 1.4x
    assert _row(md, "xcurrency listAssetNetworks: client ≤ 1.1×").endswith("| PASS |")  # 1.05x
    assert _row(md, "| bitunix | GET getAccount | 9000 (9000–9000) | 1000 ", "| 9.00× | 56% |")
    assert "| **make generate (all 2 specs)** | **9.0** |" in md
    assert _row(md, "| ceffu | `contract_tests/ceffu` | 50.0 | 40 | 0 | 1000 | 20.0 |")
    # budgets: floor 16k = 62.5 µs; Prism 1k: goal max(8k, 8k) = 125 µs, 62.5 left; the check is set on one row
    assert _row(md, "| bitunix | GET getAccount | 8000 | 62.5 | 62.5 | 48.6 | – | met |")  # 9000: 111.1 - 62.5
    assert _row(md, "| ceffu | GET getWalletList | 8000 |").endswith("| not comparable: answers failed |")
    assert _row(md, "| bitunix | POST createFundsTransfer | 8000 | 62.5 | 62.5 | 137.5 | – | needs 2.2× less")
    assert _row(md, "| xcurrency | POST createQuote | 8000 | 62.5 | 62.5 | 137.5 | 70.0 | unreachable: the sig")


def test_report_writes_markdown_and_plots(tmp_path: Path):
    results = _results()
    files = report.write(results, tmp_path) + plots.write_all(results, tmp_path)
    names = {f.name for f in files}
    assert names >= {"results.md", "throughput.png", "throughput.svg", "latency.png", "state_size.svg"}
    assert (tmp_path / "results.md").read_text().startswith("# coinrails benchmarks")
    assert (tmp_path / "throughput.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (tmp_path / "latency.svg").read_bytes()[:1000]


# --- state size ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", sorted(seeded.SEEDERS))
def test_seeders_add_records_and_return_the_first(provider):
    app = build_app(provider)
    backend = app.state.mock.provider.backend
    before = app.state.mock.snapshot()
    first = seeded.SEEDERS[provider](backend, 5)
    after = app.state.mock.snapshot()
    key = {"ceffu": "wallets", "cryptofuse": "payments", "bitunix": "orders", "xcurrency": "orders"}[provider]
    assert len(after["provider"][key]) == len(before["provider"][key]) + 5
    assert first in json.dumps(after["provider"][key])


@pytest.mark.parametrize("provider", sorted(seeded.SEEDERS))
def test_lookup_of_a_seeded_record_is_accepted(provider):
    workload = PROVIDERS[provider]()
    with running_mock(provider) as mock, httpx.Client(base_url=mock.base_url) as client:
        workload.prepare(mock.base_url)
        engine = mock.app.state.mock
        record = engine.run(lambda: seeded.SEEDERS[provider](engine.provider.backend, 3))
        call = workload.lookup(0, record)
        response = client.request(call.method, call.target, headers=call.headers, content=call.body)
        assert response.is_success and workload.success in response.content, response.text
        assert record in response.text


def test_profile_summary_lists_the_top_functions(tmp_path: Path):
    import cProfile

    from benchmarks import profile

    profiler = cProfile.Profile()
    profiler.runcall(sorted, range(1000), key=lambda x: -x)
    profiler.dump_stats(tmp_path / "p.prof")
    text = profile.summary(tmp_path / "p.prof", "a title")
    assert text.startswith("# a title") and "by own time (tottime)" in text and "by cumulative time" in text
    assert "sorted" in text


def test_pathcost_times_reads_and_writes_and_writes_a_profile(tmp_path: Path):
    from benchmarks import pathcost

    cost = pathcost.measure("cryptofuse", 5, 1, tmp_path, stages=True)
    assert set(cost) == {"read", "write"} and all(v > 0 for v in cost.values())
    assert "by own time" in (tmp_path / "pathcost-cryptofuse.txt").read_text()
    assert pathcost.STAGES["handler"] > 0 and pathcost.STAGES["journal.record"] > 0
