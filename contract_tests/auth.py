"""Sign schemathesis requests with the generated client's own httpx.Auth.

`Case.call` sends with `requests`, and `@schemathesis.auth` cannot see the serialized body, so the
suite plugs a `requests` AuthBase (via `schemathesis.auth.set_from_requests`) that hands each
prepared request to the client's signer and copies the signed URL, body and headers back. Every
request also passes the write guard of `targets.py` first.

Multi-request flows work too (e.g. xCurrency's: fetch a token first, renew it when refused): a
request the flow yields before the original one is sent here (same guard) and its response fed
back; the original's response is fed back through a `requests` response hook, and if the flow then
yields the original again (re-signed), it is re-sent on the same connection. `RateLimited` keeps a
signer to a documented rate limit and uses that to re-send, signed afresh, a request still refused for it.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Generator
from typing import Any

import httpx
import requests

from .targets import guard

SIGNATURE_SPOILER = "A"


class ClientAuth(requests.auth.AuthBase):
    """Adapter: `requests` prepared request -> httpx.Auth flow -> signed prepared request."""

    def __init__(self, auth: httpx.Auth | None, *, spoil: str | None = None) -> None:
        self.auth = auth
        self.spoil = spoil  # name of a header to corrupt after signing (badly signed variant)

    def spoiled(self, header: str) -> ClientAuth:
        """The same signer, with `header` corrupted after signing (a badly signed request)."""
        return ClientAuth(self.auth, spoil=header)

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        guard(r.method or "GET", r.url or "")
        if self.auth is None:
            return r
        body = r.body.encode() if isinstance(r.body, str) else (r.body or b"")
        request = httpx.Request(r.method or "GET", r.url or "", headers=dict(r.headers), content=body)
        flow = self.auth.sync_auth_flow(request)
        try:
            first = next(flow)
        except UnicodeDecodeError:
            # A body that is not text (fuzzing's random bytes; no client sends one) cannot be signed by a
            # signer that signs the body as text (Bitunix): it goes unsigned, still a malformed request.
            return r
        self._apply(self._until_original(flow, first, request), r, body)
        r.register_hook("response", lambda response, **kwargs: self._resume(flow, request, response, **kwargs))
        return r

    def _apply(self, signed: httpx.Request, r: requests.PreparedRequest, body: bytes) -> None:
        """Copy the signed URL, body and headers onto the prepared request (and spoil it if asked)."""
        r.url = str(signed.url)
        if body or signed.content:
            r.body = signed.content
        for name, value in signed.headers.items():
            if name.lower() == "content-length" and not r.body:
                continue
            r.headers[name] = value
        if self.spoil:
            value = r.headers[self.spoil]
            r.headers[self.spoil] = SIGNATURE_SPOILER + value[1:] if value[:1] != SIGNATURE_SPOILER else "B" + value[1:]

    @staticmethod
    def _until_original(flow: Flow, outgoing: httpx.Request, original: httpx.Request) -> httpx.Request:
        """Send the flow's own requests (e.g. a token request) until it yields the original, signed.

        The original is the request itself or, for a signer that rebuilds it, one to the same method
        and path; anything else the flow yields is sent here and its response fed back to the flow.
        """
        while not _is_original(outgoing, original):
            outgoing = flow.send(_send(outgoing))
        return outgoing

    def _resume(self, flow: Flow, original: httpx.Request, response: requests.Response, **kwargs: Any) -> Any:
        """Response hook: feed the answer to the flow; if it asks again (e.g. a token rejected, renewed
        and the request re-signed), re-send the original the way `requests`' digest auth does."""
        while True:
            try:
                outgoing = self._until_original(flow, flow.send(_to_httpx(response, original)), original)
            except StopIteration:
                return response
            retry = response.request.copy()
            self._apply(outgoing, retry, retry.body.encode() if isinstance(retry.body, str) else (retry.body or b""))
            guard(retry.method or "GET", retry.url or "")
            response.content  # noqa: B018 - drain the refused answer before reusing the connection
            response.close()
            again = response.connection.send(retry, **kwargs)
            again.history.append(response)
            again.request = retry
            response = again


Flow = Generator[httpx.Request, httpx.Response, None]


def _is_original(outgoing: httpx.Request, original: httpx.Request) -> bool:
    return outgoing is original or (outgoing.method == original.method and outgoing.url.path == original.url.path)


def _send(request: httpx.Request) -> httpx.Response:
    """Send a request of the auth flow itself (through the write guard) and answer it as httpx."""
    guard(request.method, str(request.url))
    response = requests.request(
        request.method, str(request.url), headers=dict(request.headers), data=request.content, timeout=10
    )
    return _to_httpx(response, request)


def _to_httpx(response: requests.Response, request: httpx.Request) -> httpx.Response:
    # `requests` has already decoded the body: drop the headers that would make httpx decode it again
    headers = [(k, v) for k, v in response.headers.items() if k.lower() not in ("content-encoding", "content-length")]
    return httpx.Response(response.status_code, headers=headers, content=response.content, request=request)


class RateLimited(httpx.Auth):
    """A client's signer kept to a provider's documented rate limit, so the suite's own speed never decides an
    answer: at most `limit` requests per `period` seconds among the requests `applies` to (the provider's
    limited operations) that the provider `counted` (judged from the answer, stamped when it arrived, i.e.
    no earlier than the provider saw it); a request still refused as `throttled` (e.g. Bitunix's 110041 in
    an HTTP 200 envelope) is signed afresh and re-sent after a pause, like the clients' own retry policy.
    The last attempt's answer is the one checked."""

    requires_request_body = True
    requires_response_body = True

    def __init__(
        self,
        auth: httpx.Auth,
        *,
        limit: int,
        period: float = 1.0,
        applies: Callable[[httpx.Request], bool] = lambda request: True,
        counted: Callable[[httpx.Response], bool] = lambda response: True,
        throttled: Callable[[httpx.Response], bool] = lambda response: response.status_code == 429,
        pauses: tuple[float, ...] = (0.2, 0.4, 0.8, 1.0, 1.0, 1.0),
    ) -> None:
        self.auth = auth
        self.limit, self.period = limit, period
        self.applies, self.counted, self.throttled = applies, counted, throttled
        self.pauses = pauses
        self._arrived: deque[float] = deque()  # when the counted answers arrived

    def _wait_for_room(self) -> None:
        while True:
            now = time.monotonic()
            while self._arrived and self._arrived[0] <= now - self.period:
                self._arrived.popleft()
            if len(self._arrived) < self.limit:
                return
            time.sleep(self._arrived[0] + self.period - now)

    def wait_for_room(self) -> None:
        """Wait until one more request fits the window (for a client that sends past this signer)."""
        self._wait_for_room()

    def arrived(self) -> None:
        """Count a request sent past this signer whose answer just arrived."""
        self._arrived.append(time.monotonic())

    def auth_flow(self, request: httpx.Request) -> Flow:
        limited = self.applies(request)
        for pause in (*self.pauses, None):
            if limited:
                self._wait_for_room()
            flow = self.auth.sync_auth_flow(request)  # signs afresh (new nonce/timestamp) on every attempt
            outgoing = next(flow)
            while True:
                response = yield outgoing
                try:
                    outgoing = flow.send(response)
                except StopIteration:
                    break
            if limited and self.counted(response):
                self._arrived.append(time.monotonic())
            if pause is None or not self.throttled(response):
                return
            time.sleep(pause)
