"""OAuth through the in-process app: the token endpoint (form, Basic, RFC 6749 errors) and every 401/403 path."""

from __future__ import annotations

import base64

import pytest

from coinrails_mock.providers.cryptofuse.credentials import (
    MAIN_CLIENT_ID,
    MAIN_CLIENT_SECRET,
    READ_CLIENT_ID,
    READ_CLIENT_SECRET,
)

from .conftest import SPEC, schema_errors

FORM = {"grant_type": "client_credentials", "client_id": MAIN_CLIENT_ID, "client_secret": MAIN_CLIENT_SECRET}


async def token_response(cf, form: dict[str, str], headers: dict[str, str] | None = None):
    return await cf.http.post("/o/token/", data=form, headers=headers or {})


async def test_token_by_form_fields_and_by_http_basic(cf):
    by_form = await token_response(cf, {**FORM, "scope": "read write"})
    assert by_form.status_code == 200
    body = by_form.json()
    assert (body["token_type"], body["expires_in"], body["scope"]) == ("Bearer", 36000, "read write")
    assert not schema_errors("GetAccessTokenResponse", body)
    basic = base64.b64encode(f"{MAIN_CLIENT_ID}:{MAIN_CLIENT_SECRET}".encode()).decode()
    by_basic = await token_response(cf, {"grant_type": "client_credentials"}, {"authorization": f"Basic {basic}"})
    assert by_basic.status_code == 200
    assert by_basic.json()["scope"] == "read write admin"  # no scope asked: everything the client may have
    assert by_basic.json()["access_token"] != body["access_token"]


@pytest.mark.parametrize(
    ("form", "status", "error"),
    [
        ({**FORM, "client_secret": "wrong"}, 401, "invalid_client"),
        ({**FORM, "client_id": "nobody"}, 401, "invalid_client"),
        ({"grant_type": "client_credentials"}, 401, "invalid_client"),
        ({**FORM, "grant_type": "password"}, 400, "unsupported_grant_type"),
        ({"client_id": MAIN_CLIENT_ID, "client_secret": MAIN_CLIENT_SECRET}, 400, "invalid_request"),
        ({**FORM, "scope": "read superuser"}, 400, "invalid_scope"),
        (
            {**FORM, "client_id": READ_CLIENT_ID, "client_secret": READ_CLIENT_SECRET, "scope": "read write"},
            400,
            "invalid_scope",
        ),
        ({**FORM, "audience": "x"}, 400, "invalid_request"),
    ],
)
async def test_token_errors_are_rfc6749(cf, form, status, error):
    before = await cf.state()
    response = await token_response(cf, form)
    assert (response.status_code, response.json()["error"]) == (status, error), response.text
    assert not schema_errors("OAuthError", response.json())
    assert await cf.state() == before  # no token issued


async def test_token_endpoint_wants_a_form_body(cf):
    response = await cf.http.post("/o/token/", json={**FORM})
    assert (response.status_code, response.json()["error"]) == (400, "invalid_request")
    repeated = await cf.http.post(
        "/o/token/",
        content=b"grant_type=client_credentials&grant_type=client_credentials",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert (repeated.status_code, repeated.json()["error"]) == (400, "invalid_request")


@pytest.mark.parametrize("authorization", [None, "Bearer", "Bearer not-a-token", "Basic abc", "Token x"])
async def test_missing_or_unknown_token_is_401(cf, authorization):
    headers = {"authorization": authorization} if authorization else {}
    response = await cf.http.get("/payments/", headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "authentication_failed"
    assert not schema_errors("ErrorEnvelope", response.json())


async def test_expired_token_is_401(cf):
    token = await cf.token()
    await cf.ok("GET", "/user/me/", token=token)
    await cf.shift(36_000_000)
    await cf.error("GET", "/user/me/", None, 401, "authentication_failed", token=token)


async def test_deleting_an_application_revokes_its_tokens(cf):
    app = await cf.ok("POST", "/o/apps/", {"name": "ephemeral"}, status=201)
    form = {"grant_type": "client_credentials", "client_id": app["client_id"], "client_secret": app["client_secret"]}
    token = (await token_response(cf, form)).json()["access_token"]
    await cf.ok("GET", "/wallets/", token=token)
    await cf.ok("DELETE", f"/o/apps/{app['id']}/", status=204)
    await cf.error("GET", "/wallets/", None, 401, "authentication_failed", token=token)
    assert (await token_response(cf, form)).status_code == 401


async def test_a_token_without_write_cannot_create_a_payment(cf):
    read = await cf.read_token()
    before = await cf.state()
    error = await cf.error(
        "POST", "/payments/", {"amount": 100, "currency": "USDTTRC20"}, 403, "insufficient_permissions", token=read
    )
    assert error["details"]["required_scopes"] == ["write"]
    assert await cf.state() == before
    # reads are allowed with `read` (DOT's read/write scope: GET needs read)
    await cf.ok("GET", "/payments/", token=read)
    await cf.ok("GET", "/rates/", params={"currency_to": "BTC"}, token=read)


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/withdrawal/", {"amount": 20, "currency": "USDTTRC20", "address": "T" + "1" * 33}),
        ("POST", "/wallets/", {"name": "w", "external_id": "e"}),
        ("POST", "/user/webhooks/", {"callback_url": "http://127.0.0.1:9/h"}),
        ("POST", "/o/apps/", {"name": "x"}),
        ("POST", "/payments/status/", {"transaction_id": "123e4567-e89b-12d3-a456-426614174000"}),
        ("GET", "/user/fees/", None),
    ],
)
async def test_read_only_token_is_403_on_writes_and_admin(cf, method, path, body):
    read = await cf.read_token()
    await cf.error(method, path, body, 403, "insufficient_permissions", token=read)


async def test_platform_fees_need_admin(cf):
    plain = await cf.token(scope="read write")
    error = await cf.error("GET", "/user/fees/", None, 403, "insufficient_permissions", token=plain)
    assert error["details"]["required_scopes"] == ["admin"]
    assert await cf.ok("GET", "/user/fees/") == {"fees": {}}


async def test_rates_need_read_and_status_is_public(cf):
    write_only = await cf.token(scope="write")
    await cf.error(
        "GET", "/rates/", None, 403, "insufficient_permissions", params={"currency_to": "BTC"}, token=write_only
    )
    response = await cf.http.get("/status/")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


def test_every_operation_but_token_and_status_declares_oauth_scopes():
    public = {op_id for op_id, op in SPEC.operations.items() if not op.definition.get("security")}
    assert public == {"getAccessToken", "getApiStatus"}
