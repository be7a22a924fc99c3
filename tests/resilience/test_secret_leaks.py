"""No secret leaks: with every logger at DEBUG (root, coinrails.*, httpx, httpcore, the in-process mock), a client
run that succeeds, retries through faults, renews its token, is refused for bad credentials and cannot connect
leaves no private key, secret key, client/app secret or bearer token in any log record, in any exception's
message/str/repr/args/body, or in the repr of the client and its signer/auth.

The tokens checked are every token the mock issued during the run (read from its state dump afterwards).
"""

from __future__ import annotations

import logging
from typing import Any

import pytest

from contract_tests.harness import RunningMock, free_port

from .providers import ADAPTERS, Adapter
from .support import PROVIDERS, Control, fake_sleep, serve

LOGGERS = (None, "coinrails", "coinrails.client", "httpx", "httpcore", "coinrails_mock", "uvicorn")
SECRET_FIELDS = {
    "ceffu": ("private_key", "readonly_private_key", "other_tenant_private_key"),
    "bitunix": ("secret_key", "receiver_secret_key"),
    "xcurrency": ("secret_key", "private_key"),
    "cryptofuse": ("client_secret", "read_only_client_secret"),
}
WRONG = {  # credentials that are refused, per provider
    "ceffu": {"api_key": "coinrails-unknown-key"},
    "bitunix": {"secret_key": "not-the-secret"},
    "xcurrency": {"app_key": "xc-unknown-app"},
    "cryptofuse": {"client_secret": "not-the-secret"},
}


def fragments(secret: str) -> list[str]:
    """The secret and, for long keys, distinctive 40-character pieces of it (a key may be logged in part)."""
    if len(secret) < 120:
        return [secret]
    return [secret, *(secret[i : i + 40] for i in range(60, len(secret) - 40, 300))]


def issued_tokens(provider: str, state: dict[str, Any]) -> list[str]:
    p = state["provider"]
    if provider == "xcurrency":
        return [t["_key"] for t in p["tokens"]]
    if provider == "cryptofuse":
        secrets = [row["value"]["secret"] for row in p["tenant"] if row["_key"] == "webhook"]
        return [t["token"] for t in p["tokens"]] + secrets
    return []


def exception_texts(error: BaseException) -> list[str]:
    texts = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current), repr(current.args), repr(getattr(current, "body", None))]
        current = current.__cause__ or current.__context__
    return texts


def record_texts(record: logging.LogRecord) -> list[str]:
    texts = [record.getMessage(), str(record.msg), repr(record.args)]
    if record.exc_info and record.exc_info[1] is not None:
        texts += exception_texts(record.exc_info[1])
        texts.append(logging.Formatter().formatException(record.exc_info))
    if record.stack_info:
        texts.append(record.stack_info)
    return texts


def exercise(adapter: Adapter, mock: Any, control: Control, errors: list[BaseException], objects: list[Any]) -> None:
    package = __import__(adapter.package)
    retry = package.RetryPolicy(max_retries=3, initial_delay=0.001, max_delay=0.001, max_retry_after=1)

    def attempt(action: Any) -> None:
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - every error is inspected
            errors.append(exc)

    with adapter.client(mock, retry=retry) as client:
        objects += [client, client.http.auth]
        ctx = adapter.prepare(client, control)
        if adapter.name == "cryptofuse":  # a webhook secret in play too
            from cryptofuse_client.models import ConfigureWebhookRequest

            client.user_information.configure_webhook(body=ConfigureWebhookRequest(callback_url="https://x.example/h"))
        for i in range(20):  # every kind of operation, successfully
            attempt(adapter.op(i, client, ctx).run)
        control.faults(error_rate=0.3, rate_429=0.2, retry_after=1, drop_rate=0.2, seed=5)
        for i in range(20, 60):  # retries, and errors once retries run out or are not allowed
            attempt(adapter.op(i, client, ctx).run)
        control.faults(error_rate=0, rate_429=0, drop_rate=0)
        if adapter.name in ("xcurrency", "cryptofuse"):  # the cached token expires: renewed on the 401
            control.shift_clock(11 * 3_600_000)
            attempt(adapter.op(0, client, ctx).run)
            control.shift_clock(-11 * 3_600_000)
        unknown = {**ctx, "wallet": "wal_000000000000", "prime": "1", "sub": "2", "receiver": 1}
        for i in (1, 4):  # business errors (unknown ids, duplicates)
            attempt(lambda i=i: adapter.op(i, client, unknown).run())
        objects += [client, client.http.auth]
    with adapter.client(mock, retry=retry, **WRONG[adapter.name]) as refused:
        objects += [refused, refused.http.auth]
        attempt(adapter.op(0, refused, ctx).run)
        attempt(adapter.op(4, refused, ctx).run)
    closed = f"http://127.0.0.1:{free_port()}"  # nobody listens there
    with adapter.client(RunningMock(adapter.name, closed, mock.credentials, None), retry=retry) as unreachable:
        attempt(adapter.op(0, unreachable, ctx).run)
    assert errors


@pytest.mark.parametrize("provider", PROVIDERS)
def test_no_secret_in_logs_errors_or_reprs(provider, caplog, monkeypatch):
    adapter = ADAPTERS[provider]
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    fake_sleep(monkeypatch, adapter.package)
    errors: list[BaseException] = []
    objects: list[Any] = []
    with serve(provider, **adapter.options) as (mock, control):
        exercise(adapter, mock, control, errors, objects)
        records = list(caplog.records)
        tokens = issued_tokens(provider, control.state())
    secrets = [mock.credentials[f] for f in SECRET_FIELDS[provider]] + tokens
    assert all(secrets) and (provider in ("ceffu", "bitunix") or tokens)
    assert any(r.name.startswith("httpcore") for r in records) and any(r.name == "coinrails.client" for r in records)

    texts = [t for r in records for t in record_texts(r)]
    texts += [t for e in errors for t in exception_texts(e)]
    texts += [repr(o) for o in objects] + [str(o) for o in objects]
    leaks = [
        (piece[:12] + "…", text[:200])
        for secret in secrets
        for piece in fragments(secret)
        for text in texts
        if piece in text
    ]
    assert leaks == []
