"""The floor: the mocks' HTTP stack (uvicorn with the same settings as `coinrails-mock serve`: httptools with the
request-head timeout, uvloop, the keep-alive limit; the start-up heap frozen) with a raw ASGI app answering every
request with one constant JSON body. The mock's requests skip Starlette's middleware and routing too
(engine/app.py `MockApp`), so neither side carries them.

python -m benchmarks.floor PORT
"""

from __future__ import annotations

import sys
from typing import Any

import uvicorn

from coinrails_mock.cli import settle_heap
from coinrails_mock.engine.serving import SERVER_LIMITS

BODY = b'{"code":"000000","message":"Success","data":{}}'
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]


async def constant(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    more = True
    while more:  # drain the request body, as the mock does
        message = await receive()
        more = message.get("more_body", False) and message["type"] == "http.request"
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})


app = constant


def main(port: int) -> None:
    settle_heap()  # as `coinrails-mock serve` does
    uvicorn.run(
        app, host="127.0.0.1", port=port, log_level="warning", access_log=False, server_header=False, **SERVER_LIMITS
    )


if __name__ == "__main__":
    main(int(sys.argv[1]))
