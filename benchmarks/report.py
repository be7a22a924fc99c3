"""results.md (tables, goals, method notes, machine) and results.png (bar plot) from one run's figures."""

from __future__ import annotations

import os
import platform
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from .clientbench import ClientCost
from .loadgen import LoadResult
from .png import bar_chart
from .tools import ContractRun

PRISM_FACTOR = 2.0  # goal: each mock at least 2x Prism's throughput
CLIENT_FACTOR = 1.3  # goal: typed client at most 1.3x a raw signed httpx call
CONTRACT_LIMIT_S = 600.0  # goal: every provider's contract suite within 10 minutes

MOCK, PRISM, FLOOR = (70, 110, 200), (230, 140, 40), (150, 150, 150)


@dataclass
class Pair:
    """One provider operation under the same load, on its mock and on Prism."""

    provider: str
    operation: str
    method: str  # GET (read) or POST (write)
    mock: LoadResult
    prism: LoadResult
    floor: LoadResult  # the same requests to the floor app

    @property
    def floor_share(self) -> float:
        return self.mock.rps / self.floor.rps if self.floor.rps else 0.0

    @property
    def factor(self) -> float:
        return self.mock.rps / self.prism.rps if self.prism.rps else float("inf")

    @property
    def passed(self) -> bool:
        clean = self.mock.errors == 0 and self.mock.ok == self.mock.completed > 0
        return clean and self.factor >= PRISM_FACTOR


@dataclass
class Results:
    pairs: list[Pair]
    client: list[ClientCost]
    generate: dict[str, float]  # provider -> seconds
    contract: list[ContractRun]
    contract_full: bool  # True: whole contract_tests/<provider> folders (= make contract)
    settings: dict[str, object] = field(default_factory=dict)
    machine: dict[str, str] = field(default_factory=dict)


def machine() -> dict[str, str]:
    """nproc, CPU model, Python, Node and the load average when asked."""
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor() or "unknown",
    )
    try:
        nproc = subprocess.run(["nproc"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        nproc = str(len(os.sched_getaffinity(0)))
    try:
        node = subprocess.run(["node", "--version"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        node = "not found"
    return {
        "nproc": nproc,
        "cpu": model,
        "python": platform.python_version(),
        "node": node,
        "os": f"{platform.system()} {platform.release()}",
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def _ok(result: LoadResult) -> str:
    return f"{result.ok}/{result.completed}" + (f" ({result.errors} failed)" if result.errors else "")


def _lat(result: LoadResult) -> str:
    return f"{result.p50_ms:.2f} / {result.p99_ms:.2f}"


def contract_total(results: Results) -> float:
    return sum(run.seconds for run in results.contract)


def markdown(results: Results) -> str:
    s, m = results.settings, results.machine
    lines = [
        "# coinrails benchmarks",
        "",
        f"Machine: {m.get('nproc', '?')} CPUs (`nproc`), {m.get('cpu', '?')}, Python {m.get('python', '?')}, "
        f"Node {m.get('node', '?')}, {m.get('os', '?')}; load average {m.get('load_start', '?')} at start, "
        f"{m.get('load', '?')} at end.",
        "",
        "## 1. Mock vs Prism 5.14.2: throughput and latency (same requests, same load generator)",
        "",
        f"{s.get('concurrency')} keep-alive connections, {s.get('reads')} reads / {s.get('writes')} writes per server "
        f"(after {s.get('warmup')} warm-up reads). ok = 2xx answers carrying the provider's success envelope, of "
        "those completed. `% floor`: mock req/s over the floor's, measured right after with the same requests.",
        "",
        "| provider | operation | mock req/s | mock p50 / p99 ms | mock ok | Prism req/s | Prism p50 / p99 ms "
        f"| Prism ok | mock / Prism | % floor | goal ≥ {PRISM_FACTOR:g}× Prism |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for p in results.pairs:
        share = f"{100 * p.floor_share:.0f}%"
        lines.append(
            f"| {p.provider} | {p.method} {p.operation} | {p.mock.rps:.0f} | {_lat(p.mock)} | {_ok(p.mock)} "
            f"| {p.prism.rps:.0f} | {_lat(p.prism)} | {_ok(p.prism)} | {p.factor:.2f}× | {share} "
            f"| {verdict(p.passed)} |"
        )
    lines += [
        "",
        "## 2. The floor: Starlette + uvicorn answering a constant JSON body",
        "",
        "| requests of | req/s | p50 / p99 ms | 2xx | mock req/s | mock % of floor | load generator CPU |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for p in results.pairs:
        r = p.floor
        lines.append(
            f"| {p.provider} {p.method} {p.operation} | {r.rps:.0f} | {_lat(r)} | {_ok(r)} "
            f"| {p.mock.rps:.0f} | {100 * p.floor_share:.0f}% | {100 * r.generator_cpu:.0f}% of a core |"
        )
    lines += [
        "",
        "## 3. Generated client vs raw httpx (per call, median)",
        "",
        "| provider | operation | typed client µs | raw httpx + signing µs | signer alone µs | client overhead µs "
        f"| client / raw | goal ≤ {CLIENT_FACTOR:g}× |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for c in results.client:
        lines.append(
            f"| {c.provider} | {c.operation} | {c.client_us:.0f} | {c.raw_us:.0f} | {c.signer_us:.1f} "
            f"| {c.client_us - c.raw_us:.0f} | {c.ratio:.2f}× | {verdict(c.ratio <= CLIENT_FACTOR)} |"
        )
    lines += ["", "## 4. Tool chain", "", "| step | wall time s |", "|---|---:|"]
    for provider, seconds in results.generate.items():
        lines.append(f"| generate {provider} | {seconds:.1f} |")
    lines.append(
        f"| **make generate (all {len(results.generate)} specs)** | **{sum(results.generate.values()):.1f}** |"
    )
    scope = "make contract (whole folders)" if results.contract_full else "schemathesis suites (test_contract.py)"
    lines += [
        "",
        f"Contract runs ({scope}), each a separate pytest process against the provider's in-process strict mock:",
        "",
        "| provider | pytest target | wall s | tests | failed | cases | cases/s | mock requests | requests/s |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for run in results.contract:
        rps = run.requests / run.seconds if run.seconds else 0.0
        lines.append(
            f"| {run.provider} | `{run.target}` | {run.seconds:.1f} | {run.tests} | {run.failed} | {run.cases} "
            f"| {run.cases_per_second:.1f} | {run.requests} | {rps:.1f} |"
        )
    total = contract_total(results)
    lines.append(f"| **all** | | **{total:.1f}** | | | | | | |")
    lines += ["", "## Goals", "", "| goal | measured | result |", "|---|---|---|"]
    for p in results.pairs:
        lines.append(
            f"| {p.provider} {p.operation} mock ≥ {PRISM_FACTOR:g}× Prism | {p.factor:.2f}× "
            f"({p.mock.rps:.0f} vs {p.prism.rps:.0f} req/s) | {verdict(p.passed)} |"
        )
    for c in results.client:
        lines.append(
            f"| {c.provider} {c.operation} client ≤ {CLIENT_FACTOR:g}× raw httpx + signing | {c.ratio:.2f}× "
            f"({c.client_us:.0f} vs {c.raw_us:.0f} µs) | {verdict(c.ratio <= CLIENT_FACTOR)} |"
        )
    lines.append(
        f"| {scope}, all providers < {CONTRACT_LIMIT_S / 60:g} min | {total:.0f} s "
        f"| {verdict(bool(results.contract) and total < CONTRACT_LIMIT_S)} |"
    )
    lines += ["", "## Method", "", *NOTES, ""]
    return "\n".join(lines)


NOTES = [
    "- Everything runs on 127.0.0.1. Each server (`coinrails-mock serve --provider <p>`, not strict; "
    "`prism mock specs/<p>.yaml -h 127.0.0.1 -v warn`; the floor app `python -m benchmarks.floor`) is its own "
    "process, started for the measurement, polled until it answers, then stopped. With 2+ cores the servers are "
    "pinned to the last core and the load generator to the first. Each request list is sent in 3 slices, each "
    "slice to the mock, then Prism, then the floor, so background work on the machine hits all three alike; the "
    "slices' times add up and their latencies pool.",
    "- Load generator: `benchmarks/loadgen.py`, asyncio streams, HTTP/1.1 keep-alive, closed loop (each connection "
    "keeps one request in flight). Requests are built and signed before the run with the client packages' own "
    "signing functions, so the mock and Prism receive byte-identical requests (Prism does not verify signatures; "
    "the mock does). Latency = request written → whole response read. Percentiles are nearest-rank.",
    "- Writes are safe to repeat: Ceffu createWallet with a unique requestId each, Bitunix funds transfer of "
    "0.01 USDT spot → futures (the account is funded through the control API first; every Bitunix request has a "
    "fresh nonce; the Bitunix mock's simulated 10 requests/s limit is lifted through `/_mock/settings`, else it "
    "would answer code 110041), xCurrency createQuote, Cryptofuse createPayment with a unique order_id. "
    "Tokens (xCurrency, Cryptofuse) come from the mock and are sent to Prism unchanged. The mock answers the "
    "reads first, then the writes, so write throughput includes the mock's growing state.",
    '- Floor: the mocks\' own stack (Starlette, a raw ASGI endpoint mounted at "", uvicorn with the same '
    "settings) answering every request with a constant JSON body; it runs throughout and gets each request list "
    "right after the mock and Prism. 'Load generator CPU' on the floor rows shows how far the generator is from "
    "being the bottleneck (100% = one core).",
    "- Client overhead: sequential calls on one keep-alive connection against a fresh mock; a typed-client call "
    "and a raw httpx call (same signed request built by hand, `json.loads` of the body) alternate; medians. "
    "Both include the server's time, so a slow server pulls the ratio towards 1; 'client overhead' is the "
    "difference in µs. "
    "'Signer alone' is the signing function on one request's payload (RSA SHA512 for Ceffu, SHA-256 hashes for "
    "Bitunix, RSA SHA256 of the body for xCurrency writes; xCurrency GETs and Cryptofuse send a token only).",
    "- make generate: `python -m overrides.codegen.generate <p> --out <tmp>` for every overrides/*/generator.yaml, "
    "one after another. Contract: `python -m pytest <target> --junitxml=<tmp>` per provider with the plugin "
    "`benchmarks/contract_counter.py`: cases = schemathesis `Case.call` invocations (all phases, stateful steps "
    "included), mock requests = calls of the mock engine's provider and control handlers. Wall time includes "
    "pytest start-up and collection.",
    "- Goals are reported, never enforced: `make bench` succeeds on a MISS. Other work on the machine during the "
    "run (see the load average) lowers every figure.",
]


def plot(results: Results) -> bytes:
    groups: list[tuple[str, str, list[float | None]]] = [
        (p.provider, "read" if p.method == "GET" else "write", [p.mock.rps, p.prism.rps, p.floor.rps])
        for p in results.pairs
    ]
    title = f"REQ/S ON LOOPBACK, {results.settings.get('concurrency')} CONNECTIONS (HIGHER IS BETTER)"
    return bar_chart(title, groups, [("mock", MOCK), ("Prism 5.14.2", PRISM), ("floor", FLOOR)])


def write(results: Results, out_dir: Path) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    md, png = out_dir / "results.md", out_dir / "results.png"
    md.write_text(markdown(results))
    png.write_bytes(plot(results))
    return md, png
