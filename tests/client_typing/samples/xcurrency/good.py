"""Must pass mypy --strict."""

from typing import assert_type

from xcurrency_client import (
    APIResponse,
    AsyncXCurrencyClient,
    LostAnswerError,
    XCurrencyClient,
    XCurrencyError,
)
from xcurrency_client.models import AssetNetworkMatrix, CreateCustomerRequest, Customer


def main() -> None:
    with XCurrencyClient(app_key="a", secret_key="s", private_key="p", timeout=3.0) as xcurrency:
        assert_type(xcurrency, XCurrencyClient)
        assert_type(xcurrency.assets_networks.list_asset_networks(), AssetNetworkMatrix)
        body = CreateCustomerRequest(external_ref="c-1", name="Ada", email="ada@example.com")
        try:
            assert_type(xcurrency.customers.create_customer(body=body), Customer)
        except LostAnswerError as err:
            assert_type(err.idempotency_key, str | None)
        except XCurrencyError as err:
            assert_type(err.message, str)
        raw = xcurrency.with_raw_response.customers.create_customer(body=body)
        assert_type(raw, APIResponse[Customer])


async def amain() -> None:
    async with AsyncXCurrencyClient() as xcurrency:
        assert_type(await xcurrency.assets_networks.list_asset_networks(), AssetNetworkMatrix)
