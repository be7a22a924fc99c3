"""Requests are visible: one log line per request, the journal at /_mock/requests, the docs at /_mock/docs."""

from __future__ import annotations

import html
import logging

import pytest

from coinrails_mock.providers.ceffu.credentials import MAIN_KEY

WALLETS = "/open-api/v1/wallet/list"
WITHDRAW = "/open-api/v2/wallet/withdrawal"


async def journal(client, **params):
    response = await client.http.get("/_mock/requests", params=params)
    assert response.status_code == 200, response.text
    return response.json()["requests"]


async def test_each_request_is_journaled_with_its_outcome(client, caplog):
    caplog.set_level(logging.INFO, logger="coinrails_mock.requests")
    assert (await client.get(WALLETS, {"pageLimit": 10})).status_code == 200
    bad = await client.http.get(
        WALLETS, params={"timestamp": client.now()}, headers={"open-apikey": MAIN_KEY.api_key, "signature": "AAAA"}
    )
    stale = await client.get(WALLETS, {"timestamp": client.now() - 3_600_000}, stamp=False)
    invalid = await client.get(WALLETS, {"pageLimit": "many"})
    unknown = await client.get("/open-api/v1/nowhere")
    assert [r.status_code for r in (bad, stale, invalid, unknown)] == [401, 401, 400, 404]

    entries = await journal(client)
    assert [e["seq"] for e in entries] == [1, 2, 3, 4, 5]
    ok, bad_sig, old, wrong, nowhere = entries
    assert ok["operation"] == "getWalletList" and ok["status"] == 200 and ok["code"] == "000000"
    assert ok["reason"] is None and ok["method"] == "GET" and ok["path"] == WALLETS and ok["duration_ms"] >= 0
    assert bad_sig["code"] == bad.json()["code"] and "sign" in bad_sig["reason"].lower()
    assert old["code"] == stale.json()["code"] and "timestamp" in old["reason"]
    assert wrong["status"] == 400 and wrong["code"] == invalid.json()["code"] and "query pageLimit" in wrong["reason"]
    assert nowhere["operation"] is None and nowhere["status"] == 404

    lines = [r for r in caplog.records if r.name == "coinrails_mock.requests" and not r.request.get("control")]
    assert len(lines) == 5
    assert "getWalletList" in lines[0].getMessage() and "-> 200 000000" in lines[0].getMessage()
    assert "-> 401" in lines[1].getMessage() and "sign" in lines[1].getMessage().lower()
    assert lines[3].request["reason"] == wrong["reason"]  # the structured record behind --log-format json
    for record in lines:  # never a secret: no key, no signature, no query string
        assert MAIN_KEY.api_key not in record.getMessage() and "AAAA" not in record.getMessage()
        assert "timestamp=" not in record.getMessage()


async def test_journal_filters_limits_and_is_cleared_by_reset(client):
    for _ in range(3):
        await client.get(WALLETS, {})
    await client.post(WITHDRAW, {"walletId": "1"})  # refused: invalid body
    assert [e["operation"] for e in await journal(client, operation="getWalletList")] == ["getWalletList"] * 3
    refused = await journal(client, status=400)
    assert len(refused) == 1 and refused[0]["operation"] == "createWithdrawal"
    assert [e["seq"] for e in await journal(client, limit=2)] == [3, 4]  # the newest, oldest first
    assert (await client.http.get("/_mock/requests", params={"limit": 0})).status_code == 400
    await client.control("POST", "/_mock/reset")
    assert await journal(client) == []


async def test_control_requests_are_logged_but_not_journaled(client, caplog):
    caplog.set_level(logging.INFO, logger="coinrails_mock.requests")
    await client.http.post("/_mock/clock", json={"shift_ms": "soon"})
    assert await journal(client) == []
    line = next(r.getMessage() for r in caplog.records if r.name == "coinrails_mock.requests")
    assert line.startswith("control: ceffu POST /_mock/clock (shiftClock)") and "-> 400 invalid_request" in line


async def test_docs_show_every_operation_and_the_spec_is_served_as_written(client):
    page = await client.http.get("/_mock/docs")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    text = page.text
    for spec in (client.engine.spec, client.engine.control.spec):
        for op in spec.operations.values():
            assert f'id="{op.operation_id}"' in text
            for key in ("summary", "description"):
                if op.definition.get(key):
                    assert html.escape(op.definition[key]) in text, (op.operation_id, key)
    raw = await client.http.get("/_mock/openapi.yaml")
    assert raw.status_code == 200 and raw.content == client.engine.spec.path.read_bytes()
    assert (await client.http.post("/_mock/docs")).status_code == 405


@pytest.mark.parametrize("provider", ["bitunix", "xcurrency", "cryptofuse"])
async def test_every_mock_serves_its_own_docs(provider):
    import httpx

    from coinrails_mock.app import build_app

    app = build_app(provider)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1") as http:
        page = (await http.get("/_mock/docs")).text
        assert all(f'id="{op}"' in page for op in app.state.mock.spec.operations)
        assert (await http.get("/_mock/openapi.yaml")).content == app.state.mock.spec.path.read_bytes()
    await app.state.mock.aclose()


def test_a_secret_field_that_fails_validation_is_named_without_its_value():
    from coinrails_mock.engine.journal import invalid
    from coinrails_mock.engine.provider import ProviderError
    from coinrails_mock.engine.spec import Problem, RequestInvalid

    problems = [
        Problem("body", "client_secret", "maxLength", 'body client_secret: "hunter2hunter2" is too long'),
        Problem("body", "amount", "pattern", 'body amount: "1.2.3" does not match'),
    ]
    refusal = invalid(ProviderError(400, "invalid_request", "wire text"), RequestInvalid(problems))
    assert refusal.code == "invalid_request" and "hunter2" not in refusal.message
    assert "body client_secret: invalid (maxLength)" in refusal.message and '"1.2.3" does not match' in refusal.message


async def test_a_control_character_in_the_path_cannot_start_a_log_line(client, caplog):
    """`%0D%0A` decodes to CR LF in the path: the text line shows them escaped; the journal keeps the path."""
    caplog.set_level(logging.INFO, logger="coinrails_mock.requests")
    assert (await client.get("/open-api/v1/a%0D%0AFAKE%20LINE")).status_code == 404
    (entry,) = await journal(client)
    assert entry["path"] == "/open-api/v1/a\r\nFAKE LINE"
    (record,) = [r for r in caplog.records if r.name == "coinrails_mock.requests" and not r.request.get("control")]
    assert "\n" not in record.getMessage() and "\r" not in record.getMessage()
    assert "/open-api/v1/a\\r\\nFAKE LINE" in record.getMessage()
