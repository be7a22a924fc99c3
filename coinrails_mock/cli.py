"""`coinrails-mock`: run a stateful provider mock, or print its built-in test credentials.

coinrails-mock serve --provider ceffu [--host 127.0.0.1] [--port 8101] [--state FILE] [--strict]
coinrails-mock serve --all            # every provider with a spec, each on its default port
coinrails-mock credentials ceffu      # JSON: base_url, API keys, private keys, webhook public key
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path

import uvicorn

from coinrails_mock.engine.app import build_app
from coinrails_mock.engine.serving import SERVER_LIMITS
from coinrails_mock.engine.store import StateFileError
from coinrails_mock.providers import DEFAULT_PORTS, available, load_provider


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coinrails-mock", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run a mock server")
    which = serve.add_mutually_exclusive_group(required=True)
    which.add_argument("--provider", choices=available())
    which.add_argument("--all", action="store_true", help="every provider, each on its default port")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, help="default: the provider's own port (ceffu 8101)")
    serve.add_argument("--state", type=Path, help="SQLite file: persist state across restarts")
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
    serve.add_argument("--log-level", default="warning")
    credentials = commands.add_parser("credentials", help="print the built-in test credentials as JSON")
    credentials.add_argument("provider", choices=available())
    credentials.add_argument("--host", default="127.0.0.1")
    credentials.add_argument("--port", type=int)
    return parser


def _server(provider: str, args: argparse.Namespace, port: int, state: Path | None) -> uvicorn.Server:
    app = build_app(
        provider,
        strict=args.strict,
        state_path=state,
        webhook_time_scale=args.webhook_time_scale,
        base_url=f"http://{args.host}:{port}",
        auto_advance_ms=args.auto_advance_ms,
        **({} if args.timestamp_window_ms is None else {"timestamp_window_ms": args.timestamp_window_ms}),
    )
    config = uvicorn.Config(
        app, host=args.host, port=port, log_level=args.log_level, access_log=False, server_header=False, **SERVER_LIMITS
    )
    return uvicorn.Server(config)


def _serve(args: argparse.Namespace) -> None:
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s")
    if args.all:
        providers = available()
        servers = [
            _server(
                p,
                args,
                DEFAULT_PORTS[p],
                args.state.with_name(f"{args.state.stem}-{p}{args.state.suffix}") if args.state else None,
            )
            for p in providers
        ]
    else:
        servers = [_server(args.provider, args, args.port or DEFAULT_PORTS[args.provider], args.state)]

    async def run() -> None:
        await asyncio.gather(*(s.serve() for s in servers))

    asyncio.run(run())


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "serve":
        try:
            _serve(args)
        except StateFileError as exc:  # one line naming the file and the remedy, no traceback
            print(f"coinrails-mock: {exc}", file=sys.stderr)
            return 2
        return 0
    port = args.port or DEFAULT_PORTS[args.provider]
    credentials = load_provider(args.provider).credentials(f"http://{args.host}:{port}")
    json.dump(credentials, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
