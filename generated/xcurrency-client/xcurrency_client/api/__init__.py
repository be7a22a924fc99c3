"""Typed resources over every endpoint, one class per tag (sync and async)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

import attrs

from .._runtime import pagination
from .._runtime.client import APIResponse
from ..models.asset_network_matrix import AssetNetworkMatrix
from ..models.check_sign_request import CheckSignRequest
from ..models.check_sign_response import CheckSignResponse
from ..models.create_customer_request import CreateCustomerRequest
from ..models.create_customer_response import CreateCustomerResponse
from ..models.create_quote_request import CreateQuoteRequest
from ..models.create_quote_response import CreateQuoteResponse
from ..models.create_topup_order_request import CreateTopupOrderRequest
from ..models.create_topup_order_response import CreateTopupOrderResponse
from ..models.create_wallet_request import CreateWalletRequest
from ..models.create_wallet_response import CreateWalletResponse
from ..models.customer import Customer
from ..models.error_envelope import ErrorEnvelope
from ..models.get_token_request import GetTokenRequest
from ..models.get_token_response import GetTokenResponse
from ..models.get_topup_order_response import GetTopupOrderResponse
from ..models.get_wallet_balance_response import GetWalletBalanceResponse
from ..models.list_asset_networks_response import ListAssetNetworksResponse
from ..models.list_customer_wallets_response import ListCustomerWalletsResponse
from ..models.list_topup_orders_response import ListTopupOrdersResponse
from ..models.list_wallet_transactions_response import ListWalletTransactionsResponse
from ..models.quote import Quote
from ..models.sign_check_failure import SignCheckFailure
from ..models.topup_order import TopupOrder
from ..models.topup_order_status_filter import TopupOrderStatusFilter, check_topup_order_status_filter
from ..models.wallet import Wallet
from ..models.wallet_balance import WalletBalance
from ..models.wallet_page import WalletPage
from ..models.wallet_summary import WalletSummary
from ..models.wallet_transaction import WalletTransaction
from ..models.wallet_transaction_page import WalletTransactionPage
from ..types import UNSET, Unset
from .assets_networks import list_asset_networks
from .authentication import check_sign, get_token
from .customers import create_customer
from .top_up import create_quote, create_topup_order, get_topup_order, list_topup_orders
from .wallets import create_wallet, get_wallet_balance, list_customer_wallets, list_wallet_transactions

if TYPE_CHECKING:
    from .._runtime.client import AsyncAPIClient, SyncAPIClient


def _parse_get_token(response: Any) -> str:
    return GetTokenResponse.from_dict(response).data


def _parse_check_sign(response: Any) -> bool | None | Unset:
    return CheckSignResponse.from_dict(response).data


def _parse_create_customer(response: Any) -> Customer:
    return CreateCustomerResponse.from_dict(response).data


def _parse_create_wallet(response: Any) -> Wallet:
    return CreateWalletResponse.from_dict(response).data


def _parse_list_customer_wallets(response: Any) -> WalletPage:
    return ListCustomerWalletsResponse.from_dict(response).data


def _parse_get_wallet_balance(response: Any) -> WalletBalance:
    return GetWalletBalanceResponse.from_dict(response).data


def _parse_list_wallet_transactions(response: Any) -> WalletTransactionPage:
    return ListWalletTransactionsResponse.from_dict(response).data


def _parse_create_quote(response: Any) -> Quote:
    return CreateQuoteResponse.from_dict(response).data


def _parse_list_topup_orders(response: Any) -> list[TopupOrder]:
    return ListTopupOrdersResponse.from_dict(response).data


def _parse_create_topup_order(response: Any) -> TopupOrder:
    return CreateTopupOrderResponse.from_dict(response).data


def _parse_get_topup_order(response: Any) -> TopupOrder:
    return GetTopupOrderResponse.from_dict(response).data


def _parse_list_asset_networks(response: Any) -> AssetNetworkMatrix:
    return ListAssetNetworksResponse.from_dict(response).data


class AuthenticationResource:
    """Authentication: 2 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_token(
        self,
        *,
        body: GetTokenRequest,
    ) -> str:
        """Get token

        `POST /payout/oauth/token`.
        Issues the `token` header value from the App Key and Secret Key. The token expires one
        hour after issue; get a new one before it expires or after a `token expired` / `token
        invalid` rejection. From the legacy payout api-reference §1.1 (x-inferred to authenticate
        the top-up API too). The reference lists no headers for this call: it is unauthenticated
        (`security: []`); sending `appkey` is harmless.

        Args:
            body: App credentials.
                app_key: App Key issued by xCurrency.
                secret_key: Secret Key issued by xCurrency.

        """
        kwargs = get_token._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_get_token)

    def check_sign(
        self,
        *,
        body: CheckSignRequest,
    ) -> bool | None | Unset:
        """Check signature

        `POST /payout/encrypt/check`.
        Verifies the `sign` header against the body sent, without side effects: answers `status`
        `"1"` when the signature is correct, `"10001"` ("Failed to verify the signature") when it
        is not. The body is any JSON ("Encrypted object, not necessarily dictionary type"); this
        spec restricts it to a flat object of strings so generated tests stay meaningful. From the
        legacy payout api-reference §1.2.

        Args:
            body: Any JSON body to sign (the provider accepts any JSON value; restricted here to a flat map of
                strings).

        """
        kwargs = check_sign._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_check_sign)


class AsyncAuthenticationResource:
    """Authentication: 2 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_token(
        self,
        *,
        body: GetTokenRequest,
    ) -> str:
        """Get token

        `POST /payout/oauth/token`.
        Issues the `token` header value from the App Key and Secret Key. The token expires one
        hour after issue; get a new one before it expires or after a `token expired` / `token
        invalid` rejection. From the legacy payout api-reference §1.1 (x-inferred to authenticate
        the top-up API too). The reference lists no headers for this call: it is unauthenticated
        (`security: []`); sending `appkey` is harmless.

        Args:
            body: App credentials.
                app_key: App Key issued by xCurrency.
                secret_key: Secret Key issued by xCurrency.

        """
        kwargs = get_token._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_get_token)

    async def check_sign(
        self,
        *,
        body: CheckSignRequest,
    ) -> bool | None | Unset:
        """Check signature

        `POST /payout/encrypt/check`.
        Verifies the `sign` header against the body sent, without side effects: answers `status`
        `"1"` when the signature is correct, `"10001"` ("Failed to verify the signature") when it
        is not. The body is any JSON ("Encrypted object, not necessarily dictionary type"); this
        spec restricts it to a flat object of strings so generated tests stay meaningful. From the
        legacy payout api-reference §1.2.

        Args:
            body: Any JSON body to sign (the provider accepts any JSON value; restricted here to a flat map of
                strings).

        """
        kwargs = check_sign._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_check_sign)


class AuthenticationResourceWithRawResponse:
    """Authentication: 2 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_token(
        self,
        *,
        body: GetTokenRequest,
    ) -> APIResponse[str]:
        """Get token

        `POST /payout/oauth/token`.
        Issues the `token` header value from the App Key and Secret Key. The token expires one
        hour after issue; get a new one before it expires or after a `token expired` / `token
        invalid` rejection. From the legacy payout api-reference §1.1 (x-inferred to authenticate
        the top-up API too). The reference lists no headers for this call: it is unauthenticated
        (`security: []`); sending `appkey` is harmless.

        Args:
            body: App credentials.
                app_key: App Key issued by xCurrency.
                secret_key: Secret Key issued by xCurrency.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_token._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_get_token)

    def check_sign(
        self,
        *,
        body: CheckSignRequest,
    ) -> APIResponse[bool | None | Unset]:
        """Check signature

        `POST /payout/encrypt/check`.
        Verifies the `sign` header against the body sent, without side effects: answers `status`
        `"1"` when the signature is correct, `"10001"` ("Failed to verify the signature") when it
        is not. The body is any JSON ("Encrypted object, not necessarily dictionary type"); this
        spec restricts it to a flat object of strings so generated tests stay meaningful. From the
        legacy payout api-reference §1.2.

        Args:
            body: Any JSON body to sign (the provider accepts any JSON value; restricted here to a flat map of
                strings).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = check_sign._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_check_sign)


class AsyncAuthenticationResourceWithRawResponse:
    """Authentication: 2 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_token(
        self,
        *,
        body: GetTokenRequest,
    ) -> APIResponse[str]:
        """Get token

        `POST /payout/oauth/token`.
        Issues the `token` header value from the App Key and Secret Key. The token expires one
        hour after issue; get a new one before it expires or after a `token expired` / `token
        invalid` rejection. From the legacy payout api-reference §1.1 (x-inferred to authenticate
        the top-up API too). The reference lists no headers for this call: it is unauthenticated
        (`security: []`); sending `appkey` is harmless.

        Args:
            body: App credentials.
                app_key: App Key issued by xCurrency.
                secret_key: Secret Key issued by xCurrency.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_token._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_get_token)

    async def check_sign(
        self,
        *,
        body: CheckSignRequest,
    ) -> APIResponse[bool | None | Unset]:
        """Check signature

        `POST /payout/encrypt/check`.
        Verifies the `sign` header against the body sent, without side effects: answers `status`
        `"1"` when the signature is correct, `"10001"` ("Failed to verify the signature") when it
        is not. The body is any JSON ("Encrypted object, not necessarily dictionary type"); this
        spec restricts it to a flat object of strings so generated tests stay meaningful. From the
        legacy payout api-reference §1.2.

        Args:
            body: Any JSON body to sign (the provider accepts any JSON value; restricted here to a flat map of
                strings).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = check_sign._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_check_sign)


class CustomersResource:
    """Customers: 1 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_customer(
        self,
        *,
        body: CreateCustomerRequest,
    ) -> Customer:
        """Create a customer

        `POST /customers`.
        Registers one of the platform's end customers. `email` must be unique (`email already
        exists`); `externalRef` is the platform's own id for the customer and is unique too
        (x-inferred), which makes a retry safe.

        Args:
            body: A customer of the platform.
                external_ref: The platform's own id for the customer; unique (x-inferred).
                name: Customer's full name.
                email: Customer's email; unique (`email already exists`).
                metadata (optional): Free key/value data kept with the customer (e.g. `{"tier": "gold"}`);
                string values (x-inferred).

        """
        kwargs = create_customer._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_customer)


class AsyncCustomersResource:
    """Customers: 1 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_customer(
        self,
        *,
        body: CreateCustomerRequest,
    ) -> Customer:
        """Create a customer

        `POST /customers`.
        Registers one of the platform's end customers. `email` must be unique (`email already
        exists`); `externalRef` is the platform's own id for the customer and is unique too
        (x-inferred), which makes a retry safe.

        Args:
            body: A customer of the platform.
                external_ref: The platform's own id for the customer; unique (x-inferred).
                name: Customer's full name.
                email: Customer's email; unique (`email already exists`).
                metadata (optional): Free key/value data kept with the customer (e.g. `{"tier": "gold"}`);
                string values (x-inferred).

        """
        kwargs = create_customer._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_customer)


class CustomersResourceWithRawResponse:
    """Customers: 1 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_customer(
        self,
        *,
        body: CreateCustomerRequest,
    ) -> APIResponse[Customer]:
        """Create a customer

        `POST /customers`.
        Registers one of the platform's end customers. `email` must be unique (`email already
        exists`); `externalRef` is the platform's own id for the customer and is unique too
        (x-inferred), which makes a retry safe.

        Args:
            body: A customer of the platform.
                external_ref: The platform's own id for the customer; unique (x-inferred).
                name: Customer's full name.
                email: Customer's email; unique (`email already exists`).
                metadata (optional): Free key/value data kept with the customer (e.g. `{"tier": "gold"}`);
                string values (x-inferred).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_customer._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_customer)


class AsyncCustomersResourceWithRawResponse:
    """Customers: 1 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_customer(
        self,
        *,
        body: CreateCustomerRequest,
    ) -> APIResponse[Customer]:
        """Create a customer

        `POST /customers`.
        Registers one of the platform's end customers. `email` must be unique (`email already
        exists`); `externalRef` is the platform's own id for the customer and is unique too
        (x-inferred), which makes a retry safe.

        Args:
            body: A customer of the platform.
                external_ref: The platform's own id for the customer; unique (x-inferred).
                name: Customer's full name.
                email: Customer's email; unique (`email already exists`).
                metadata (optional): Free key/value data kept with the customer (e.g. `{"tier": "gold"}`);
                string values (x-inferred).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_customer._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_customer)


class WalletsResource:
    """Wallets: 4 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_wallet(
        self,
        *,
        body: CreateWalletRequest,
    ) -> Wallet:
        """Create wallet

        `POST /wallets`.
        Opens a stablecoin wallet for a customer on one asset and network (为客户开通稳定币钱包(指定资产与网络)).
        Only the pairs listed by `GET /assets/networks` are accepted (`unsupported
        asset/network`). Whether a second wallet for the same customer, asset and network is
        refused is not documented.

        Args:
            body: Wallet to open for a customer.
                customer_id: Customer id (`cus_...`).
                asset: Stablecoin symbol, e.g. `USDT`, `USDC` (see `GET /assets/networks`).
                network: Network symbol, e.g. `TRON`, `ETH` (see `GET /assets/networks`).

        """
        kwargs = create_wallet._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_wallet)

    def list_customer_wallets(
        self,
        *,
        customer_id: str,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WalletPage:
        """List wallets by customer

        `GET /customers/{customer_id}/wallets`.
        Wallets of one customer, cursor-paginated: pass `data.nextCursor` as `cursor` until it is
        `null`.

        Args:
            customer_id: Customer id (`cus_...`).
            limit: Items per page (the examples use 50). Bounds and default not documented; 1-100 here
                (x-inferred).
            cursor: Opaque cursor from the previous page's `data.nextCursor`; omit it for the first page. A
                cursor this list did not hand out is refused with `invalid cursor` (x-inferred wording): start again
                from the first page.

        """
        kwargs = list_customer_wallets._get_kwargs(
            customer_id=customer_id,
            limit=limit,
            cursor=cursor,
        )
        return self._client.call(kwargs, _parse_list_customer_wallets)

    def iter_list_customer_wallets(
        self,
        *,
        customer_id: str,
        limit: int | Unset = UNSET,
    ) -> Iterator[WalletSummary]:
        """Every item of `list_customer_wallets`, cursor after cursor.
        Args:
            customer_id: Customer id (`cus_...`).
            limit: Items per page (the examples use 50). Bounds and default not documented; 1-100 here
                (x-inferred).

        """

        def fetch(position: str | Unset) -> WalletPage:
            return self.list_customer_wallets(
                customer_id=customer_id,
                limit=limit,
                cursor=position,
            )

        return pagination.iterate_cursor(fetch, "items", "next_cursor", WalletSummary)

    def get_wallet_balance(
        self,
        *,
        wallet_id: str,
    ) -> WalletBalance:
        """Get wallet balance

        `GET /wallets/{wallet_id}/balances`.
        Available and pending balance of a wallet (decimal strings). Despite the plural path,
        `data` is one object for the wallet's single asset.

        Args:
            wallet_id: Wallet id (`wal_...`).

        """
        kwargs = get_wallet_balance._get_kwargs(
            wallet_id=wallet_id,
        )
        return self._client.call(kwargs, _parse_get_wallet_balance)

    def list_wallet_transactions(
        self,
        *,
        wallet_id: str,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WalletTransactionPage:
        """Get wallet transactions

        `GET /wallets/{wallet_id}/transactions`.
        Credits and debits of a wallet (a completed top-up appears as a `CREDIT` with reason
        `TOPUP_CREDIT`), cursor-paginated: pass `data.nextCursor` as `cursor` until it is `null`.
        Order (newest first) is not documented.

        Args:
            wallet_id: Wallet id (`wal_...`).
            limit: Items per page (the examples use 50). Bounds and default not documented; 1-100 here
                (x-inferred).
            cursor: Opaque cursor from the previous page's `data.nextCursor`; omit it for the first page. A
                cursor this list did not hand out is refused with `invalid cursor` (x-inferred wording): start again
                from the first page.

        """
        kwargs = list_wallet_transactions._get_kwargs(
            wallet_id=wallet_id,
            limit=limit,
            cursor=cursor,
        )
        return self._client.call(kwargs, _parse_list_wallet_transactions)

    def iter_list_wallet_transactions(
        self,
        *,
        wallet_id: str,
        limit: int | Unset = UNSET,
    ) -> Iterator[WalletTransaction]:
        """Every item of `list_wallet_transactions`, cursor after cursor.
        Args:
            wallet_id: Wallet id (`wal_...`).
            limit: Items per page (the examples use 50). Bounds and default not documented; 1-100 here
                (x-inferred).

        """

        def fetch(position: str | Unset) -> WalletTransactionPage:
            return self.list_wallet_transactions(
                wallet_id=wallet_id,
                limit=limit,
                cursor=position,
            )

        return pagination.iterate_cursor(fetch, "items", "next_cursor", WalletTransaction)


class AsyncWalletsResource:
    """Wallets: 4 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_wallet(
        self,
        *,
        body: CreateWalletRequest,
    ) -> Wallet:
        """Create wallet

        `POST /wallets`.
        Opens a stablecoin wallet for a customer on one asset and network (为客户开通稳定币钱包(指定资产与网络)).
        Only the pairs listed by `GET /assets/networks` are accepted (`unsupported
        asset/network`). Whether a second wallet for the same customer, asset and network is
        refused is not documented.

        Args:
            body: Wallet to open for a customer.
                customer_id: Customer id (`cus_...`).
                asset: Stablecoin symbol, e.g. `USDT`, `USDC` (see `GET /assets/networks`).
                network: Network symbol, e.g. `TRON`, `ETH` (see `GET /assets/networks`).

        """
        kwargs = create_wallet._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_wallet)

    async def list_customer_wallets(
        self,
        *,
        customer_id: str,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WalletPage:
        """List wallets by customer

        `GET /customers/{customer_id}/wallets`.
        Wallets of one customer, cursor-paginated: pass `data.nextCursor` as `cursor` until it is
        `null`.

        Args:
            customer_id: Customer id (`cus_...`).
            limit: Items per page (the examples use 50). Bounds and default not documented; 1-100 here
                (x-inferred).
            cursor: Opaque cursor from the previous page's `data.nextCursor`; omit it for the first page. A
                cursor this list did not hand out is refused with `invalid cursor` (x-inferred wording): start again
                from the first page.

        """
        kwargs = list_customer_wallets._get_kwargs(
            customer_id=customer_id,
            limit=limit,
            cursor=cursor,
        )
        return await self._client.call(kwargs, _parse_list_customer_wallets)

    def iter_list_customer_wallets(
        self,
        *,
        customer_id: str,
        limit: int | Unset = UNSET,
    ) -> AsyncIterator[WalletSummary]:
        """Every item of `list_customer_wallets`, cursor after cursor.
        Args:
            customer_id: Customer id (`cus_...`).
            limit: Items per page (the examples use 50). Bounds and default not documented; 1-100 here
                (x-inferred).

        """

        async def fetch(position: str | Unset) -> WalletPage:
            return await self.list_customer_wallets(
                customer_id=customer_id,
                limit=limit,
                cursor=position,
            )

        return pagination.aiterate_cursor(fetch, "items", "next_cursor", WalletSummary)

    async def get_wallet_balance(
        self,
        *,
        wallet_id: str,
    ) -> WalletBalance:
        """Get wallet balance

        `GET /wallets/{wallet_id}/balances`.
        Available and pending balance of a wallet (decimal strings). Despite the plural path,
        `data` is one object for the wallet's single asset.

        Args:
            wallet_id: Wallet id (`wal_...`).

        """
        kwargs = get_wallet_balance._get_kwargs(
            wallet_id=wallet_id,
        )
        return await self._client.call(kwargs, _parse_get_wallet_balance)

    async def list_wallet_transactions(
        self,
        *,
        wallet_id: str,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WalletTransactionPage:
        """Get wallet transactions

        `GET /wallets/{wallet_id}/transactions`.
        Credits and debits of a wallet (a completed top-up appears as a `CREDIT` with reason
        `TOPUP_CREDIT`), cursor-paginated: pass `data.nextCursor` as `cursor` until it is `null`.
        Order (newest first) is not documented.

        Args:
            wallet_id: Wallet id (`wal_...`).
            limit: Items per page (the examples use 50). Bounds and default not documented; 1-100 here
                (x-inferred).
            cursor: Opaque cursor from the previous page's `data.nextCursor`; omit it for the first page. A
                cursor this list did not hand out is refused with `invalid cursor` (x-inferred wording): start again
                from the first page.

        """
        kwargs = list_wallet_transactions._get_kwargs(
            wallet_id=wallet_id,
            limit=limit,
            cursor=cursor,
        )
        return await self._client.call(kwargs, _parse_list_wallet_transactions)

    def iter_list_wallet_transactions(
        self,
        *,
        wallet_id: str,
        limit: int | Unset = UNSET,
    ) -> AsyncIterator[WalletTransaction]:
        """Every item of `list_wallet_transactions`, cursor after cursor.
        Args:
            wallet_id: Wallet id (`wal_...`).
            limit: Items per page (the examples use 50). Bounds and default not documented; 1-100 here
                (x-inferred).

        """

        async def fetch(position: str | Unset) -> WalletTransactionPage:
            return await self.list_wallet_transactions(
                wallet_id=wallet_id,
                limit=limit,
                cursor=position,
            )

        return pagination.aiterate_cursor(fetch, "items", "next_cursor", WalletTransaction)


class WalletsResourceWithRawResponse:
    """Wallets: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_wallet(
        self,
        *,
        body: CreateWalletRequest,
    ) -> APIResponse[Wallet]:
        """Create wallet

        `POST /wallets`.
        Opens a stablecoin wallet for a customer on one asset and network (为客户开通稳定币钱包(指定资产与网络)).
        Only the pairs listed by `GET /assets/networks` are accepted (`unsupported
        asset/network`). Whether a second wallet for the same customer, asset and network is
        refused is not documented.

        Args:
            body: Wallet to open for a customer.
                customer_id: Customer id (`cus_...`).
                asset: Stablecoin symbol, e.g. `USDT`, `USDC` (see `GET /assets/networks`).
                network: Network symbol, e.g. `TRON`, `ETH` (see `GET /assets/networks`).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_wallet._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_wallet)

    def list_customer_wallets(
        self,
        *,
        customer_id: str,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> APIResponse[WalletPage]:
        """List wallets by customer

        `GET /customers/{customer_id}/wallets`.
        Wallets of one customer, cursor-paginated: pass `data.nextCursor` as `cursor` until it is
        `null`.

        Args:
            customer_id: Customer id (`cus_...`).
            limit: Items per page (the examples use 50). Bounds and default not documented; 1-100 here
                (x-inferred).
            cursor: Opaque cursor from the previous page's `data.nextCursor`; omit it for the first page. A
                cursor this list did not hand out is refused with `invalid cursor` (x-inferred wording): start again
                from the first page.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_customer_wallets._get_kwargs(
            customer_id=customer_id,
            limit=limit,
            cursor=cursor,
        )
        return self._client.call_raw(kwargs, _parse_list_customer_wallets)

    def get_wallet_balance(
        self,
        *,
        wallet_id: str,
    ) -> APIResponse[WalletBalance]:
        """Get wallet balance

        `GET /wallets/{wallet_id}/balances`.
        Available and pending balance of a wallet (decimal strings). Despite the plural path,
        `data` is one object for the wallet's single asset.

        Args:
            wallet_id: Wallet id (`wal_...`).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_wallet_balance._get_kwargs(
            wallet_id=wallet_id,
        )
        return self._client.call_raw(kwargs, _parse_get_wallet_balance)

    def list_wallet_transactions(
        self,
        *,
        wallet_id: str,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> APIResponse[WalletTransactionPage]:
        """Get wallet transactions

        `GET /wallets/{wallet_id}/transactions`.
        Credits and debits of a wallet (a completed top-up appears as a `CREDIT` with reason
        `TOPUP_CREDIT`), cursor-paginated: pass `data.nextCursor` as `cursor` until it is `null`.
        Order (newest first) is not documented.

        Args:
            wallet_id: Wallet id (`wal_...`).
            limit: Items per page (the examples use 50). Bounds and default not documented; 1-100 here
                (x-inferred).
            cursor: Opaque cursor from the previous page's `data.nextCursor`; omit it for the first page. A
                cursor this list did not hand out is refused with `invalid cursor` (x-inferred wording): start again
                from the first page.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_wallet_transactions._get_kwargs(
            wallet_id=wallet_id,
            limit=limit,
            cursor=cursor,
        )
        return self._client.call_raw(kwargs, _parse_list_wallet_transactions)


class AsyncWalletsResourceWithRawResponse:
    """Wallets: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_wallet(
        self,
        *,
        body: CreateWalletRequest,
    ) -> APIResponse[Wallet]:
        """Create wallet

        `POST /wallets`.
        Opens a stablecoin wallet for a customer on one asset and network (为客户开通稳定币钱包(指定资产与网络)).
        Only the pairs listed by `GET /assets/networks` are accepted (`unsupported
        asset/network`). Whether a second wallet for the same customer, asset and network is
        refused is not documented.

        Args:
            body: Wallet to open for a customer.
                customer_id: Customer id (`cus_...`).
                asset: Stablecoin symbol, e.g. `USDT`, `USDC` (see `GET /assets/networks`).
                network: Network symbol, e.g. `TRON`, `ETH` (see `GET /assets/networks`).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_wallet._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_wallet)

    async def list_customer_wallets(
        self,
        *,
        customer_id: str,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> APIResponse[WalletPage]:
        """List wallets by customer

        `GET /customers/{customer_id}/wallets`.
        Wallets of one customer, cursor-paginated: pass `data.nextCursor` as `cursor` until it is
        `null`.

        Args:
            customer_id: Customer id (`cus_...`).
            limit: Items per page (the examples use 50). Bounds and default not documented; 1-100 here
                (x-inferred).
            cursor: Opaque cursor from the previous page's `data.nextCursor`; omit it for the first page. A
                cursor this list did not hand out is refused with `invalid cursor` (x-inferred wording): start again
                from the first page.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_customer_wallets._get_kwargs(
            customer_id=customer_id,
            limit=limit,
            cursor=cursor,
        )
        return await self._client.call_raw(kwargs, _parse_list_customer_wallets)

    async def get_wallet_balance(
        self,
        *,
        wallet_id: str,
    ) -> APIResponse[WalletBalance]:
        """Get wallet balance

        `GET /wallets/{wallet_id}/balances`.
        Available and pending balance of a wallet (decimal strings). Despite the plural path,
        `data` is one object for the wallet's single asset.

        Args:
            wallet_id: Wallet id (`wal_...`).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_wallet_balance._get_kwargs(
            wallet_id=wallet_id,
        )
        return await self._client.call_raw(kwargs, _parse_get_wallet_balance)

    async def list_wallet_transactions(
        self,
        *,
        wallet_id: str,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> APIResponse[WalletTransactionPage]:
        """Get wallet transactions

        `GET /wallets/{wallet_id}/transactions`.
        Credits and debits of a wallet (a completed top-up appears as a `CREDIT` with reason
        `TOPUP_CREDIT`), cursor-paginated: pass `data.nextCursor` as `cursor` until it is `null`.
        Order (newest first) is not documented.

        Args:
            wallet_id: Wallet id (`wal_...`).
            limit: Items per page (the examples use 50). Bounds and default not documented; 1-100 here
                (x-inferred).
            cursor: Opaque cursor from the previous page's `data.nextCursor`; omit it for the first page. A
                cursor this list did not hand out is refused with `invalid cursor` (x-inferred wording): start again
                from the first page.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_wallet_transactions._get_kwargs(
            wallet_id=wallet_id,
            limit=limit,
            cursor=cursor,
        )
        return await self._client.call_raw(kwargs, _parse_list_wallet_transactions)


class TopUpResource:
    """Top Up: 4 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_quote(
        self,
        *,
        body: CreateQuoteRequest,
    ) -> Quote:
        """Create quote

        `POST /global/payout/rate/query/price`.
        Quotes the rate from a fiat `sourceCurrency` to a stablecoin `targetCurrency` ("The API is
        used to get the currency rate"; the payout API's "Get a rate", SDK path
        `/payout/payment/query/price`). `data.queryNo` is the quote id that `createTopupOrder`
        takes as `quoteId`. A quote expires (`quote expired` at order time); its validity is not
        documented. The page's body/response demos are empty; the field tables are used.

        Args:
            body: Currency pair to quote.
                source_currency: Currency you are sending (fiat, ISO 4217, e.g. `AUD`, `USD`).
                target_currency: Target currency (the stablecoin, e.g. `USDT`).
                source_amount (optional): Amount of `sourceCurrency` to top up; fixes the order amounts of
                `quoteSnapshot` (x-inferred, see the API description). A positive decimal string below 10^15 (spec-
                side bounds: zero, or 10^15 and more, is refused with `invalid parameter`), no finer than the
                currency's minor unit (2 decimals, JPY 0; by value) - else `amount has more decimals than the
                currency allows`.

        """
        kwargs = create_quote._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_quote)

    def list_topup_orders(
        self,
        *,
        wallet_id: str | Unset = UNSET,
        status: TopupOrderStatusFilter | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pages: int | Unset = UNSET,
    ) -> list[TopupOrder]:
        """List top-up orders

        `GET /topup/orders`.
        Top-up orders, page-paginated: `pageSize` and `pages` (page number from 1); the envelope
        carries `total`. Filters `walletId` and `status` (the published example filters
        `status=CREDITED`, which is not an order status: accepted here as an alias of `COMPLETED`,
        x-inferred). Defaults and the sort order are not documented.

        Args:
            wallet_id: Only orders topping up this wallet.
            status: Only orders in this status: `TRANSFERRING`, `COMPLETED`, `FAILED`; `CREDITED` appears in the
                published example and is read as `COMPLETED` (x-inferred).
            page_size: Orders per page (the example uses 20). Bounds and default not documented; 1-100 here
                (x-inferred).
            pages: Page number, from 1 (the name is the provider's). Default not documented.

        """
        kwargs = list_topup_orders._get_kwargs(
            wallet_id=wallet_id,
            status=status,
            page_size=page_size,
            pages=pages,
        )
        return self._client.call(kwargs, _parse_list_topup_orders)

    def iter_list_topup_orders(
        self,
        *,
        wallet_id: str | Unset = UNSET,
        status: TopupOrderStatusFilter | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Iterator[TopupOrder]:
        """Every item of `list_topup_orders`, page after page.
        Args:
            wallet_id: Only orders topping up this wallet.
            status: Only orders in this status: `TRANSFERRING`, `COMPLETED`, `FAILED`; `CREDITED` appears in the
                published example and is read as `COMPLETED` (x-inferred).
            page_size: Orders per page (the example uses 20). Bounds and default not documented; 1-100 here
                (x-inferred).

        """

        def fetch(position: int) -> list[TopupOrder]:
            return self.list_topup_orders(
                wallet_id=wallet_id,
                status=status,
                page_size=page_size,
                pages=position,
            )

        return pagination.iterate_pages(fetch, None, TopupOrder)

    def create_topup_order(
        self,
        *,
        body: CreateTopupOrderRequest,
    ) -> TopupOrder:
        """Create top-up order

        `POST /topup/orders`.
        Creates a fiat -> stablecoin top-up of a wallet at a quoted rate (对应“提交法币转账”，返回银行/网关付款指引:
        corresponds to "submit the fiat transfer" and returns bank/gateway payment instructions).
        The amounts come from the quote (`quoteSnapshot`). The order is `TRANSFERRING` until the
        fiat arrives, then `COMPLETED` (the wallet is credited: a `CREDIT` transaction with reason
        `TOPUP_CREDIT`) or `FAILED`; each change is pushed with the `topup.status` webhook.
        Refused with `quote expired`, or below the asset/network's `minTopupFiat` in USD
        (x-inferred message `amount below minimum top-up`), or for a quote without `sourceAmount`
        (`quote has no sourceAmount`). A quote makes one order: the same `quoteId`, `walletId` and
        `payer` again return that order; another wallet or payer gets `quote already used`
        (x-inferred, see Money rules). The published response example nests the order in `data`
        without a key (invalid JSON); modelled as `data` = the order.

        Args:
            body: Top-up of a wallet at a quoted rate.
                quote_id: The quote's `queryNo`.
                wallet_id: Wallet to credit (`wal_...`); its asset must be the quote's `targetCurrency`.
                payer: Who sends the fiat transfer (used to match the incoming payment).

        """
        kwargs = create_topup_order._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_topup_order)

    def get_topup_order(
        self,
        *,
        order_id: str,
    ) -> TopupOrder:
        """Get top-up order status

        `GET /topup/orders/{order_id}`.
        One top-up order with its status (`TRANSFERRING | COMPLETED | FAILED`) and quote snapshot.
        Use it to confirm a `topup.status` webhook.

        Args:
            order_id: Top-up order id (32 hex digits in the examples).

        """
        kwargs = get_topup_order._get_kwargs(
            order_id=order_id,
        )
        return self._client.call(kwargs, _parse_get_topup_order)


class AsyncTopUpResource:
    """Top Up: 4 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_quote(
        self,
        *,
        body: CreateQuoteRequest,
    ) -> Quote:
        """Create quote

        `POST /global/payout/rate/query/price`.
        Quotes the rate from a fiat `sourceCurrency` to a stablecoin `targetCurrency` ("The API is
        used to get the currency rate"; the payout API's "Get a rate", SDK path
        `/payout/payment/query/price`). `data.queryNo` is the quote id that `createTopupOrder`
        takes as `quoteId`. A quote expires (`quote expired` at order time); its validity is not
        documented. The page's body/response demos are empty; the field tables are used.

        Args:
            body: Currency pair to quote.
                source_currency: Currency you are sending (fiat, ISO 4217, e.g. `AUD`, `USD`).
                target_currency: Target currency (the stablecoin, e.g. `USDT`).
                source_amount (optional): Amount of `sourceCurrency` to top up; fixes the order amounts of
                `quoteSnapshot` (x-inferred, see the API description). A positive decimal string below 10^15 (spec-
                side bounds: zero, or 10^15 and more, is refused with `invalid parameter`), no finer than the
                currency's minor unit (2 decimals, JPY 0; by value) - else `amount has more decimals than the
                currency allows`.

        """
        kwargs = create_quote._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_quote)

    async def list_topup_orders(
        self,
        *,
        wallet_id: str | Unset = UNSET,
        status: TopupOrderStatusFilter | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pages: int | Unset = UNSET,
    ) -> list[TopupOrder]:
        """List top-up orders

        `GET /topup/orders`.
        Top-up orders, page-paginated: `pageSize` and `pages` (page number from 1); the envelope
        carries `total`. Filters `walletId` and `status` (the published example filters
        `status=CREDITED`, which is not an order status: accepted here as an alias of `COMPLETED`,
        x-inferred). Defaults and the sort order are not documented.

        Args:
            wallet_id: Only orders topping up this wallet.
            status: Only orders in this status: `TRANSFERRING`, `COMPLETED`, `FAILED`; `CREDITED` appears in the
                published example and is read as `COMPLETED` (x-inferred).
            page_size: Orders per page (the example uses 20). Bounds and default not documented; 1-100 here
                (x-inferred).
            pages: Page number, from 1 (the name is the provider's). Default not documented.

        """
        kwargs = list_topup_orders._get_kwargs(
            wallet_id=wallet_id,
            status=status,
            page_size=page_size,
            pages=pages,
        )
        return await self._client.call(kwargs, _parse_list_topup_orders)

    def iter_list_topup_orders(
        self,
        *,
        wallet_id: str | Unset = UNSET,
        status: TopupOrderStatusFilter | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> AsyncIterator[TopupOrder]:
        """Every item of `list_topup_orders`, page after page.
        Args:
            wallet_id: Only orders topping up this wallet.
            status: Only orders in this status: `TRANSFERRING`, `COMPLETED`, `FAILED`; `CREDITED` appears in the
                published example and is read as `COMPLETED` (x-inferred).
            page_size: Orders per page (the example uses 20). Bounds and default not documented; 1-100 here
                (x-inferred).

        """

        async def fetch(position: int) -> list[TopupOrder]:
            return await self.list_topup_orders(
                wallet_id=wallet_id,
                status=status,
                page_size=page_size,
                pages=position,
            )

        return pagination.aiterate_pages(fetch, None, TopupOrder)

    async def create_topup_order(
        self,
        *,
        body: CreateTopupOrderRequest,
    ) -> TopupOrder:
        """Create top-up order

        `POST /topup/orders`.
        Creates a fiat -> stablecoin top-up of a wallet at a quoted rate (对应“提交法币转账”，返回银行/网关付款指引:
        corresponds to "submit the fiat transfer" and returns bank/gateway payment instructions).
        The amounts come from the quote (`quoteSnapshot`). The order is `TRANSFERRING` until the
        fiat arrives, then `COMPLETED` (the wallet is credited: a `CREDIT` transaction with reason
        `TOPUP_CREDIT`) or `FAILED`; each change is pushed with the `topup.status` webhook.
        Refused with `quote expired`, or below the asset/network's `minTopupFiat` in USD
        (x-inferred message `amount below minimum top-up`), or for a quote without `sourceAmount`
        (`quote has no sourceAmount`). A quote makes one order: the same `quoteId`, `walletId` and
        `payer` again return that order; another wallet or payer gets `quote already used`
        (x-inferred, see Money rules). The published response example nests the order in `data`
        without a key (invalid JSON); modelled as `data` = the order.

        Args:
            body: Top-up of a wallet at a quoted rate.
                quote_id: The quote's `queryNo`.
                wallet_id: Wallet to credit (`wal_...`); its asset must be the quote's `targetCurrency`.
                payer: Who sends the fiat transfer (used to match the incoming payment).

        """
        kwargs = create_topup_order._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_topup_order)

    async def get_topup_order(
        self,
        *,
        order_id: str,
    ) -> TopupOrder:
        """Get top-up order status

        `GET /topup/orders/{order_id}`.
        One top-up order with its status (`TRANSFERRING | COMPLETED | FAILED`) and quote snapshot.
        Use it to confirm a `topup.status` webhook.

        Args:
            order_id: Top-up order id (32 hex digits in the examples).

        """
        kwargs = get_topup_order._get_kwargs(
            order_id=order_id,
        )
        return await self._client.call(kwargs, _parse_get_topup_order)


class TopUpResourceWithRawResponse:
    """Top Up: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_quote(
        self,
        *,
        body: CreateQuoteRequest,
    ) -> APIResponse[Quote]:
        """Create quote

        `POST /global/payout/rate/query/price`.
        Quotes the rate from a fiat `sourceCurrency` to a stablecoin `targetCurrency` ("The API is
        used to get the currency rate"; the payout API's "Get a rate", SDK path
        `/payout/payment/query/price`). `data.queryNo` is the quote id that `createTopupOrder`
        takes as `quoteId`. A quote expires (`quote expired` at order time); its validity is not
        documented. The page's body/response demos are empty; the field tables are used.

        Args:
            body: Currency pair to quote.
                source_currency: Currency you are sending (fiat, ISO 4217, e.g. `AUD`, `USD`).
                target_currency: Target currency (the stablecoin, e.g. `USDT`).
                source_amount (optional): Amount of `sourceCurrency` to top up; fixes the order amounts of
                `quoteSnapshot` (x-inferred, see the API description). A positive decimal string below 10^15 (spec-
                side bounds: zero, or 10^15 and more, is refused with `invalid parameter`), no finer than the
                currency's minor unit (2 decimals, JPY 0; by value) - else `amount has more decimals than the
                currency allows`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_quote._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_quote)

    def list_topup_orders(
        self,
        *,
        wallet_id: str | Unset = UNSET,
        status: TopupOrderStatusFilter | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pages: int | Unset = UNSET,
    ) -> APIResponse[list[TopupOrder]]:
        """List top-up orders

        `GET /topup/orders`.
        Top-up orders, page-paginated: `pageSize` and `pages` (page number from 1); the envelope
        carries `total`. Filters `walletId` and `status` (the published example filters
        `status=CREDITED`, which is not an order status: accepted here as an alias of `COMPLETED`,
        x-inferred). Defaults and the sort order are not documented.

        Args:
            wallet_id: Only orders topping up this wallet.
            status: Only orders in this status: `TRANSFERRING`, `COMPLETED`, `FAILED`; `CREDITED` appears in the
                published example and is read as `COMPLETED` (x-inferred).
            page_size: Orders per page (the example uses 20). Bounds and default not documented; 1-100 here
                (x-inferred).
            pages: Page number, from 1 (the name is the provider's). Default not documented.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_topup_orders._get_kwargs(
            wallet_id=wallet_id,
            status=status,
            page_size=page_size,
            pages=pages,
        )
        return self._client.call_raw(kwargs, _parse_list_topup_orders)

    def create_topup_order(
        self,
        *,
        body: CreateTopupOrderRequest,
    ) -> APIResponse[TopupOrder]:
        """Create top-up order

        `POST /topup/orders`.
        Creates a fiat -> stablecoin top-up of a wallet at a quoted rate (对应“提交法币转账”，返回银行/网关付款指引:
        corresponds to "submit the fiat transfer" and returns bank/gateway payment instructions).
        The amounts come from the quote (`quoteSnapshot`). The order is `TRANSFERRING` until the
        fiat arrives, then `COMPLETED` (the wallet is credited: a `CREDIT` transaction with reason
        `TOPUP_CREDIT`) or `FAILED`; each change is pushed with the `topup.status` webhook.
        Refused with `quote expired`, or below the asset/network's `minTopupFiat` in USD
        (x-inferred message `amount below minimum top-up`), or for a quote without `sourceAmount`
        (`quote has no sourceAmount`). A quote makes one order: the same `quoteId`, `walletId` and
        `payer` again return that order; another wallet or payer gets `quote already used`
        (x-inferred, see Money rules). The published response example nests the order in `data`
        without a key (invalid JSON); modelled as `data` = the order.

        Args:
            body: Top-up of a wallet at a quoted rate.
                quote_id: The quote's `queryNo`.
                wallet_id: Wallet to credit (`wal_...`); its asset must be the quote's `targetCurrency`.
                payer: Who sends the fiat transfer (used to match the incoming payment).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_topup_order._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_topup_order)

    def get_topup_order(
        self,
        *,
        order_id: str,
    ) -> APIResponse[TopupOrder]:
        """Get top-up order status

        `GET /topup/orders/{order_id}`.
        One top-up order with its status (`TRANSFERRING | COMPLETED | FAILED`) and quote snapshot.
        Use it to confirm a `topup.status` webhook.

        Args:
            order_id: Top-up order id (32 hex digits in the examples).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_topup_order._get_kwargs(
            order_id=order_id,
        )
        return self._client.call_raw(kwargs, _parse_get_topup_order)


class AsyncTopUpResourceWithRawResponse:
    """Top Up: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_quote(
        self,
        *,
        body: CreateQuoteRequest,
    ) -> APIResponse[Quote]:
        """Create quote

        `POST /global/payout/rate/query/price`.
        Quotes the rate from a fiat `sourceCurrency` to a stablecoin `targetCurrency` ("The API is
        used to get the currency rate"; the payout API's "Get a rate", SDK path
        `/payout/payment/query/price`). `data.queryNo` is the quote id that `createTopupOrder`
        takes as `quoteId`. A quote expires (`quote expired` at order time); its validity is not
        documented. The page's body/response demos are empty; the field tables are used.

        Args:
            body: Currency pair to quote.
                source_currency: Currency you are sending (fiat, ISO 4217, e.g. `AUD`, `USD`).
                target_currency: Target currency (the stablecoin, e.g. `USDT`).
                source_amount (optional): Amount of `sourceCurrency` to top up; fixes the order amounts of
                `quoteSnapshot` (x-inferred, see the API description). A positive decimal string below 10^15 (spec-
                side bounds: zero, or 10^15 and more, is refused with `invalid parameter`), no finer than the
                currency's minor unit (2 decimals, JPY 0; by value) - else `amount has more decimals than the
                currency allows`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_quote._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_quote)

    async def list_topup_orders(
        self,
        *,
        wallet_id: str | Unset = UNSET,
        status: TopupOrderStatusFilter | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pages: int | Unset = UNSET,
    ) -> APIResponse[list[TopupOrder]]:
        """List top-up orders

        `GET /topup/orders`.
        Top-up orders, page-paginated: `pageSize` and `pages` (page number from 1); the envelope
        carries `total`. Filters `walletId` and `status` (the published example filters
        `status=CREDITED`, which is not an order status: accepted here as an alias of `COMPLETED`,
        x-inferred). Defaults and the sort order are not documented.

        Args:
            wallet_id: Only orders topping up this wallet.
            status: Only orders in this status: `TRANSFERRING`, `COMPLETED`, `FAILED`; `CREDITED` appears in the
                published example and is read as `COMPLETED` (x-inferred).
            page_size: Orders per page (the example uses 20). Bounds and default not documented; 1-100 here
                (x-inferred).
            pages: Page number, from 1 (the name is the provider's). Default not documented.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_topup_orders._get_kwargs(
            wallet_id=wallet_id,
            status=status,
            page_size=page_size,
            pages=pages,
        )
        return await self._client.call_raw(kwargs, _parse_list_topup_orders)

    async def create_topup_order(
        self,
        *,
        body: CreateTopupOrderRequest,
    ) -> APIResponse[TopupOrder]:
        """Create top-up order

        `POST /topup/orders`.
        Creates a fiat -> stablecoin top-up of a wallet at a quoted rate (对应“提交法币转账”，返回银行/网关付款指引:
        corresponds to "submit the fiat transfer" and returns bank/gateway payment instructions).
        The amounts come from the quote (`quoteSnapshot`). The order is `TRANSFERRING` until the
        fiat arrives, then `COMPLETED` (the wallet is credited: a `CREDIT` transaction with reason
        `TOPUP_CREDIT`) or `FAILED`; each change is pushed with the `topup.status` webhook.
        Refused with `quote expired`, or below the asset/network's `minTopupFiat` in USD
        (x-inferred message `amount below minimum top-up`), or for a quote without `sourceAmount`
        (`quote has no sourceAmount`). A quote makes one order: the same `quoteId`, `walletId` and
        `payer` again return that order; another wallet or payer gets `quote already used`
        (x-inferred, see Money rules). The published response example nests the order in `data`
        without a key (invalid JSON); modelled as `data` = the order.

        Args:
            body: Top-up of a wallet at a quoted rate.
                quote_id: The quote's `queryNo`.
                wallet_id: Wallet to credit (`wal_...`); its asset must be the quote's `targetCurrency`.
                payer: Who sends the fiat transfer (used to match the incoming payment).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_topup_order._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_topup_order)

    async def get_topup_order(
        self,
        *,
        order_id: str,
    ) -> APIResponse[TopupOrder]:
        """Get top-up order status

        `GET /topup/orders/{order_id}`.
        One top-up order with its status (`TRANSFERRING | COMPLETED | FAILED`) and quote snapshot.
        Use it to confirm a `topup.status` webhook.

        Args:
            order_id: Top-up order id (32 hex digits in the examples).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_topup_order._get_kwargs(
            order_id=order_id,
        )
        return await self._client.call_raw(kwargs, _parse_get_topup_order)


class AssetsNetworksResource:
    """Assets Networks: 1 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_asset_networks(
        self,
    ) -> AssetNetworkMatrix:
        """Get supported assets & networks

        `GET /assets/networks`.
        The asset/network pairs wallets can be opened on, each with its minimum top-up
        (`minTopupFiat`, a decimal string in the quote's fiat source currency - the currency is
        not stated, x-inferred) and settlement SLA in minutes.


        """
        kwargs = list_asset_networks._get_kwargs()
        return self._client.call(kwargs, _parse_list_asset_networks)


class AsyncAssetsNetworksResource:
    """Assets Networks: 1 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_asset_networks(
        self,
    ) -> AssetNetworkMatrix:
        """Get supported assets & networks

        `GET /assets/networks`.
        The asset/network pairs wallets can be opened on, each with its minimum top-up
        (`minTopupFiat`, a decimal string in the quote's fiat source currency - the currency is
        not stated, x-inferred) and settlement SLA in minutes.


        """
        kwargs = list_asset_networks._get_kwargs()
        return await self._client.call(kwargs, _parse_list_asset_networks)


class AssetsNetworksResourceWithRawResponse:
    """Assets Networks: 1 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_asset_networks(
        self,
    ) -> APIResponse[AssetNetworkMatrix]:
        """Get supported assets & networks

        `GET /assets/networks`.
        The asset/network pairs wallets can be opened on, each with its minimum top-up
        (`minTopupFiat`, a decimal string in the quote's fiat source currency - the currency is
        not stated, x-inferred) and settlement SLA in minutes.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_asset_networks._get_kwargs()
        return self._client.call_raw(kwargs, _parse_list_asset_networks)


class AsyncAssetsNetworksResourceWithRawResponse:
    """Assets Networks: 1 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_asset_networks(
        self,
    ) -> APIResponse[AssetNetworkMatrix]:
        """Get supported assets & networks

        `GET /assets/networks`.
        The asset/network pairs wallets can be opened on, each with its minimum top-up
        (`minTopupFiat`, a decimal string in the quote's fiat source currency - the currency is
        not stated, x-inferred) and settlement SLA in minutes.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_asset_networks._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_list_asset_networks)


class Resources:
    """Every tag's resource, as attributes."""

    _api: SyncAPIClient

    @property
    def authentication(self) -> AuthenticationResource:
        return AuthenticationResource(self._api)

    @property
    def customers(self) -> CustomersResource:
        return CustomersResource(self._api)

    @property
    def wallets(self) -> WalletsResource:
        return WalletsResource(self._api)

    @property
    def top_up(self) -> TopUpResource:
        return TopUpResource(self._api)

    @property
    def assets_networks(self) -> AssetsNetworksResource:
        return AssetsNetworksResource(self._api)

    @property
    def with_raw_response(self) -> ResourcesWithRawResponse:
        """The same operations, each returning an `APIResponse`: parsed result, status, headers, request id."""
        return ResourcesWithRawResponse(self._api)


class AsyncResources:
    """Every tag's resource, as attributes."""

    _api: AsyncAPIClient

    @property
    def authentication(self) -> AsyncAuthenticationResource:
        return AsyncAuthenticationResource(self._api)

    @property
    def customers(self) -> AsyncCustomersResource:
        return AsyncCustomersResource(self._api)

    @property
    def wallets(self) -> AsyncWalletsResource:
        return AsyncWalletsResource(self._api)

    @property
    def top_up(self) -> AsyncTopUpResource:
        return AsyncTopUpResource(self._api)

    @property
    def assets_networks(self) -> AsyncAssetsNetworksResource:
        return AsyncAssetsNetworksResource(self._api)

    @property
    def with_raw_response(self) -> AsyncResourcesWithRawResponse:
        """The same operations, each returning an `APIResponse`: parsed result, status, headers, request id."""
        return AsyncResourcesWithRawResponse(self._api)


class ResourcesWithRawResponse:
    """Every tag's resource, as attributes (raw responses)."""

    _api: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._api = client

    @property
    def authentication(self) -> AuthenticationResourceWithRawResponse:
        return AuthenticationResourceWithRawResponse(self._api)

    @property
    def customers(self) -> CustomersResourceWithRawResponse:
        return CustomersResourceWithRawResponse(self._api)

    @property
    def wallets(self) -> WalletsResourceWithRawResponse:
        return WalletsResourceWithRawResponse(self._api)

    @property
    def top_up(self) -> TopUpResourceWithRawResponse:
        return TopUpResourceWithRawResponse(self._api)

    @property
    def assets_networks(self) -> AssetsNetworksResourceWithRawResponse:
        return AssetsNetworksResourceWithRawResponse(self._api)


class AsyncResourcesWithRawResponse:
    """Every tag's resource, as attributes (raw responses)."""

    _api: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._api = client

    @property
    def authentication(self) -> AsyncAuthenticationResourceWithRawResponse:
        return AsyncAuthenticationResourceWithRawResponse(self._api)

    @property
    def customers(self) -> AsyncCustomersResourceWithRawResponse:
        return AsyncCustomersResourceWithRawResponse(self._api)

    @property
    def wallets(self) -> AsyncWalletsResourceWithRawResponse:
        return AsyncWalletsResourceWithRawResponse(self._api)

    @property
    def top_up(self) -> AsyncTopUpResourceWithRawResponse:
        return AsyncTopUpResourceWithRawResponse(self._api)

    @property
    def assets_networks(self) -> AsyncAssetsNetworksResourceWithRawResponse:
        return AsyncAssetsNetworksResourceWithRawResponse(self._api)
