"""The mock's own request path in microseconds, without HTTP: the ASGI app called in-process on the same
signed requests `make bench` sends (routing, auth, validation, rules, serialisation, journal).

python -m benchmarks.pathcost [--providers ceffu,...] [--kinds read,write] [--requests 2000] [--repeat 3]
                              [--profile DIR] [--stages] [--baseline TREE [--rounds 3]]

A quiet, load-independent view of what the HTTP benchmark's "% of floor" is made of: the floor's own cost
per request is the HTTP stack's; everything the mock adds on top is measured here. The workload is set up
(tokens, funds) through a real server on a loopback port serving the same app, then the app is called
directly. The figure is the best pass; the line also gives the median and the slowest pass (the spread). `--profile
DIR` writes a cProfile summary per provider of the last pass of each kind (pathcost-<provider>.txt, or
pathcost-<provider>-read.txt with `--kinds read`); `--stages` times the pipeline's steps (each wrapped in a timer,
about 0.2 µs each on top) and prints µs per request and step. `--baseline TREE` measures another checkout's mock
(e.g. `git archive <commit> coinrails_mock specs | tar -x -C TREE`: its `coinrails_mock` and specs/ go first on
sys.path) and this one in turn, each in a fresh process, `--rounds` times, and prints a before/after table.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import pstats
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .servers import HOST, answers, free_port
from .workloads import PROVIDERS
from .wrk import Call

TOP = 30
KINDS = ("read", "write")
PASSES: dict[tuple[str, str], list[float]] = {}  # (provider, kind) -> µs per request of every pass, in order


@contextmanager
def served(app: Any) -> Iterator[str]:
    """`app` served by uvicorn in a thread on a loopback port (for the workload's set-up requests)."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(app, host=HOST, port=port, log_level="warning", access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not answers(port):
        if time.monotonic() > deadline:
            raise RuntimeError("in-process server did not start")
        time.sleep(0.05)
    try:
        yield f"http://{HOST}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def scope_of(call: Call, port: int) -> dict[str, Any]:
    parts = urlsplit(call.target)
    headers = [(b"host", f"{HOST}:{port}".encode())]
    headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in call.headers.items()]
    if call.body or call.method != "GET":
        headers.append((b"content-length", str(len(call.body)).encode()))
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": call.method,
        "scheme": "http",
        "path": parts.path,
        "raw_path": parts.path.encode(),
        "query_string": parts.query.encode(),
        "root_path": "",
        "headers": headers,
        "client": (HOST, 50000),
        "server": (HOST, port),
    }


async def drive(app: Any, calls: list[tuple[dict[str, Any], bytes]], success: bytes) -> tuple[float, int]:
    """CPU seconds of this thread for every call in turn (other processes on a shared machine do not count) and
    how many answered 2xx with the success marker."""
    ok = 0
    status = 0
    body = b""

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, body
        if message["type"] == "http.response.start":
            status = message["status"]
        else:
            body = message.get("body", b"")

    started = time.thread_time()
    for scope, payload in calls:
        message = {"type": "http.request", "body": payload, "more_body": False}

        async def receive(m: dict[str, Any] = message) -> dict[str, Any]:
            return m

        await app(scope, receive, send)
        ok += 200 <= status < 300 and success in body
    return time.thread_time() - started, ok


STAGES: dict[str, float] = defaultdict(float)


def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    clock = time.perf_counter

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            STAGES[name] += clock() - started

    return wrapper


def timed_async(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    clock = time.perf_counter

    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = clock()
        try:
            return await fn(*args, **kwargs)
        finally:
            STAGES[name] += clock() - started

    return wrapper


@contextmanager
def instrument(app: Any) -> Iterator[None]:
    """Wrap the pipeline's steps of `app` with timers adding to STAGES: the engine module's helpers (put back
    afterwards), the provider's methods, the handlers and the operations' parsers (this app's own objects).
    For a breakdown only: it changes nothing else."""
    from types import SimpleNamespace

    from coinrails_mock.engine import app as engine_app
    from coinrails_mock.engine import guards

    engine, provider = app.state.mock, app.state.mock.provider
    saved = {name: getattr(engine_app, name) for name in ("read_request", "send_response", "validated_body", "encoded")}
    saved["guards"] = engine_app.guards
    engine_app.read_request = timed_async("read_request", saved["read_request"])
    engine_app.send_response = timed_async("send_response", saved["send_response"])
    engine_app.validated_body = timed("validated_body", saved["validated_body"])
    engine_app.encoded = timed("encoded", saved["encoded"])
    shim = SimpleNamespace(**{n: getattr(guards, n) for n in dir(guards) if not n.startswith("_")})
    shim.check_values = timed("check_values", guards.check_values)
    engine_app.guards = shim  # type: ignore[assignment]
    engine.spec.match = timed("route", engine.spec.match)
    for op in engine.spec.operations.values():
        op.parse_query = timed("parse_query", op.parse_query)  # type: ignore[method-assign]
        op.parse_path = timed("parse_path", op.parse_path)  # type: ignore[method-assign]
    for name in ("authenticate", "rate_limit", "success_body", "response_headers", "drain_events"):
        setattr(provider, name, timed(name, getattr(provider, name)))
    provider.handlers = {k: timed("handler", v) for k, v in provider.handlers.items()}
    engine.commit = timed("commit", engine.commit)
    engine.journal.record = timed("journal.record", engine.journal.record)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(engine_app, name, value)


def measure(
    provider: str,
    count: int,
    repeat: int,
    profile_dir: Path | None,
    stages: bool = False,
    kinds: tuple[str, ...] = KINDS,
) -> dict[str, float]:
    """Best µs per request by kind (every pass's figure in PASSES)."""
    from coinrails_mock.app import build_app

    app = build_app(provider, base_url="http://127.0.0.1:8101")
    workload = PROVIDERS[provider]()
    out: dict[str, float] = {}
    profiler = cProfile.Profile() if profile_dir else None
    with served(app) as base_url:  # stopped before measuring: its thread would take the GIL whenever a call releases it
        workload.prepare(base_url)
    port = int(base_url.rsplit(":", 1)[1])
    loop = asyncio.new_event_loop()
    try:
        with instrument(app) if stages else nullcontext():
            for kind in kinds:
                build = getattr(workload, kind)
                passes = PASSES[(provider, kind)] = []
                for r in range(repeat):
                    STAGES.clear()
                    calls = [build(r * count + i) for i in range(count)]
                    prepared = [(scope_of(c, port), c.body) for c in calls]
                    if profiler and r == repeat - 1:
                        profiler.enable()
                    seconds, ok = loop.run_until_complete(drive(app.router.default, prepared, workload.success))
                    if profiler:
                        profiler.disable()
                    if ok != count:
                        raise RuntimeError(f"{provider} {kind}: only {ok}/{count} answered successfully")
                    passes.append(seconds / count * 1e6)
                out[kind] = min(passes)
                if stages:
                    parts = sorted(STAGES.items(), key=lambda kv: -kv[1])
                    print(f"  {provider} {kind} (last pass, µs per request):", flush=True)
                    print("    " + ", ".join(f"{k} {v / count * 1e6:.1f}" for k, v in parts), flush=True)
    finally:
        loop.run_until_complete(app.state.mock.aclose())  # the scheduler the requests started
        loop.close()
    if profiler and profile_dir:
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text)
        what = " then ".join(f"{count} {kind}s" for kind in kinds)
        text.write(f"# {provider}: request path in-process, {what}\n\n## by own time\n")
        stats.sort_stats("tottime").print_stats(TOP)
        text.write("\n## by cumulative time\n")
        stats.sort_stats("cumulative").print_stats(TOP)
        profile_dir.mkdir(parents=True, exist_ok=True)
        suffix = "" if tuple(kinds) == KINDS else "-" + "-".join(kinds)
        (profile_dir / f"pathcost-{provider}{suffix}.txt").write_text(text.getvalue())
    return out


def compare(args: argparse.Namespace) -> int:
    """Interleaved rounds: the baseline tree's mock, then this checkout's, each in a fresh process; a table of the
    best and median pass per provider and kind over all rounds."""
    here = str(Path(__file__).resolve().parents[1])
    passes: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    options = ["--json", "--providers", args.providers, "--kinds", args.kinds]
    options += ["--requests", str(args.requests), "--repeat", str(args.repeat)]
    for round_no in range(1, args.rounds + 1):
        for side, tree in (("before", str(Path(args.baseline).resolve())), ("after", here)):
            # this checkout's benchmarks, then `tree`'s coinrails_mock (and with it its specs/)
            boot = (
                f"import sys; sys.path.insert(0, {here!r}); import benchmarks.pathcost as p; "
                f"sys.path.insert(0, {tree!r}); "
                "[sys.modules.pop(m) for m in list(sys.modules) if m.partition('.')[0] == 'coinrails_mock']; "
                "sys.exit(p.main(sys.argv[1:]))"
            )
            command = [sys.executable, "-c", boot, *options]
            out = subprocess.run(command, cwd=here, check=True, capture_output=True, text=True)
            for row in json.loads(out.stdout.strip().splitlines()[-1]):
                passes[(row["provider"], row["kind"], side)] += row["passes"]
            print(f"round {round_no}: {side} done", flush=True)
    shape = f"{args.rounds} rounds x {args.repeat} passes x {args.requests} requests"
    print(f"\n{shape}; µs per request, best / median / max")
    print("| provider | kind | before | after | after / before (best) |\n|---|---|---|---|---|")
    for provider in args.providers.split(","):
        for kind in args.kinds.split(","):
            b, a = sorted(passes[(provider, kind, "before")]), sorted(passes[(provider, kind, "after")])
            cells = [f"{x[0]:.1f} / {statistics.median(x):.1f} / {x[-1]:.1f}" for x in (b, a)]
            print(f"| {provider} | {kind} | {cells[0]} | {cells[1]} | {a[0] / b[0]:.2f} |")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pathcost", description=__doc__)
    parser.add_argument("--providers", default=",".join(PROVIDERS))
    parser.add_argument("--kinds", default=",".join(KINDS), help="read, write or both")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="best of this many passes")
    parser.add_argument("--profile", type=Path, default=None, help="write cProfile summaries here")
    parser.add_argument("--stages", action="store_true", help="print µs per pipeline step")
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout's mock, measured in turn")
    parser.add_argument("--rounds", type=int, default=3, help="with --baseline: interleaved rounds")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # one JSON line last (for --baseline)
    args = parser.parse_args(argv)
    if args.baseline:
        return compare(args)
    kinds = tuple(args.kinds.split(","))
    rows = []
    for provider in args.providers.split(","):
        cost = measure(provider, args.requests, args.repeat, args.profile, args.stages, kinds)
        rows += [{"provider": provider, "kind": kind, "passes": PASSES[(provider, kind)]} for kind in kinds]
        parts = []
        for kind in kinds:
            passes = sorted(PASSES[(provider, kind)])
            spread = f"median {statistics.median(passes):.1f}, max {passes[-1]:.1f}"
            parts.append(f"{kind} {cost[kind]:.1f} µs ({spread}, {len(passes)} passes)")
        print(f"{provider}: " + ", ".join(parts) + " per request", flush=True)
    if args.json:
        print(json.dumps(rows), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
