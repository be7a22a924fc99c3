"""The SDK surface of issue 12 on the Ceffu client: one error tree, per-call options, raw responses, no
silent float, an injected http_client that honours base_url, programming errors never retried."""

from __future__ import annotations

import httpx
import pytest
from ceffu_client import (
    APIConnectionError,
    APIResponse,
    AuthenticationError,
    CeffuClient,
    CeffuConnectionError,
    CeffuError,
    CeffuTimeoutError,
    CeffuUnexpectedResponseError,
    DuplicateRequestError,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
    UnexpectedResponseError,
    __version__,
)

from tests.conftest import ceffu_key_b64

from .conftest import envelope

ITEM = {"coinSymbol": "USDT", "network": "ETH", "amount": "1.50", "availableAmount": "1.50"}
PAGE = {"data": [ITEM], "totalPage": 1, "pageNo": 1, "pageLimit": 10}


def test_a_json_number_where_the_spec_says_decimal_string_is_refused(make_client):
    body = (
        b'{"code":"000000","message":"ok","data":{"data":[{"coinSymbol":"USDT","network":"ETH",'
        b'"amount":1.5,"availableAmount":"1.5"}],"totalPage":1,"pageNo":1,"pageLimit":10}}'
    )
    client = make_client(lambda r: httpx.Response(200, content=body, headers={"x-request-id": "rq-1"}))
    with pytest.raises(CeffuUnexpectedResponseError) as info:
        client.wallets.get_wallet_asset_list(wallet_id="1")
    assert isinstance(info.value, CeffuError) and isinstance(info.value, UnexpectedResponseError)
    assert "decimal string" in info.value.message and info.value.request_id == "rq-1"


def test_connection_failure_is_caught_by_the_provider_root(make_client):
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(CeffuError) as info:
        make_client(refuse, retry=RetryPolicy(max_retries=1, initial_delay=0)).wallets.get_wallet_list()
    assert isinstance(info.value, CeffuConnectionError) and isinstance(info.value, APIConnectionError)
    assert info.value.attempts == 2  # transient: retried once


def test_timeout_is_a_provider_error_too(make_client):
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(CeffuTimeoutError) as info:
        make_client(slow, retry=RetryPolicy(max_retries=0)).wallets.get_wallet_list()
    assert isinstance(info.value, CeffuConnectionError)


def test_category_bases_are_public_and_mapped():
    assert issubclass(CeffuError, Exception)
    for category in (AuthenticationError, RateLimitError, DuplicateRequestError, InternalServerError):
        assert category.__module__.endswith("_runtime.errors")
    assert __version__.count(".") == 2


def test_injected_http_client_honours_base_url_and_bad_protocol_is_not_retried(rsa_key):
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return envelope(PAGE)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with CeffuClient(
        api_key="k" * 12, private_key=ceffu_key_b64(rsa_key), base_url="http://127.0.0.1:9", http_client=http
    ) as ceffu:
        ceffu.wallets.get_wallet_asset_list(wallet_id="1")
    assert str(seen[0]).startswith("http://127.0.0.1:9/open-api/")

    plain = httpx.Client()  # a real transport: an unsupported scheme fails before sending
    client = CeffuClient(
        api_key="k" * 12, private_key=ceffu_key_b64(rsa_key), base_url="ftp://127.0.0.1:9", http_client=plain
    )
    with client, pytest.raises(CeffuConnectionError) as info:
        client.wallets.get_wallet_list()
    assert info.value.attempts == 1 and info.value.transient is False


def test_with_options_and_with_raw_response(make_client):
    calls: list[httpx.Request] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return envelope(None, code="G20001", message="boom", status=500)

    client = make_client(flaky, retry=RetryPolicy(max_retries=2, initial_delay=0))
    with pytest.raises(CeffuError):
        client.with_options(max_retries=0).wallets.get_wallet_list()
    assert len(calls) == 1  # the copy does not retry...
    with pytest.raises(CeffuError):
        client.wallets.get_wallet_list()
    assert len(calls) == 4  # ...the original still does

    raw_client = make_client(lambda r: envelope(PAGE, **{"x-request-id": "rq-7"}))
    raw = raw_client.with_raw_response.wallets.get_wallet_asset_list(wallet_id="1")
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200 and raw.request_id == "rq-7" and raw.attempts == 1
    assert raw.parsed.data[0].amount == raw_client.wallets.get_wallet_asset_list(wallet_id="1").data[0].amount


def test_client_repr_hides_the_key(make_client):
    text = repr(make_client(lambda r: envelope(PAGE)))
    assert "test-api-key-123456" not in text and "PRIVATE" not in text


async def test_async_twin_raw_response_and_connection_error(make_async_client):
    client = make_async_client(lambda r: envelope(PAGE, **{"x-request-id": "rq-8"}))
    async with client.with_options(timeout=5.0) as ceffu:
        raw = await ceffu.with_raw_response.wallets.get_wallet_asset_list(wallet_id="1")
        assert raw.request_id == "rq-8" and raw.parsed.data[0].amount == raw.parsed.data[0].available_amount

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    failing = make_async_client(refuse, retry=RetryPolicy(max_retries=0))
    with pytest.raises(CeffuConnectionError):
        await failing.wallets.get_wallet_list()
    await failing.aclose()
