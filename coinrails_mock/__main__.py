"""`coinrails-mock` (the console script) and `python -m coinrails_mock`: `coinrails_mock.cli.main`, imported here
rather than by the script itself, so that a Ctrl-C while Python still imports it (the first ~0.5 s of every start:
uvicorn, the engine, every provider) exits 130 without a traceback, as one a moment later does (`cli.main`)."""

from __future__ import annotations

import sys


def main() -> int:
    try:
        from coinrails_mock.cli import main as cli_main
    except KeyboardInterrupt:
        return 130  # 128 + SIGINT, what a shell reports for a Ctrl-C
    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
