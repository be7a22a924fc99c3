"""Sign schemathesis requests with the generated client's own httpx.Auth.

`Case.call` sends with `requests`, and `@schemathesis.auth` cannot see the serialized body, so the
suite plugs a `requests` AuthBase (via `schemathesis.auth.set_from_requests`) that hands each
prepared request to the client's signer and copies the signed URL, body and headers back. Every
request also passes the write guard of `targets.py` first.
"""

from __future__ import annotations

import httpx
import requests

from .targets import guard

SIGNATURE_SPOILER = "A"


class ClientAuth(requests.auth.AuthBase):
    """Adapter: `requests` prepared request -> httpx.Auth flow -> signed prepared request."""

    def __init__(self, auth: httpx.Auth | None, *, spoil: str | None = None) -> None:
        self.auth = auth
        self.spoil = spoil  # name of a header to corrupt after signing (badly signed variant)

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        guard(r.method or "GET", r.url or "")
        if self.auth is None:
            return r
        body = r.body.encode() if isinstance(r.body, str) else (r.body or b"")
        request = httpx.Request(r.method or "GET", r.url or "", headers=dict(r.headers), content=body)
        signed = next(self.auth.sync_auth_flow(request))
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
        return r
