"""Smoke tests of the bench machinery (benchmarks/) with tiny request counts: behaviour, never timing goals."""

from __future__ import annotations

import asyncio
import json
import struct
import zlib
from collections import Counter
from pathlib import Path

import httpx
import pytest

from benchmarks import clientbench, contract_counter, report, tools
from benchmarks.clientbench import ClientCost
from benchmarks.loadgen import Call, LoadResult, percentile, run_load
from benchmarks.png import Canvas
from benchmarks.workloads import PROVIDERS, Bitunix, Ceffu
from coinrails_mock.engine.app import MockEngine, build_app
from coinrails_mock.engine.control import ControlAPI
from contract_tests.harness import running_mock

# --- load generator -----------------------------------------------------------------------------------


def test_percentile_is_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 99) == 99.0
    assert percentile(values, 100) == 100.0
    assert percentile(values, 0) == 1.0
    assert percentile([7.0], 99) == 7.0
    assert percentile([], 50) == 0.0


def test_call_serialises_http11_with_length_only_when_needed():
    get = Call("GET", "/a?b=1", {"x-key": "k"}).raw("127.0.0.1")
    assert get == b"GET /a?b=1 HTTP/1.1\r\nhost: 127.0.0.1\r\nx-key: k\r\n\r\n"
    post = Call("POST", "/w", {"content-type": "application/json"}, b'{"a":1}').raw("h")
    assert post == b'POST /w HTTP/1.1\r\nhost: h\r\ncontent-type: application/json\r\ncontent-length: 7\r\n\r\n{"a":1}'


async def _answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Keep-alive test server: the path picks the answer (length, chunked, error, no marker, close)."""
    try:
        while True:
            head = (await reader.readuntil(b"\r\n\r\n")).decode()
            length = next((int(h.split(":")[1]) for h in head.split("\r\n") if h.startswith("content-length")), 0)
            await reader.readexactly(length)
            path = head.split(" ")[1]
            if path == "/chunked":
                writer.write(
                    b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n4\r\nOK-m\r\n5\r\narker\r\n0\r\n\r\n"
                )
            elif path == "/slow":
                await asyncio.sleep(0.05)
                writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 9\r\n\r\nOK-marker")
            else:
                status, body = {
                    "/ok": (200, b"OK-marker"),
                    "/fail": (500, b"OK-marker"),
                    "/plain": (200, b"nothing"),
                }.get(path, (200, b"OK-marker"))
                close = b"connection: close\r\n" if path == "/close" else b""
                writer.write(b"HTTP/1.1 %d X\r\n%scontent-length: %d\r\n\r\n%s" % (status, close, len(body), body))
                if close:
                    await writer.drain()
                    writer.close()
                    return
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        writer.close()


@pytest.fixture
async def test_server():
    server = await asyncio.start_server(_answer, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()


async def test_load_generator_sends_each_request_once_and_classifies_answers(test_server):
    paths = ["/ok"] * 20 + ["/chunked"] * 10 + ["/fail"] * 5 + ["/plain"] * 5 + ["/close"] * 3
    requests = [Call("GET", p).raw("127.0.0.1") for p in paths]
    result = await run_load("127.0.0.1", test_server, requests, concurrency=4, success=b"marker")
    assert result.completed == len(paths) and result.errors == 0
    assert result.statuses == Counter({200: 38, 500: 5})
    assert result.ok == 20 + 10 + 3  # 2xx with the marker: /ok, /chunked (marker split across chunks), /close
    assert result.latencies == sorted(result.latencies) and all(t > 0 for t in result.latencies)
    assert result.rps == pytest.approx(result.completed / result.elapsed)
    assert result.p50_ms == pytest.approx(percentile(result.latencies, 50) * 1000)
    assert result.p99_ms >= result.p50_ms


def test_results_of_slices_merge_into_one():
    a = LoadResult(elapsed=1.0, latencies=[0.002, 0.004], statuses=Counter({200: 2}), ok=2, generator_cpu=0.2)
    b = LoadResult(elapsed=3.0, latencies=[0.001], statuses=Counter({200: 1, 500: 0}), ok=0, errors=1)
    merged = LoadResult.merge([a, b])
    assert (merged.elapsed, merged.completed, merged.ok, merged.errors) == (4.0, 3, 2, 1)
    assert merged.latencies == [0.001, 0.002, 0.004] and merged.statuses[200] == 3
    assert merged.rps == pytest.approx(0.75)
    assert merged.generator_cpu == pytest.approx(0.05)


async def test_load_generator_stops_at_max_seconds(test_server):
    requests = [Call("GET", "/slow").raw("127.0.0.1")] * 500
    result = await run_load("127.0.0.1", test_server, requests, concurrency=2, max_seconds=0.2)
    assert 0 < result.completed < 500
    assert result.ok == result.completed


# --- workloads: the hand-built signed requests are accepted by the mocks ---------------------------------


@pytest.mark.parametrize("workload_class", [Ceffu, Bitunix])
def test_hand_signed_requests_are_accepted_by_the_mock(workload_class):
    workload = workload_class()
    with running_mock(workload.name) as mock, httpx.Client(base_url=mock.base_url) as client:
        workload.prepare(mock.base_url)  # Bitunix: rate limit lifted, account funded
        for call in (workload.read(0), workload.read(1), workload.write(0), workload.write(1)):
            response = client.request(call.method, call.target, headers=call.headers, content=call.body)
            assert response.is_success and workload.success in response.content, response.text


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
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://m") as client:
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


def _load(rps: float, n: int = 100, ok: int | None = None) -> LoadResult:
    result = LoadResult(elapsed=n / rps, latencies=[0.001] * (n - 1) + [0.01], statuses=Counter({200: n}))
    result.ok = n if ok is None else ok
    return result


def _results() -> report.Results:
    pairs = []
    for name, cls in PROVIDERS.items():
        pairs.append(report.Pair(name, cls.read_label, "GET", _load(3000), _load(1000), _load(6000)))
        pairs.append(report.Pair(name, cls.write_label, "POST", _load(500), _load(1000), _load(5000)))
    pairs[0].mock = _load(3000, ok=90)  # fast but with failed answers: never a PASS
    client = [ClientCost(name, cls.read_label, 1200.0, 1000.0, 300.0) for name, cls in PROVIDERS.items()]
    client[0].client_us = 1400.0  # 1.4x
    contract = [tools.ContractRun("ceffu", "contract_tests/ceffu/test_contract.py", 50.0, 40, 0, 1000, 1200)]
    return report.Results(
        pairs,
        client,
        {"ceffu": 5.0, "bitunix": 4.0},
        contract,
        contract_full=False,
        settings={"concurrency": 16, "reads": 100, "writes": 100, "warmup": 10},
        machine={"nproc": "2", "cpu": "Test CPU", "python": "3.11.7", "load": "0.1", "load_start": "0.2"},
    )


def _row(markdown: str, *cells: str) -> str:
    rows = [line for line in markdown.splitlines() if line.startswith("|") and all(c in line for c in cells)]
    assert rows, f"no row with {cells}"
    return rows[0]


def test_report_has_every_required_row_and_verdict():
    results = _results()
    md = report.markdown(results)
    assert "2 CPUs (`nproc`), Test CPU, Python 3.11.7" in md
    for name, cls in PROVIDERS.items():
        for label in (cls.read_label, cls.write_label):
            _row(md, f"| {name} | ", f"{'GET' if label == cls.read_label else 'POST'} {label} |")  # throughput
            _row(md, f"| {name} {label} mock ≥ 2× Prism")  # goal row
        _row(md, f"| {name} {cls.read_label} client ≤ 1.3× raw httpx + signing")
    assert _row(md, "ceffu getWalletList mock ≥ 2× Prism").endswith("| MISS |")  # 3x, but 10 answers failed
    assert _row(md, "bitunix getAccount mock ≥ 2× Prism").endswith("| PASS |")  # 3x
    assert _row(md, "bitunix createFundsTransfer mock ≥ 2× Prism").endswith("| MISS |")  # 0.5x
    assert _row(md, "ceffu getWalletList client ≤ 1.3×").endswith("| MISS |")  # 1.4x
    assert _row(md, "xcurrency listAssetNetworks client ≤ 1.3×").endswith("| PASS |")  # 1.2x
    assert _row(md, "| cryptofuse GET getBalances | 6000 |", "| 3000 | 50% |")  # floor table
    assert _row(md, "| cryptofuse POST createPayment | 5000 |", "| 500 | 10% |")
    assert "| **make generate (all 2 specs)** | **9.0** |" in md
    assert _row(md, "| ceffu | `contract_tests/ceffu/test_contract.py` | 50.0 | 40 | 0 | 1000 | 20.0 |")
    assert _row(md, "schemathesis suites (test_contract.py), all providers < 10 min", "50 s").endswith("| PASS |")
    assert _row(md, "| bitunix | GET getAccount | 3000 |", "| 3.00× | 50% |")  # 3000 of the floor's 6000


def test_report_writes_markdown_and_a_png(tmp_path: Path):
    md, png = report.write(_results(), tmp_path / "bench")
    assert md.read_text().startswith("# coinrails benchmarks")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1000, 460)


def test_png_canvas_round_trips_pixels():
    canvas = Canvas(4, 3)
    canvas.rect(1, 1, 3, 2, (255, 0, 0))
    data = canvas.to_png()
    assert data[12:16] == b"IHDR" and struct.unpack(">II", data[16:24]) == (4, 3)
    length = struct.unpack(">I", data[33:37])[0]
    assert data[37:41] == b"IDAT"
    raw = zlib.decompress(data[41 : 41 + length])
    assert len(raw) == 3 * (1 + 4 * 3)  # a filter byte per row, then RGB
    row1 = raw[13 + 1 : 26]
    assert row1 == bytes((255, 255, 255, 255, 0, 0, 255, 0, 0, 255, 255, 255))
    assert zlib.crc32(data[37 : 41 + length]) == struct.unpack(">I", data[41 + length : 45 + length])[0]
