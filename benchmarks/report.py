"""results.md (tables, goals, method, machine, versions, exact commands) from one run's figures."""

from __future__ import annotations

import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from . import budget, wrk
from .clientbench import ClientCost
from .tools import ContractRun

ROOT = Path(__file__).resolve().parents[1]
PRISM_FACTOR = 8.0  # goal: each mock at least 8x Prism's throughput
FLOOR_SHARE = 0.5  # goal: each mock at least 50% of the floor's throughput
P99_SHARE = 0.25  # goal: mock p99 at most 1/4 of Prism's
STATE_TOLERANCE = 0.2  # goal: throughput at the largest size within 20% of the smallest
CLIENT_FACTOR = 1.1  # goal: typed client at most 1.1x a raw signed httpx call
PACKAGES = (
    "uvicorn",
    "starlette",
    "httptools",
    "uvloop",
    "jsonschema-rs",
    "cryptography",
    "httpx",
    "schemathesis",
    "matplotlib",
)


@dataclass
class Series:
    """One server's interleaved rounds for one operation."""

    name: str
    runs: list[wrk.Run] = field(default_factory=list)

    def _median(self, attr: str) -> float:
        return statistics.median(getattr(r, attr) for r in self.runs) if self.runs else 0.0

    @property
    def rps(self) -> float:
        return self._median("rps")

    @property
    def rps_min(self) -> float:
        return min((r.rps for r in self.runs), default=0.0)

    @property
    def rps_max(self) -> float:
        return max((r.rps for r in self.runs), default=0.0)

    @property
    def p50_ms(self) -> float:
        return self._median("p50_ms")

    @property
    def p90_ms(self) -> float:
        return self._median("p90_ms")

    @property
    def p99_ms(self) -> float:
        return self._median("p99_ms")

    @property
    def seen(self) -> int:
        return sum(r.seen for r in self.runs)

    @property
    def ok(self) -> int:
        return sum(r.ok for r in self.runs)

    @property
    def failed(self) -> int:
        return sum(r.failed for r in self.runs)

    @property
    def clean(self) -> bool:
        return self.failed == 0 and self.ok == self.seen > 0

    def ok_text(self) -> str:
        return f"{self.ok}/{self.seen}" + (f" ({self.failed} failed)" if self.failed else "")

    def spread(self) -> str:
        return f"{self.rps:.0f} ({self.rps_min:.0f}–{self.rps_max:.0f})"

    def latency(self) -> str:
        return f"{self.p50_ms:.2f} / {self.p90_ms:.2f} / {self.p99_ms:.2f}"


@dataclass
class Row:
    """One provider operation measured on several servers (or state sizes) side by side."""

    provider: str
    operation: str
    method: str
    series: dict[str, Series]
    check_us: float | None = None  # the provider's signature check of this request alone (budget.py)

    @property
    def kind(self) -> str:
        return "read" if self.method == "GET" else "write"

    def ratio(self, a: str, b: str) -> float:
        x, y = self.series[a].rps, self.series[b].rps
        return x / y if y else 0.0


@dataclass
class Results:
    rows: list[Row]
    sizes: list[Row]
    client: list[ClientCost]
    generate: dict[str, float]  # provider -> seconds
    contract: list[ContractRun]
    contract_full: bool
    settings: dict[str, object] = field(default_factory=dict)
    machine: dict[str, str] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)
    commands: dict[str, str] = field(default_factory=dict)


def size_label(size: int) -> str:
    return f"{size // 1000}k" if size >= 1000 and size % 1000 == 0 else str(size)


def _run(argv: list[str]) -> str:
    try:
        return subprocess.run(argv, capture_output=True, text=True, check=True, cwd=ROOT).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "not found"


def machine() -> dict[str, str]:
    """nproc, CPU model, OS and the load average when asked."""
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor() or "unknown",
    )
    return {
        "nproc": _run(["nproc"]),
        "cpu": model,
        "os": f"{platform.system()} {platform.release()}",
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "commit": _run(["git", "rev-parse", "--short", "HEAD"]),
    }


def versions() -> dict[str, str]:
    out = {"python": platform.python_version(), "node": _run(["node", "--version"]), "wrk": wrk.version()}
    prism = ROOT / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    out["prism"] = json.loads(prism.read_text())["version"] if prism.exists() else "not installed"
    for name in PACKAGES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def contract_total(results: Results) -> float:
    return sum(run.seconds for run in results.contract)


def _server_table(results: Results) -> list[str]:
    lines = [
        "| provider | operation | server | req/s median (min–max) | p50 / p90 / p99 ms | ok |",
        "|---|---|---|---:|---:|---:|",
    ]
    for row in results.rows:
        for s in row.series.values():
            lines.append(
                f"| {row.provider} | {row.method} {row.operation} | {s.name} | {s.spread()} | {s.latency()} "
                f"| {s.ok_text()} |"
            )
    return lines


def _before_table(results: Results) -> list[str]:
    """With --baseline: the same mock from another checkout ('before') in the same rounds."""
    rows = [r for r in results.rows if "before" in r.series]
    if not rows:
        return []
    lines = [
        "",
        f"Before and after in the same rounds: `before` is the mock served from `{results.commands.get('baseline')}`.",
        "",
        "| provider | operation | before req/s | mock req/s | mock / before | before p99 ms | mock p99 ms "
        "| before / Prism | mock / Prism | before % floor | mock % floor |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        before, mock = row.series["before"], row.series["mock"]
        lines.append(
            f"| {row.provider} | {row.method} {row.operation} | {before.spread()} | {mock.spread()} "
            f"| {row.ratio('mock', 'before'):.2f}× | {before.p99_ms:.2f} | {mock.p99_ms:.2f} "
            f"| {row.ratio('before', 'Prism'):.2f}× | {row.ratio('mock', 'Prism'):.2f}× "
            f"| {100 * row.ratio('before', 'floor'):.0f}% | {100 * row.ratio('mock', 'floor'):.0f}% |"
        )
    return lines


def _goal_lines(results: Results) -> list[str]:
    lines = ["| goal | measured | result |", "|---|---|---|"]
    for row in results.rows:
        mock, prism, floor = (row.series[k] for k in ("mock", "Prism", "floor"))
        what = f"{row.provider} {row.operation}"
        factor = row.ratio("mock", "Prism")
        lines.append(
            f"| {what}: mock ≥ {PRISM_FACTOR:g}× Prism | {factor:.2f}× ({mock.rps:.0f} vs {prism.rps:.0f} req/s) "
            f"| {verdict(mock.clean and factor >= PRISM_FACTOR)} |"
        )
        share = row.ratio("mock", "floor")
        lines.append(
            f"| {what}: mock ≥ {100 * FLOOR_SHARE:.0f}% of floor | {100 * share:.0f}% ({floor.rps:.0f} req/s floor) "
            f"| {verdict(share >= FLOOR_SHARE)} |"
        )
        p99 = mock.p99_ms / prism.p99_ms if prism.p99_ms else 0.0
        lines.append(
            f"| {what}: mock p99 ≤ 1/{1 / P99_SHARE:g} of Prism's | {mock.p99_ms:.2f} vs {prism.p99_ms:.2f} ms "
            f"(= {p99:.2f}) | {verdict(p99 <= P99_SHARE)} |"
        )
    for row in results.sizes:
        names = list(row.series)
        small, large = row.series[names[0]], row.series[names[-1]]
        share = large.rps / small.rps if small.rps else 0.0
        lines.append(
            f"| {row.provider} {row.operation}: {large.name} records within {100 * STATE_TOLERANCE:.0f}% of "
            f"{small.name} | {large.rps:.0f} vs {small.rps:.0f} req/s ({100 * share:.0f}%) "
            f"| {verdict(share >= 1 - STATE_TOLERANCE and large.clean)} |"
        )
    for c in results.client:
        lines.append(
            f"| {c.provider} {c.operation}: client ≤ {CLIENT_FACTOR:g}× raw httpx + signing | {c.ratio:.2f}× "
            f"({c.client_us:.0f} vs {c.raw_us:.0f} µs) | {verdict(c.ratio <= CLIENT_FACTOR)} |"
        )
    return lines


def _budget_lines(results: Results) -> list[str]:
    """Per row: the time per request the throughput goals leave for the mock's own work (budget.py)."""
    lines = [
        f"On one core a server at r req/s spends 1/r per request; the floor's 1/r is the HTTP stack's share. The "
        f"goal's rate is the larger of {PRISM_FACTOR:g}× Prism and {100 * FLOOR_SHARE:.0f}% of the floor; what it "
        "leaves for the mock's own work (routing, authentication, validation, rules, encoding, journal) is "
        "1/goal − 1/floor, against 1/mock − 1/floor now, from the same rounds. The signature check is the "
        "mock's own check of the row's request, timed alone in the harness's process (median of "
        f"{budget.BATCHES} × {budget.CALLS} calls): an RSA signature is one OpenSSL public-key operation.",
        "",
        "| provider | operation | goal req/s | floor µs/req | budget µs/req | mock's own µs/req now "
        "| signature check µs | verdict |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for row in results.rows:
        mock, prism, floor = (row.series[k] for k in ("mock", "Prism", "floor"))
        b = budget.budget(mock.rps, prism.rps, floor.rps, PRISM_FACTOR, FLOOR_SHARE, row.check_us)
        if b is None:
            continue
        check = "–" if b.check_us is None else f"{b.check_us:.1f}"
        verdict = b.verdict if mock.clean else "not comparable: answers failed"
        lines.append(
            f"| {row.provider} | {row.method} {row.operation} | {b.target_rps:.0f} | {b.floor_us:.1f} "
            f"| {b.budget_us:.1f} | {b.own_us:.1f} | {check} | {verdict} |"
        )
    return lines


def markdown(results: Results) -> str:
    s, m, v = results.settings, results.machine, results.versions
    lines = [
        "# coinrails benchmarks",
        "",
        f"Machine: {m.get('nproc', '?')} CPUs (`nproc`), {m.get('cpu', '?')}, {m.get('os', '?')}; load average "
        f"{m.get('load_start', '?')} at start, {m.get('load', '?')} at end; commit {m.get('commit', '?')}.",
        "",
        "Versions: " + ", ".join(f"{k} {val}" for k, val in v.items()) + ".",
        "",
        "## 1. Mock vs Prism vs the floor (wrk, same signed requests, interleaved rounds)",
        "",
        f"wrk: 1 thread, {s.get('connections')} keep-alive connections, pinned to another core than the server. "
        f"{s.get('rounds')} rounds; per round and server {s.get('reads')} reads / {s.get('writes')} writes, signed "
        "before the round and sent byte for byte to each server in a rotating order, the other servers stopped "
        "(SIGSTOP) while one is measured. req/s: median of the rounds "
        "(min–max); latency: median of the rounds' wrk percentiles. ok = 2xx answers carrying the provider's "
        "success envelope (the floor: any 2xx).",
        "",
        "| provider | operation | mock req/s | Prism req/s | floor req/s | mock / Prism | mock % floor "
        "| mock p99 ms | Prism p99 ms |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in results.rows:
        mock, prism, floor = (row.series[k] for k in ("mock", "Prism", "floor"))
        lines.append(
            f"| {row.provider} | {row.method} {row.operation} | {mock.spread()} | {prism.spread()} "
            f"| {floor.spread()} | {row.ratio('mock', 'Prism'):.2f}× | {100 * row.ratio('mock', 'floor'):.0f}% "
            f"| {mock.p99_ms:.2f} | {prism.p99_ms:.2f} |"
        )
    lines += _before_table(results)
    lines += ["", "Every server, latency percentiles:", "", *_server_table(results)]
    if results.sizes:
        lines += [
            "",
            "## 2. Cost as state grows (records in memory)",
            "",
            "One mock per size, all running, seeded through the backend rules before serving "
            "(`python -m benchmarks.seeded`). The read fetches one record by id; the write is the provider's "
            "create operation. Rounds interleave the sizes.",
            "",
            "| provider | operation | records | req/s median (min–max) | p50 / p90 / p99 ms | ok |",
            "|---|---|---|---:|---:|---:|",
        ]
        for row in results.sizes:
            for sz in row.series.values():
                lines.append(
                    f"| {row.provider} | {row.method} {row.operation} | {sz.name} | {sz.spread()} | {sz.latency()} "
                    f"| {sz.ok_text()} |"
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
    lines.append(f"| **all** | | **{contract_total(results):.1f}** | | | | | | |")
    lines += ["", "## Goals (reported, never enforced)", "", *_goal_lines(results)]
    if results.rows:
        lines += ["", "### What the throughput goals leave for the mock", "", *_budget_lines(results)]
    lines += ["", "## Method", "", *NOTES, "", "## Exact commands", ""]
    lines += [f"- {name}: `{cmd}`" for name, cmd in results.commands.items()]
    lines.append("")
    return "\n".join(lines)


NOTES = [
    "- Everything runs on 127.0.0.1. Each server (`coinrails-mock serve --provider <p>`, in memory, not strict; "
    "`prism mock specs/<p>.yaml -h 127.0.0.1 -v warn`; the floor app `python -m benchmarks.floor`) is its own "
    "process, started with `taskset` on the last core, polled until it answers, then stopped. wrk runs with "
    "`taskset` on the first core.",
    "- Load: `wrk -t1 -c<N>` with `benchmarks/bench.lua`, which replays requests written to a file before the "
    "run (built and signed with the client packages' own signing functions), cycling the list; it stops after "
    "one pass (the count is reached, then wrk is interrupted), so every server gets the same bytes and writes "
    "with unique ids are never repeated. Throughput = responses / time from the first request to the last "
    "counted response (wrk's own clock); latency = wrk's per-request percentiles.",
    "- Writes are safe to repeat: Ceffu createWallet with a unique requestId each, Bitunix funds transfer of "
    "0.01 USDT spot → futures (account funded through the control API; a fresh nonce per request; the simulated "
    "10 requests/s limit lifted through `/_mock/settings`), xCurrency createQuote, Cryptofuse createPayment with "
    "a unique order_id. Tokens (xCurrency, Cryptofuse) come from the mock and go to Prism unchanged (Prism "
    "verifies nothing). Reads run before writes, so write throughput includes the mock's growing state.",
    "- Floor: the mocks' own HTTP stack (uvicorn with the same settings, HTTP parser and event loop, the start-up "
    "heap frozen) with a raw ASGI app answering every request with a constant JSON body; the mocks' requests "
    "skip Starlette's middleware and routing too.",
    "- Client overhead: sequential calls on one keep-alive connection against a fresh mock; a typed-client call "
    "and a raw httpx call (same signed request built by hand, `json.loads` of the body) alternate; medians. "
    "Both include the server's time, so a slow server pulls the ratio towards 1.",
    "- Contract: `python -m pytest <target> --junitxml=<tmp>` per provider with the plugin "
    "`benchmarks/contract_counter.py` (cases = schemathesis `Case.call`; mock requests = engine and control "
    "handler calls). Wall time includes pytest start-up and collection.",
    "- The machine is shared (see the load average): absolute figures are noisy; interleaved rounds make the "
    "ratios fair, and the min–max spread shows the noise.",
]


def write(results: Results, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    md = out_dir / "results.md"
    md.write_text(markdown(results))
    return [md]
