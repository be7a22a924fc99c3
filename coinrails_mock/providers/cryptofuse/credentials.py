"""Built-in Cryptofuse OAuth applications of the mock's one tenant. TEST-ONLY secrets, committed on purpose.

MAIN may ask for `read write admin`; READ_ONLY only for `read` (its tokens prove the 403 on writes).
Both are seeded into the backend (and re-seeded by a reset); applications created through the API are extra.
"""

from __future__ import annotations

from typing import Any

MAIN_CLIENT_ID = "cf-test-main-5b1e7c9a2d4f"
MAIN_CLIENT_SECRET = "cf-secret-main-8d2f6a1c4e9b7d3f0a5c"
READ_CLIENT_ID = "cf-test-read-3a9d1f7b5c2e"
READ_CLIENT_SECRET = "cf-secret-read-1c7e4b9a2f6d8c0e3b5a"

# (client_id, client_secret, name, allowed scopes)
BUILTIN_APPS = (
    (MAIN_CLIENT_ID, MAIN_CLIENT_SECRET, "coinrails test (read write admin)", ("read", "write", "admin")),
    (READ_CLIENT_ID, READ_CLIENT_SECRET, "coinrails test (read only)", ("read",)),
)


def credentials_json(base_url: str) -> dict[str, Any]:
    """What `coinrails-mock credentials cryptofuse` prints."""
    return {
        "provider": "cryptofuse",
        "base_url": base_url,
        "client_id": MAIN_CLIENT_ID,
        "client_secret": MAIN_CLIENT_SECRET,
        "scope": "read write admin",
        "read_only_client_id": READ_CLIENT_ID,
        "read_only_client_secret": READ_CLIENT_SECRET,
        "read_only_scope": "read",
    }
