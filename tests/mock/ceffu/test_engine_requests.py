"""Request validation, routing errors and strict mode, through the in-process app."""

from __future__ import annotations

import logging

import pytest

from coinrails_mock.providers.ceffu import handlers
from coinrails_mock.providers.ceffu.credentials import MAIN_KEY
from tests.mock.ceffu.conftest import dumps, sign

CREATE = "/open-api/v1/wallet/create"


def envelope(response, status: int, code: str) -> dict:
    body = response.json()
    assert (response.status_code, body["code"], body["data"]) == (status, code, None), body
    return body


async def wallet_count(client) -> int:
    return len((await client.ok("GET", "/open-api/v1/wallet/list", {}))["data"])


@pytest.mark.parametrize(
    "raw",
    [
        b'{"walletName": "x", "walletType": 10, "requestId": "r", "timestamp": %d',  # truncated
        b'{"walletName": "x", "walletName": "y", "walletType": 10, "requestId": "r", "timestamp": %d}',  # duplicate key
        b'{"walletName": "\xff", "walletType": 10, "requestId": "r", "timestamp": %d}',  # not UTF-8
        b'{"walletName": "x", "walletType": NaN, "requestId": "r", "timestamp": %d}',
    ],
)
async def test_malformed_json_is_g20005_400_and_changes_nothing(client, raw):
    before = await wallet_count(client)
    envelope(await client.post(CREATE, raw=raw % client.now()), 400, "G20005")
    assert await wallet_count(client) == before


@pytest.mark.parametrize(
    "body",
    [
        {"walletName": "x", "walletType": 11, "requestId": "r"},  # enum
        {"walletName": "x" * 21, "walletType": 10, "requestId": "r"},  # maxLength
        {"walletName": "x", "walletType": "10", "requestId": "r"},  # type
        {"walletName": "x", "walletType": 10},  # required
        {"walletName": "x", "walletType": 10, "requestId": "r", "extra": 1},
    ],  # additionalProperties
)
async def test_invalid_body_is_g20005_400_and_changes_nothing(client, body):
    before = await wallet_count(client)
    envelope(await client.post(CREATE, body), 400, "G20005")
    assert await wallet_count(client) == before


async def test_bad_request_id_is_g20014(client):
    envelope(await client.post(CREATE, {"walletName": "x", "walletType": 10, "requestId": "r" * 71}), 400, "G20014")


async def test_wrong_content_type_is_g20005(client):
    content = dumps({"walletName": "x", "walletType": 10, "requestId": "r", "timestamp": client.now()})
    headers = {"content-type": "text/plain", "open-apikey": MAIN_KEY.api_key, "signature": sign(MAIN_KEY, content)}
    envelope(await client.http.post(CREATE, content=content, headers=headers), 400, "G20005")


async def test_body_over_one_mebibyte_is_g20005(client):
    content = b'{"walletName": "' + b"x" * (1024 * 1024) + b'"}'
    response = await client.http.post(CREATE, content=content, headers={"content-type": "application/json"})
    envelope(response, 400, "G20005")


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"pageLimit": 501}, "G20003"),
        ({"pageLimit": 0}, "G20003"),
        ({"pageNo": 0}, "G20004"),
        ({"pageNo": "one"}, "G20005"),
        ({"colour": "red"}, "G20005"),
    ],
)
async def test_query_parameters_are_validated(client, params, code):
    envelope(await client.get("/open-api/v1/wallet/list", params), 400, code)


async def test_duplicate_query_parameter_is_g20005(client):
    query = f"pageNo=1&pageNo=2&timestamp={client.now()}"
    headers = {"open-apikey": MAIN_KEY.api_key, "signature": sign(MAIN_KEY, query.encode())}
    envelope(await client.http.get(f"/open-api/v1/wallet/list?{query}", headers=headers), 400, "G20005")


async def test_query_values_are_coerced_per_schema(client):
    prime = await client.prime_id()
    link = (await client.ok("GET", "/open-api/v1/mirrorX/mirrorXLinkId/list", {}))["data"][0]["mirrorXLinkId"]
    data = await client.ok(
        "GET",
        "/open-api/v1/mirrorX/positions/list",
        {"mirrorXLinkId": link, "excludeZeroAmountFlag": "true", "pageNo": "1", "pageLimit": "5"},
    )
    assert (data["pageNo"], data["pageLimit"], data["data"]) == (1, 5, [])
    envelope(
        await client.get(
            "/open-api/v1/mirrorX/positions/list",
            {"mirrorXLinkId": link, "excludeZeroAmountFlag": "yes", "pageNo": 1, "pageLimit": 5},
        ),
        400,
        "G20005",
    )
    assert prime


async def test_named_enum_query_parameters_are_coerced_and_keep_their_subset(client):
    """`bizType` is `$ref: SystemStatusBizType`; `walletType` is `allOf: [$ref: WalletType]` narrowed to 10|20."""
    data = await client.ok("GET", "/open-api/v1/system/status", {"bizType": "20", "walletType": "20"})
    assert data["status"] == 0
    for params in ({"bizType": 15, "walletType": 20}, {"bizType": 20, "walletType": 12}):
        envelope(await client.get("/open-api/v1/system/status", params), 400, "G20005")


async def test_one_of_required_query_parameters(client):
    envelope(await client.get("/open-api/v2/wallet/withdrawal/detail", {}), 400, "G20005")


async def test_time_window_larger_than_documented_is_g20026(client):
    link = (await client.ok("GET", "/open-api/v1/mirrorX/mirrorXLinkId/list", {}))["data"][0]["mirrorXLinkId"]
    now = client.now()
    args = {"mirrorXLinkId": link, "startTime": now - 31 * 86_400_000, "endTime": now, "pageNo": 1, "pageLimit": 10}
    envelope(await client.get("/open-api/v1/mirrorX/order/list", args), 400, "G20026")
    args["startTime"] = now - 29 * 86_400_000
    assert (await client.ok("GET", "/open-api/v1/mirrorX/order/list", args))["data"] == []


async def test_unknown_path_and_wrong_method_use_the_ceffu_envelope(client):
    envelope(await client.http.get("/open-api/v9/nothing"), 404, "G20002")
    response = await client.http.delete("/open-api/v1/wallet/list")
    envelope(response, 405, "G20002")
    assert response.headers["allow"] == "GET"


async def test_strict_mode_turns_an_off_spec_answer_into_a_loud_500(client, monkeypatch, caplog):
    monkeypatch.setitem(handlers.HANDLERS, "getSystemStatus", lambda backend, call: {"status": "fine"})
    with caplog.at_level(logging.ERROR, logger="coinrails_mock"):
        response = await client.get("/open-api/v1/system/status", {"bizType": 10, "walletType": 10})
    body = envelope(response, 500, "G20001")
    assert "getSystemStatus" in body["message"] and "STRICT" in body["message"]
    assert any("getSystemStatus" in r.getMessage() for r in caplog.records)


async def test_operation_without_handler_is_a_500_naming_it(client, monkeypatch):
    monkeypatch.delitem(handlers.HANDLERS, "getSystemStatus")
    body = envelope(await client.get("/open-api/v1/system/status", {"bizType": 10, "walletType": 10}), 500, "G20001")
    assert "getSystemStatus" in body["message"]


async def test_a_handler_crash_still_answers_in_the_ceffu_envelope(client, monkeypatch):
    def crash(backend, call):
        raise ZeroDivisionError("boom")

    monkeypatch.setitem(handlers.HANDLERS, "getSystemStatus", crash)
    body = envelope(await client.get("/open-api/v1/system/status", {"bizType": 10, "walletType": 10}), 500, "G20001")
    assert "ZeroDivisionError" in body["message"] and "getSystemStatus" in body["message"]
    assert "boom" not in body["message"]  # the exception's text may quote the request: only in the log


async def test_non_utf8_query_string_is_g20005(client):
    query = f"pageNo=%FF&timestamp={client.now()}"
    headers = {"open-apikey": MAIN_KEY.api_key, "signature": sign(MAIN_KEY, query.encode())}
    envelope(await client.http.get(f"/open-api/v1/wallet/list?{query}", headers=headers), 400, "G20005")


MIRROR_REFUSED = ["string", "1e2", "1E-7", "+1", "1.", ".5", " 1", "1_000", "\uff11", "0x10", "NaN", "Infinity"]


@pytest.mark.parametrize("amount", [*MIRROR_REFUSED, "-1", "-0.5", "1" * 31, "1." + "0" * 31])
async def test_mirror_amount_that_is_not_a_decimal_string_is_g20005_400_and_changes_nothing(client, amount):
    """The mirror amounts are request amounts like the others (`pattern` ^[0-9]{1,30}(\\.[0-9]{1,30})?$): a
    negative or over-long one is refused like a malformed one, 400 G20005 before any rule, not 200 G20022."""
    prime = await client.prime_id()
    await client.fund(prime, "ETH", "ETH", "2")
    link = (await client.ok("GET", "/open-api/v1/mirrorX/mirrorXLinkId/list", {}))["data"][0]["mirrorXLinkId"]
    op = {"mirrorLinkId": link, "coinSymbol": "ETH", "network": "ETH", "requestId": "m1"}
    before = await client.assets(prime)
    for path, kind in (("/open-api/v1/mirror/asset/apply", "1"), ("/open-api/v1/mirror/asset/settle", "9")):
        body = envelope(await client.post(path, {**op, "operationType": kind, "amount": amount}), 400, "G20005")
        assert "amount" in body["message"]
    assert await client.assets(prime) == before
    applied = await client.ok("POST", "/open-api/v1/mirror/asset/apply", {**op, "operationType": "1", "amount": "0.5"})
    assert applied["requestId"] == "m1"  # the same requestId was never taken by the refused ones
    assert await client.assets(prime) != before


async def test_a_huge_invalid_value_is_not_echoed_back(client):
    """The value is quoted by each failing keyword's message; the answer shows only its start."""
    response = await client.post(CREATE, {"walletName": "x" * 500_000, "walletType": 10, "requestId": "r"})
    body = envelope(response, 400, "G20005")
    assert len(response.content) < 1000 and '..." (500000 characters quoted)' in body["message"]
