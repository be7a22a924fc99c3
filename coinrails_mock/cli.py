"""`coinrails-mock`: run a stateful provider mock, or print its built-in test credentials.

coinrails-mock serve --provider ceffu [--host 127.0.0.1] [--port 8101] [--state FILE] [--strict]
coinrails-mock serve --all            # every provider with a spec, each on its default port
coinrails-mock credentials ceffu      # JSON: base_url, API keys, private keys, webhook public key
coinrails-mock credentials ceffu --env [--port 8101]   # `export` lines for the variables the client reads

Every request is logged on one line (operation, status, provider code, ms, and why a refused request was
refused); `--log-format json` for machines, `--log-level warning` for silence. The same entries are at
GET /_mock/requests; the API reference at /_mock/docs.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import errno
import gc
import itertools
import json
import logging
import multiprocessing
import shlex
import signal
import socket
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any

import uvicorn

from coinrails_mock.app import build_app
from coinrails_mock.engine.serving import SERVER_LIMITS
from coinrails_mock.engine.store import StateFileError
from coinrails_mock.providers import DEFAULT_PORTS, available, load_provider

DEFAULT_HOST = "127.0.0.1"
SERVER_BACKLOG = 2048  # uvicorn's default

# The environment variables each provider's generated client reads (`<pkg>._client`), from the
# `credentials` keys: `coinrails-mock credentials <provider> --env` prints exactly these.
# The environment variables each generated client reads, and which credentials field fills each (per provider).
CLIENT_ENV = {name: load_provider(name).client_env for name in available()}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coinrails-mock", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run a mock server")
    which = serve.add_mutually_exclusive_group(required=True)
    which.add_argument("--provider", choices=available())
    which.add_argument("--all", action="store_true", help="every provider, each on its default port")
    serve.add_argument("--host", default=DEFAULT_HOST)
    serve.add_argument("--port", type=_port, help="default: the provider's own port (ceffu 8101)")
    serve.add_argument(
        "--state",
        help="where the state lives: a SQLite file, or postgresql://user@host/db (one state for many workers/machines);"
        " default: in memory",
    )
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="processes serving one port and one --state store (needs --state; with PostgreSQL, several"
        " `serve` processes on other machines may share it too)",
    )
    serve.add_argument("--strict", action="store_true", help="answer 500 when a response would be off-spec")
    serve.add_argument(
        "--webhook-time-scale", type=float, default=1.0, help="multiply webhook retry delays (e.g. 0.001 in tests)"
    )
    serve.add_argument(
        "--auto-advance-ms",
        type=int,
        default=0,
        help="move open withdrawals one status step after this long (0 = control API only)",
    )
    serve.add_argument(
        "--timestamp-window-ms", type=int, help="accepted clock skew (default: the provider's own, ceffu 30000)"
    )
    serve.add_argument("--log-level", default="info", help="info: one line per request (default); warning: quiet")
    serve.add_argument("--log-format", choices=("text", "json"), default="text", help="json: one JSON object a line")
    credentials = commands.add_parser("credentials", help="print the built-in test credentials (JSON, or --env)")
    credentials.add_argument("provider", choices=available())
    credentials.add_argument("--host", default=DEFAULT_HOST)
    credentials.add_argument("--port", type=_port, help="where the mock listens (default: the provider's own port)")
    credentials.add_argument(
        "--env", action="store_true", help="print `export` lines for the variables the provider's client reads"
    )
    return parser


class JsonFormatter(logging.Formatter):
    """One JSON object per line; a request line carries its journal fields."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update(getattr(record, "request", None) or {})
        line.update(getattr(record, "banner", None) or {})
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, default=str)


def _version() -> str:
    try:
        return metadata.version("coinrails")
    except metadata.PackageNotFoundError:
        return "dev"


def banner(provider: str, state: str | None, port: int, host: str = DEFAULT_HOST) -> tuple[str, dict[str, Any]]:
    """The start-up banner: (text, fields)."""
    base_url = url_of(host, port)
    where = f"--port {port}" if host == DEFAULT_HOST else f"--host {shlex.quote(host)} --port {port}"
    fields = {
        "provider": provider,
        "base_url": base_url,
        "state": str(state) if state else None,
        "credentials": f'eval "$(coinrails-mock credentials {provider} --env {where})"',
        "control": f"{base_url}/_mock/",
        "docs": f"{base_url}/_mock/docs",
        "journal": f"{base_url}/_mock/requests",
    }
    text = "\n".join(
        [
            f"coinrails-mock {_version()}: {provider} mock listening on {base_url}",
            f"  state        {state or 'in memory (--state FILE keeps it across restarts)'}",
            f"  credentials  {fields['credentials']}",
            f"  control API  {fields['control']}  (spec: specs/mock-control.yaml)",
            f"  API docs     {fields['docs']}",
            f"  requests     logged below, one line each; also at {fields['journal']}",
        ]
    )
    return text, fields


def url_of(host: str, port: int) -> str:
    """The mock's URL; an IPv6 address goes in brackets (`http://[::1]:8101`)."""
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class _Server(uvicorn.Server):
    """uvicorn's server, announcing itself once it listens."""

    announce: tuple[str, dict[str, Any]] | None = None

    async def startup(self, sockets: Any = None) -> None:
        await super().startup(sockets=sockets)
        if self.started and self.announce:
            text, fields = self.announce
            logging.getLogger("coinrails_mock").warning(text, extra={"banner": fields})


def _server(provider: str, args: argparse.Namespace, port: int, state: str | None) -> uvicorn.Server:
    app = build_app(
        provider,
        strict=args.strict,
        state_path=state,
        webhook_time_scale=args.webhook_time_scale,
        base_url=url_of(args.host, port),
        auto_advance_ms=args.auto_advance_ms,
        **({} if args.timestamp_window_ms is None else {"timestamp_window_ms": args.timestamp_window_ms}),
    )
    config = uvicorn.Config(
        app, host=args.host, port=port, access_log=False, server_header=False, log_config=None, **SERVER_LIMITS
    )
    server = _Server(config)
    server.announce = banner(provider, state, port, args.host)
    return server


def _logging(level: str, form: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if form == "json" else logging.Formatter("%(asctime)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # uvicorn's own start/stop chatter only when debugging: the banner says where the mock listens
    logging.getLogger("uvicorn").setLevel(logging.DEBUG if level.lower() == "debug" else logging.WARNING)


def _serve(args: argparse.Namespace) -> None:
    _logging(args.log_level, args.log_format)
    if args.all:
        providers = available()
        servers = [
            _server(p, args, DEFAULT_PORTS[p], _state_of(args.state, p) if args.state else None) for p in providers
        ]
    elif args.workers > 1:
        _serve_workers(args)
        return
    else:
        servers = [_server(args.provider, args, args.port or DEFAULT_PORTS[args.provider], args.state)]

    remedy = "serve that provider alone with --provider and --port" if args.all else "choose another --port"
    listening = _listen(servers, remedy)  # every port before serving: a taken one stops start-up before any banner

    async def run() -> None:
        await asyncio.gather(*(s.serve(sockets=socks) for s, socks in zip(servers, listening, strict=True)))

    settle_heap()
    # the event loop uvicorn.run would pick (uvloop when installed, a declared dependency): asyncio.run() alone
    # served on the default loop, the slower stack the floor benchmark does not use
    with asyncio.Runner(loop_factory=_loop_factory()) as runner, contextlib.suppress(KeyboardInterrupt):
        runner.run(run())  # Ctrl-C: uvicorn shuts down, then passes the signal on; no traceback, as uvicorn.run


class CannotListen(Exception):
    """An address the mock cannot listen on; the message is one line naming it and what to do."""


def _listen(servers: list[uvicorn.Server], remedy: str) -> list[list[socket.socket]]:
    """Each server's listening sockets, bound now (every address its --host resolves to, as uvicorn would bind)."""
    bound: list[list[socket.socket]] = []
    try:
        for server in servers:
            bound.append(_bind(server.config.host, server.config.port, remedy))
    except CannotListen:
        for sock in itertools.chain.from_iterable(bound):
            sock.close()
        raise
    return bound


def _bind(host: str, port: int, remedy: str = "choose another --port") -> list[socket.socket]:
    """Listening sockets for every address `host` resolves to. They listen now: uvloop ignores a failed listen() later,
    so a port another process took between bind and listen would leave a server that announces itself and never
    answers."""
    socks: list[socket.socket] = []
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        for family, kind, proto, _, address in dict.fromkeys(infos):
            sock = socket.socket(family, kind, proto)
            socks.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            sock.bind(address)
            sock.listen(SERVER_BACKLOG)
    except OSError as exc:
        for sock in socks:
            sock.close()
        if exc.errno == errno.EADDRINUSE:
            advice = f"stop what uses it, or {remedy}"
        else:
            advice = "check --host" if isinstance(exc, socket.gaierror) else "check --host and --port"
        where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        raise CannotListen(f"cannot listen on {where}: {exc.strerror or exc}; {advice}") from None
    return socks


def _port(text: str) -> int:
    port = int(text) if text.isascii() and text.isdigit() else -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a TCP port (0-65535)")
    return port


def settle_heap() -> None:
    """What start-up built (specs, validators, the app) lives as long as the process: frozen out of the cyclic
    garbage collector, whose full passes then walk only what the requests made (pauses that set p99). From then on
    FreezeSurvivors does the same for what requests store."""
    gc.collect()
    gc.freeze()
    if not any(isinstance(callback, FreezeSurvivors) for callback in gc.callbacks):
        gc.callbacks.append(FreezeSurvivors())


class FreezeSurvivors:
    """A gc callback. What survives a full collection is mostly stored state, kept until deleted: it is frozen, so
    the next full passes walk only what was made since, and their pause does not grow with the records stored
    (measured, freezing at every pass: xCurrency, 40k writes, 24 -> 99 ms per pass without, 7-26 ms with). The
    survivors also include the garbage cycles of requests in flight at that moment; so the frozen heap is thawed,
    for the next pass to walk everything and free them, once it has doubled since a pass last walked all of it or
    after THAW_EVERY passes, whichever comes first."""

    THAW_EVERY = 8

    def __init__(self) -> None:
        self.walked = gc.get_freeze_count()  # objects frozen when a full pass last walked everything
        self.passes = 0  # full passes since then
        self.thawed = False

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase != "stop" or info["generation"] != 2:
            return
        gc.freeze()
        frozen = gc.get_freeze_count()
        if self.thawed:  # this pass walked everything
            self.walked, self.passes, self.thawed = frozen, 0, False
            return
        self.passes += 1
        if frozen > 2 * max(self.walked, 1) or self.passes >= self.THAW_EVERY:
            gc.unfreeze()
            self.thawed = True


def _state_of(state: str, provider: str) -> str:
    """`--all`: each provider's own SQLite file next to the given one (a PostgreSQL URL gets a schema suffix)."""
    if "://" in state:
        raise StateFileError(state, "--all needs a SQLite file per provider", "pass a file, or serve each provider")
    path = Path(state)
    return str(path.with_name(f"{path.stem}-{provider}{path.suffix}"))


def _serve_workers(args: argparse.Namespace) -> None:
    """N processes accept on one port's listening sockets; each runs its own engine on the shared --state store, so
    every rule, nonce, idempotency key, setting and webhook claim is decided by the database, not by a process."""
    if not args.state:
        raise StateFileError(
            "(none)", "--workers needs a shared store", "pass --state FILE or --state postgresql://..."
        )
    port = args.port or DEFAULT_PORTS[args.provider]
    # open (and check, seed) the store once before forking, so a bad --state stops start-up with one line
    asyncio.run(_close(build_app(args.provider, state_path=args.state)))
    socks = _bind(args.host, port)
    for sock in socks:
        sock.set_inheritable(True)
    context = multiprocessing.get_context("fork")
    children = [context.Process(target=_worker, args=(args, socks, i), daemon=True) for i in range(args.workers)]
    for child in children:
        child.start()
    logging.getLogger("coinrails_mock").warning(
        "%s mock: %d workers on %s sharing %s", args.provider, args.workers, url_of(args.host, port), args.state
    )

    def stop(*_: Any) -> None:
        for child in children:
            child.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for child in children:
        child.join()


async def _close(app: Any) -> None:
    await app.state.mock.aclose()


def _worker(args: argparse.Namespace, socks: list[socket.socket], index: int) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    port = socks[0].getsockname()[1]
    server = _server(args.provider, args, port, args.state)
    if index:
        server.announce = None  # one banner is enough
    settle_heap()
    with asyncio.Runner(loop_factory=_loop_factory()) as runner:
        runner.run(server.serve(sockets=socks))


def _loop_factory() -> Any:
    try:
        import uvloop
    except ImportError:  # pragma: no cover - uvloop is a dependency except on Windows
        return None
    return uvloop.new_event_loop


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "serve":
        try:
            _serve(args)
        except (StateFileError, CannotListen) as exc:  # one line naming the file or port and the remedy, no traceback
            print(f"coinrails-mock: {exc}", file=sys.stderr)
            return 2
        return 0
    port = args.port or DEFAULT_PORTS[args.provider]
    credentials = load_provider(args.provider).credentials(url_of(args.host, port))
    if args.env:
        for variable, key in CLIENT_ENV[args.provider].items():
            sys.stdout.write(f"export {variable}={shlex.quote(str(credentials[key]))}\n")
        return 0
    json.dump(credentials, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
