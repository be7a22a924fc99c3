"""`make bench`: measure the mocks against Prism and the floor, the typed clients against raw httpx, and the
tool chain; write reports/bench/results.md and results.png. Loopback only; goals are reported, not enforced.

python -m benchmarks [--reads 2000] [--writes 500] [--concurrency 16] [--contract suite|full|skip]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import clientbench, report, servers, tools
from .loadgen import LoadResult, load
from .servers import HOST, serve
from .workloads import PROVIDERS

ROUNDS = 3  # slices per request list, sent to the mock, Prism and the floor in turn


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--reads", type=int, default=2000, help="signed reads per server and provider")
    parser.add_argument("--writes", type=int, default=500, help="signed writes per server and provider")
    parser.add_argument("--warmup", type=int, default=300, help="warm-up reads per server")
    parser.add_argument("--concurrency", type=int, default=16, help="keep-alive connections")
    parser.add_argument("--max-seconds", type=float, default=10.0, help="cap on one load run (one slice)")
    parser.add_argument("--rounds", type=int, default=150, help="client-vs-raw rounds per operation")
    parser.add_argument(
        "--contract",
        choices=["suite", "full", "skip"],
        default="suite",
        help="suite: contract_tests/<p>/test_contract.py; full: whole folders, as `make contract`",
    )
    parser.add_argument("--out", type=Path, default=Path("reports/bench"))
    return parser


def throughput(args: argparse.Namespace) -> list[report.Pair]:
    """Per provider: its mock and Prism running side by side, and the floor running throughout. Each signed
    request list is cut into `ROUNDS` slices; slice by slice it goes to the mock (first: fresh timestamps), then
    to Prism, then to the floor, byte for byte, so a burst of other work on the machine hits all three alike."""
    options = {"concurrency": args.concurrency, "max_seconds": args.max_seconds}
    pairs = []
    with serve(*servers.floor()) as floor:
        for name, workload_class in PROVIDERS.items():
            workload = workload_class()
            checked = {**options, "success": workload.success}
            with serve(*servers.mock(name)) as mock, serve(*servers.prism(name)) as prism:
                workload.prepare(mock.base_url)
                warm = [workload.read(i).raw(HOST) for i in range(args.warmup)]
                for server in (mock, prism, floor):
                    load(HOST, server.port, warm, **options)
                for kind, method, count in (("read", "GET", args.reads), ("write", "POST", args.writes)):
                    label = getattr(workload, f"{kind}_label")
                    requests = [getattr(workload, kind)(i).raw(HOST) for i in range(count)]  # signed now
                    runs: dict[str, list[LoadResult]] = {"mock": [], "prism": [], "floor": []}
                    for r in range(ROUNDS):
                        part = requests[r * count // ROUNDS : (r + 1) * count // ROUNDS]
                        runs["mock"].append(load(HOST, mock.port, part, **checked))
                        runs["prism"].append(load(HOST, prism.port, part, **checked))
                        runs["floor"].append(load(HOST, floor.port, part, **options))  # any 2xx: constant body
                    merged = {server: LoadResult.merge(parts) for server, parts in runs.items()}
                    pair = report.Pair(name, label, method, **merged)
                    pairs.append(pair)
                    print(
                        f"{name} {label}: mock {pair.mock.rps:.0f}, Prism {pair.prism.rps:.0f}, "
                        f"floor {pair.floor.rps:.0f} req/s",
                        flush=True,
                    )
    return pairs


def client_costs(args: argparse.Namespace) -> list[clientbench.ClientCost]:
    """Typed client vs raw httpx, per provider, against a fresh mock (without the load runs' state)."""
    costs = []
    for name, workload_class in PROVIDERS.items():
        workload = workload_class()
        with serve(*servers.mock(name)) as mock:
            workload.prepare(mock.base_url)
            for c in clientbench.measure(workload, mock.base_url, rounds=args.rounds, warmup=max(1, args.rounds // 10)):
                costs.append(c)
                print(f"{name} {c.operation}: client {c.client_us:.0f} µs, raw {c.raw_us:.0f} µs", flush=True)
    return costs


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    started, load_start = time.monotonic(), os.getloadavg()
    affinity = os.sched_getaffinity(0)
    servers.pin_generator()
    pairs = throughput(args)
    client = client_costs(args)
    os.sched_setaffinity(0, affinity)  # the tool chain runs as it would in make

    print("make generate (every spec, into a temp dir)", flush=True)
    generate = tools.time_generate()
    contract = []
    if args.contract != "skip":
        for provider, target in tools.contract_targets(full=args.contract == "full").items():
            print(f"contract: {target}", flush=True)
            contract.append(tools.time_contract(provider, target))

    results = report.Results(
        pairs,
        client,
        generate,
        contract,
        contract_full=args.contract == "full",
        settings={"concurrency": args.concurrency, "reads": args.reads, "writes": args.writes, "warmup": args.warmup},
        machine={**report.machine(), "load_start": " ".join(f"{x:.2f}" for x in load_start)},
    )
    md, png = report.write(results, args.out)
    print(report.markdown(results).split("\n## Method")[0])
    print(f"wrote {md} and {png} in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
