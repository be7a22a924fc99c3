"""Error envelope and HTTP statuses become typed exceptions carrying code, message, status, request id."""

from __future__ import annotations

import httpx
import pytest
from ceffu_client import (
    CeffuAuthenticationError,
    CeffuDuplicateRequestError,
    CeffuError,
    CeffuInvalidRequestError,
    CeffuNotFoundError,
    CeffuPermissionError,
    CeffuRateLimitError,
    CeffuServerError,
    CeffuUnexpectedResponseError,
    RetryPolicy,
)
from ceffu_client._runtime import errors as base
from ceffu_client.api.wallets import get_wallet_list
from ceffu_client.client import Client

from .conftest import envelope

NO_RETRY = RetryPolicy(max_retries=0)
CODES = {
    CeffuAuthenticationError: ["G20006", "G20007", "G20008", "G20009", "G20010", "G20011", "G20028"],
    CeffuPermissionError: ["G20013", "G20016"],
    CeffuRateLimitError: ["G20012"],
    CeffuDuplicateRequestError: ["G20015"],
    CeffuInvalidRequestError: [
        *("G20002", "G20003", "G20004", "G20005", "G20014", "G20017", "G20018", "G20019", "G20021", "G20022"),
        *("G20023", "G20024", "G20025", "G20026", "G20027", "G20029", "G20030"),
    ],
    CeffuNotFoundError: ["G20020"],
    CeffuServerError: ["G20001"],
    CeffuError: ["G29999"],  # undocumented: the root
}


@pytest.mark.parametrize(("code", "cls"), [(c, cls) for cls, codes in CODES.items() for c in codes])
def test_business_error_in_http_200_envelope(make_client, code, cls):
    client = make_client(
        lambda r: envelope(None, code=code, message=f"msg {code}", **{"x-request-id": "req-9"}), retry=NO_RETRY
    )
    with pytest.raises(CeffuError) as info:
        client.wallets.get_wallet_list()
    err = info.value
    assert type(err) is cls
    assert (err.code, err.message, err.status_code, err.request_id) == (code, f"msg {code}", 200, "req-9")
    assert code in str(err) and "req-9" in str(err)


def test_categories_are_catchable_provider_independently(make_client):
    client = make_client(lambda r: envelope(None, code="G20009", message="Invalid Sign", status=401), retry=NO_RETRY)
    with pytest.raises(base.AuthenticationError) as info:
        client.wallets.get_wallet_list()
    assert info.value.status_code == 401


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, CeffuInvalidRequestError),
        (401, CeffuAuthenticationError),
        (403, CeffuPermissionError),
        (404, CeffuNotFoundError),
        (429, CeffuRateLimitError),
        (500, CeffuServerError),
        (502, CeffuServerError),
        (520, CeffuServerError),
        (418, CeffuError),
    ],
)
def test_status_without_envelope(make_client, status, cls):
    client = make_client(lambda r: httpx.Response(status, text="<html>upstream broke</html>"), retry=NO_RETRY)
    with pytest.raises(CeffuError) as info:
        client.wallets.get_wallet_list()
    assert type(info.value) is cls and info.value.status_code == status and info.value.code is None


def test_success_without_envelope_is_unexpected(make_client):
    client = make_client(lambda r: httpx.Response(200, json={"hello": "world"}), retry=NO_RETRY)
    with pytest.raises(CeffuUnexpectedResponseError):
        client.wallets.get_wallet_list()


def test_success_with_wrong_shape_is_unexpected(make_client):
    client = make_client(lambda r: envelope({"data": "not-a-list", "totalPage": 1}), retry=NO_RETRY)
    with pytest.raises(base.UnexpectedResponseError):
        client.wallets.get_wallet_list()


def test_low_level_function_survives_non_iana_status():
    transport = httpx.MockTransport(lambda r: httpx.Response(520, text="origin error"))
    client = Client(base_url="http://127.0.0.1:1", httpx_args={"transport": transport})
    response = get_wallet_list.sync_detailed(client=client)
    assert response.status_code == 520 and response.parsed is None


def test_error_repr_has_fields_but_no_secrets(make_client):
    client = make_client(lambda r: envelope(None, code="G20010", message="Invalid API Key", status=401), retry=NO_RETRY)
    with pytest.raises(CeffuAuthenticationError) as info:
        client.wallets.get_wallet_list()
    text = repr(info.value) + str(info.value) + repr(client)
    assert "G20010" in text and "test-api-key-123456" not in text
