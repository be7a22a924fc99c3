"""Where a contract suite points, and what it may send there.

The suite runs against the provider's local mock unless `<PROVIDER>_BASE_URL` (plus that
provider's credentials) is set. Against any host that is not loopback it sends only reads, unless
CONTRACT_ALLOW_WRITES=1; against a provider's production host it never sends a write at all.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from urllib.parse import urlsplit

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# Production hosts: never a write, whatever the environment says. Keep this the only list.
PRODUCTION_HOSTS: dict[str, frozenset[str]] = {
    "ceffu": frozenset({"open-api.ceffu.com"}),
    "bitunix": frozenset({"openapi.bitunix.com", "fapi.bitunix.com"}),
    "xcurrency": frozenset({"api.xcurrency.com"}),  # the sandbox is api-sandbox.xcurrency.com
    "cryptofuse": frozenset({"api.cryptofuse.io", "api.cryptofuse.com"}),
}
ALL_PRODUCTION_HOSTS = frozenset().union(*PRODUCTION_HOSTS.values())

# Environment variables each provider's real target needs besides <PROVIDER>_BASE_URL.
CREDENTIAL_VARIABLES: dict[str, tuple[str, ...]] = {
    "ceffu": ("CEFFU_API_KEY", "CEFFU_PRIVATE_KEY"),
    "bitunix": ("BITUNIX_API_KEY", "BITUNIX_SECRET_KEY"),
    "xcurrency": ("XCURRENCY_APP_KEY", "XCURRENCY_APP_SECRET", "XCURRENCY_PRIVATE_KEY"),
    "cryptofuse": ("CRYPTOFUSE_CLIENT_ID", "CRYPTOFUSE_CLIENT_SECRET"),
}


class WriteRefused(RuntimeError):
    """A write was about to leave for a host where the suite may not write."""


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def is_loopback(url: str) -> bool:
    host = host_of(url)
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def writes_allowed(url: str, environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Writes go to loopback freely, to production never, elsewhere only with CONTRACT_ALLOW_WRITES=1."""
    if host_of(url) in ALL_PRODUCTION_HOSTS:
        return False
    return is_loopback(url) or environ.get("CONTRACT_ALLOW_WRITES") == "1"


def guard(method: str, url: str) -> None:
    """Raise WriteRefused for a write the suite may not send to `url`."""
    if method.upper() not in SAFE_METHODS and not writes_allowed(url):
        raise WriteRefused(f"refusing {method} {url}: not loopback (set CONTRACT_ALLOW_WRITES=1 for a sandbox)")


@dataclass(frozen=True)
class Target:
    provider: str
    base_url: str
    credentials: dict[str, str] = field(repr=False)
    mock: bool  # True when the suite started the provider's mock itself

    @property
    def writes(self) -> bool:
        return writes_allowed(self.base_url)


def targets_named(environ: dict[str, str] | os._Environ[str] = os.environ) -> list[str]:
    """One line per provider whose suite the environment points elsewhere than its mock (e.g. variables left by
    `eval "$(coinrails-mock credentials <provider> --env)"`): easy to miss behind a page of failures."""
    return [
        f"contract target {p}: {environ[f'{p.upper()}_BASE_URL']} ({p.upper()}_BASE_URL is set; unset it to test "
        "the suite's own mock)"
        for p in CREDENTIAL_VARIABLES
        if environ.get(f"{p.upper()}_BASE_URL")
    ]


def remote_target(provider: str, environ: dict[str, str] | os._Environ[str] = os.environ) -> Target | None:
    """The real target named by the environment, or None to use the mock."""
    base_url = environ.get(f"{provider.upper()}_BASE_URL")
    if not base_url:
        return None
    missing = [name for name in CREDENTIAL_VARIABLES[provider] if not environ.get(name)]
    if missing:
        raise RuntimeError(f"{provider.upper()}_BASE_URL is set but {', '.join(missing)} is not")
    credentials = {name: environ[name] for name in CREDENTIAL_VARIABLES[provider]}
    return Target(provider, base_url.rstrip("/"), credentials, mock=False)
