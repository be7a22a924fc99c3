"""uvicorn limits for a mock server: idle keep-alive connections and slow request heads are closed.

uvicorn closes a keep-alive connection idle `timeout_keep_alive` seconds after a response, but has no limit on
how long a request head may take: a client that connects and sends nothing, or one header byte at a time,
holds a connection forever. `HeadTimeoutH11` closes a connection whose request line and headers are not
complete `head_timeout_s` seconds after it opened or after its previous response.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

KEEP_ALIVE_S = 5  # idle time allowed between requests on a kept-alive connection
HEAD_TIMEOUT_S = 10.0  # time allowed to send a request line and headers


class HeadTimeout:
    """Closes a connection whose request head is not complete `head_timeout_s` after it opened or after its
    previous response; mixed into uvicorn's HTTP protocol classes."""

    head_timeout_s = HEAD_TIMEOUT_S
    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport

    def connection_made(self, transport: asyncio.Transport) -> None:
        super().connection_made(transport)  # type: ignore[misc]
        self._head_timer: asyncio.TimerHandle | None = None
        self._arm_head_timer()

    def _arm_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
        self._head_seen = False
        self._head_timer = self.loop.call_later(self.head_timeout_s, self._head_timeout)

    def _head_complete(self) -> bool:
        return self._head_seen

    def _head_timeout(self) -> None:
        self._head_timer = None
        if not self._head_complete() and not self.transport.is_closing():
            self.transport.close()

    def on_response_complete(self) -> None:
        if not self.transport.is_closing():
            self._arm_head_timer()  # the next request's head starts now
        super().on_response_complete()  # type: ignore[misc]

    def connection_lost(self, exc: Exception | None) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        super().connection_lost(exc)  # type: ignore[misc]


class HeadTimeoutH11(HeadTimeout, H11Protocol):
    def _head_complete(self) -> bool:
        return self.conn.their_state is not h11.IDLE


try:  # the fast parser (httptools) when installed, as uvicorn[standard] would pick it
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class HeadTimeoutHttpTools(HeadTimeout, HttpToolsProtocol):
        def on_headers_complete(self) -> None:
            self._head_seen = True
            super().on_headers_complete()

    HTTP_PROTOCOL: type = HeadTimeoutHttpTools
except ImportError:  # pragma: no cover - httptools is a declared dependency
    HTTP_PROTOCOL = HeadTimeoutH11


# Keyword arguments for uvicorn.Config of every mock server.
SERVER_LIMITS: dict[str, Any] = {"http": HTTP_PROTOCOL, "timeout_keep_alive": KEEP_ALIVE_S}
