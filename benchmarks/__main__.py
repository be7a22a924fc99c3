"""`make bench`: drive the mocks, Prism and the floor with wrk; the state-size curve; the typed clients against
raw httpx; the tool chain. Writes reports/bench/results.md and PNG + SVG plots. Loopback only; goals are
reported, never enforced.

python -m benchmarks [--rounds 5] [--reads 2000] [--writes 1000] [--sizes 1000,10000,100000] [--contract full]
                     [--baseline TREE]

BENCH_SIZES (environment) sets the default of --sizes, e.g. `BENCH_SIZES=1000,10000 make bench` for a quick run.
--baseline TREE adds a fourth server to every interleaved round: the same provider's mock served from another
checkout (e.g. `git worktree add /tmp/before <commit>`), so a change's effect is measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from . import budget, clientbench, plots, report, servers, tools, wrk
from .report import Row, Series
from .seeded import SEEDERS
from .servers import HOST, Server, serve
from .workloads import PROVIDERS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (each server once per round)")
    parser.add_argument("--reads", type=int, default=5000, help="signed reads per server and round")
    parser.add_argument("--writes", type=int, default=2500, help="signed writes per server and round")
    parser.add_argument("--warmup", type=int, default=500, help="warm-up reads per server")
    parser.add_argument("--connections", type=int, default=16, help="wrk keep-alive connections (one thread)")
    parser.add_argument("--max-seconds", type=float, default=30.0, help="cap on one wrk run")
    parser.add_argument("--providers", default=",".join(PROVIDERS), help="comma-separated subset")
    parser.add_argument(
        "--sizes",
        default=os.environ.get("BENCH_SIZES", "1000,10000,100000"),
        help="state-size curve: records in memory, comma-separated ('' = skip; default $BENCH_SIZES or 1k,10k,100k)",
    )
    parser.add_argument("--client-rounds", type=int, default=150, help="client-vs-raw calls per operation")
    parser.add_argument(
        "--contract",
        choices=["full", "suite", "skip"],
        default="full",
        help="full: whole contract_tests/<p> folders (= make contract); suite: test_contract.py only",
    )
    parser.add_argument(
        "--sections", default="servers,sizes,client,tools", help="what to run: servers,sizes,client,tools"
    )
    parser.add_argument("--out", type=Path, default=Path("reports/bench"))
    parser.add_argument(
        "--baseline", type=Path, default=None, help="another checkout whose mock runs beside this one ('before')"
    )
    return parser


def interleaved(
    label: tuple[str, str, str],
    targets: dict[str, Server],
    build: Callable[[int], bytes],
    count: int,
    args: argparse.Namespace,
    success: dict[str, bytes],
    own: dict[str, Callable[[int], bytes]] | None = None,
) -> Row:
    """`args.rounds` rounds; in each, `count` fresh signed requests go byte for byte to every target (a target in
    `own` gets the same requests built by its own function: another mock's tokens), the order rotating from
    round to round so drift on the machine hits all alike."""
    series = {name: Series(name) for name in targets}
    names = list(targets)
    core = servers.generator_core()
    built = count + args.connections  # the tail: requests in flight when the count is reached are fresh too
    for r in range(args.rounds):
        shared = [build(r * built + i) for i in range(built)]  # signed now, before any timing
        batches = {name: [f(r * built + i) for i in range(built)] for name, f in (own or {}).items()}
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            with servers.alone(targets[name], targets.values()):
                run = wrk.run(
                    HOST,
                    targets[name].port,
                    batches.get(name, shared),
                    count=count,
                    connections=args.connections,
                    max_seconds=args.max_seconds,
                    success=success.get(name, b""),
                    core=core,
                )
            series[name].runs.append(run)
    provider, operation, method = label
    row = Row(provider, operation, method, series)
    summary = ", ".join(f"{s.name} {s.rps:.0f} ({s.rps_min:.0f}-{s.rps_max:.0f})" for s in series.values())
    print(f"{provider} {method} {operation}: {summary} req/s", flush=True)
    return row


def throughput(args: argparse.Namespace, commands: dict[str, str]) -> list[Row]:
    """Per provider: its mock, Prism and the floor, interleaved round by round on the same requests."""
    rows = []
    core = servers.generator_core()
    with serve(*servers.floor()) as floor:
        commands["floor"] = floor.command
        for name in args.providers.split(","):
            workload = PROVIDERS[name]()
            with ExitStack() as stack:
                mock = stack.enter_context(serve(*servers.mock(name)))
                prism = stack.enter_context(serve(*servers.prism(name)))
                commands[f"{name} mock"], commands[f"{name} Prism"] = mock.command, prism.command
                workload.prepare(mock.base_url)
                targets = {"mock": mock, "Prism": prism, "floor": floor}
                success = {"mock": workload.success, "Prism": workload.success}
                other = None
                if args.baseline:
                    before = stack.enter_context(serve(*servers.mock_from(name, args.baseline)))
                    commands[f"{name} mock before"] = before.command
                    other = PROVIDERS[name]()
                    other.prepare(before.base_url)  # its own tokens and funds
                    targets["before"], success["before"] = before, workload.success
                warm = [workload.read(i).raw(HOST) for i in range(args.warmup)]
                for label, server in targets.items():
                    batch = [other.read(i).raw(HOST) for i in range(args.warmup)] if label == "before" else warm
                    wrk.run(HOST, server.port, batch, connections=args.connections, core=core)
                for kind, method, count in (("read", "GET", args.reads), ("write", "POST", args.writes)):
                    operation = getattr(workload, f"{kind}_label")
                    make = getattr(workload, kind)
                    theirs = getattr(other, kind) if other else None
                    own = {"before": lambda i, m=theirs: m(i).raw(HOST)} if theirs else None
                    label = (name, operation, method)
                    rows.append(
                        interleaved(label, targets, lambda i, m=make: m(i).raw(HOST), count, args, success, own)
                    )
                    check = workload.check(kind)
                    rows[-1].check_us = budget.check_us(check) if check else None
    return rows


@contextmanager
def seeded(provider: str, count: int) -> Iterator[tuple[Server, str]]:
    with tempfile.TemporaryDirectory(prefix="bench-seeded-") as tmp:
        info = Path(tmp) / "info.json"
        port = servers.free_port()
        argv = [sys.executable, "-m", "benchmarks.seeded", provider, str(count), str(port), str(info)]
        with serve(f"{provider} mock with {count} records", argv, port, timeout=300) as server:
            yield server, json.loads(info.read_text())["read_id"]


def state_size(args: argparse.Namespace, commands: dict[str, str]) -> list[Row]:
    """Per provider with a seeder: one mock per size, all running; a read of one record by id and a write go to
    each in turn, round by round (the same writes to every size; the read differs only in the record id)."""
    sizes = [int(s) for s in args.sizes.split(",") if s]
    rows: list[Row] = []
    core = servers.generator_core()
    for name in [p for p in args.providers.split(",") if p in SEEDERS and sizes]:
        print(f"state size: starting {name} mocks with {', '.join(map(str, sizes))} records", flush=True)
        with ExitStack() as stack:
            targets, ids, workloads = {}, {}, {}
            for size in sizes:
                server, read_id = stack.enter_context(seeded(name, size))
                label = report.size_label(size)
                targets[label], ids[label], workloads[label] = server, read_id, PROVIDERS[name]()
                workloads[label].prepare(server.base_url)  # tokens are per mock
                commands[f"{name} mock, {label} records"] = server.command
                warm = [workloads[label].lookup(i, read_id).raw(HOST) for i in range(args.warmup)]
                wrk.run(HOST, server.port, warm, connections=args.connections, core=core)
            labels = list(targets)
            for kind, count in (("lookup", args.reads), ("write", args.writes)):
                first = workloads[labels[0]]
                series = {label: Series(label) for label in labels}
                built = count + args.connections  # fresh requests also in flight when the count is reached
                for r in range(args.rounds):
                    batch = {
                        label: [
                            (w.lookup(i, ids[label]) if kind == "lookup" else w.write(r * built + i)).raw(HOST)
                            for i in range(built)
                        ]
                        for label, w in workloads.items()
                    }
                    for label in labels[r % len(labels) :] + labels[: r % len(labels)]:
                        run = wrk.run(
                            HOST,
                            targets[label].port,
                            batch[label],
                            count=count,
                            connections=args.connections,
                            max_seconds=args.max_seconds,
                            success=first.success,
                            core=core,
                        )
                        series[label].runs.append(run)
                operation = getattr(first, f"{kind}_label")
                method = first.lookup(0, ids[labels[0]]).method if kind == "lookup" else "POST"
                rows.append(Row(name, operation, method, series))
                summary = ", ".join(f"{s.name}: {s.rps:.0f} req/s p99 {s.p99_ms:.1f} ms" for s in series.values())
                print(f"state size {name} {operation}: {summary}", flush=True)
    return rows


def client_costs(args: argparse.Namespace) -> list[clientbench.ClientCost]:
    """Typed client vs raw httpx, per provider, against a fresh mock (without the load runs' state)."""
    costs = []
    for name in args.providers.split(","):
        workload = PROVIDERS[name]()
        with serve(*servers.mock(name)) as mock:
            workload.prepare(mock.base_url)
            rounds = args.client_rounds
            for c in clientbench.measure(workload, mock.base_url, rounds=rounds, warmup=max(1, rounds // 10)):
                costs.append(c)
                print(f"{name} {c.operation}: client {c.client_us:.0f} µs, raw {c.raw_us:.0f} µs", flush=True)
    return costs


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    wrk.wrk_binary()  # fails early, saying how to install wrk
    started, load_start = time.monotonic(), os.getloadavg()
    commands: dict[str, str] = {}
    sections = set(args.sections.split(","))
    rows = throughput(args, commands) if "servers" in sections else []
    sizes = state_size(args, commands) if "sizes" in sections else []
    client = client_costs(args) if "client" in sections else []
    generate, contract = {}, []
    if "tools" in sections:
        print("make generate (every spec, into a temp dir)", flush=True)
        generate = tools.time_generate()
    if "tools" in sections and args.contract != "skip":
        for provider, target in tools.contract_targets(full=args.contract == "full").items():
            print(f"contract: {target}", flush=True)
            contract.append(tools.time_contract(provider, target))

    wrk_example = next((s.runs[0].command for r in rows for s in r.series.values() if s.runs), "")
    results = report.Results(
        rows,
        sizes,
        client,
        generate,
        contract,
        contract_full=args.contract == "full",
        settings={
            "rounds": args.rounds,
            "reads": args.reads,
            "writes": args.writes,
            "warmup": args.warmup,
            "connections": args.connections,
        },
        machine={**report.machine(), "load_start": " ".join(f"{x:.2f}" for x in load_start)},
        versions=report.versions(),
        commands={
            "harness": "python -m benchmarks " + " ".join(sys.argv[1:] if argv is None else argv),
            "wrk": wrk_example,
            **({"baseline": str(args.baseline.resolve())} if args.baseline else {}),
            **commands,
        },
    )
    files = report.write(results, args.out)
    files += plots.write_all(results, args.out)
    print(report.markdown(results).split("\n## Method")[0])
    print(f"wrote {', '.join(map(str, files))} in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
