"""Cryptofuse error answers.

Every endpoint except `/o/token/`: `{"error": {"code", "message", "details"}}` with
400 invalid_request / invalid_currency / invalid_url / missing_required_fields / duplicate_external_id,
401 authentication_failed (missing, unknown or expired bearer token), 403 insufficient_permissions (scope missing)
or permission_denied (an application deleting itself),
404 not_found, 422 invalid_amount (not positive, below the minimum, above the maximum or the available balance),
429 rate_limit_exceeded (+ Retry-After), 500 internal_error.

`/o/token/`: RFC 6749 section 5.2 `{"error": "invalid_client", "error_description"}` (401 invalid_client,
400 invalid_request / unsupported_grant_type / invalid_scope).
"""

from __future__ import annotations

from typing import Any

from coinrails_mock.engine.provider import ProviderError


class CryptofuseError(ProviderError):
    """An answer in Cryptofuse's error envelope; `details` is the envelope's context object."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status, code, message, headers)
        self.details = details or {}


class OAuthError(ProviderError):
    """An RFC 6749 token-endpoint error (`code` is the `error` value)."""


def invalid(message: str, **details: Any) -> CryptofuseError:
    return CryptofuseError(400, "invalid_request", message, details)


def missing(*fields: str) -> CryptofuseError:
    return CryptofuseError(
        400, "missing_required_fields", f"Missing required fields: {', '.join(fields)}", {"fields": list(fields)}
    )


def invalid_currency(code: str) -> CryptofuseError:
    return CryptofuseError(400, "invalid_currency", f"Currency {code} is not supported", {"currency": code})


def invalid_amount(message: str, **details: Any) -> CryptofuseError:
    return CryptofuseError(422, "invalid_amount", message, details)


def not_found(what: str) -> CryptofuseError:
    return CryptofuseError(404, "not_found", f"{what} not found")
