"""Where a mock's request path spends its time, under wrk load (signed reads, then signed writes).

python -m benchmarks.profile [--providers ceffu,...] [--requests 3000] [--out reports/bench]

- cProfile: the mock served in a process with the profiler on (`python -m benchmarks.profile serve P PORT OUT`);
  the top functions by own time and by cumulative time go to profile-<provider>.txt.
- py-spy (when installed): a flame graph of an unprofiled mock under the same load, flame-<provider>.svg.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import pstats
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from . import servers, wrk
from .servers import HOST, serve
from .workloads import PROVIDERS

TOP = 25


def serve_profiled(provider: str, port: int, out: Path) -> None:
    """Serve `provider` like `coinrails-mock serve` with cProfile on; dump the stats when uvicorn stops."""
    import uvicorn

    from coinrails_mock.app import build_app
    from coinrails_mock.engine.serving import SERVER_LIMITS

    class Server(uvicorn.Server):
        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:  # uvicorn re-raises SIGTERM at exit: stop without it
            signal.signal(signal.SIGTERM, lambda *_: setattr(self, "should_exit", True))
            yield

    app = build_app(provider, base_url=f"http://127.0.0.1:{port}")
    config = uvicorn.Config(
        app, host=HOST, port=port, log_level="warning", access_log=False, server_header=False, **SERVER_LIMITS
    )
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        Server(config).run()
    finally:
        profiler.disable()
        profiler.dump_stats(out)


def load(workload: object, port: int, count: int) -> None:
    core = servers.generator_core()
    for kind in ("read", "write"):
        build = getattr(workload, kind)
        requests = [build(i).raw(HOST) for i in range(count + 16)]  # + fresh ones in flight at the end
        run = wrk.run(HOST, port, requests, count=count, core=core, success=workload.success)  # type: ignore[attr-defined]
        print(f"  {kind}: {run.rps:.0f} req/s, ok {run.ok}/{run.seen}", flush=True)


def summary(stats_file: Path, title: str) -> str:
    out = io.StringIO()
    stats = pstats.Stats(str(stats_file), stream=out)
    stats.strip_dirs()
    out.write(f"# {title}\n\n## top {TOP} by own time (tottime)\n")
    stats.sort_stats("tottime").print_stats(TOP)
    out.write(f"\n## top {TOP} by cumulative time\n")
    stats.sort_stats("cumulative").print_stats(TOP)
    return out.getvalue()


def profile(provider: str, count: int, out_dir: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp:
        stats_file = Path(tmp) / "mock.prof"
        port = servers.free_port()
        argv = [sys.executable, "-m", "benchmarks.profile", "serve", provider, str(port), str(stats_file)]
        workload = PROVIDERS[provider]()
        with serve(f"{provider} mock (cProfile)", argv, port) as server:
            workload.prepare(server.base_url)
            load(workload, port, count)
        text = summary(stats_file, f"{provider} mock under cProfile: {count} signed reads, then {count} writes")
    target = out_dir / f"profile-{provider}.txt"
    target.write_text(text)
    return target


def flame(provider: str, count: int, out_dir: Path) -> Path | None:
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(py_spy).exists():
        print("py-spy not installed: no flame graph", flush=True)
        return None
    target = out_dir / f"flame-{provider}.svg"
    workload = PROVIDERS[provider]()
    with serve(*servers.mock(provider)) as server:
        workload.prepare(server.base_url)
        pid = server.process.pid  # taskset exec()s the server: same pid
        argv = [py_spy, "record", "--pid", str(pid), "--rate", "200", "--output", str(target), "--format", "flamegraph"]
        recorder = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            load(workload, server.port, count)
        finally:
            recorder.send_signal(signal.SIGINT)  # py-spy writes the graph on Ctrl-C
            _, err = recorder.communicate(timeout=60)
    if recorder.returncode not in (0, None) and not target.exists():
        print(f"py-spy failed: {err.decode(errors='replace').strip()[:300]}", flush=True)
        return None
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["serve"]:
        serve_profiled(args[1], int(args[2]), Path(args[3]))
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__)
    parser.add_argument("--providers", default=",".join(PROVIDERS))
    parser.add_argument("--requests", type=int, default=3000, help="signed reads, then as many writes")
    parser.add_argument("--out", type=Path, default=Path("reports/bench"))
    parser.add_argument("--no-flame", action="store_true")
    options = parser.parse_args(args)
    options.out.mkdir(parents=True, exist_ok=True)
    wrk.wrk_binary()
    for provider in options.providers.split(","):
        print(f"profiling {provider}", flush=True)
        written = [profile(provider, options.requests, options.out)]
        if not options.no_flame:
            written.append(flame(provider, options.requests, options.out))
        print("  wrote " + ", ".join(str(p) for p in written if p), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
