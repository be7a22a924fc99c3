"""Typed resources over every endpoint, one class per tag (sync and async)."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

import attrs

from .._runtime import pagination
from .._runtime.client import APIResponse
from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.address_validation import AddressValidation
from ..models.api_status import ApiStatus
from ..models.balance_history_entry import BalanceHistoryEntry
from ..models.configure_webhook_request import ConfigureWebhookRequest
from ..models.create_o_auth_application_request import CreateOAuthApplicationRequest
from ..models.create_o_auth_application_response import CreateOAuthApplicationResponse
from ..models.create_payment_request import CreatePaymentRequest
from ..models.create_wallet_request import CreateWalletRequest
from ..models.create_withdrawal_request import CreateWithdrawalRequest
from ..models.currency_list_full import CurrencyListFull
from ..models.currency_list_simple import CurrencyListSimple
from ..models.error_envelope import ErrorEnvelope
from ..models.estimate_withdrawal_fee_request import EstimateWithdrawalFeeRequest
from ..models.estimate_withdrawal_request import EstimateWithdrawalRequest
from ..models.get_access_token_response import GetAccessTokenResponse
from ..models.get_balance_history_response import GetBalanceHistoryResponse
from ..models.get_balances_response import GetBalancesResponse
from ..models.get_payment_status_request import GetPaymentStatusRequest
from ..models.get_rate_response import GetRateResponse
from ..models.get_transfer_history_request import GetTransferHistoryRequest
from ..models.get_transfer_history_response import GetTransferHistoryResponse
from ..models.get_wallet_balances_request import GetWalletBalancesRequest
from ..models.get_wallet_balances_response import GetWalletBalancesResponse
from ..models.get_withdrawal_min_amount_request import GetWithdrawalMinAmountRequest
from ..models.get_withdrawal_status_request import GetWithdrawalStatusRequest
from ..models.list_payments_response import ListPaymentsResponse
from ..models.list_wallets_response import ListWalletsResponse
from ..models.list_withdrawal_currencies_response import ListWithdrawalCurrenciesResponse
from ..models.list_withdrawals_response import ListWithdrawalsResponse
from ..models.list_withdrawals_sort import ListWithdrawalsSort, check_list_withdrawals_sort
from ..models.o_auth_application import OAuthApplication
from ..models.o_auth_application_page import OAuthApplicationPage
from ..models.o_auth_error import OAuthError
from ..models.payment import Payment
from ..models.payment_min_amount import PaymentMinAmount
from ..models.payment_status import PaymentStatus, check_payment_status
from ..models.platform_fees import PlatformFees
from ..models.tenant_info import TenantInfo
from ..models.token_request import TokenRequest
from ..models.transfer import Transfer
from ..models.transfer_accepted import TransferAccepted
from ..models.validate_address_request import ValidateAddressRequest
from ..models.wallet import Wallet
from ..models.wallet_transfer_request import WalletTransferRequest
from ..models.webhook_secret_created import WebhookSecretCreated
from ..models.webhook_settings_updated import WebhookSettingsUpdated
from ..models.withdrawal import Withdrawal
from ..models.withdrawal_estimate import WithdrawalEstimate
from ..models.withdrawal_fee_estimate import WithdrawalFeeEstimate
from ..models.withdrawal_min_amount import WithdrawalMinAmount
from ..models.withdrawal_status import WithdrawalStatus, check_withdrawal_status
from ..types import UNSET, Unset
from .api_status import get_api_status
from .authentication import (
    create_o_auth_application,
    delete_o_auth_application,
    get_access_token,
    list_o_auth_applications,
)
from .balances import get_balance_history, get_balances
from .currencies_rates import get_rate, list_currencies
from .payments import create_payment, get_payment_min_amount, get_payment_status, list_payments
from .user_information import configure_webhook, get_platform_fees, get_tenant_info
from .wallets import (
    create_wallet,
    get_transfer_history,
    get_wallet,
    get_wallet_balances,
    list_wallets,
    transfer_to_user,
    withdraw_to_master,
)
from .withdrawals import (
    create_withdrawal,
    estimate_withdrawal,
    estimate_withdrawal_fee,
    get_withdrawal,
    get_withdrawal_min_amount,
    get_withdrawal_status,
    list_withdrawal_currencies,
    list_withdrawals,
    validate_withdrawal_address,
)

if TYPE_CHECKING:
    from .._runtime.client import AsyncAPIClient, SyncAPIClient


def _parse_get_access_token(response: Any) -> GetAccessTokenResponse:
    response_200 = GetAccessTokenResponse.from_dict(response)

    return response_200


def _parse_list_o_auth_applications(response: Any) -> list[OAuthApplication] | OAuthApplicationPage:
    def _parse_response_200(data: object) -> list[OAuthApplication] | OAuthApplicationPage:
        try:
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_list_o_auth_applications_response_type_0 = []
            _componentsschemas_list_o_auth_applications_response_type_0 = data
            for (
                componentsschemas_list_o_auth_applications_response_type_0_item_data
            ) in _componentsschemas_list_o_auth_applications_response_type_0:
                componentsschemas_list_o_auth_applications_response_type_0_item = OAuthApplication.from_dict(
                    componentsschemas_list_o_auth_applications_response_type_0_item_data
                )

                componentsschemas_list_o_auth_applications_response_type_0.append(
                    componentsschemas_list_o_auth_applications_response_type_0_item
                )

            return componentsschemas_list_o_auth_applications_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_list_o_auth_applications_response_type_1 = OAuthApplicationPage.from_dict(data)

        return componentsschemas_list_o_auth_applications_response_type_1

    response_200 = _parse_response_200(response)

    return response_200


def _parse_create_o_auth_application(response: Any) -> CreateOAuthApplicationResponse:
    response_201 = CreateOAuthApplicationResponse.from_dict(response)

    return response_201


def _parse_delete_o_auth_application(response: Any) -> Any:
    response_204 = cast(Any, None)
    return response_204


def _parse_list_currencies(response: Any) -> CurrencyListFull | CurrencyListSimple:
    def _parse_response_200(data: object) -> CurrencyListFull | CurrencyListSimple:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_list_currencies_response_type_0 = CurrencyListFull.from_dict(data)

            return componentsschemas_list_currencies_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_list_currencies_response_type_1 = CurrencyListSimple.from_dict(data)

        return componentsschemas_list_currencies_response_type_1

    response_200 = _parse_response_200(response)

    return response_200


def _parse_get_rate(response: Any) -> GetRateResponse:
    response_200 = GetRateResponse.from_dict(response)

    return response_200


def _parse_list_payments(response: Any) -> ListPaymentsResponse:
    response_200 = ListPaymentsResponse.from_dict(response)

    return response_200


def _parse_create_payment(response: Any) -> Payment:
    response_201 = Payment.from_dict(response)

    return response_201


def _parse_get_payment_status(response: Any) -> Payment:
    response_200 = Payment.from_dict(response)

    return response_200


def _parse_get_payment_min_amount(response: Any) -> PaymentMinAmount:
    response_200 = PaymentMinAmount.from_dict(response)

    return response_200


def _parse_list_withdrawals(response: Any) -> ListWithdrawalsResponse:
    response_200 = ListWithdrawalsResponse.from_dict(response)

    return response_200


def _parse_create_withdrawal(response: Any) -> Withdrawal:
    response_201 = Withdrawal.from_dict(response)

    return response_201


def _parse_get_withdrawal(response: Any) -> Withdrawal:
    response_200 = Withdrawal.from_dict(response)

    return response_200


def _parse_get_withdrawal_status(response: Any) -> Withdrawal:
    response_200 = Withdrawal.from_dict(response)

    return response_200


def _parse_validate_withdrawal_address(response: Any) -> AddressValidation:
    response_200 = AddressValidation.from_dict(response)

    return response_200


def _parse_estimate_withdrawal_fee(response: Any) -> WithdrawalFeeEstimate:
    response_200 = WithdrawalFeeEstimate.from_dict(response)

    return response_200


def _parse_estimate_withdrawal(response: Any) -> WithdrawalEstimate:
    response_200 = WithdrawalEstimate.from_dict(response)

    return response_200


def _parse_get_withdrawal_min_amount(response: Any) -> WithdrawalMinAmount:
    response_200 = WithdrawalMinAmount.from_dict(response)

    return response_200


def _parse_list_withdrawal_currencies(response: Any) -> ListWithdrawalCurrenciesResponse:
    response_200 = ListWithdrawalCurrenciesResponse.from_dict(response)

    return response_200


def _parse_get_balances(response: Any) -> GetBalancesResponse:
    response_200 = GetBalancesResponse.from_dict(response)

    return response_200


def _parse_get_balance_history(response: Any) -> GetBalanceHistoryResponse:
    response_200 = GetBalanceHistoryResponse.from_dict(response)

    return response_200


def _parse_list_wallets(response: Any) -> ListWalletsResponse:
    response_200 = ListWalletsResponse.from_dict(response)

    return response_200


def _parse_create_wallet(response: Any) -> Wallet:
    response_201 = Wallet.from_dict(response)

    return response_201


def _parse_get_wallet(response: Any) -> Wallet:
    response_200 = Wallet.from_dict(response)

    return response_200


def _parse_get_wallet_balances(response: Any) -> GetWalletBalancesResponse:
    response_200 = GetWalletBalancesResponse.from_dict(response)

    return response_200


def _parse_transfer_to_user(response: Any) -> TransferAccepted:
    response_202 = TransferAccepted.from_dict(response)

    return response_202


def _parse_withdraw_to_master(response: Any) -> TransferAccepted:
    response_202 = TransferAccepted.from_dict(response)

    return response_202


def _parse_get_transfer_history(response: Any) -> GetTransferHistoryResponse:
    response_200 = GetTransferHistoryResponse.from_dict(response)

    return response_200


def _parse_get_tenant_info(response: Any) -> TenantInfo:
    response_200 = TenantInfo.from_dict(response)

    return response_200


def _parse_configure_webhook(response: Any) -> WebhookSecretCreated | WebhookSettingsUpdated:
    def _parse_response_200(data: object) -> WebhookSecretCreated | WebhookSettingsUpdated:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_configure_webhook_response_type_0 = WebhookSecretCreated.from_dict(data)

            return componentsschemas_configure_webhook_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_configure_webhook_response_type_1 = WebhookSettingsUpdated.from_dict(data)

        return componentsschemas_configure_webhook_response_type_1

    response_200 = _parse_response_200(response)

    return response_200


def _parse_get_platform_fees(response: Any) -> PlatformFees:
    response_200 = PlatformFees.from_dict(response)

    return response_200


def _parse_get_api_status(response: Any) -> ApiStatus:
    response_200 = ApiStatus.from_dict(response)

    return response_200


class AuthenticationResource:
    """Authentication: 4 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_access_token(
        self,
        *,
        body: TokenRequest,
    ) -> GetAccessTokenResponse:
        """Get OAuth Token

        `POST /o/token/`.
        Issues an access token with the client-credentials grant. Public endpoint (no bearer
        token). Send `grant_type=client_credentials`, the space-separated `scope` (`read write` or
        `read write admin`) and the client credentials, either as the form fields
        `client_id`/`client_secret` or as HTTP Basic (`Authorization: Basic
        base64(client_id:client_secret)`). Errors follow RFC 6749 section 5.2.

        Args:
            body: Client-credentials token request (form-encoded). `client_id`/`client_secret` may be omitted
                when they are sent by HTTP Basic.
                grant_type: Always `client_credentials`.
                client_id (optional): OAuth client id (or use HTTP Basic).
                client_secret (optional): OAuth client secret (or use HTTP Basic).
                scope (optional): Space-separated scopes, e.g. `read write` or `read write admin`.

        """
        kwargs = get_access_token._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_get_access_token)

    def list_o_auth_applications(
        self,
    ) -> list[OAuthApplication] | OAuthApplicationPage:
        """List OAuth Applications

        `GET /o/apps/`.
        Lists the OAuth applications of the tenant. Scopes: read, write. The docs show two shapes
        (a bare array, and `{count, results}`); both are accepted.


        """
        kwargs = list_o_auth_applications._get_kwargs()
        return self._client.call(kwargs, _parse_list_o_auth_applications)

    def create_o_auth_application(
        self,
        *,
        body: CreateOAuthApplicationRequest,
    ) -> CreateOAuthApplicationResponse:
        """Create OAuth Application

        `POST /o/apps/`.
        Creates an OAuth application (confidential client, client-credentials grant) and returns
        its `client_id` and `client_secret`. Store the secret. Scopes: read, write.

        Args:
            body: New OAuth application.
                name: Descriptive name.

        """
        kwargs = create_o_auth_application._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_o_auth_application)

    def delete_o_auth_application(
        self,
        *,
        id: int,
    ) -> Any:
        """Delete OAuth Application

        `DELETE /o/apps/{id}/`.
        Deletes an OAuth application; tokens issued to it stop working. Scopes: read, write.

        Args:
            id: Application id (integer, from the list or create response).

        """
        kwargs = delete_o_auth_application._get_kwargs(
            id=id,
        )
        return self._client.call(kwargs, _parse_delete_o_auth_application)


class AsyncAuthenticationResource:
    """Authentication: 4 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_access_token(
        self,
        *,
        body: TokenRequest,
    ) -> GetAccessTokenResponse:
        """Get OAuth Token

        `POST /o/token/`.
        Issues an access token with the client-credentials grant. Public endpoint (no bearer
        token). Send `grant_type=client_credentials`, the space-separated `scope` (`read write` or
        `read write admin`) and the client credentials, either as the form fields
        `client_id`/`client_secret` or as HTTP Basic (`Authorization: Basic
        base64(client_id:client_secret)`). Errors follow RFC 6749 section 5.2.

        Args:
            body: Client-credentials token request (form-encoded). `client_id`/`client_secret` may be omitted
                when they are sent by HTTP Basic.
                grant_type: Always `client_credentials`.
                client_id (optional): OAuth client id (or use HTTP Basic).
                client_secret (optional): OAuth client secret (or use HTTP Basic).
                scope (optional): Space-separated scopes, e.g. `read write` or `read write admin`.

        """
        kwargs = get_access_token._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_get_access_token)

    async def list_o_auth_applications(
        self,
    ) -> list[OAuthApplication] | OAuthApplicationPage:
        """List OAuth Applications

        `GET /o/apps/`.
        Lists the OAuth applications of the tenant. Scopes: read, write. The docs show two shapes
        (a bare array, and `{count, results}`); both are accepted.


        """
        kwargs = list_o_auth_applications._get_kwargs()
        return await self._client.call(kwargs, _parse_list_o_auth_applications)

    async def create_o_auth_application(
        self,
        *,
        body: CreateOAuthApplicationRequest,
    ) -> CreateOAuthApplicationResponse:
        """Create OAuth Application

        `POST /o/apps/`.
        Creates an OAuth application (confidential client, client-credentials grant) and returns
        its `client_id` and `client_secret`. Store the secret. Scopes: read, write.

        Args:
            body: New OAuth application.
                name: Descriptive name.

        """
        kwargs = create_o_auth_application._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_o_auth_application)

    async def delete_o_auth_application(
        self,
        *,
        id: int,
    ) -> Any:
        """Delete OAuth Application

        `DELETE /o/apps/{id}/`.
        Deletes an OAuth application; tokens issued to it stop working. Scopes: read, write.

        Args:
            id: Application id (integer, from the list or create response).

        """
        kwargs = delete_o_auth_application._get_kwargs(
            id=id,
        )
        return await self._client.call(kwargs, _parse_delete_o_auth_application)


class AuthenticationResourceWithRawResponse:
    """Authentication: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_access_token(
        self,
        *,
        body: TokenRequest,
    ) -> APIResponse[GetAccessTokenResponse]:
        """Get OAuth Token

        `POST /o/token/`.
        Issues an access token with the client-credentials grant. Public endpoint (no bearer
        token). Send `grant_type=client_credentials`, the space-separated `scope` (`read write` or
        `read write admin`) and the client credentials, either as the form fields
        `client_id`/`client_secret` or as HTTP Basic (`Authorization: Basic
        base64(client_id:client_secret)`). Errors follow RFC 6749 section 5.2.

        Args:
            body: Client-credentials token request (form-encoded). `client_id`/`client_secret` may be omitted
                when they are sent by HTTP Basic.
                grant_type: Always `client_credentials`.
                client_id (optional): OAuth client id (or use HTTP Basic).
                client_secret (optional): OAuth client secret (or use HTTP Basic).
                scope (optional): Space-separated scopes, e.g. `read write` or `read write admin`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_access_token._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_get_access_token)

    def list_o_auth_applications(
        self,
    ) -> APIResponse[list[OAuthApplication] | OAuthApplicationPage]:
        """List OAuth Applications

        `GET /o/apps/`.
        Lists the OAuth applications of the tenant. Scopes: read, write. The docs show two shapes
        (a bare array, and `{count, results}`); both are accepted.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_o_auth_applications._get_kwargs()
        return self._client.call_raw(kwargs, _parse_list_o_auth_applications)

    def create_o_auth_application(
        self,
        *,
        body: CreateOAuthApplicationRequest,
    ) -> APIResponse[CreateOAuthApplicationResponse]:
        """Create OAuth Application

        `POST /o/apps/`.
        Creates an OAuth application (confidential client, client-credentials grant) and returns
        its `client_id` and `client_secret`. Store the secret. Scopes: read, write.

        Args:
            body: New OAuth application.
                name: Descriptive name.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_o_auth_application._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_o_auth_application)

    def delete_o_auth_application(
        self,
        *,
        id: int,
    ) -> APIResponse[Any]:
        """Delete OAuth Application

        `DELETE /o/apps/{id}/`.
        Deletes an OAuth application; tokens issued to it stop working. Scopes: read, write.

        Args:
            id: Application id (integer, from the list or create response).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = delete_o_auth_application._get_kwargs(
            id=id,
        )
        return self._client.call_raw(kwargs, _parse_delete_o_auth_application)


class AsyncAuthenticationResourceWithRawResponse:
    """Authentication: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_access_token(
        self,
        *,
        body: TokenRequest,
    ) -> APIResponse[GetAccessTokenResponse]:
        """Get OAuth Token

        `POST /o/token/`.
        Issues an access token with the client-credentials grant. Public endpoint (no bearer
        token). Send `grant_type=client_credentials`, the space-separated `scope` (`read write` or
        `read write admin`) and the client credentials, either as the form fields
        `client_id`/`client_secret` or as HTTP Basic (`Authorization: Basic
        base64(client_id:client_secret)`). Errors follow RFC 6749 section 5.2.

        Args:
            body: Client-credentials token request (form-encoded). `client_id`/`client_secret` may be omitted
                when they are sent by HTTP Basic.
                grant_type: Always `client_credentials`.
                client_id (optional): OAuth client id (or use HTTP Basic).
                client_secret (optional): OAuth client secret (or use HTTP Basic).
                scope (optional): Space-separated scopes, e.g. `read write` or `read write admin`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_access_token._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_get_access_token)

    async def list_o_auth_applications(
        self,
    ) -> APIResponse[list[OAuthApplication] | OAuthApplicationPage]:
        """List OAuth Applications

        `GET /o/apps/`.
        Lists the OAuth applications of the tenant. Scopes: read, write. The docs show two shapes
        (a bare array, and `{count, results}`); both are accepted.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_o_auth_applications._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_list_o_auth_applications)

    async def create_o_auth_application(
        self,
        *,
        body: CreateOAuthApplicationRequest,
    ) -> APIResponse[CreateOAuthApplicationResponse]:
        """Create OAuth Application

        `POST /o/apps/`.
        Creates an OAuth application (confidential client, client-credentials grant) and returns
        its `client_id` and `client_secret`. Store the secret. Scopes: read, write.

        Args:
            body: New OAuth application.
                name: Descriptive name.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_o_auth_application._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_o_auth_application)

    async def delete_o_auth_application(
        self,
        *,
        id: int,
    ) -> APIResponse[Any]:
        """Delete OAuth Application

        `DELETE /o/apps/{id}/`.
        Deletes an OAuth application; tokens issued to it stop working. Scopes: read, write.

        Args:
            id: Application id (integer, from the list or create response).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = delete_o_auth_application._get_kwargs(
            id=id,
        )
        return await self._client.call_raw(kwargs, _parse_delete_o_auth_application)


class CurrenciesRatesResource:
    """Currencies Rates: 2 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_currencies(
        self,
        *,
        full: bool | Unset = False,
        min_max: bool | Unset = False,
        include_usd: bool | Unset = False,
        withdrawal: bool | Unset = False,
    ) -> CurrencyListFull | CurrencyListSimple:
        """Get Available Currencies

        `GET /currencies/`.
        Currencies available for deposits (default) or withdrawals (`withdrawal=true`). Without
        `full` the answer is a list of codes; with `full=true` a list of objects (with
        `min_max=true` the limits, with `include_usd=true` also in USD). Scopes: read, write.

        Args:
            full: Return full currency details (default false).
            min_max: Include min/max limits (default false).
            include_usd: Include USD equivalents of the limits (requires `min_max=true`).
            withdrawal: List withdrawal currencies instead of deposit currencies (default false).

        """
        kwargs = list_currencies._get_kwargs(
            full=full,
            min_max=min_max,
            include_usd=include_usd,
            withdrawal=withdrawal,
        )
        return self._client.call(kwargs, _parse_list_currencies)

    def get_rate(
        self,
        *,
        amount: Decimal | Unset = Decimal("1.0"),
        currency_from: str | Unset = "USD",
        currency_to: str,
        fee_percentage: Decimal | Unset = UNSET,
        is_fee_paid_by_user: bool | Unset = UNSET,
        full: bool | Unset = False,
    ) -> GetRateResponse:
        """Get Exchange Rate

        `GET /rates/`.
        Converts `amount` of `currency_from` (default USD) into `currency_to`, optionally after a
        fee. With `full=true` the fee and a timestamp are added. Numbers in the answer are JSON
        numbers. Scopes: read.

        Args:
            amount: Amount to convert (default 1.0), a decimal.
            currency_from: Source currency code (default `USD`).
            currency_to: Target currency code, e.g. `USDTTRC20`.
            fee_percentage: Custom fee percentage (e.g. `1.0` = 1 %), at most 100; defaults to the tenant fee.
            is_fee_paid_by_user: Whether the fee is deducted from the received amount.
            full: Return fee details and a timestamp (default false).

        """
        kwargs = get_rate._get_kwargs(
            amount=amount,
            currency_from=currency_from,
            currency_to=currency_to,
            fee_percentage=fee_percentage,
            is_fee_paid_by_user=is_fee_paid_by_user,
            full=full,
        )
        return self._client.call(kwargs, _parse_get_rate)


class AsyncCurrenciesRatesResource:
    """Currencies Rates: 2 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_currencies(
        self,
        *,
        full: bool | Unset = False,
        min_max: bool | Unset = False,
        include_usd: bool | Unset = False,
        withdrawal: bool | Unset = False,
    ) -> CurrencyListFull | CurrencyListSimple:
        """Get Available Currencies

        `GET /currencies/`.
        Currencies available for deposits (default) or withdrawals (`withdrawal=true`). Without
        `full` the answer is a list of codes; with `full=true` a list of objects (with
        `min_max=true` the limits, with `include_usd=true` also in USD). Scopes: read, write.

        Args:
            full: Return full currency details (default false).
            min_max: Include min/max limits (default false).
            include_usd: Include USD equivalents of the limits (requires `min_max=true`).
            withdrawal: List withdrawal currencies instead of deposit currencies (default false).

        """
        kwargs = list_currencies._get_kwargs(
            full=full,
            min_max=min_max,
            include_usd=include_usd,
            withdrawal=withdrawal,
        )
        return await self._client.call(kwargs, _parse_list_currencies)

    async def get_rate(
        self,
        *,
        amount: Decimal | Unset = Decimal("1.0"),
        currency_from: str | Unset = "USD",
        currency_to: str,
        fee_percentage: Decimal | Unset = UNSET,
        is_fee_paid_by_user: bool | Unset = UNSET,
        full: bool | Unset = False,
    ) -> GetRateResponse:
        """Get Exchange Rate

        `GET /rates/`.
        Converts `amount` of `currency_from` (default USD) into `currency_to`, optionally after a
        fee. With `full=true` the fee and a timestamp are added. Numbers in the answer are JSON
        numbers. Scopes: read.

        Args:
            amount: Amount to convert (default 1.0), a decimal.
            currency_from: Source currency code (default `USD`).
            currency_to: Target currency code, e.g. `USDTTRC20`.
            fee_percentage: Custom fee percentage (e.g. `1.0` = 1 %), at most 100; defaults to the tenant fee.
            is_fee_paid_by_user: Whether the fee is deducted from the received amount.
            full: Return fee details and a timestamp (default false).

        """
        kwargs = get_rate._get_kwargs(
            amount=amount,
            currency_from=currency_from,
            currency_to=currency_to,
            fee_percentage=fee_percentage,
            is_fee_paid_by_user=is_fee_paid_by_user,
            full=full,
        )
        return await self._client.call(kwargs, _parse_get_rate)


class CurrenciesRatesResourceWithRawResponse:
    """Currencies Rates: 2 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_currencies(
        self,
        *,
        full: bool | Unset = False,
        min_max: bool | Unset = False,
        include_usd: bool | Unset = False,
        withdrawal: bool | Unset = False,
    ) -> APIResponse[CurrencyListFull | CurrencyListSimple]:
        """Get Available Currencies

        `GET /currencies/`.
        Currencies available for deposits (default) or withdrawals (`withdrawal=true`). Without
        `full` the answer is a list of codes; with `full=true` a list of objects (with
        `min_max=true` the limits, with `include_usd=true` also in USD). Scopes: read, write.

        Args:
            full: Return full currency details (default false).
            min_max: Include min/max limits (default false).
            include_usd: Include USD equivalents of the limits (requires `min_max=true`).
            withdrawal: List withdrawal currencies instead of deposit currencies (default false).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_currencies._get_kwargs(
            full=full,
            min_max=min_max,
            include_usd=include_usd,
            withdrawal=withdrawal,
        )
        return self._client.call_raw(kwargs, _parse_list_currencies)

    def get_rate(
        self,
        *,
        amount: Decimal | Unset = Decimal("1.0"),
        currency_from: str | Unset = "USD",
        currency_to: str,
        fee_percentage: Decimal | Unset = UNSET,
        is_fee_paid_by_user: bool | Unset = UNSET,
        full: bool | Unset = False,
    ) -> APIResponse[GetRateResponse]:
        """Get Exchange Rate

        `GET /rates/`.
        Converts `amount` of `currency_from` (default USD) into `currency_to`, optionally after a
        fee. With `full=true` the fee and a timestamp are added. Numbers in the answer are JSON
        numbers. Scopes: read.

        Args:
            amount: Amount to convert (default 1.0), a decimal.
            currency_from: Source currency code (default `USD`).
            currency_to: Target currency code, e.g. `USDTTRC20`.
            fee_percentage: Custom fee percentage (e.g. `1.0` = 1 %), at most 100; defaults to the tenant fee.
            is_fee_paid_by_user: Whether the fee is deducted from the received amount.
            full: Return fee details and a timestamp (default false).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_rate._get_kwargs(
            amount=amount,
            currency_from=currency_from,
            currency_to=currency_to,
            fee_percentage=fee_percentage,
            is_fee_paid_by_user=is_fee_paid_by_user,
            full=full,
        )
        return self._client.call_raw(kwargs, _parse_get_rate)


class AsyncCurrenciesRatesResourceWithRawResponse:
    """Currencies Rates: 2 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_currencies(
        self,
        *,
        full: bool | Unset = False,
        min_max: bool | Unset = False,
        include_usd: bool | Unset = False,
        withdrawal: bool | Unset = False,
    ) -> APIResponse[CurrencyListFull | CurrencyListSimple]:
        """Get Available Currencies

        `GET /currencies/`.
        Currencies available for deposits (default) or withdrawals (`withdrawal=true`). Without
        `full` the answer is a list of codes; with `full=true` a list of objects (with
        `min_max=true` the limits, with `include_usd=true` also in USD). Scopes: read, write.

        Args:
            full: Return full currency details (default false).
            min_max: Include min/max limits (default false).
            include_usd: Include USD equivalents of the limits (requires `min_max=true`).
            withdrawal: List withdrawal currencies instead of deposit currencies (default false).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_currencies._get_kwargs(
            full=full,
            min_max=min_max,
            include_usd=include_usd,
            withdrawal=withdrawal,
        )
        return await self._client.call_raw(kwargs, _parse_list_currencies)

    async def get_rate(
        self,
        *,
        amount: Decimal | Unset = Decimal("1.0"),
        currency_from: str | Unset = "USD",
        currency_to: str,
        fee_percentage: Decimal | Unset = UNSET,
        is_fee_paid_by_user: bool | Unset = UNSET,
        full: bool | Unset = False,
    ) -> APIResponse[GetRateResponse]:
        """Get Exchange Rate

        `GET /rates/`.
        Converts `amount` of `currency_from` (default USD) into `currency_to`, optionally after a
        fee. With `full=true` the fee and a timestamp are added. Numbers in the answer are JSON
        numbers. Scopes: read.

        Args:
            amount: Amount to convert (default 1.0), a decimal.
            currency_from: Source currency code (default `USD`).
            currency_to: Target currency code, e.g. `USDTTRC20`.
            fee_percentage: Custom fee percentage (e.g. `1.0` = 1 %), at most 100; defaults to the tenant fee.
            is_fee_paid_by_user: Whether the fee is deducted from the received amount.
            full: Return fee details and a timestamp (default false).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_rate._get_kwargs(
            amount=amount,
            currency_from=currency_from,
            currency_to=currency_to,
            fee_percentage=fee_percentage,
            is_fee_paid_by_user=is_fee_paid_by_user,
            full=full,
        )
        return await self._client.call_raw(kwargs, _parse_get_rate)


class PaymentsResource:
    """Payments: 4 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_payments(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        status: PaymentStatus | Unset = UNSET,
        currency: str | Unset = UNSET,
        blockchain: str | Unset = UNSET,
        token: str | Unset = UNSET,
    ) -> ListPaymentsResponse:
        """List Payments

        `GET /payments/`.
        Lists payments, newest first, with offset-based pagination. Scopes: read, write.

        Args:
            limit: Max results per page, 1-100 (default 20).
            offset: Number of results to skip (default 0).
            status: Filter by status.
            currency: Filter by combined currency code, e.g. `USDTTRC20`.
            blockchain: Filter by blockchain, e.g. `TRX`, `ETH`.
            token: Filter by token, e.g. `USDT`.

        """
        kwargs = list_payments._get_kwargs(
            limit=limit,
            offset=offset,
            status=status,
            currency=currency,
            blockchain=blockchain,
            token=token,
        )
        return self._client.call(kwargs, _parse_list_payments)

    def iter_list_payments(
        self,
        *,
        limit: int | Unset = 20,
        status: PaymentStatus | Unset = UNSET,
        currency: str | Unset = UNSET,
        blockchain: str | Unset = UNSET,
        token: str | Unset = UNSET,
    ) -> Iterator[Payment]:
        """Every item of `list_payments`, page after page.
        Args:
            limit: Max results per page, 1-100 (default 20).
            status: Filter by status.
            currency: Filter by combined currency code, e.g. `USDTTRC20`.
            blockchain: Filter by blockchain, e.g. `TRX`, `ETH`.
            token: Filter by token, e.g. `USDT`.

        """

        def fetch(position: int) -> ListPaymentsResponse:
            return self.list_payments(
                limit=limit,
                offset=position,
                status=status,
                currency=currency,
                blockchain=blockchain,
                token=token,
            )

        return pagination.iterate_offset(fetch, "results", Payment)

    def create_payment(
        self,
        *,
        body: CreatePaymentRequest,
    ) -> Payment:
        """Create Payment

        `POST /payments/`.
        Creates a payment: a deposit address for `currency` (or `blockchain` + `token`) that
        expects the crypto equivalent of `amount` `price_currency`, valid for `expiry_minutes`.
        The payment starts in status `waiting`. Send exactly one of `currency` / (`blockchain` +
        `token`). Scopes: read, write.

        Args:
            body: New payment. Send exactly one of `currency` / (`blockchain` + `token`).
                amount: Price in `price_currency` (fiat), exact: at most 2 decimals by value (`100.10` =
                `100.1`), finer prices are refused with `invalid_amount` (422), never rounded. A JSON number (the
                seed's examples, `100.00`) or a decimal string (`"100.00"`): both accepted, x-inferred from the
                backend's Django REST Framework `DecimalField`, which reads either. Positive and at most 1000000000,
                else `invalid_amount` (422).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`), e.g. `TRX`.
                token (optional): Token (with `blockchain`), e.g. `USDT`.
                price_currency (optional): Currency of `amount` (default `USD`).
                callback_url (optional): Webhook URL for this payment (overrides the tenant URL).
                order_id (optional): Your order id (auto-generated when omitted).
                order_description (optional): Order description.
                custom_id (optional): Your reference.
                is_fixed_rate (optional): Lock the exchange rate (default true).
                is_fee_paid_by_user (optional): Whether the payer pays the fee (added to the crypto amount).
                customer_email (optional): Payer's e-mail. Not declared `format: email`: the seed's example is
                the Cloudflare obfuscation artefact `[email protected]`, and `EmailStr` would need `email-validator`
                in the pydantic models.
                wallet_id (optional): Wallet (sub-account) to credit; the master account when omitted.
                expiry_minutes (optional): Payment window in minutes (1-1440).

        """
        kwargs = create_payment._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_payment)

    def get_payment_status(
        self,
        *,
        body: GetPaymentStatusRequest,
    ) -> Payment:
        """Check Payment Status

        `POST /payments/status/`.
        Returns the payment (current status, amounts, confirmations, deposits) for a
        `transaction_id`. Scopes: read, write.

        Args:
            body: Payment lookup.
                transaction_id: The payment's `transaction_id`.

        """
        kwargs = get_payment_status._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_get_payment_status)

    def get_payment_min_amount(
        self,
        *,
        currency: str,
    ) -> PaymentMinAmount:
        """Get Minimum Amount

        `GET /payments/min-amount/`.
        Minimum and maximum payment amount for a currency (JSON numbers). Unknown currency: 400
        `invalid_currency`. Scopes: read, write.

        Args:
            currency: Currency code, e.g. `USDTTRC20`.

        """
        kwargs = get_payment_min_amount._get_kwargs(
            currency=currency,
        )
        return self._client.call(kwargs, _parse_get_payment_min_amount)


class AsyncPaymentsResource:
    """Payments: 4 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_payments(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        status: PaymentStatus | Unset = UNSET,
        currency: str | Unset = UNSET,
        blockchain: str | Unset = UNSET,
        token: str | Unset = UNSET,
    ) -> ListPaymentsResponse:
        """List Payments

        `GET /payments/`.
        Lists payments, newest first, with offset-based pagination. Scopes: read, write.

        Args:
            limit: Max results per page, 1-100 (default 20).
            offset: Number of results to skip (default 0).
            status: Filter by status.
            currency: Filter by combined currency code, e.g. `USDTTRC20`.
            blockchain: Filter by blockchain, e.g. `TRX`, `ETH`.
            token: Filter by token, e.g. `USDT`.

        """
        kwargs = list_payments._get_kwargs(
            limit=limit,
            offset=offset,
            status=status,
            currency=currency,
            blockchain=blockchain,
            token=token,
        )
        return await self._client.call(kwargs, _parse_list_payments)

    def iter_list_payments(
        self,
        *,
        limit: int | Unset = 20,
        status: PaymentStatus | Unset = UNSET,
        currency: str | Unset = UNSET,
        blockchain: str | Unset = UNSET,
        token: str | Unset = UNSET,
    ) -> AsyncIterator[Payment]:
        """Every item of `list_payments`, page after page.
        Args:
            limit: Max results per page, 1-100 (default 20).
            status: Filter by status.
            currency: Filter by combined currency code, e.g. `USDTTRC20`.
            blockchain: Filter by blockchain, e.g. `TRX`, `ETH`.
            token: Filter by token, e.g. `USDT`.

        """

        async def fetch(position: int) -> ListPaymentsResponse:
            return await self.list_payments(
                limit=limit,
                offset=position,
                status=status,
                currency=currency,
                blockchain=blockchain,
                token=token,
            )

        return pagination.aiterate_offset(fetch, "results", Payment)

    async def create_payment(
        self,
        *,
        body: CreatePaymentRequest,
    ) -> Payment:
        """Create Payment

        `POST /payments/`.
        Creates a payment: a deposit address for `currency` (or `blockchain` + `token`) that
        expects the crypto equivalent of `amount` `price_currency`, valid for `expiry_minutes`.
        The payment starts in status `waiting`. Send exactly one of `currency` / (`blockchain` +
        `token`). Scopes: read, write.

        Args:
            body: New payment. Send exactly one of `currency` / (`blockchain` + `token`).
                amount: Price in `price_currency` (fiat), exact: at most 2 decimals by value (`100.10` =
                `100.1`), finer prices are refused with `invalid_amount` (422), never rounded. A JSON number (the
                seed's examples, `100.00`) or a decimal string (`"100.00"`): both accepted, x-inferred from the
                backend's Django REST Framework `DecimalField`, which reads either. Positive and at most 1000000000,
                else `invalid_amount` (422).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`), e.g. `TRX`.
                token (optional): Token (with `blockchain`), e.g. `USDT`.
                price_currency (optional): Currency of `amount` (default `USD`).
                callback_url (optional): Webhook URL for this payment (overrides the tenant URL).
                order_id (optional): Your order id (auto-generated when omitted).
                order_description (optional): Order description.
                custom_id (optional): Your reference.
                is_fixed_rate (optional): Lock the exchange rate (default true).
                is_fee_paid_by_user (optional): Whether the payer pays the fee (added to the crypto amount).
                customer_email (optional): Payer's e-mail. Not declared `format: email`: the seed's example is
                the Cloudflare obfuscation artefact `[email protected]`, and `EmailStr` would need `email-validator`
                in the pydantic models.
                wallet_id (optional): Wallet (sub-account) to credit; the master account when omitted.
                expiry_minutes (optional): Payment window in minutes (1-1440).

        """
        kwargs = create_payment._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_payment)

    async def get_payment_status(
        self,
        *,
        body: GetPaymentStatusRequest,
    ) -> Payment:
        """Check Payment Status

        `POST /payments/status/`.
        Returns the payment (current status, amounts, confirmations, deposits) for a
        `transaction_id`. Scopes: read, write.

        Args:
            body: Payment lookup.
                transaction_id: The payment's `transaction_id`.

        """
        kwargs = get_payment_status._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_get_payment_status)

    async def get_payment_min_amount(
        self,
        *,
        currency: str,
    ) -> PaymentMinAmount:
        """Get Minimum Amount

        `GET /payments/min-amount/`.
        Minimum and maximum payment amount for a currency (JSON numbers). Unknown currency: 400
        `invalid_currency`. Scopes: read, write.

        Args:
            currency: Currency code, e.g. `USDTTRC20`.

        """
        kwargs = get_payment_min_amount._get_kwargs(
            currency=currency,
        )
        return await self._client.call(kwargs, _parse_get_payment_min_amount)


class PaymentsResourceWithRawResponse:
    """Payments: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_payments(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        status: PaymentStatus | Unset = UNSET,
        currency: str | Unset = UNSET,
        blockchain: str | Unset = UNSET,
        token: str | Unset = UNSET,
    ) -> APIResponse[ListPaymentsResponse]:
        """List Payments

        `GET /payments/`.
        Lists payments, newest first, with offset-based pagination. Scopes: read, write.

        Args:
            limit: Max results per page, 1-100 (default 20).
            offset: Number of results to skip (default 0).
            status: Filter by status.
            currency: Filter by combined currency code, e.g. `USDTTRC20`.
            blockchain: Filter by blockchain, e.g. `TRX`, `ETH`.
            token: Filter by token, e.g. `USDT`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_payments._get_kwargs(
            limit=limit,
            offset=offset,
            status=status,
            currency=currency,
            blockchain=blockchain,
            token=token,
        )
        return self._client.call_raw(kwargs, _parse_list_payments)

    def create_payment(
        self,
        *,
        body: CreatePaymentRequest,
    ) -> APIResponse[Payment]:
        """Create Payment

        `POST /payments/`.
        Creates a payment: a deposit address for `currency` (or `blockchain` + `token`) that
        expects the crypto equivalent of `amount` `price_currency`, valid for `expiry_minutes`.
        The payment starts in status `waiting`. Send exactly one of `currency` / (`blockchain` +
        `token`). Scopes: read, write.

        Args:
            body: New payment. Send exactly one of `currency` / (`blockchain` + `token`).
                amount: Price in `price_currency` (fiat), exact: at most 2 decimals by value (`100.10` =
                `100.1`), finer prices are refused with `invalid_amount` (422), never rounded. A JSON number (the
                seed's examples, `100.00`) or a decimal string (`"100.00"`): both accepted, x-inferred from the
                backend's Django REST Framework `DecimalField`, which reads either. Positive and at most 1000000000,
                else `invalid_amount` (422).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`), e.g. `TRX`.
                token (optional): Token (with `blockchain`), e.g. `USDT`.
                price_currency (optional): Currency of `amount` (default `USD`).
                callback_url (optional): Webhook URL for this payment (overrides the tenant URL).
                order_id (optional): Your order id (auto-generated when omitted).
                order_description (optional): Order description.
                custom_id (optional): Your reference.
                is_fixed_rate (optional): Lock the exchange rate (default true).
                is_fee_paid_by_user (optional): Whether the payer pays the fee (added to the crypto amount).
                customer_email (optional): Payer's e-mail. Not declared `format: email`: the seed's example is
                the Cloudflare obfuscation artefact `[email protected]`, and `EmailStr` would need `email-validator`
                in the pydantic models.
                wallet_id (optional): Wallet (sub-account) to credit; the master account when omitted.
                expiry_minutes (optional): Payment window in minutes (1-1440).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_payment._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_payment)

    def get_payment_status(
        self,
        *,
        body: GetPaymentStatusRequest,
    ) -> APIResponse[Payment]:
        """Check Payment Status

        `POST /payments/status/`.
        Returns the payment (current status, amounts, confirmations, deposits) for a
        `transaction_id`. Scopes: read, write.

        Args:
            body: Payment lookup.
                transaction_id: The payment's `transaction_id`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_payment_status._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_get_payment_status)

    def get_payment_min_amount(
        self,
        *,
        currency: str,
    ) -> APIResponse[PaymentMinAmount]:
        """Get Minimum Amount

        `GET /payments/min-amount/`.
        Minimum and maximum payment amount for a currency (JSON numbers). Unknown currency: 400
        `invalid_currency`. Scopes: read, write.

        Args:
            currency: Currency code, e.g. `USDTTRC20`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_payment_min_amount._get_kwargs(
            currency=currency,
        )
        return self._client.call_raw(kwargs, _parse_get_payment_min_amount)


class AsyncPaymentsResourceWithRawResponse:
    """Payments: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_payments(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        status: PaymentStatus | Unset = UNSET,
        currency: str | Unset = UNSET,
        blockchain: str | Unset = UNSET,
        token: str | Unset = UNSET,
    ) -> APIResponse[ListPaymentsResponse]:
        """List Payments

        `GET /payments/`.
        Lists payments, newest first, with offset-based pagination. Scopes: read, write.

        Args:
            limit: Max results per page, 1-100 (default 20).
            offset: Number of results to skip (default 0).
            status: Filter by status.
            currency: Filter by combined currency code, e.g. `USDTTRC20`.
            blockchain: Filter by blockchain, e.g. `TRX`, `ETH`.
            token: Filter by token, e.g. `USDT`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_payments._get_kwargs(
            limit=limit,
            offset=offset,
            status=status,
            currency=currency,
            blockchain=blockchain,
            token=token,
        )
        return await self._client.call_raw(kwargs, _parse_list_payments)

    async def create_payment(
        self,
        *,
        body: CreatePaymentRequest,
    ) -> APIResponse[Payment]:
        """Create Payment

        `POST /payments/`.
        Creates a payment: a deposit address for `currency` (or `blockchain` + `token`) that
        expects the crypto equivalent of `amount` `price_currency`, valid for `expiry_minutes`.
        The payment starts in status `waiting`. Send exactly one of `currency` / (`blockchain` +
        `token`). Scopes: read, write.

        Args:
            body: New payment. Send exactly one of `currency` / (`blockchain` + `token`).
                amount: Price in `price_currency` (fiat), exact: at most 2 decimals by value (`100.10` =
                `100.1`), finer prices are refused with `invalid_amount` (422), never rounded. A JSON number (the
                seed's examples, `100.00`) or a decimal string (`"100.00"`): both accepted, x-inferred from the
                backend's Django REST Framework `DecimalField`, which reads either. Positive and at most 1000000000,
                else `invalid_amount` (422).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`), e.g. `TRX`.
                token (optional): Token (with `blockchain`), e.g. `USDT`.
                price_currency (optional): Currency of `amount` (default `USD`).
                callback_url (optional): Webhook URL for this payment (overrides the tenant URL).
                order_id (optional): Your order id (auto-generated when omitted).
                order_description (optional): Order description.
                custom_id (optional): Your reference.
                is_fixed_rate (optional): Lock the exchange rate (default true).
                is_fee_paid_by_user (optional): Whether the payer pays the fee (added to the crypto amount).
                customer_email (optional): Payer's e-mail. Not declared `format: email`: the seed's example is
                the Cloudflare obfuscation artefact `[email protected]`, and `EmailStr` would need `email-validator`
                in the pydantic models.
                wallet_id (optional): Wallet (sub-account) to credit; the master account when omitted.
                expiry_minutes (optional): Payment window in minutes (1-1440).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_payment._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_payment)

    async def get_payment_status(
        self,
        *,
        body: GetPaymentStatusRequest,
    ) -> APIResponse[Payment]:
        """Check Payment Status

        `POST /payments/status/`.
        Returns the payment (current status, amounts, confirmations, deposits) for a
        `transaction_id`. Scopes: read, write.

        Args:
            body: Payment lookup.
                transaction_id: The payment's `transaction_id`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_payment_status._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_get_payment_status)

    async def get_payment_min_amount(
        self,
        *,
        currency: str,
    ) -> APIResponse[PaymentMinAmount]:
        """Get Minimum Amount

        `GET /payments/min-amount/`.
        Minimum and maximum payment amount for a currency (JSON numbers). Unknown currency: 400
        `invalid_currency`. Scopes: read, write.

        Args:
            currency: Currency code, e.g. `USDTTRC20`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_payment_min_amount._get_kwargs(
            currency=currency,
        )
        return await self._client.call_raw(kwargs, _parse_get_payment_min_amount)


class WithdrawalsResource:
    """Withdrawals: 9 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_withdrawals(
        self,
        *,
        status: WithdrawalStatus | Unset = UNSET,
        blockchain: str | Unset = UNSET,
        token: str | Unset = UNSET,
        custom_id: str | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        sort: ListWithdrawalsSort | Unset = "created_desc",
    ) -> ListWithdrawalsResponse:
        """List Withdrawals

        `GET /withdrawal/`.
        Lists withdrawals with filters and offset-based pagination. Scopes: read, write.

        Args:
            status: Filter by status.
            blockchain: Filter by blockchain, e.g. `ETH`, `TRX`.
            token: Filter by token, e.g. `USDT`.
            custom_id: Filter by your `custom_id`.
            start_date: Created on or after (ISO 8601).
            end_date: Created on or before (ISO 8601).
            limit: Max results per page, 1-100 (default 20).
            offset: Number of results to skip (default 0).
            sort: Sort order: `created_desc` (default), `created_asc`, `amount_desc`, `amount_asc`.

        """
        kwargs = list_withdrawals._get_kwargs(
            status=status,
            blockchain=blockchain,
            token=token,
            custom_id=custom_id,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            offset=offset,
            sort=sort,
        )
        return self._client.call(kwargs, _parse_list_withdrawals)

    def iter_list_withdrawals(
        self,
        *,
        status: WithdrawalStatus | Unset = UNSET,
        blockchain: str | Unset = UNSET,
        token: str | Unset = UNSET,
        custom_id: str | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        limit: int | Unset = 20,
        sort: ListWithdrawalsSort | Unset = "created_desc",
    ) -> Iterator[Withdrawal]:
        """Every item of `list_withdrawals`, page after page.
        Args:
            status: Filter by status.
            blockchain: Filter by blockchain, e.g. `ETH`, `TRX`.
            token: Filter by token, e.g. `USDT`.
            custom_id: Filter by your `custom_id`.
            start_date: Created on or after (ISO 8601).
            end_date: Created on or before (ISO 8601).
            limit: Max results per page, 1-100 (default 20).
            sort: Sort order: `created_desc` (default), `created_asc`, `amount_desc`, `amount_asc`.

        """

        def fetch(position: int) -> ListWithdrawalsResponse:
            return self.list_withdrawals(
                status=status,
                blockchain=blockchain,
                token=token,
                custom_id=custom_id,
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                offset=position,
                sort=sort,
            )

        return pagination.iterate_offset(fetch, "withdrawals", Withdrawal)

    def create_withdrawal(
        self,
        *,
        body: CreateWithdrawalRequest,
    ) -> Withdrawal:
        """Create Withdrawal

        `POST /withdrawal/`.
        Creates a withdrawal to an external `address`. Send exactly one of `amount` (crypto
        amount) / `price_amount` (fiat amount in `price_currency`), and exactly one of `currency`
        / (`blockchain` + `token`). With `final_amount: true` the amount is what the recipient
        receives (fees added on top). Holds `requested_amount` = `amount` + `fee` on the master
        balance, or the wallet `account_id`, until it completes (see Money rules). Scopes: read,
        write.

        Args:
            body: New withdrawal. Send exactly one of `amount` / `price_amount`, and exactly one of `currency` /
                (`blockchain` + `token`).
                address: Destination address.
                amount (optional): Crypto amount, at most 8 decimals. A JSON number (the seed's examples,
                `100.00`) or a decimal string (`"100.00"`): both accepted, x-inferred from the backend's Django REST
                Framework `DecimalField`, which reads either. Positive and at most 1000000000, else `invalid_amount`
                (422).
                price_amount (optional): Fiat amount in `price_currency`, converted at the current rate; exact
                (at most 2 decimals by value, finer is refused with `invalid_amount`, 422). A JSON number (the
                seed's examples, `100.00`) or a decimal string (`"100.00"`): both accepted, x-inferred from the
                backend's Django REST Framework `DecimalField`, which reads either. Positive and at most 1000000000,
                else `invalid_amount` (422).
                price_currency (optional): Currency of `price_amount` (default `USD`).
                final_amount (optional): `true`: `amount` is what the recipient receives and the fees are added
                on top (`requested_amount` = `amount` + `fee` is what leaves the balance); `false`: `amount` is what
                leaves the balance and the recipient gets `amount` - `fee`.
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`), e.g. `TRX`.
                token (optional): Token (with `blockchain`), e.g. `USDT`.
                memo (optional): Memo / destination tag (XRP, XLM).
                custom_id (optional): Your reference.
                callback_url (optional): Webhook URL for this withdrawal.
                account_id (optional): Wallet to debit; the default (master) wallet when omitted.

        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_withdrawal)

    def get_withdrawal(
        self,
        *,
        withdrawal_id: UUID,
    ) -> Withdrawal:
        """Get Withdrawal Details

        `GET /withdrawal/{withdrawal_id}/`.
        Detail of a withdrawal: amounts, fee breakdown, status, transaction hash and
        confirmations. Scopes: read, write.

        Args:
            withdrawal_id: Withdrawal id (UUID).

        """
        kwargs = get_withdrawal._get_kwargs(
            withdrawal_id=withdrawal_id,
        )
        return self._client.call(kwargs, _parse_get_withdrawal)

    def get_withdrawal_status(
        self,
        *,
        body: GetWithdrawalStatusRequest,
    ) -> Withdrawal:
        """Check Withdrawal Status

        `POST /withdrawal/status/`.
        Returns the withdrawal (same shape as the detail) for a `withdrawal_id`. Scopes: read,
        write.

        Args:
            body: Withdrawal lookup.
                withdrawal_id: The withdrawal's `withdrawal_id`.

        """
        kwargs = get_withdrawal_status._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_get_withdrawal_status)

    def validate_withdrawal_address(
        self,
        *,
        body: ValidateAddressRequest,
    ) -> AddressValidation:
        """Validate Address

        `POST /withdrawal/validate-address/`.
        Checks whether `address` is valid for a currency, blockchain or address type. Send at
        least one of `currency`, `blockchain`, `type`. An invalid address is answered 200 with
        `is_valid: false` and an `error_message`. Scopes: read, write.

        Args:
            body: Address to validate. Send at least one of `currency`, `blockchain`, `type`.
                address: The address.
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain, e.g. `ARB`.
                type_ (optional): Address type, e.g. `EVM`, `TRX`, `SOL`, `BTC`.
                token (optional): Token, e.g. `USDT`.
                memo (optional): Memo / destination tag to validate with the address.

        """
        kwargs = validate_withdrawal_address._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_validate_withdrawal_address)

    def estimate_withdrawal_fee(
        self,
        *,
        body: EstimateWithdrawalFeeRequest,
    ) -> WithdrawalFeeEstimate:
        """Estimate Withdrawal Fee

        `POST /withdrawal/fee-estimate/`.
        Estimates the network fee of a withdrawal (plus an activation fee when the destination
        address is new on chains that need it, e.g. TRON). Send exactly one of `currency` /
        (`blockchain` + `token`). Scopes: read, write.

        Args:
            body: Fee estimate request. Send exactly one of `currency` / (`blockchain` + `token`).
                amount: Crypto amount. A JSON number (the seed's examples, `100.00`) or a decimal string
                (`"100.00"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`,
                which reads either. Positive and at most 1000000000, else `invalid_amount` (422).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`).
                token (optional): Token (with `blockchain`).
                address (optional): Destination address (to detect new-address activation fees).

        """
        kwargs = estimate_withdrawal_fee._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_estimate_withdrawal_fee)

    def estimate_withdrawal(
        self,
        *,
        body: EstimateWithdrawalRequest,
    ) -> WithdrawalEstimate:
        """Estimate Withdrawal

        `POST /withdrawal/estimate/`.
        Full withdrawal simulation: requested amount, fee breakdown and the amount that would be
        sent, without creating anything. `fee` = `platform_fee` + `network_fee`; `amount` =
        `requested_amount` - `fee` always (with `final_amount: true` the sent `amount` is what the
        recipient gets and `requested_amount` = `amount` + `fee`). Send exactly one of `currency`
        / (`blockchain` + `token`). Scopes: read, write.

        Args:
            body: Withdrawal simulation request. Send exactly one of `currency` / (`blockchain` + `token`).
                amount: Crypto amount. A JSON number (the seed's examples, `100.00`) or a decimal string
                (`"100.00"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`,
                which reads either. Positive and at most 1000000000, else `invalid_amount` (422).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`).
                token (optional): Token (with `blockchain`).
                address (optional): Destination address (optional).
                final_amount (optional): `true`: `amount` is what the recipient receives (`requested_amount` =
                `amount` + `fee` in the answer).

        """
        kwargs = estimate_withdrawal._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_estimate_withdrawal)

    def get_withdrawal_min_amount(
        self,
        *,
        body: GetWithdrawalMinAmountRequest,
    ) -> WithdrawalMinAmount:
        """Get Minimum Withdrawal Amount

        `POST /withdrawal/min-amount/`.
        Minimum (and maximum) withdrawal amount for a currency. The overview page gives the method
        (POST) and the body; the response is not documented. Scopes: read, write.

        Args:
            body: Currency whose withdrawal minimum is asked.
                currency: Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`,
                `BTC`.

        """
        kwargs = get_withdrawal_min_amount._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_get_withdrawal_min_amount)

    def list_withdrawal_currencies(
        self,
    ) -> ListWithdrawalCurrenciesResponse:
        """Get Available Withdrawal Currencies

        `GET /withdrawal/available-currencies/`.
        Currencies that are enabled for withdrawal, configured for the tenant and have a positive
        balance, with the balance and the withdrawal limits (`max_withdrawal` is capped by the
        balance). Scopes: read, write.


        """
        kwargs = list_withdrawal_currencies._get_kwargs()
        return self._client.call(kwargs, _parse_list_withdrawal_currencies)


class AsyncWithdrawalsResource:
    """Withdrawals: 9 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_withdrawals(
        self,
        *,
        status: WithdrawalStatus | Unset = UNSET,
        blockchain: str | Unset = UNSET,
        token: str | Unset = UNSET,
        custom_id: str | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        sort: ListWithdrawalsSort | Unset = "created_desc",
    ) -> ListWithdrawalsResponse:
        """List Withdrawals

        `GET /withdrawal/`.
        Lists withdrawals with filters and offset-based pagination. Scopes: read, write.

        Args:
            status: Filter by status.
            blockchain: Filter by blockchain, e.g. `ETH`, `TRX`.
            token: Filter by token, e.g. `USDT`.
            custom_id: Filter by your `custom_id`.
            start_date: Created on or after (ISO 8601).
            end_date: Created on or before (ISO 8601).
            limit: Max results per page, 1-100 (default 20).
            offset: Number of results to skip (default 0).
            sort: Sort order: `created_desc` (default), `created_asc`, `amount_desc`, `amount_asc`.

        """
        kwargs = list_withdrawals._get_kwargs(
            status=status,
            blockchain=blockchain,
            token=token,
            custom_id=custom_id,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            offset=offset,
            sort=sort,
        )
        return await self._client.call(kwargs, _parse_list_withdrawals)

    def iter_list_withdrawals(
        self,
        *,
        status: WithdrawalStatus | Unset = UNSET,
        blockchain: str | Unset = UNSET,
        token: str | Unset = UNSET,
        custom_id: str | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        limit: int | Unset = 20,
        sort: ListWithdrawalsSort | Unset = "created_desc",
    ) -> AsyncIterator[Withdrawal]:
        """Every item of `list_withdrawals`, page after page.
        Args:
            status: Filter by status.
            blockchain: Filter by blockchain, e.g. `ETH`, `TRX`.
            token: Filter by token, e.g. `USDT`.
            custom_id: Filter by your `custom_id`.
            start_date: Created on or after (ISO 8601).
            end_date: Created on or before (ISO 8601).
            limit: Max results per page, 1-100 (default 20).
            sort: Sort order: `created_desc` (default), `created_asc`, `amount_desc`, `amount_asc`.

        """

        async def fetch(position: int) -> ListWithdrawalsResponse:
            return await self.list_withdrawals(
                status=status,
                blockchain=blockchain,
                token=token,
                custom_id=custom_id,
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                offset=position,
                sort=sort,
            )

        return pagination.aiterate_offset(fetch, "withdrawals", Withdrawal)

    async def create_withdrawal(
        self,
        *,
        body: CreateWithdrawalRequest,
    ) -> Withdrawal:
        """Create Withdrawal

        `POST /withdrawal/`.
        Creates a withdrawal to an external `address`. Send exactly one of `amount` (crypto
        amount) / `price_amount` (fiat amount in `price_currency`), and exactly one of `currency`
        / (`blockchain` + `token`). With `final_amount: true` the amount is what the recipient
        receives (fees added on top). Holds `requested_amount` = `amount` + `fee` on the master
        balance, or the wallet `account_id`, until it completes (see Money rules). Scopes: read,
        write.

        Args:
            body: New withdrawal. Send exactly one of `amount` / `price_amount`, and exactly one of `currency` /
                (`blockchain` + `token`).
                address: Destination address.
                amount (optional): Crypto amount, at most 8 decimals. A JSON number (the seed's examples,
                `100.00`) or a decimal string (`"100.00"`): both accepted, x-inferred from the backend's Django REST
                Framework `DecimalField`, which reads either. Positive and at most 1000000000, else `invalid_amount`
                (422).
                price_amount (optional): Fiat amount in `price_currency`, converted at the current rate; exact
                (at most 2 decimals by value, finer is refused with `invalid_amount`, 422). A JSON number (the
                seed's examples, `100.00`) or a decimal string (`"100.00"`): both accepted, x-inferred from the
                backend's Django REST Framework `DecimalField`, which reads either. Positive and at most 1000000000,
                else `invalid_amount` (422).
                price_currency (optional): Currency of `price_amount` (default `USD`).
                final_amount (optional): `true`: `amount` is what the recipient receives and the fees are added
                on top (`requested_amount` = `amount` + `fee` is what leaves the balance); `false`: `amount` is what
                leaves the balance and the recipient gets `amount` - `fee`.
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`), e.g. `TRX`.
                token (optional): Token (with `blockchain`), e.g. `USDT`.
                memo (optional): Memo / destination tag (XRP, XLM).
                custom_id (optional): Your reference.
                callback_url (optional): Webhook URL for this withdrawal.
                account_id (optional): Wallet to debit; the default (master) wallet when omitted.

        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_withdrawal)

    async def get_withdrawal(
        self,
        *,
        withdrawal_id: UUID,
    ) -> Withdrawal:
        """Get Withdrawal Details

        `GET /withdrawal/{withdrawal_id}/`.
        Detail of a withdrawal: amounts, fee breakdown, status, transaction hash and
        confirmations. Scopes: read, write.

        Args:
            withdrawal_id: Withdrawal id (UUID).

        """
        kwargs = get_withdrawal._get_kwargs(
            withdrawal_id=withdrawal_id,
        )
        return await self._client.call(kwargs, _parse_get_withdrawal)

    async def get_withdrawal_status(
        self,
        *,
        body: GetWithdrawalStatusRequest,
    ) -> Withdrawal:
        """Check Withdrawal Status

        `POST /withdrawal/status/`.
        Returns the withdrawal (same shape as the detail) for a `withdrawal_id`. Scopes: read,
        write.

        Args:
            body: Withdrawal lookup.
                withdrawal_id: The withdrawal's `withdrawal_id`.

        """
        kwargs = get_withdrawal_status._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_get_withdrawal_status)

    async def validate_withdrawal_address(
        self,
        *,
        body: ValidateAddressRequest,
    ) -> AddressValidation:
        """Validate Address

        `POST /withdrawal/validate-address/`.
        Checks whether `address` is valid for a currency, blockchain or address type. Send at
        least one of `currency`, `blockchain`, `type`. An invalid address is answered 200 with
        `is_valid: false` and an `error_message`. Scopes: read, write.

        Args:
            body: Address to validate. Send at least one of `currency`, `blockchain`, `type`.
                address: The address.
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain, e.g. `ARB`.
                type_ (optional): Address type, e.g. `EVM`, `TRX`, `SOL`, `BTC`.
                token (optional): Token, e.g. `USDT`.
                memo (optional): Memo / destination tag to validate with the address.

        """
        kwargs = validate_withdrawal_address._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_validate_withdrawal_address)

    async def estimate_withdrawal_fee(
        self,
        *,
        body: EstimateWithdrawalFeeRequest,
    ) -> WithdrawalFeeEstimate:
        """Estimate Withdrawal Fee

        `POST /withdrawal/fee-estimate/`.
        Estimates the network fee of a withdrawal (plus an activation fee when the destination
        address is new on chains that need it, e.g. TRON). Send exactly one of `currency` /
        (`blockchain` + `token`). Scopes: read, write.

        Args:
            body: Fee estimate request. Send exactly one of `currency` / (`blockchain` + `token`).
                amount: Crypto amount. A JSON number (the seed's examples, `100.00`) or a decimal string
                (`"100.00"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`,
                which reads either. Positive and at most 1000000000, else `invalid_amount` (422).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`).
                token (optional): Token (with `blockchain`).
                address (optional): Destination address (to detect new-address activation fees).

        """
        kwargs = estimate_withdrawal_fee._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_estimate_withdrawal_fee)

    async def estimate_withdrawal(
        self,
        *,
        body: EstimateWithdrawalRequest,
    ) -> WithdrawalEstimate:
        """Estimate Withdrawal

        `POST /withdrawal/estimate/`.
        Full withdrawal simulation: requested amount, fee breakdown and the amount that would be
        sent, without creating anything. `fee` = `platform_fee` + `network_fee`; `amount` =
        `requested_amount` - `fee` always (with `final_amount: true` the sent `amount` is what the
        recipient gets and `requested_amount` = `amount` + `fee`). Send exactly one of `currency`
        / (`blockchain` + `token`). Scopes: read, write.

        Args:
            body: Withdrawal simulation request. Send exactly one of `currency` / (`blockchain` + `token`).
                amount: Crypto amount. A JSON number (the seed's examples, `100.00`) or a decimal string
                (`"100.00"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`,
                which reads either. Positive and at most 1000000000, else `invalid_amount` (422).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`).
                token (optional): Token (with `blockchain`).
                address (optional): Destination address (optional).
                final_amount (optional): `true`: `amount` is what the recipient receives (`requested_amount` =
                `amount` + `fee` in the answer).

        """
        kwargs = estimate_withdrawal._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_estimate_withdrawal)

    async def get_withdrawal_min_amount(
        self,
        *,
        body: GetWithdrawalMinAmountRequest,
    ) -> WithdrawalMinAmount:
        """Get Minimum Withdrawal Amount

        `POST /withdrawal/min-amount/`.
        Minimum (and maximum) withdrawal amount for a currency. The overview page gives the method
        (POST) and the body; the response is not documented. Scopes: read, write.

        Args:
            body: Currency whose withdrawal minimum is asked.
                currency: Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`,
                `BTC`.

        """
        kwargs = get_withdrawal_min_amount._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_get_withdrawal_min_amount)

    async def list_withdrawal_currencies(
        self,
    ) -> ListWithdrawalCurrenciesResponse:
        """Get Available Withdrawal Currencies

        `GET /withdrawal/available-currencies/`.
        Currencies that are enabled for withdrawal, configured for the tenant and have a positive
        balance, with the balance and the withdrawal limits (`max_withdrawal` is capped by the
        balance). Scopes: read, write.


        """
        kwargs = list_withdrawal_currencies._get_kwargs()
        return await self._client.call(kwargs, _parse_list_withdrawal_currencies)


class WithdrawalsResourceWithRawResponse:
    """Withdrawals: 9 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_withdrawals(
        self,
        *,
        status: WithdrawalStatus | Unset = UNSET,
        blockchain: str | Unset = UNSET,
        token: str | Unset = UNSET,
        custom_id: str | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        sort: ListWithdrawalsSort | Unset = "created_desc",
    ) -> APIResponse[ListWithdrawalsResponse]:
        """List Withdrawals

        `GET /withdrawal/`.
        Lists withdrawals with filters and offset-based pagination. Scopes: read, write.

        Args:
            status: Filter by status.
            blockchain: Filter by blockchain, e.g. `ETH`, `TRX`.
            token: Filter by token, e.g. `USDT`.
            custom_id: Filter by your `custom_id`.
            start_date: Created on or after (ISO 8601).
            end_date: Created on or before (ISO 8601).
            limit: Max results per page, 1-100 (default 20).
            offset: Number of results to skip (default 0).
            sort: Sort order: `created_desc` (default), `created_asc`, `amount_desc`, `amount_asc`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_withdrawals._get_kwargs(
            status=status,
            blockchain=blockchain,
            token=token,
            custom_id=custom_id,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            offset=offset,
            sort=sort,
        )
        return self._client.call_raw(kwargs, _parse_list_withdrawals)

    def create_withdrawal(
        self,
        *,
        body: CreateWithdrawalRequest,
    ) -> APIResponse[Withdrawal]:
        """Create Withdrawal

        `POST /withdrawal/`.
        Creates a withdrawal to an external `address`. Send exactly one of `amount` (crypto
        amount) / `price_amount` (fiat amount in `price_currency`), and exactly one of `currency`
        / (`blockchain` + `token`). With `final_amount: true` the amount is what the recipient
        receives (fees added on top). Holds `requested_amount` = `amount` + `fee` on the master
        balance, or the wallet `account_id`, until it completes (see Money rules). Scopes: read,
        write.

        Args:
            body: New withdrawal. Send exactly one of `amount` / `price_amount`, and exactly one of `currency` /
                (`blockchain` + `token`).
                address: Destination address.
                amount (optional): Crypto amount, at most 8 decimals. A JSON number (the seed's examples,
                `100.00`) or a decimal string (`"100.00"`): both accepted, x-inferred from the backend's Django REST
                Framework `DecimalField`, which reads either. Positive and at most 1000000000, else `invalid_amount`
                (422).
                price_amount (optional): Fiat amount in `price_currency`, converted at the current rate; exact
                (at most 2 decimals by value, finer is refused with `invalid_amount`, 422). A JSON number (the
                seed's examples, `100.00`) or a decimal string (`"100.00"`): both accepted, x-inferred from the
                backend's Django REST Framework `DecimalField`, which reads either. Positive and at most 1000000000,
                else `invalid_amount` (422).
                price_currency (optional): Currency of `price_amount` (default `USD`).
                final_amount (optional): `true`: `amount` is what the recipient receives and the fees are added
                on top (`requested_amount` = `amount` + `fee` is what leaves the balance); `false`: `amount` is what
                leaves the balance and the recipient gets `amount` - `fee`.
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`), e.g. `TRX`.
                token (optional): Token (with `blockchain`), e.g. `USDT`.
                memo (optional): Memo / destination tag (XRP, XLM).
                custom_id (optional): Your reference.
                callback_url (optional): Webhook URL for this withdrawal.
                account_id (optional): Wallet to debit; the default (master) wallet when omitted.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_withdrawal)

    def get_withdrawal(
        self,
        *,
        withdrawal_id: UUID,
    ) -> APIResponse[Withdrawal]:
        """Get Withdrawal Details

        `GET /withdrawal/{withdrawal_id}/`.
        Detail of a withdrawal: amounts, fee breakdown, status, transaction hash and
        confirmations. Scopes: read, write.

        Args:
            withdrawal_id: Withdrawal id (UUID).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal._get_kwargs(
            withdrawal_id=withdrawal_id,
        )
        return self._client.call_raw(kwargs, _parse_get_withdrawal)

    def get_withdrawal_status(
        self,
        *,
        body: GetWithdrawalStatusRequest,
    ) -> APIResponse[Withdrawal]:
        """Check Withdrawal Status

        `POST /withdrawal/status/`.
        Returns the withdrawal (same shape as the detail) for a `withdrawal_id`. Scopes: read,
        write.

        Args:
            body: Withdrawal lookup.
                withdrawal_id: The withdrawal's `withdrawal_id`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal_status._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_get_withdrawal_status)

    def validate_withdrawal_address(
        self,
        *,
        body: ValidateAddressRequest,
    ) -> APIResponse[AddressValidation]:
        """Validate Address

        `POST /withdrawal/validate-address/`.
        Checks whether `address` is valid for a currency, blockchain or address type. Send at
        least one of `currency`, `blockchain`, `type`. An invalid address is answered 200 with
        `is_valid: false` and an `error_message`. Scopes: read, write.

        Args:
            body: Address to validate. Send at least one of `currency`, `blockchain`, `type`.
                address: The address.
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain, e.g. `ARB`.
                type_ (optional): Address type, e.g. `EVM`, `TRX`, `SOL`, `BTC`.
                token (optional): Token, e.g. `USDT`.
                memo (optional): Memo / destination tag to validate with the address.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = validate_withdrawal_address._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_validate_withdrawal_address)

    def estimate_withdrawal_fee(
        self,
        *,
        body: EstimateWithdrawalFeeRequest,
    ) -> APIResponse[WithdrawalFeeEstimate]:
        """Estimate Withdrawal Fee

        `POST /withdrawal/fee-estimate/`.
        Estimates the network fee of a withdrawal (plus an activation fee when the destination
        address is new on chains that need it, e.g. TRON). Send exactly one of `currency` /
        (`blockchain` + `token`). Scopes: read, write.

        Args:
            body: Fee estimate request. Send exactly one of `currency` / (`blockchain` + `token`).
                amount: Crypto amount. A JSON number (the seed's examples, `100.00`) or a decimal string
                (`"100.00"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`,
                which reads either. Positive and at most 1000000000, else `invalid_amount` (422).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`).
                token (optional): Token (with `blockchain`).
                address (optional): Destination address (to detect new-address activation fees).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = estimate_withdrawal_fee._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_estimate_withdrawal_fee)

    def estimate_withdrawal(
        self,
        *,
        body: EstimateWithdrawalRequest,
    ) -> APIResponse[WithdrawalEstimate]:
        """Estimate Withdrawal

        `POST /withdrawal/estimate/`.
        Full withdrawal simulation: requested amount, fee breakdown and the amount that would be
        sent, without creating anything. `fee` = `platform_fee` + `network_fee`; `amount` =
        `requested_amount` - `fee` always (with `final_amount: true` the sent `amount` is what the
        recipient gets and `requested_amount` = `amount` + `fee`). Send exactly one of `currency`
        / (`blockchain` + `token`). Scopes: read, write.

        Args:
            body: Withdrawal simulation request. Send exactly one of `currency` / (`blockchain` + `token`).
                amount: Crypto amount. A JSON number (the seed's examples, `100.00`) or a decimal string
                (`"100.00"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`,
                which reads either. Positive and at most 1000000000, else `invalid_amount` (422).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`).
                token (optional): Token (with `blockchain`).
                address (optional): Destination address (optional).
                final_amount (optional): `true`: `amount` is what the recipient receives (`requested_amount` =
                `amount` + `fee` in the answer).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = estimate_withdrawal._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_estimate_withdrawal)

    def get_withdrawal_min_amount(
        self,
        *,
        body: GetWithdrawalMinAmountRequest,
    ) -> APIResponse[WithdrawalMinAmount]:
        """Get Minimum Withdrawal Amount

        `POST /withdrawal/min-amount/`.
        Minimum (and maximum) withdrawal amount for a currency. The overview page gives the method
        (POST) and the body; the response is not documented. Scopes: read, write.

        Args:
            body: Currency whose withdrawal minimum is asked.
                currency: Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`,
                `BTC`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal_min_amount._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_get_withdrawal_min_amount)

    def list_withdrawal_currencies(
        self,
    ) -> APIResponse[ListWithdrawalCurrenciesResponse]:
        """Get Available Withdrawal Currencies

        `GET /withdrawal/available-currencies/`.
        Currencies that are enabled for withdrawal, configured for the tenant and have a positive
        balance, with the balance and the withdrawal limits (`max_withdrawal` is capped by the
        balance). Scopes: read, write.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_withdrawal_currencies._get_kwargs()
        return self._client.call_raw(kwargs, _parse_list_withdrawal_currencies)


class AsyncWithdrawalsResourceWithRawResponse:
    """Withdrawals: 9 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_withdrawals(
        self,
        *,
        status: WithdrawalStatus | Unset = UNSET,
        blockchain: str | Unset = UNSET,
        token: str | Unset = UNSET,
        custom_id: str | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        sort: ListWithdrawalsSort | Unset = "created_desc",
    ) -> APIResponse[ListWithdrawalsResponse]:
        """List Withdrawals

        `GET /withdrawal/`.
        Lists withdrawals with filters and offset-based pagination. Scopes: read, write.

        Args:
            status: Filter by status.
            blockchain: Filter by blockchain, e.g. `ETH`, `TRX`.
            token: Filter by token, e.g. `USDT`.
            custom_id: Filter by your `custom_id`.
            start_date: Created on or after (ISO 8601).
            end_date: Created on or before (ISO 8601).
            limit: Max results per page, 1-100 (default 20).
            offset: Number of results to skip (default 0).
            sort: Sort order: `created_desc` (default), `created_asc`, `amount_desc`, `amount_asc`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_withdrawals._get_kwargs(
            status=status,
            blockchain=blockchain,
            token=token,
            custom_id=custom_id,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            offset=offset,
            sort=sort,
        )
        return await self._client.call_raw(kwargs, _parse_list_withdrawals)

    async def create_withdrawal(
        self,
        *,
        body: CreateWithdrawalRequest,
    ) -> APIResponse[Withdrawal]:
        """Create Withdrawal

        `POST /withdrawal/`.
        Creates a withdrawal to an external `address`. Send exactly one of `amount` (crypto
        amount) / `price_amount` (fiat amount in `price_currency`), and exactly one of `currency`
        / (`blockchain` + `token`). With `final_amount: true` the amount is what the recipient
        receives (fees added on top). Holds `requested_amount` = `amount` + `fee` on the master
        balance, or the wallet `account_id`, until it completes (see Money rules). Scopes: read,
        write.

        Args:
            body: New withdrawal. Send exactly one of `amount` / `price_amount`, and exactly one of `currency` /
                (`blockchain` + `token`).
                address: Destination address.
                amount (optional): Crypto amount, at most 8 decimals. A JSON number (the seed's examples,
                `100.00`) or a decimal string (`"100.00"`): both accepted, x-inferred from the backend's Django REST
                Framework `DecimalField`, which reads either. Positive and at most 1000000000, else `invalid_amount`
                (422).
                price_amount (optional): Fiat amount in `price_currency`, converted at the current rate; exact
                (at most 2 decimals by value, finer is refused with `invalid_amount`, 422). A JSON number (the
                seed's examples, `100.00`) or a decimal string (`"100.00"`): both accepted, x-inferred from the
                backend's Django REST Framework `DecimalField`, which reads either. Positive and at most 1000000000,
                else `invalid_amount` (422).
                price_currency (optional): Currency of `price_amount` (default `USD`).
                final_amount (optional): `true`: `amount` is what the recipient receives and the fees are added
                on top (`requested_amount` = `amount` + `fee` is what leaves the balance); `false`: `amount` is what
                leaves the balance and the recipient gets `amount` - `fee`.
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`), e.g. `TRX`.
                token (optional): Token (with `blockchain`), e.g. `USDT`.
                memo (optional): Memo / destination tag (XRP, XLM).
                custom_id (optional): Your reference.
                callback_url (optional): Webhook URL for this withdrawal.
                account_id (optional): Wallet to debit; the default (master) wallet when omitted.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_withdrawal)

    async def get_withdrawal(
        self,
        *,
        withdrawal_id: UUID,
    ) -> APIResponse[Withdrawal]:
        """Get Withdrawal Details

        `GET /withdrawal/{withdrawal_id}/`.
        Detail of a withdrawal: amounts, fee breakdown, status, transaction hash and
        confirmations. Scopes: read, write.

        Args:
            withdrawal_id: Withdrawal id (UUID).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal._get_kwargs(
            withdrawal_id=withdrawal_id,
        )
        return await self._client.call_raw(kwargs, _parse_get_withdrawal)

    async def get_withdrawal_status(
        self,
        *,
        body: GetWithdrawalStatusRequest,
    ) -> APIResponse[Withdrawal]:
        """Check Withdrawal Status

        `POST /withdrawal/status/`.
        Returns the withdrawal (same shape as the detail) for a `withdrawal_id`. Scopes: read,
        write.

        Args:
            body: Withdrawal lookup.
                withdrawal_id: The withdrawal's `withdrawal_id`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal_status._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_get_withdrawal_status)

    async def validate_withdrawal_address(
        self,
        *,
        body: ValidateAddressRequest,
    ) -> APIResponse[AddressValidation]:
        """Validate Address

        `POST /withdrawal/validate-address/`.
        Checks whether `address` is valid for a currency, blockchain or address type. Send at
        least one of `currency`, `blockchain`, `type`. An invalid address is answered 200 with
        `is_valid: false` and an `error_message`. Scopes: read, write.

        Args:
            body: Address to validate. Send at least one of `currency`, `blockchain`, `type`.
                address: The address.
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain, e.g. `ARB`.
                type_ (optional): Address type, e.g. `EVM`, `TRX`, `SOL`, `BTC`.
                token (optional): Token, e.g. `USDT`.
                memo (optional): Memo / destination tag to validate with the address.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = validate_withdrawal_address._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_validate_withdrawal_address)

    async def estimate_withdrawal_fee(
        self,
        *,
        body: EstimateWithdrawalFeeRequest,
    ) -> APIResponse[WithdrawalFeeEstimate]:
        """Estimate Withdrawal Fee

        `POST /withdrawal/fee-estimate/`.
        Estimates the network fee of a withdrawal (plus an activation fee when the destination
        address is new on chains that need it, e.g. TRON). Send exactly one of `currency` /
        (`blockchain` + `token`). Scopes: read, write.

        Args:
            body: Fee estimate request. Send exactly one of `currency` / (`blockchain` + `token`).
                amount: Crypto amount. A JSON number (the seed's examples, `100.00`) or a decimal string
                (`"100.00"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`,
                which reads either. Positive and at most 1000000000, else `invalid_amount` (422).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`).
                token (optional): Token (with `blockchain`).
                address (optional): Destination address (to detect new-address activation fees).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = estimate_withdrawal_fee._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_estimate_withdrawal_fee)

    async def estimate_withdrawal(
        self,
        *,
        body: EstimateWithdrawalRequest,
    ) -> APIResponse[WithdrawalEstimate]:
        """Estimate Withdrawal

        `POST /withdrawal/estimate/`.
        Full withdrawal simulation: requested amount, fee breakdown and the amount that would be
        sent, without creating anything. `fee` = `platform_fee` + `network_fee`; `amount` =
        `requested_amount` - `fee` always (with `final_amount: true` the sent `amount` is what the
        recipient gets and `requested_amount` = `amount` + `fee`). Send exactly one of `currency`
        / (`blockchain` + `token`). Scopes: read, write.

        Args:
            body: Withdrawal simulation request. Send exactly one of `currency` / (`blockchain` + `token`).
                amount: Crypto amount. A JSON number (the seed's examples, `100.00`) or a decimal string
                (`"100.00"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`,
                which reads either. Positive and at most 1000000000, else `invalid_amount` (422).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                blockchain (optional): Blockchain (with `token`).
                token (optional): Token (with `blockchain`).
                address (optional): Destination address (optional).
                final_amount (optional): `true`: `amount` is what the recipient receives (`requested_amount` =
                `amount` + `fee` in the answer).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = estimate_withdrawal._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_estimate_withdrawal)

    async def get_withdrawal_min_amount(
        self,
        *,
        body: GetWithdrawalMinAmountRequest,
    ) -> APIResponse[WithdrawalMinAmount]:
        """Get Minimum Withdrawal Amount

        `POST /withdrawal/min-amount/`.
        Minimum (and maximum) withdrawal amount for a currency. The overview page gives the method
        (POST) and the body; the response is not documented. Scopes: read, write.

        Args:
            body: Currency whose withdrawal minimum is asked.
                currency: Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`,
                `BTC`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal_min_amount._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_get_withdrawal_min_amount)

    async def list_withdrawal_currencies(
        self,
    ) -> APIResponse[ListWithdrawalCurrenciesResponse]:
        """Get Available Withdrawal Currencies

        `GET /withdrawal/available-currencies/`.
        Currencies that are enabled for withdrawal, configured for the tenant and have a positive
        balance, with the balance and the withdrawal limits (`max_withdrawal` is capped by the
        balance). Scopes: read, write.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_withdrawal_currencies._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_list_withdrawal_currencies)


class BalancesResource:
    """Balances: 2 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_balances(
        self,
    ) -> GetBalancesResponse:
        """Get All Balances

        `GET /user/balances/`.
        Aggregated balances: the master account per currency, the sub-accounts (wallets) per
        currency with per-wallet detail, and counts. Scopes: read, write.


        """
        kwargs = get_balances._get_kwargs()
        return self._client.call(kwargs, _parse_get_balances)

    def get_balance_history(
        self,
        *,
        currency: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        limit: int | Unset = 50,
        offset: int | Unset = 0,
    ) -> GetBalanceHistoryResponse:
        """Get Balance History

        `GET /user/balances/history/`.
        Balance movements (deposits, withdrawals, transfers, fees), newest first, offset-
        paginated. Scopes: read.

        Args:
            currency: Filter by currency code.
            type_: Filter by movement type, e.g. `deposit`, `withdrawal`.
            limit: Max results (default 50). The maximum is not documented.
            offset: Number of results to skip (default 0).

        """
        kwargs = get_balance_history._get_kwargs(
            currency=currency,
            type_=type_,
            limit=limit,
            offset=offset,
        )
        return self._client.call(kwargs, _parse_get_balance_history)

    def iter_get_balance_history(
        self,
        *,
        currency: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        limit: int | Unset = 50,
    ) -> Iterator[BalanceHistoryEntry]:
        """Every item of `get_balance_history`, page after page.
        Args:
            currency: Filter by currency code.
            type_: Filter by movement type, e.g. `deposit`, `withdrawal`.
            limit: Max results (default 50). The maximum is not documented.

        """

        def fetch(position: int) -> GetBalanceHistoryResponse:
            return self.get_balance_history(
                currency=currency,
                type_=type_,
                limit=limit,
                offset=position,
            )

        return pagination.iterate_offset(fetch, "history", BalanceHistoryEntry)


class AsyncBalancesResource:
    """Balances: 2 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_balances(
        self,
    ) -> GetBalancesResponse:
        """Get All Balances

        `GET /user/balances/`.
        Aggregated balances: the master account per currency, the sub-accounts (wallets) per
        currency with per-wallet detail, and counts. Scopes: read, write.


        """
        kwargs = get_balances._get_kwargs()
        return await self._client.call(kwargs, _parse_get_balances)

    async def get_balance_history(
        self,
        *,
        currency: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        limit: int | Unset = 50,
        offset: int | Unset = 0,
    ) -> GetBalanceHistoryResponse:
        """Get Balance History

        `GET /user/balances/history/`.
        Balance movements (deposits, withdrawals, transfers, fees), newest first, offset-
        paginated. Scopes: read.

        Args:
            currency: Filter by currency code.
            type_: Filter by movement type, e.g. `deposit`, `withdrawal`.
            limit: Max results (default 50). The maximum is not documented.
            offset: Number of results to skip (default 0).

        """
        kwargs = get_balance_history._get_kwargs(
            currency=currency,
            type_=type_,
            limit=limit,
            offset=offset,
        )
        return await self._client.call(kwargs, _parse_get_balance_history)

    def iter_get_balance_history(
        self,
        *,
        currency: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        limit: int | Unset = 50,
    ) -> AsyncIterator[BalanceHistoryEntry]:
        """Every item of `get_balance_history`, page after page.
        Args:
            currency: Filter by currency code.
            type_: Filter by movement type, e.g. `deposit`, `withdrawal`.
            limit: Max results (default 50). The maximum is not documented.

        """

        async def fetch(position: int) -> GetBalanceHistoryResponse:
            return await self.get_balance_history(
                currency=currency,
                type_=type_,
                limit=limit,
                offset=position,
            )

        return pagination.aiterate_offset(fetch, "history", BalanceHistoryEntry)


class BalancesResourceWithRawResponse:
    """Balances: 2 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_balances(
        self,
    ) -> APIResponse[GetBalancesResponse]:
        """Get All Balances

        `GET /user/balances/`.
        Aggregated balances: the master account per currency, the sub-accounts (wallets) per
        currency with per-wallet detail, and counts. Scopes: read, write.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_balances._get_kwargs()
        return self._client.call_raw(kwargs, _parse_get_balances)

    def get_balance_history(
        self,
        *,
        currency: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        limit: int | Unset = 50,
        offset: int | Unset = 0,
    ) -> APIResponse[GetBalanceHistoryResponse]:
        """Get Balance History

        `GET /user/balances/history/`.
        Balance movements (deposits, withdrawals, transfers, fees), newest first, offset-
        paginated. Scopes: read.

        Args:
            currency: Filter by currency code.
            type_: Filter by movement type, e.g. `deposit`, `withdrawal`.
            limit: Max results (default 50). The maximum is not documented.
            offset: Number of results to skip (default 0).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_balance_history._get_kwargs(
            currency=currency,
            type_=type_,
            limit=limit,
            offset=offset,
        )
        return self._client.call_raw(kwargs, _parse_get_balance_history)


class AsyncBalancesResourceWithRawResponse:
    """Balances: 2 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_balances(
        self,
    ) -> APIResponse[GetBalancesResponse]:
        """Get All Balances

        `GET /user/balances/`.
        Aggregated balances: the master account per currency, the sub-accounts (wallets) per
        currency with per-wallet detail, and counts. Scopes: read, write.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_balances._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_get_balances)

    async def get_balance_history(
        self,
        *,
        currency: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        limit: int | Unset = 50,
        offset: int | Unset = 0,
    ) -> APIResponse[GetBalanceHistoryResponse]:
        """Get Balance History

        `GET /user/balances/history/`.
        Balance movements (deposits, withdrawals, transfers, fees), newest first, offset-
        paginated. Scopes: read.

        Args:
            currency: Filter by currency code.
            type_: Filter by movement type, e.g. `deposit`, `withdrawal`.
            limit: Max results (default 50). The maximum is not documented.
            offset: Number of results to skip (default 0).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_balance_history._get_kwargs(
            currency=currency,
            type_=type_,
            limit=limit,
            offset=offset,
        )
        return await self._client.call_raw(kwargs, _parse_get_balance_history)


class WalletsResource:
    """Wallets: 7 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_wallets(
        self,
    ) -> ListWalletsResponse:
        """List Wallets

        `GET /wallets/`.
        All wallets (sub-accounts) with their balances. Not paginated. Scopes: read, write.


        """
        kwargs = list_wallets._get_kwargs()
        return self._client.call(kwargs, _parse_list_wallets)

    def create_wallet(
        self,
        *,
        body: CreateWalletRequest,
    ) -> Wallet:
        """Create Wallet

        `POST /wallets/`.
        Creates a wallet (sub-account) for one of your users. `external_id` must be unique in the
        tenant (otherwise 400 `duplicate_external_id`). Scopes: read, write.

        Args:
            body: New wallet.
                name: Wallet name.
                external_id: Your id for the wallet; unique per tenant.

        """
        kwargs = create_wallet._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_wallet)

    def get_wallet(
        self,
        *,
        id: str,
    ) -> Wallet:
        """Get Wallet Details

        `GET /wallets/{id}/`.
        One wallet with its balances. Scopes: read, write.

        Args:
            id: The wallet's `id` as returned by list/create (an integer in the overview example, a UUID in the
                current Create Wallet page).

        """
        kwargs = get_wallet._get_kwargs(
            id=id,
        )
        return self._client.call(kwargs, _parse_get_wallet)

    def get_wallet_balances(
        self,
        *,
        body: GetWalletBalancesRequest,
    ) -> GetWalletBalancesResponse:
        """Get Wallet Balances

        `POST /wallets/balances/`.
        Balances of one wallet, looked up by `wallet_id` or `external_id` (send exactly one).
        Scopes: read, write.

        Args:
            body: Wallet lookup: send exactly one of `wallet_id` / `external_id`.
                wallet_id (optional): System wallet id.
                external_id (optional): Your id for the wallet.

        """
        kwargs = get_wallet_balances._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_get_wallet_balances)

    def transfer_to_user(
        self,
        *,
        body: WalletTransferRequest,
    ) -> TransferAccepted:
        """Transfer to Sub-account (Async)

        `POST /wallets/transfer-to-user/`.
        Moves `amount` of `currency` from the master account to a wallet (by `wallet_id` or
        `external_id`, exactly one). Answered **202 Accepted**; the transfer completes
        asynchronously and its result is POSTed to `callback_url` (answer 200) and listed by
        `/wallets/transfer-history/`. Insufficient master balance: 422 `invalid_amount`
        (x-inferred: may also come later as a failed transfer). Scopes: read, write.

        Args:
            body: Internal transfer between the master account and a wallet. Identify the wallet by exactly one
                of `wallet_id` / `external_id`.
                currency: Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`,
                `BTC`.
                amount: Amount (> 0), at most 8 decimals: a decimal string as in the examples (`"100.00000000"`)
                or a JSON number (x-inferred from the backend's Django REST Framework `DecimalField`, which reads
                either).
                callback_url: Where the result is POSTed (required).
                wallet_id (optional): System wallet id.
                external_id (optional): Your id for the wallet.

        """
        kwargs = transfer_to_user._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_transfer_to_user)

    def withdraw_to_master(
        self,
        *,
        body: WalletTransferRequest,
    ) -> TransferAccepted:
        """Withdraw to Master Account (Async)

        `POST /wallets/withdraw-to-master/`.
        Moves `amount` of `currency` from a wallet back to the master account. Answered **202
        Accepted**; completes asynchronously like `transferToUser` (callback to `callback_url`,
        listed by `/wallets/transfer-history/` as `to_master`). Scopes: read, write.

        Args:
            body: Internal transfer between the master account and a wallet. Identify the wallet by exactly one
                of `wallet_id` / `external_id`.
                currency: Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`,
                `BTC`.
                amount: Amount (> 0), at most 8 decimals: a decimal string as in the examples (`"100.00000000"`)
                or a JSON number (x-inferred from the backend's Django REST Framework `DecimalField`, which reads
                either).
                callback_url: Where the result is POSTed (required).
                wallet_id (optional): System wallet id.
                external_id (optional): Your id for the wallet.

        """
        kwargs = withdraw_to_master._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_withdraw_to_master)

    def get_transfer_history(
        self,
        *,
        body: GetTransferHistoryRequest,
    ) -> GetTransferHistoryResponse:
        """Transfer History

        `POST /wallets/transfer-history/`.
        Internal transfers of one wallet (master -> wallet `to_sub`, wallet -> master
        `to_master`), filtered and offset-paginated (`limit`/`offset` in the body). Scopes: read,
        write.

        Args:
            body: Wallet and filters.
                wallet_id: System wallet id.
                status (optional): `pending` accepted, not yet booked; `completed` booked; `failed` not booked
                (e.g. insufficient balance).
                transfer_type (optional): `to_sub` master -> wallet (transfer-to-user); `to_master` wallet ->
                master (withdraw-to-master).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                limit (optional): Page size (default 20; maximum not documented).
                offset (optional): Results to skip.

        """
        kwargs = get_transfer_history._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_get_transfer_history)

    def iter_get_transfer_history(
        self,
        *,
        body: GetTransferHistoryRequest,
    ) -> Iterator[Transfer]:
        """Every item of `get_transfer_history`, page after page.
        Args:
            body: Wallet and filters.
                wallet_id: System wallet id.
                status (optional): `pending` accepted, not yet booked; `completed` booked; `failed` not booked
                (e.g. insufficient balance).
                transfer_type (optional): `to_sub` master -> wallet (transfer-to-user); `to_master` wallet ->
                master (withdraw-to-master).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                limit (optional): Page size (default 20; maximum not documented).
                offset (optional): Results to skip.

        """

        def fetch(position: int) -> GetTransferHistoryResponse:
            return self.get_transfer_history(
                body=attrs.evolve(body, offset=position),
            )

        return pagination.iterate_offset(fetch, "transfers", Transfer)


class AsyncWalletsResource:
    """Wallets: 7 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_wallets(
        self,
    ) -> ListWalletsResponse:
        """List Wallets

        `GET /wallets/`.
        All wallets (sub-accounts) with their balances. Not paginated. Scopes: read, write.


        """
        kwargs = list_wallets._get_kwargs()
        return await self._client.call(kwargs, _parse_list_wallets)

    async def create_wallet(
        self,
        *,
        body: CreateWalletRequest,
    ) -> Wallet:
        """Create Wallet

        `POST /wallets/`.
        Creates a wallet (sub-account) for one of your users. `external_id` must be unique in the
        tenant (otherwise 400 `duplicate_external_id`). Scopes: read, write.

        Args:
            body: New wallet.
                name: Wallet name.
                external_id: Your id for the wallet; unique per tenant.

        """
        kwargs = create_wallet._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_wallet)

    async def get_wallet(
        self,
        *,
        id: str,
    ) -> Wallet:
        """Get Wallet Details

        `GET /wallets/{id}/`.
        One wallet with its balances. Scopes: read, write.

        Args:
            id: The wallet's `id` as returned by list/create (an integer in the overview example, a UUID in the
                current Create Wallet page).

        """
        kwargs = get_wallet._get_kwargs(
            id=id,
        )
        return await self._client.call(kwargs, _parse_get_wallet)

    async def get_wallet_balances(
        self,
        *,
        body: GetWalletBalancesRequest,
    ) -> GetWalletBalancesResponse:
        """Get Wallet Balances

        `POST /wallets/balances/`.
        Balances of one wallet, looked up by `wallet_id` or `external_id` (send exactly one).
        Scopes: read, write.

        Args:
            body: Wallet lookup: send exactly one of `wallet_id` / `external_id`.
                wallet_id (optional): System wallet id.
                external_id (optional): Your id for the wallet.

        """
        kwargs = get_wallet_balances._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_get_wallet_balances)

    async def transfer_to_user(
        self,
        *,
        body: WalletTransferRequest,
    ) -> TransferAccepted:
        """Transfer to Sub-account (Async)

        `POST /wallets/transfer-to-user/`.
        Moves `amount` of `currency` from the master account to a wallet (by `wallet_id` or
        `external_id`, exactly one). Answered **202 Accepted**; the transfer completes
        asynchronously and its result is POSTed to `callback_url` (answer 200) and listed by
        `/wallets/transfer-history/`. Insufficient master balance: 422 `invalid_amount`
        (x-inferred: may also come later as a failed transfer). Scopes: read, write.

        Args:
            body: Internal transfer between the master account and a wallet. Identify the wallet by exactly one
                of `wallet_id` / `external_id`.
                currency: Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`,
                `BTC`.
                amount: Amount (> 0), at most 8 decimals: a decimal string as in the examples (`"100.00000000"`)
                or a JSON number (x-inferred from the backend's Django REST Framework `DecimalField`, which reads
                either).
                callback_url: Where the result is POSTed (required).
                wallet_id (optional): System wallet id.
                external_id (optional): Your id for the wallet.

        """
        kwargs = transfer_to_user._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_transfer_to_user)

    async def withdraw_to_master(
        self,
        *,
        body: WalletTransferRequest,
    ) -> TransferAccepted:
        """Withdraw to Master Account (Async)

        `POST /wallets/withdraw-to-master/`.
        Moves `amount` of `currency` from a wallet back to the master account. Answered **202
        Accepted**; completes asynchronously like `transferToUser` (callback to `callback_url`,
        listed by `/wallets/transfer-history/` as `to_master`). Scopes: read, write.

        Args:
            body: Internal transfer between the master account and a wallet. Identify the wallet by exactly one
                of `wallet_id` / `external_id`.
                currency: Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`,
                `BTC`.
                amount: Amount (> 0), at most 8 decimals: a decimal string as in the examples (`"100.00000000"`)
                or a JSON number (x-inferred from the backend's Django REST Framework `DecimalField`, which reads
                either).
                callback_url: Where the result is POSTed (required).
                wallet_id (optional): System wallet id.
                external_id (optional): Your id for the wallet.

        """
        kwargs = withdraw_to_master._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_withdraw_to_master)

    async def get_transfer_history(
        self,
        *,
        body: GetTransferHistoryRequest,
    ) -> GetTransferHistoryResponse:
        """Transfer History

        `POST /wallets/transfer-history/`.
        Internal transfers of one wallet (master -> wallet `to_sub`, wallet -> master
        `to_master`), filtered and offset-paginated (`limit`/`offset` in the body). Scopes: read,
        write.

        Args:
            body: Wallet and filters.
                wallet_id: System wallet id.
                status (optional): `pending` accepted, not yet booked; `completed` booked; `failed` not booked
                (e.g. insufficient balance).
                transfer_type (optional): `to_sub` master -> wallet (transfer-to-user); `to_master` wallet ->
                master (withdraw-to-master).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                limit (optional): Page size (default 20; maximum not documented).
                offset (optional): Results to skip.

        """
        kwargs = get_transfer_history._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_get_transfer_history)

    def iter_get_transfer_history(
        self,
        *,
        body: GetTransferHistoryRequest,
    ) -> AsyncIterator[Transfer]:
        """Every item of `get_transfer_history`, page after page.
        Args:
            body: Wallet and filters.
                wallet_id: System wallet id.
                status (optional): `pending` accepted, not yet booked; `completed` booked; `failed` not booked
                (e.g. insufficient balance).
                transfer_type (optional): `to_sub` master -> wallet (transfer-to-user); `to_master` wallet ->
                master (withdraw-to-master).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                limit (optional): Page size (default 20; maximum not documented).
                offset (optional): Results to skip.

        """

        async def fetch(position: int) -> GetTransferHistoryResponse:
            return await self.get_transfer_history(
                body=attrs.evolve(body, offset=position),
            )

        return pagination.aiterate_offset(fetch, "transfers", Transfer)


class WalletsResourceWithRawResponse:
    """Wallets: 7 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_wallets(
        self,
    ) -> APIResponse[ListWalletsResponse]:
        """List Wallets

        `GET /wallets/`.
        All wallets (sub-accounts) with their balances. Not paginated. Scopes: read, write.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_wallets._get_kwargs()
        return self._client.call_raw(kwargs, _parse_list_wallets)

    def create_wallet(
        self,
        *,
        body: CreateWalletRequest,
    ) -> APIResponse[Wallet]:
        """Create Wallet

        `POST /wallets/`.
        Creates a wallet (sub-account) for one of your users. `external_id` must be unique in the
        tenant (otherwise 400 `duplicate_external_id`). Scopes: read, write.

        Args:
            body: New wallet.
                name: Wallet name.
                external_id: Your id for the wallet; unique per tenant.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_wallet._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_wallet)

    def get_wallet(
        self,
        *,
        id: str,
    ) -> APIResponse[Wallet]:
        """Get Wallet Details

        `GET /wallets/{id}/`.
        One wallet with its balances. Scopes: read, write.

        Args:
            id: The wallet's `id` as returned by list/create (an integer in the overview example, a UUID in the
                current Create Wallet page).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_wallet._get_kwargs(
            id=id,
        )
        return self._client.call_raw(kwargs, _parse_get_wallet)

    def get_wallet_balances(
        self,
        *,
        body: GetWalletBalancesRequest,
    ) -> APIResponse[GetWalletBalancesResponse]:
        """Get Wallet Balances

        `POST /wallets/balances/`.
        Balances of one wallet, looked up by `wallet_id` or `external_id` (send exactly one).
        Scopes: read, write.

        Args:
            body: Wallet lookup: send exactly one of `wallet_id` / `external_id`.
                wallet_id (optional): System wallet id.
                external_id (optional): Your id for the wallet.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_wallet_balances._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_get_wallet_balances)

    def transfer_to_user(
        self,
        *,
        body: WalletTransferRequest,
    ) -> APIResponse[TransferAccepted]:
        """Transfer to Sub-account (Async)

        `POST /wallets/transfer-to-user/`.
        Moves `amount` of `currency` from the master account to a wallet (by `wallet_id` or
        `external_id`, exactly one). Answered **202 Accepted**; the transfer completes
        asynchronously and its result is POSTed to `callback_url` (answer 200) and listed by
        `/wallets/transfer-history/`. Insufficient master balance: 422 `invalid_amount`
        (x-inferred: may also come later as a failed transfer). Scopes: read, write.

        Args:
            body: Internal transfer between the master account and a wallet. Identify the wallet by exactly one
                of `wallet_id` / `external_id`.
                currency: Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`,
                `BTC`.
                amount: Amount (> 0), at most 8 decimals: a decimal string as in the examples (`"100.00000000"`)
                or a JSON number (x-inferred from the backend's Django REST Framework `DecimalField`, which reads
                either).
                callback_url: Where the result is POSTed (required).
                wallet_id (optional): System wallet id.
                external_id (optional): Your id for the wallet.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = transfer_to_user._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_transfer_to_user)

    def withdraw_to_master(
        self,
        *,
        body: WalletTransferRequest,
    ) -> APIResponse[TransferAccepted]:
        """Withdraw to Master Account (Async)

        `POST /wallets/withdraw-to-master/`.
        Moves `amount` of `currency` from a wallet back to the master account. Answered **202
        Accepted**; completes asynchronously like `transferToUser` (callback to `callback_url`,
        listed by `/wallets/transfer-history/` as `to_master`). Scopes: read, write.

        Args:
            body: Internal transfer between the master account and a wallet. Identify the wallet by exactly one
                of `wallet_id` / `external_id`.
                currency: Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`,
                `BTC`.
                amount: Amount (> 0), at most 8 decimals: a decimal string as in the examples (`"100.00000000"`)
                or a JSON number (x-inferred from the backend's Django REST Framework `DecimalField`, which reads
                either).
                callback_url: Where the result is POSTed (required).
                wallet_id (optional): System wallet id.
                external_id (optional): Your id for the wallet.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = withdraw_to_master._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_withdraw_to_master)

    def get_transfer_history(
        self,
        *,
        body: GetTransferHistoryRequest,
    ) -> APIResponse[GetTransferHistoryResponse]:
        """Transfer History

        `POST /wallets/transfer-history/`.
        Internal transfers of one wallet (master -> wallet `to_sub`, wallet -> master
        `to_master`), filtered and offset-paginated (`limit`/`offset` in the body). Scopes: read,
        write.

        Args:
            body: Wallet and filters.
                wallet_id: System wallet id.
                status (optional): `pending` accepted, not yet booked; `completed` booked; `failed` not booked
                (e.g. insufficient balance).
                transfer_type (optional): `to_sub` master -> wallet (transfer-to-user); `to_master` wallet ->
                master (withdraw-to-master).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                limit (optional): Page size (default 20; maximum not documented).
                offset (optional): Results to skip.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_transfer_history._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_get_transfer_history)


class AsyncWalletsResourceWithRawResponse:
    """Wallets: 7 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_wallets(
        self,
    ) -> APIResponse[ListWalletsResponse]:
        """List Wallets

        `GET /wallets/`.
        All wallets (sub-accounts) with their balances. Not paginated. Scopes: read, write.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_wallets._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_list_wallets)

    async def create_wallet(
        self,
        *,
        body: CreateWalletRequest,
    ) -> APIResponse[Wallet]:
        """Create Wallet

        `POST /wallets/`.
        Creates a wallet (sub-account) for one of your users. `external_id` must be unique in the
        tenant (otherwise 400 `duplicate_external_id`). Scopes: read, write.

        Args:
            body: New wallet.
                name: Wallet name.
                external_id: Your id for the wallet; unique per tenant.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_wallet._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_wallet)

    async def get_wallet(
        self,
        *,
        id: str,
    ) -> APIResponse[Wallet]:
        """Get Wallet Details

        `GET /wallets/{id}/`.
        One wallet with its balances. Scopes: read, write.

        Args:
            id: The wallet's `id` as returned by list/create (an integer in the overview example, a UUID in the
                current Create Wallet page).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_wallet._get_kwargs(
            id=id,
        )
        return await self._client.call_raw(kwargs, _parse_get_wallet)

    async def get_wallet_balances(
        self,
        *,
        body: GetWalletBalancesRequest,
    ) -> APIResponse[GetWalletBalancesResponse]:
        """Get Wallet Balances

        `POST /wallets/balances/`.
        Balances of one wallet, looked up by `wallet_id` or `external_id` (send exactly one).
        Scopes: read, write.

        Args:
            body: Wallet lookup: send exactly one of `wallet_id` / `external_id`.
                wallet_id (optional): System wallet id.
                external_id (optional): Your id for the wallet.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_wallet_balances._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_get_wallet_balances)

    async def transfer_to_user(
        self,
        *,
        body: WalletTransferRequest,
    ) -> APIResponse[TransferAccepted]:
        """Transfer to Sub-account (Async)

        `POST /wallets/transfer-to-user/`.
        Moves `amount` of `currency` from the master account to a wallet (by `wallet_id` or
        `external_id`, exactly one). Answered **202 Accepted**; the transfer completes
        asynchronously and its result is POSTed to `callback_url` (answer 200) and listed by
        `/wallets/transfer-history/`. Insufficient master balance: 422 `invalid_amount`
        (x-inferred: may also come later as a failed transfer). Scopes: read, write.

        Args:
            body: Internal transfer between the master account and a wallet. Identify the wallet by exactly one
                of `wallet_id` / `external_id`.
                currency: Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`,
                `BTC`.
                amount: Amount (> 0), at most 8 decimals: a decimal string as in the examples (`"100.00000000"`)
                or a JSON number (x-inferred from the backend's Django REST Framework `DecimalField`, which reads
                either).
                callback_url: Where the result is POSTed (required).
                wallet_id (optional): System wallet id.
                external_id (optional): Your id for the wallet.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = transfer_to_user._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_transfer_to_user)

    async def withdraw_to_master(
        self,
        *,
        body: WalletTransferRequest,
    ) -> APIResponse[TransferAccepted]:
        """Withdraw to Master Account (Async)

        `POST /wallets/withdraw-to-master/`.
        Moves `amount` of `currency` from a wallet back to the master account. Answered **202
        Accepted**; completes asynchronously like `transferToUser` (callback to `callback_url`,
        listed by `/wallets/transfer-history/` as `to_master`). Scopes: read, write.

        Args:
            body: Internal transfer between the master account and a wallet. Identify the wallet by exactly one
                of `wallet_id` / `external_id`.
                currency: Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`,
                `BTC`.
                amount: Amount (> 0), at most 8 decimals: a decimal string as in the examples (`"100.00000000"`)
                or a JSON number (x-inferred from the backend's Django REST Framework `DecimalField`, which reads
                either).
                callback_url: Where the result is POSTed (required).
                wallet_id (optional): System wallet id.
                external_id (optional): Your id for the wallet.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = withdraw_to_master._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_withdraw_to_master)

    async def get_transfer_history(
        self,
        *,
        body: GetTransferHistoryRequest,
    ) -> APIResponse[GetTransferHistoryResponse]:
        """Transfer History

        `POST /wallets/transfer-history/`.
        Internal transfers of one wallet (master -> wallet `to_sub`, wallet -> master
        `to_master`), filtered and offset-paginated (`limit`/`offset` in the body). Scopes: read,
        write.

        Args:
            body: Wallet and filters.
                wallet_id: System wallet id.
                status (optional): `pending` accepted, not yet booked; `completed` booked; `failed` not booked
                (e.g. insufficient balance).
                transfer_type (optional): `to_sub` master -> wallet (transfer-to-user); `to_master` wallet ->
                master (withdraw-to-master).
                currency (optional): Combined currency code (token + chain, upper case), e.g. `USDTTRC20`,
                `USDTARB`, `BTC`.
                limit (optional): Page size (default 20; maximum not documented).
                offset (optional): Results to skip.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_transfer_history._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_get_transfer_history)


class UserInformationResource:
    """User Information: 3 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_tenant_info(
        self,
    ) -> TenantInfo:
        """Get Tenant Info

        `GET /user/me/`.
        The tenant (merchant) behind the token: name, fee settings, webhook URL and masked secret
        (other pages add status, limits, usage and statistics). Scopes: read, write.


        """
        kwargs = get_tenant_info._get_kwargs()
        return self._client.call(kwargs, _parse_get_tenant_info)

    def configure_webhook(
        self,
        *,
        body: ConfigureWebhookRequest,
    ) -> WebhookSecretCreated | WebhookSettingsUpdated:
        """Configure Webhooks

        `POST /user/webhooks/`.
        Sets the tenant webhook URL. The **first** call creates the webhook secret and returns it
        **once** (`secret`); later calls return only `masked_secret`. Use the secret to verify
        webhook signatures. Scopes: write.

        Args:
            body: Tenant webhook URL.
                callback_url: HTTPS URL receiving the webhooks.

        """
        kwargs = configure_webhook._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_configure_webhook)

    def get_platform_fees(
        self,
    ) -> PlatformFees:
        """Get Platform Fees (Admin Only)

        `GET /user/fees/`.
        Platform fee balances (fees collected per currency). Needs the `admin` scope; a token
        without it gets 403. Scopes: admin.


        """
        kwargs = get_platform_fees._get_kwargs()
        return self._client.call(kwargs, _parse_get_platform_fees)


class AsyncUserInformationResource:
    """User Information: 3 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_tenant_info(
        self,
    ) -> TenantInfo:
        """Get Tenant Info

        `GET /user/me/`.
        The tenant (merchant) behind the token: name, fee settings, webhook URL and masked secret
        (other pages add status, limits, usage and statistics). Scopes: read, write.


        """
        kwargs = get_tenant_info._get_kwargs()
        return await self._client.call(kwargs, _parse_get_tenant_info)

    async def configure_webhook(
        self,
        *,
        body: ConfigureWebhookRequest,
    ) -> WebhookSecretCreated | WebhookSettingsUpdated:
        """Configure Webhooks

        `POST /user/webhooks/`.
        Sets the tenant webhook URL. The **first** call creates the webhook secret and returns it
        **once** (`secret`); later calls return only `masked_secret`. Use the secret to verify
        webhook signatures. Scopes: write.

        Args:
            body: Tenant webhook URL.
                callback_url: HTTPS URL receiving the webhooks.

        """
        kwargs = configure_webhook._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_configure_webhook)

    async def get_platform_fees(
        self,
    ) -> PlatformFees:
        """Get Platform Fees (Admin Only)

        `GET /user/fees/`.
        Platform fee balances (fees collected per currency). Needs the `admin` scope; a token
        without it gets 403. Scopes: admin.


        """
        kwargs = get_platform_fees._get_kwargs()
        return await self._client.call(kwargs, _parse_get_platform_fees)


class UserInformationResourceWithRawResponse:
    """User Information: 3 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_tenant_info(
        self,
    ) -> APIResponse[TenantInfo]:
        """Get Tenant Info

        `GET /user/me/`.
        The tenant (merchant) behind the token: name, fee settings, webhook URL and masked secret
        (other pages add status, limits, usage and statistics). Scopes: read, write.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_tenant_info._get_kwargs()
        return self._client.call_raw(kwargs, _parse_get_tenant_info)

    def configure_webhook(
        self,
        *,
        body: ConfigureWebhookRequest,
    ) -> APIResponse[WebhookSecretCreated | WebhookSettingsUpdated]:
        """Configure Webhooks

        `POST /user/webhooks/`.
        Sets the tenant webhook URL. The **first** call creates the webhook secret and returns it
        **once** (`secret`); later calls return only `masked_secret`. Use the secret to verify
        webhook signatures. Scopes: write.

        Args:
            body: Tenant webhook URL.
                callback_url: HTTPS URL receiving the webhooks.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = configure_webhook._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_configure_webhook)

    def get_platform_fees(
        self,
    ) -> APIResponse[PlatformFees]:
        """Get Platform Fees (Admin Only)

        `GET /user/fees/`.
        Platform fee balances (fees collected per currency). Needs the `admin` scope; a token
        without it gets 403. Scopes: admin.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_platform_fees._get_kwargs()
        return self._client.call_raw(kwargs, _parse_get_platform_fees)


class AsyncUserInformationResourceWithRawResponse:
    """User Information: 3 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_tenant_info(
        self,
    ) -> APIResponse[TenantInfo]:
        """Get Tenant Info

        `GET /user/me/`.
        The tenant (merchant) behind the token: name, fee settings, webhook URL and masked secret
        (other pages add status, limits, usage and statistics). Scopes: read, write.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_tenant_info._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_get_tenant_info)

    async def configure_webhook(
        self,
        *,
        body: ConfigureWebhookRequest,
    ) -> APIResponse[WebhookSecretCreated | WebhookSettingsUpdated]:
        """Configure Webhooks

        `POST /user/webhooks/`.
        Sets the tenant webhook URL. The **first** call creates the webhook secret and returns it
        **once** (`secret`); later calls return only `masked_secret`. Use the secret to verify
        webhook signatures. Scopes: write.

        Args:
            body: Tenant webhook URL.
                callback_url: HTTPS URL receiving the webhooks.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = configure_webhook._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_configure_webhook)

    async def get_platform_fees(
        self,
    ) -> APIResponse[PlatformFees]:
        """Get Platform Fees (Admin Only)

        `GET /user/fees/`.
        Platform fee balances (fees collected per currency). Needs the `admin` scope; a token
        without it gets 403. Scopes: admin.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_platform_fees._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_get_platform_fees)


class ApiStatusResource:
    """Api Status: 1 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_api_status(
        self,
    ) -> ApiStatus:
        """API Status

        `GET /status/`.
        Checks whether the API is operational (`{"status": "ok"}`).


        """
        kwargs = get_api_status._get_kwargs()
        return self._client.call(kwargs, _parse_get_api_status)


class AsyncApiStatusResource:
    """Api Status: 1 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_api_status(
        self,
    ) -> ApiStatus:
        """API Status

        `GET /status/`.
        Checks whether the API is operational (`{"status": "ok"}`).


        """
        kwargs = get_api_status._get_kwargs()
        return await self._client.call(kwargs, _parse_get_api_status)


class ApiStatusResourceWithRawResponse:
    """Api Status: 1 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_api_status(
        self,
    ) -> APIResponse[ApiStatus]:
        """API Status

        `GET /status/`.
        Checks whether the API is operational (`{"status": "ok"}`).



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_api_status._get_kwargs()
        return self._client.call_raw(kwargs, _parse_get_api_status)


class AsyncApiStatusResourceWithRawResponse:
    """Api Status: 1 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_api_status(
        self,
    ) -> APIResponse[ApiStatus]:
        """API Status

        `GET /status/`.
        Checks whether the API is operational (`{"status": "ok"}`).



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_api_status._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_get_api_status)


class Resources:
    """Every tag's resource, as attributes."""

    _api: SyncAPIClient

    @property
    def authentication(self) -> AuthenticationResource:
        return AuthenticationResource(self._api)

    @property
    def currencies_rates(self) -> CurrenciesRatesResource:
        return CurrenciesRatesResource(self._api)

    @property
    def payments(self) -> PaymentsResource:
        return PaymentsResource(self._api)

    @property
    def withdrawals(self) -> WithdrawalsResource:
        return WithdrawalsResource(self._api)

    @property
    def balances(self) -> BalancesResource:
        return BalancesResource(self._api)

    @property
    def wallets(self) -> WalletsResource:
        return WalletsResource(self._api)

    @property
    def user_information(self) -> UserInformationResource:
        return UserInformationResource(self._api)

    @property
    def api_status(self) -> ApiStatusResource:
        return ApiStatusResource(self._api)

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
    def currencies_rates(self) -> AsyncCurrenciesRatesResource:
        return AsyncCurrenciesRatesResource(self._api)

    @property
    def payments(self) -> AsyncPaymentsResource:
        return AsyncPaymentsResource(self._api)

    @property
    def withdrawals(self) -> AsyncWithdrawalsResource:
        return AsyncWithdrawalsResource(self._api)

    @property
    def balances(self) -> AsyncBalancesResource:
        return AsyncBalancesResource(self._api)

    @property
    def wallets(self) -> AsyncWalletsResource:
        return AsyncWalletsResource(self._api)

    @property
    def user_information(self) -> AsyncUserInformationResource:
        return AsyncUserInformationResource(self._api)

    @property
    def api_status(self) -> AsyncApiStatusResource:
        return AsyncApiStatusResource(self._api)

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
    def currencies_rates(self) -> CurrenciesRatesResourceWithRawResponse:
        return CurrenciesRatesResourceWithRawResponse(self._api)

    @property
    def payments(self) -> PaymentsResourceWithRawResponse:
        return PaymentsResourceWithRawResponse(self._api)

    @property
    def withdrawals(self) -> WithdrawalsResourceWithRawResponse:
        return WithdrawalsResourceWithRawResponse(self._api)

    @property
    def balances(self) -> BalancesResourceWithRawResponse:
        return BalancesResourceWithRawResponse(self._api)

    @property
    def wallets(self) -> WalletsResourceWithRawResponse:
        return WalletsResourceWithRawResponse(self._api)

    @property
    def user_information(self) -> UserInformationResourceWithRawResponse:
        return UserInformationResourceWithRawResponse(self._api)

    @property
    def api_status(self) -> ApiStatusResourceWithRawResponse:
        return ApiStatusResourceWithRawResponse(self._api)


class AsyncResourcesWithRawResponse:
    """Every tag's resource, as attributes (raw responses)."""

    _api: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._api = client

    @property
    def authentication(self) -> AsyncAuthenticationResourceWithRawResponse:
        return AsyncAuthenticationResourceWithRawResponse(self._api)

    @property
    def currencies_rates(self) -> AsyncCurrenciesRatesResourceWithRawResponse:
        return AsyncCurrenciesRatesResourceWithRawResponse(self._api)

    @property
    def payments(self) -> AsyncPaymentsResourceWithRawResponse:
        return AsyncPaymentsResourceWithRawResponse(self._api)

    @property
    def withdrawals(self) -> AsyncWithdrawalsResourceWithRawResponse:
        return AsyncWithdrawalsResourceWithRawResponse(self._api)

    @property
    def balances(self) -> AsyncBalancesResourceWithRawResponse:
        return AsyncBalancesResourceWithRawResponse(self._api)

    @property
    def wallets(self) -> AsyncWalletsResourceWithRawResponse:
        return AsyncWalletsResourceWithRawResponse(self._api)

    @property
    def user_information(self) -> AsyncUserInformationResourceWithRawResponse:
        return AsyncUserInformationResourceWithRawResponse(self._api)

    @property
    def api_status(self) -> AsyncApiStatusResourceWithRawResponse:
        return AsyncApiStatusResourceWithRawResponse(self._api)
