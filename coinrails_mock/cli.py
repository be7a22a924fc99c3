"""`coinrails-mock`: run a stateful provider mock, or print its built-in test credentials.

coinrails-mock serve --provider ceffu [--host 127.0.0.1] [--port 8101] [--state FILE] [--strict]
coinrails-mock serve --all            # every provider with a spec, each on its default port, in one process
coinrails-mock credentials ceffu      # JSON: base_url, API keys, private keys, webhook public key
coinrails-mock credentials ceffu --env [--port 8101]   # `export` lines for the variables the client reads

Every request is logged on one line (operation, status, provider code, ms, and why a refused request was
refused); `--log-format json` for machines, `--log-level warning` for silence. The same entries are at
GET /_mock/requests; the API reference at /_mock/docs.

Ctrl-C (SIGINT), SIGTERM (kill, docker stop, systemd, CI) and SIGHUP (the terminal closed) stop `serve` alike, in
every mode (`Stop`): the first answers the requests in flight, closes every state store and exits 0; the requests
still running after --graceful-timeout (5 s) are cut, with one line saying so; a second signal cuts them at once,
still closes the stores, says so in one line and exits 128 + that signal (130 for Ctrl-C); a third ends the process
at once.
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
import multiprocessing.connection
import os
import re
import shlex
import signal
import socket
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import uvicorn

from coinrails_mock.app import build_app
from coinrails_mock.engine.serving import SERVER_LIMITS
from coinrails_mock.engine.store import SqlStore, StateFileError, open_store
from coinrails_mock.providers import DEFAULT_PORTS, available, load_provider

DEFAULT_HOST = "127.0.0.1"
GRACE_S = 5.0  # a stop waits this long for the requests in flight (docker stop kills after 10 s), then cuts them
SERVER_BACKLOG = 2048  # uvicorn's default

# The environment variables each provider's generated client reads (`<pkg>._client`), from the
# `credentials` keys: `coinrails-mock credentials <provider> --env` prints exactly these.
# The environment variables each generated client reads, and which credentials field fills each (per provider).
CLIENT_ENV = {name: load_provider(name).client_env for name in available()}

# `serve` flags that mean nothing for some providers: those, and why. `serve --provider` refuses such a flag (one
# line, exit 2); `serve --all` applies it to the others and says so in one line.
NO_OP_FLAGS: dict[str, tuple[frozenset[str], str]] = {
    "timestamp_window_ms": (frozenset({"xcurrency", "cryptofuse"}), "no request timestamp"),
    "webhook_time_scale": (frozenset({"bitunix"}), "no webhooks"),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coinrails-mock", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run a mock server")
    which = serve.add_mutually_exclusive_group(required=True)
    which.add_argument("--provider", choices=available())
    which.add_argument(
        "--all",
        action="store_true",
        help="every provider in one process, each on its default port (no --port, --workers)",
    )
    serve.add_argument("--host", default=DEFAULT_HOST)
    serve.add_argument(
        "--port", type=_port, help="with --provider; default: the provider's own port (ceffu 8101); 0: any free port"
    )
    serve.add_argument(
        "--state",
        help="where the state lives: a SQLite file, or postgresql://user@host/db (one state for many workers/machines);"
        " default: in memory",
    )
    serve.add_argument(
        "--workers",
        type=_workers,
        default=1,
        help="processes serving one port and one --state store (needs --provider and --state; with PostgreSQL,"
        " several `serve` processes on other machines may share it too)",
    )
    serve.add_argument("--strict", action="store_true", help="answer 500 when a response would be off-spec")
    serve.add_argument(
        "--graceful-timeout",
        type=_seconds,
        default=GRACE_S,
        metavar="SECONDS",
        help=f"how long a stop waits for the requests in flight before it cuts them (default {GRACE_S:g}; 0: at once)",
    )
    serve.add_argument(
        "--webhook-time-scale",
        type=_time_scale,
        help="multiply webhook retry delays (e.g. 0.001 in tests; default 1); not for bitunix (no webhooks)",
    )
    serve.add_argument(
        "--auto-advance-ms",
        type=_milliseconds,
        default=0,
        help="move open records (withdrawals, orders, payments) one status step after this long (0 = control API only)",
    )
    serve.add_argument(
        "--timestamp-window-ms",
        type=_milliseconds,
        help="accepted clock skew (default: the provider's own, ceffu 30000); ceffu and bitunix only (xcurrency and"
        " cryptofuse check no timestamp)",
    )
    serve.add_argument(
        "--log-level",
        type=str.lower,
        choices=("debug", "info", "warning", "error", "critical"),
        default="info",
        help="info: one line per request (default); warning: quiet",
    )
    serve.add_argument("--log-format", choices=("text", "json"), default="text", help="json: one JSON object a line")
    credentials = commands.add_parser("credentials", help="print the built-in test credentials (JSON, or --env)")
    credentials.add_argument("provider", choices=available())
    credentials.add_argument("--host", default=DEFAULT_HOST)
    credentials.add_argument(
        "--port", type=_port, help="where the mock listens (default: the provider's own port; not 0: see the banner)"
    )
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
    """uvicorn's server, announcing itself once it listens. Signals are not its own: `Stop` stops every server of
    the process at once (each uvicorn server replaced the one before's handlers, so `--all` stopped one provider
    after another, and passed SIGTERM on to the process: exit 143)."""

    announce: tuple[str, dict[str, Any]] | None = None
    grace_s = GRACE_S  # a graceful stop's bound: then it is forced
    cut: int | None = None  # when the bound ran out: how many requests were still running (then cut)

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield

    async def shutdown(self, sockets: Any = None) -> None:
        """uvicorn's graceful shutdown, forced (`_cut`) once it has taken `grace_s`. (uvicorn's own
        timeout_graceful_shutdown cancels the requests without waiting for them, then closes the state.)"""
        timer = asyncio.get_running_loop().call_later(self.grace_s, self._grace_over)
        try:
            await super().shutdown(sockets=sockets)
        finally:
            timer.cancel()

    def _grace_over(self) -> None:
        if not self.force_exit:
            self.cut = len(self.server_state.tasks)
            self.force_exit = True

    async def startup(self, sockets: Any = None) -> None:
        await super().startup(sockets=sockets)
        if self.started and self.announce:
            text, fields = self.announce
            logging.getLogger("coinrails_mock").warning(text, extra={"banner": fields})


def _server(provider: str, args: argparse.Namespace, port: int, state: str | None) -> _Server:
    given = {flag: getattr(args, flag) for flag in NO_OP_FLAGS if getattr(args, flag) is not None}
    app = build_app(
        provider,
        strict=args.strict,
        state_path=state,
        base_url=url_of(args.host, port),
        auto_advance_ms=args.auto_advance_ms,
        **{flag: value for flag, value in given.items() if provider not in NO_OP_FLAGS[flag][0]},
    )
    config = uvicorn.Config(
        app, host=args.host, port=port, access_log=False, server_header=False, log_config=None, **SERVER_LIMITS
    )
    server = _Server(config)
    server.announce = banner(provider, state, port, args.host)
    server.grace_s = args.graceful_timeout
    return server


def _logging(level: str, form: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if form == "json" else logging.Formatter("%(asctime)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # uvicorn's own start/stop chatter only when debugging: the banner says where the mock listens
    logging.getLogger("uvicorn").setLevel(logging.DEBUG if level.lower() == "debug" else logging.WARNING)
    if not any(isinstance(f, QuietCuts) for f in logging.getLogger("uvicorn.error").filters):
        logging.getLogger("uvicorn.error").addFilter(QuietCuts())


class UsageError(Exception):
    """Flags that do not go together; the message is one line saying what to do instead."""


def _check(args: argparse.Namespace) -> list[str]:
    """A flag the chosen mode or provider would ignore stops start-up (one line, exit 2) rather than be dropped
    silently; with --all, a flag some providers ignore applies to the others: the lines that say so."""
    if args.all and args.workers > 1:
        raise UsageError(
            "--workers needs --provider (--all serves every provider in one process): serve each provider with"
            " its own --provider, --port, --state and --workers"
        )
    if args.all and args.port is not None:
        ports = ", ".join(f"{provider} {port}" for provider, port in DEFAULT_PORTS.items())
        raise UsageError(f"--port needs --provider (--all serves each provider on its default port: {ports})")
    notes = []
    for flag, (ignored_by, lacking) in NO_OP_FLAGS.items():
        if getattr(args, flag) is None:
            continue
        option = "--" + flag.replace("_", "-")
        if not args.all and args.provider in ignored_by:
            raise UsageError(f"{option} does nothing for {args.provider} ({lacking}): leave it out")
        if args.all:
            applies = [p for p in available() if p not in ignored_by]
            ignoring = [p for p in available() if p in ignored_by]
            notes.append(f"{option} applies to {', '.join(applies)} only ({', '.join(ignoring)}: {lacking})")
    return notes


def _serve(args: argparse.Namespace) -> int:
    """Serve until stopped; the exit status."""
    notes = _check(args)
    _logging(args.log_level, args.log_format)
    for note in notes:
        logging.getLogger("coinrails_mock").warning(note)
    if args.workers > 1:
        return _serve_workers(args)
    servers: list[_Server] = []
    with Stop(lambda: _ask(servers), lambda: _force(servers)).handling() as stop:  # start-up's signals: see ready()
        if args.all:
            servers += [
                _server(p, args, DEFAULT_PORTS[p], _state_of(args.state, p) if args.state else None)
                for p in available()
            ]
            # every port before serving: a taken one stops start-up before any banner
            listening = _listen(servers, "serve that provider alone with --provider and --port")
        else:
            listening = [_bind(args.host, _port_of(args))]  # first: the server and its banner get the port bound
            try:
                servers.append(_server(args.provider, args, listening[0][0].getsockname()[1], args.state))
            except BaseException:
                for sock in listening[0]:
                    sock.close()
                raise
        stop.ready()
        _run(servers, listening)
    _report_cut(servers)
    return stop.report()


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)  # SIGHUP: the terminal closed


class Stop:
    """What SIGINT (Ctrl-C) and SIGTERM do to `serve`, the same in every mode. The first asks for a graceful stop
    (`graceful`): no new connections, the requests in flight are answered (for at most --graceful-timeout: then they
    are cut, see `_Server.shutdown`), every state store is closed; exit status 0, as for any stop that was asked for
    (docker stop, systemd and CI send SIGTERM; 143 read as a failure). A second forces it (`force`): the requests
    still in flight are cut, the stores are still closed, one line says so; exit status 128 + that signal, 130 for
    Ctrl-C. A third ends the process at once (`kill` first), for a stop that hangs.
    The handler only sets flags (and signals worker processes): the servers act on them in their event loop."""

    def __init__(
        self, graceful: Callable[[], None], force: Callable[[], None], kill: Callable[[], None] = lambda: None
    ) -> None:
        self.graceful, self.force, self.kill = graceful, force, kill
        self.signals: list[int] = []

    @contextlib.contextmanager
    def handling(self) -> Iterator[Stop]:
        previous = {sig: signal.signal(sig, self) for sig in STOP_SIGNALS}
        try:
            yield self
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def __call__(self, signum: int, _frame: Any) -> None:
        self.signals.append(signum)
        if len(self.signals) == 1:
            self.graceful()
        elif len(self.signals) == 2:
            self.force()
        else:
            self.kill()
            os.write(2, b"coinrails-mock: stopped at once\n")  # not print(): the interrupted code may be mid-write
            os._exit(self.status)

    def ready(self) -> None:
        """What start-up built hears the signals that came meanwhile."""
        if self.signals:
            self.graceful()
        if len(self.signals) > 1:
            self.force()

    @property
    def status(self) -> int:
        return 128 + self.signals[1] if len(self.signals) > 1 else 0

    def report(self) -> int:
        """The exit status, after one line if the stop was forced."""
        if len(self.signals) > 1:
            print("coinrails-mock: stopped without waiting for the requests in flight", file=sys.stderr)
        return self.status


def _report_cut(servers: Sequence[_Server]) -> None:
    """One line if a graceful stop ran out of time and cut requests."""
    cut = sum(server.cut or 0 for server in servers)
    if cut:
        grace = servers[0].grace_s
        what = "1 request still running was" if cut == 1 else f"{cut} requests still running were"
        print(f"coinrails-mock: {what} cut after the {grace:g} s --graceful-timeout", file=sys.stderr)


def _ask(servers: Sequence[uvicorn.Server]) -> None:
    for server in servers:
        server.should_exit = True


def _force(servers: Sequence[uvicorn.Server]) -> None:
    for server in servers:
        server.should_exit = server.force_exit = True


def _run(servers: Sequence[uvicorn.Server], listening: list[list[socket.socket]]) -> None:
    """Serve on the bound sockets until `_ask` (or `_force`) stops the servers."""

    async def serve(server: uvicorn.Server, socks: list[socket.socket]) -> None:
        await server.serve(sockets=socks)
        if server.force_exit and server.started:
            await _cut(server)

    async def run() -> None:
        await asyncio.gather(*(serve(s, socks) for s, socks in zip(servers, listening, strict=True)))

    settle_heap()
    # the event loop uvicorn.run would pick (uvloop when installed, a declared dependency): asyncio.run() alone
    # served on the default loop, the slower stack the floor benchmark does not use
    with asyncio.Runner(loop_factory=_loop_factory()) as runner:
        runner.run(run())


async def _cut(server: uvicorn.Server) -> None:
    """A forced stop (a second signal, or --graceful-timeout ran out): uvicorn has stopped waiting for the requests
    in flight and skipped the app's shutdown. Cut them (each gets the provider's 503, engine/serving.py; `QuietCuts`
    keeps their traceback out of the log), then close the state as a graceful stop does: no request is left running
    when the store closes, and the loop's own close finds nothing to cancel (which logged a traceback for every
    request and for the app's lifespan)."""
    tasks = list(server.server_state.tasks)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    if not server.lifespan.shutdown_event.is_set():  # type: ignore[attr-defined]
        await server.lifespan.shutdown()


class QuietCuts(logging.Filter):
    """uvicorn logs a request cancelled by a forced stop with its traceback (CancelledError): noise, not news."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], asyncio.CancelledError))


class CannotListen(Exception):
    """An address the mock cannot listen on; the message is one line naming it and what to do."""


def _listen(servers: Sequence[uvicorn.Server], remedy: str) -> list[list[socket.socket]]:
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
            if socks and not port:  # --port 0: every address on the port the first one got
                address = (address[0], socks[0].getsockname()[1], *address[2:])
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


def _port_of(args: argparse.Namespace) -> int:
    """The port asked for: the provider's own by default; 0 (any free port) is 0, not the default."""
    return DEFAULT_PORTS[args.provider] if args.port is None else int(args.port)


def _port(text: str) -> int:
    port = int(text) if text.isascii() and text.isdigit() else -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a TCP port (0-65535)")
    return port


# A plain decimal in ASCII: float() and int() also take other scripts' digits (`١`), `1_0`, spaces, nan and inf.
DECIMAL = re.compile(r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
SETTING_MAX_MS = 86_400_000  # the bound the control API puts on these settings (specs/mock-control.yaml)
TIME_SCALE_MAX = 1000.0


def _decimal(text: str) -> float:
    """`text` as a number: a plain non-negative ASCII decimal, finite; else -1."""
    number = float(text) if DECIMAL.fullmatch(text) else -1.0
    return number if number < float("inf") else -1.0


def _seconds(text: str) -> float:
    seconds = _decimal(text)
    if seconds < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds (0 or more)")
    return seconds


def _milliseconds(text: str) -> int:
    """--auto-advance-ms (0: records move through the control API only) and --timestamp-window-ms (0: only a
    request stamped this very millisecond passes; what a test of the refusal wants), as the control API bounds them."""
    ms = int(text) if text.isascii() and text.isdigit() else -1
    if not 0 <= ms <= SETTING_MAX_MS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of milliseconds (0-{SETTING_MAX_MS})")
    return ms


def _time_scale(text: str) -> float:
    """--webhook-time-scale: 0 makes every retry due at once (a test of the attempts running out), as the control
    API's setting allows; a negative, nan or infinite factor is no delay at all."""
    scale = _decimal(text)
    if not 0 <= scale <= TIME_SCALE_MAX:
        raise argparse.ArgumentTypeError(f"{text!r} is not a webhook delay factor (0-{TIME_SCALE_MAX:g})")
    return scale


def _workers(text: str) -> int:
    count = int(text) if text.isascii() and text.isdigit() else 0
    if count < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (1 or more)")
    return count


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


def _serve_workers(args: argparse.Namespace) -> int:
    """N processes accept on one port's listening sockets; each runs its own engine on the shared --state store, so
    every rule, nonce, idempotency key, setting and webhook claim is decided by the database, not by a process.
    This process only starts, watches and stops them (`Workers`): a stop signal it gets becomes SIGTERM to each
    worker (graceful), a second SIGUSR1 (forced), a third SIGKILL. The exit status, as `_serve`'s; 1 if it gave up
    on workers that kept dying at start-up."""
    if not args.state:
        raise StateFileError(
            "(none)", "--workers needs a shared store", "pass --state FILE or --state postgresql://..."
        )
    if _in_memory(args.state):
        raise UsageError(
            f"--workers needs a --state every worker shares: {args.state!r} is an SQLite database in memory, one per"
            " process (each worker would serve its own state); pass --state FILE or --state postgresql://..."
        )
    workers = Workers(args)

    def graceful() -> None:
        workers.close()  # no new connections: the port closes when the last worker has closed its copy
        workers.tell(signal.SIGTERM)

    with Stop(graceful, lambda: workers.tell(signal.SIGUSR1), lambda: workers.tell(signal.SIGKILL)).handling() as stop:
        # open (and check, seed) the store once before forking, so a bad --state stops start-up with one line
        asyncio.run(_close(build_app(args.provider, state_path=args.state)))
        workers.socks = _bind(args.host, _port_of(args))
        port = workers.socks[0].getsockname()[1]
        for sock in workers.socks:
            sock.set_inheritable(True)
        for slot in range(args.workers):
            workers.start(slot, announce=not slot)  # one banner is enough
        logging.getLogger("coinrails_mock").warning(
            "%s mock: %d workers on %s sharing %s", args.provider, args.workers, url_of(args.host, port), args.state
        )
        stop.ready()
        workers.supervise(stop)
    if workers.gave_up:
        print(f"coinrails-mock: {workers.gave_up}", file=sys.stderr)
        return 1
    return stop.report()


def _in_memory(state: str) -> bool:
    """Whether --state is an SQLite database in memory, however spelled (`:memory:`, `./:memory:`, `?mode=memory`,
    `file::memory:?uri=true`, SQLAlchemy's `sqlite://`): SQLite itself is asked, and names no file for it."""
    from sqlalchemy.engine import make_url  # as the store, SQLAlchemy only when a --state needs it
    from sqlalchemy.exc import ArgumentError

    if state.lower().startswith("sqlite:"):  # a SQLAlchemy URL (open_store would take it for a file name)
        with contextlib.suppress(ArgumentError):
            url = make_url(state)
            return url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"
    if state.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        return False
    store = open_store(state)
    try:
        if not isinstance(store, SqlStore) or not store.sqlite:
            return False
        files = {name: file for _, name, file in store.conn.exec_driver_sql("PRAGMA database_list")}
        return not files.get("main")
    finally:
        store.close()


STEADY_S = 5.0  # a worker that ends sooner after its start ended at start-up
GIVE_UP_AFTER = 3  # so many workers in a row ending at start-up: they cannot run (a crash loop); stop


class Workers:
    """The worker processes of `serve --workers N`, watched. One that ends while no stop was asked (killed, crashed,
    out of memory) is logged in one line (its pid, how it ended) and replaced at once by a new worker on the same
    listening sockets, which this process keeps open for that until a stop; the others serve on meanwhile. A new
    worker opens the shared --state store afresh: it sees every row the others and its predecessor committed; what
    the dead one held in its process (its request journal, rate-limit windows, the requests it was answering) is
    gone, and a webhook delivery it had claimed is retried by another worker once the claim lapses (60 s). When
    GIVE_UP_AFTER workers in a row end within STEADY_S of their start, none is started again: the others are
    stopped gracefully and `serve` exits 1 (`gave_up` says why)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.socks: list[socket.socket] = []  # the listening sockets, bound by `_serve_workers`
        self.context = multiprocessing.get_context("fork")
        self.running: dict[int, tuple[multiprocessing.process.BaseProcess, float]] = {}  # slot: process, start time
        self.early = 0  # workers in a row that ended within STEADY_S of their start
        self.closed = False
        self.gave_up = ""

    def start(self, slot: int, announce: bool) -> multiprocessing.process.BaseProcess | None:
        """A worker in `slot`, started with the stop signals held until it has its own handlers; none once the
        sockets are closed (a stop)."""
        held = signal.pthread_sigmask(signal.SIG_BLOCK, {*STOP_SIGNALS, signal.SIGUSR1})
        try:
            if self.closed:
                return None
            process = self.context.Process(
                target=_worker, args=(self.args, self.socks, announce, os.getpid()), daemon=True
            )
            process.start()
            self.running[slot] = (process, time.monotonic())
            return process
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)

    def tell(self, sig: int) -> None:
        for process, _ in list(self.running.values()):
            if process.exitcode is None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(process.pid, sig)  # type: ignore[arg-type]

    def close(self) -> None:
        """This process's copy of the listening sockets: no worker is started after this."""
        self.closed = True
        for sock in self.socks:
            sock.close()

    def supervise(self, stop: Stop) -> None:
        """Until every worker has ended: each that ends unasked is replaced (`replace`: or, in a crash loop, not)."""
        while self.running:
            sentinels = [process.sentinel for process, _ in self.running.values()]
            multiprocessing.connection.wait(sentinels)
            now = time.monotonic()
            for slot, (process, started) in list(self.running.items()):
                if process.exitcode is None:
                    continue
                del self.running[slot]
                if not (stop.signals or self.closed):
                    self.replace(slot, process, now - started)

    def replace(self, slot: int, process: multiprocessing.process.BaseProcess, lived: float) -> None:
        code = process.exitcode or 0
        how = f"killed by {signal.Signals(-code).name}" if code < 0 else f"exit status {code}"
        self.early = self.early + 1 if lived < STEADY_S else 0
        log = logging.getLogger("coinrails_mock")
        if self.early >= GIVE_UP_AFTER:
            log.error("worker %d ended unasked after %.1f s (%s)", process.pid, lived, how)
            self.gave_up = (
                f"gave up: {self.early} workers in a row ended within {STEADY_S:g} s of their start (the last: {how})"
            )
            self.close()
            self.tell(signal.SIGTERM)
            return
        new = self.start(slot, announce=False)
        if new is not None:
            log.error(
                "worker %d ended unasked after %.1f s (%s); worker %d replaces it", process.pid, lived, how, new.pid
            )


async def _close(app: Any) -> None:
    await app.state.mock.aclose()


def _worker(args: argparse.Namespace, socks: list[socket.socket], announce: bool, parent: int) -> None:
    """One worker, started with the stop signals held. It obeys its parent only: Ctrl-C, which the terminal sends
    to every process of the group, is the parent's to pass on (as SIGTERM, then SIGUSR1), so a worker never counts
    one Ctrl-C twice; and it stops gracefully when the parent dies (Linux), rather than serve on alone."""
    port = socks[0].getsockname()[1]
    servers: list[_Server] = [_server(args.provider, args, port, args.state)]
    if not announce:
        servers[0].announce = None
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # like Ctrl-C, a closed terminal reaches the whole group
    signal.signal(signal.SIGTERM, lambda *_: _ask(servers))
    signal.signal(signal.SIGUSR1, lambda *_: _force(servers))
    _die_with(parent)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {*STOP_SIGNALS, signal.SIGUSR1})
    _run(servers, [socks])
    _report_cut(servers)


def _die_with(parent: int) -> None:
    """SIGTERM when the parent process ends, however it ends (SIGKILL included); Linux only."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
    if os.getppid() != parent:  # it ended before that
        os.kill(os.getpid(), signal.SIGTERM)


def _loop_factory() -> Any:
    try:
        import uvloop
    except ImportError:  # pragma: no cover - uvloop is a dependency except on Windows
        return None
    return uvloop.new_event_loop


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:  # a Ctrl-C before `serve` handles it (`Stop`), or during `credentials`: no traceback
        return 130


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "serve":
        try:
            return _serve(args)
        except (StateFileError, CannotListen, UsageError) as exc:  # one line naming what and the remedy, no traceback
            print(f"coinrails-mock: {exc}", file=sys.stderr)
            return 2
    if args.port == 0:  # `serve --port 0` picks its port when it starts: its banner prints this command with it
        print(
            "coinrails-mock: --port 0 is a port `serve` picks when it starts: pass the port its banner names (the"
            " banner's `credentials` line is this command with it)",
            file=sys.stderr,
        )
        return 2
    port = DEFAULT_PORTS[args.provider] if args.port is None else args.port
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
