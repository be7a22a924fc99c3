"""Typed resources over every endpoint, one class per tag (sync and async)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

import attrs

from .._runtime import pagination
from .._runtime.client import APIResponse
from ..models.bitunix_accounts import BitunixAccounts
from ..models.bitunix_deposit import BitunixDeposit
from ..models.bitunix_deposit_advance import BitunixDepositAdvance
from ..models.bitunix_deposit_create import BitunixDepositCreate
from ..models.bitunix_order import BitunixOrder
from ..models.bitunix_order_fill import BitunixOrderFill
from ..models.bitunix_price_result import BitunixPriceResult
from ..models.bitunix_price_update import BitunixPriceUpdate
from ..models.bitunix_quick_address import BitunixQuickAddress
from ..models.bitunix_quick_address_create import BitunixQuickAddressCreate
from ..models.bitunix_quick_address_list import BitunixQuickAddressList
from ..models.bitunix_record_advance import BitunixRecordAdvance
from ..models.bitunix_withdraw_transfer import BitunixWithdrawTransfer
from ..models.clock import Clock
from ..models.clock_shift import ClockShift
from ..models.credentials import Credentials
from ..models.cryptofuse_payment_deposit import CryptofusePaymentDeposit
from ..models.cryptofuse_record import CryptofuseRecord
from ..models.cryptofuse_transfer_settle import CryptofuseTransferSettle
from ..models.cryptofuse_withdrawal_advance import CryptofuseWithdrawalAdvance
from ..models.deleted import Deleted
from ..models.delivery_list import DeliveryList
from ..models.deposit_create import DepositCreate
from ..models.error import Error
from ..models.fault_config import FaultConfig
from ..models.fault_config_update import FaultConfigUpdate
from ..models.ledger_check import LedgerCheck
from ..models.list_webhook_deliveries_state import ListWebhookDeliveriesState, check_list_webhook_deliveries_state
from ..models.mock_transaction import MockTransaction
from ..models.request_list import RequestList
from ..models.reset_result import ResetResult
from ..models.settings import Settings
from ..models.settings_update import SettingsUpdate
from ..models.state_snapshot import StateSnapshot
from ..models.tenant import Tenant
from ..models.tenant_create import TenantCreate
from ..models.tenant_deleted import TenantDeleted
from ..models.tenant_list import TenantList
from ..models.webhook_target import WebhookTarget
from ..models.webhook_target_create import WebhookTargetCreate
from ..models.webhook_target_list import WebhookTargetList
from ..models.withdrawal_advance import WithdrawalAdvance
from ..models.xcurrency_quote_expiry import XcurrencyQuoteExpiry
from ..models.xcurrency_settings import XcurrencySettings
from ..models.xcurrency_settings_update import XcurrencySettingsUpdate
from ..models.xcurrency_topup_order import XcurrencyTopupOrder
from ..types import UNSET, Unset
from .bitunix import (
    bitunix_add_quick_address,
    bitunix_advance_deposit,
    bitunix_advance_withdraw_transfer,
    bitunix_create_deposit,
    bitunix_delete_quick_address,
    bitunix_fill_order,
    bitunix_get_accounts,
    bitunix_list_quick_addresses,
    bitunix_set_price,
)
from .clock import get_clock, shift_clock
from .cryptofuse import (
    cryptofuse_advance_withdrawal,
    cryptofuse_confirm_payment,
    cryptofuse_fail_payment,
    cryptofuse_settle_transfer,
    cryptofuse_simulate_payment,
)
from .faults import get_faults, set_faults
from .requests import list_requests
from .settings import get_settings, update_settings
from .simulation import advance_withdrawal, create_deposit
from .state import check_ledger, get_credentials, get_state, reset_state
from .tenants import create_tenant, delete_tenant, list_tenants
from .webhooks import add_webhook_target, delete_webhook_target, list_webhook_deliveries, list_webhook_targets
from .xcurrency import (
    xcurrency_expire_quote,
    xcurrency_fiat_failed,
    xcurrency_fiat_received,
    xcurrency_get_settings,
    xcurrency_update_settings,
)

if TYPE_CHECKING:
    from .._runtime.client import AsyncAPIClient, SyncAPIClient


def _parse_list_tenants(response: Any) -> TenantList:
    response_200 = TenantList.from_dict(response)

    return response_200


def _parse_create_tenant(response: Any) -> Tenant:
    response_200 = Tenant.from_dict(response)

    return response_200


def _parse_delete_tenant(response: Any) -> TenantDeleted:
    response_200 = TenantDeleted.from_dict(response)

    return response_200


def _parse_get_clock(response: Any) -> Clock:
    response_200 = Clock.from_dict(response)

    return response_200


def _parse_shift_clock(response: Any) -> Clock:
    response_200 = Clock.from_dict(response)

    return response_200


def _parse_get_faults(response: Any) -> FaultConfig:
    response_200 = FaultConfig.from_dict(response)

    return response_200


def _parse_set_faults(response: Any) -> FaultConfig:
    response_200 = FaultConfig.from_dict(response)

    return response_200


def _parse_get_settings(response: Any) -> Settings:
    response_200 = Settings.from_dict(response)

    return response_200


def _parse_update_settings(response: Any) -> Settings:
    response_200 = Settings.from_dict(response)

    return response_200


def _parse_list_webhook_targets(response: Any) -> WebhookTargetList:
    response_200 = WebhookTargetList.from_dict(response)

    return response_200


def _parse_add_webhook_target(response: Any) -> WebhookTarget:
    response_200 = WebhookTarget.from_dict(response)

    return response_200


def _parse_delete_webhook_target(response: Any) -> Deleted:
    response_200 = Deleted.from_dict(response)

    return response_200


def _parse_list_webhook_deliveries(response: Any) -> DeliveryList:
    response_200 = DeliveryList.from_dict(response)

    return response_200


def _parse_reset_state(response: Any) -> ResetResult:
    response_200 = ResetResult.from_dict(response)

    return response_200


def _parse_get_state(response: Any) -> StateSnapshot:
    response_200 = StateSnapshot.from_dict(response)

    return response_200


def _parse_check_ledger(response: Any) -> LedgerCheck:
    response_200 = LedgerCheck.from_dict(response)

    return response_200


def _parse_get_credentials(response: Any) -> Credentials:
    response_200 = Credentials.from_dict(response)

    return response_200


def _parse_list_requests(response: Any) -> RequestList:
    response_200 = RequestList.from_dict(response)

    return response_200


def _parse_create_deposit(response: Any) -> MockTransaction:
    response_200 = MockTransaction.from_dict(response)

    return response_200


def _parse_advance_withdrawal(response: Any) -> MockTransaction:
    response_200 = MockTransaction.from_dict(response)

    return response_200


def _parse_xcurrency_fiat_received(response: Any) -> XcurrencyTopupOrder:
    response_200 = XcurrencyTopupOrder.from_dict(response)

    return response_200


def _parse_xcurrency_fiat_failed(response: Any) -> XcurrencyTopupOrder:
    response_200 = XcurrencyTopupOrder.from_dict(response)

    return response_200


def _parse_xcurrency_expire_quote(response: Any) -> XcurrencyQuoteExpiry:
    response_200 = XcurrencyQuoteExpiry.from_dict(response)

    return response_200


def _parse_xcurrency_get_settings(response: Any) -> XcurrencySettings:
    response_200 = XcurrencySettings.from_dict(response)

    return response_200


def _parse_xcurrency_update_settings(response: Any) -> XcurrencySettings:
    response_200 = XcurrencySettings.from_dict(response)

    return response_200


def _parse_bitunix_create_deposit(response: Any) -> BitunixDeposit:
    response_200 = BitunixDeposit.from_dict(response)

    return response_200


def _parse_bitunix_advance_deposit(response: Any) -> BitunixDeposit:
    response_200 = BitunixDeposit.from_dict(response)

    return response_200


def _parse_bitunix_advance_withdraw_transfer(response: Any) -> BitunixWithdrawTransfer:
    response_200 = BitunixWithdrawTransfer.from_dict(response)

    return response_200


def _parse_bitunix_list_quick_addresses(response: Any) -> BitunixQuickAddressList:
    response_200 = BitunixQuickAddressList.from_dict(response)

    return response_200


def _parse_bitunix_add_quick_address(response: Any) -> BitunixQuickAddress:
    response_200 = BitunixQuickAddress.from_dict(response)

    return response_200


def _parse_bitunix_delete_quick_address(response: Any) -> Deleted:
    response_200 = Deleted.from_dict(response)

    return response_200


def _parse_bitunix_fill_order(response: Any) -> BitunixOrder:
    response_200 = BitunixOrder.from_dict(response)

    return response_200


def _parse_bitunix_set_price(response: Any) -> BitunixPriceResult:
    response_200 = BitunixPriceResult.from_dict(response)

    return response_200


def _parse_bitunix_get_accounts(response: Any) -> BitunixAccounts:
    response_200 = BitunixAccounts.from_dict(response)

    return response_200


def _parse_cryptofuse_simulate_payment(response: Any) -> CryptofuseRecord:
    response_200 = CryptofuseRecord.from_dict(response)

    return response_200


def _parse_cryptofuse_confirm_payment(response: Any) -> CryptofuseRecord:
    response_200 = CryptofuseRecord.from_dict(response)

    return response_200


def _parse_cryptofuse_fail_payment(response: Any) -> CryptofuseRecord:
    response_200 = CryptofuseRecord.from_dict(response)

    return response_200


def _parse_cryptofuse_advance_withdrawal(response: Any) -> CryptofuseRecord:
    response_200 = CryptofuseRecord.from_dict(response)

    return response_200


def _parse_cryptofuse_settle_transfer(response: Any) -> CryptofuseRecord:
    response_200 = CryptofuseRecord.from_dict(response)

    return response_200


class TenantsResource:
    """Tenants: 3 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_tenants(
        self,
    ) -> TenantList:
        """List the tenants

        `GET /_mock/tenants`.
        Every tenant of this mock's store (the built-in `default` one included).


        """
        kwargs = list_tenants._get_kwargs()
        return self._client.call(kwargs, _parse_list_tenants)

    def create_tenant(
        self,
        *,
        body: TenantCreate | Unset = UNSET,
    ) -> Tenant:
        """Create an isolated tenant

        `POST /_mock/tenants`.
        A new tenant, seeded like a fresh mock, with fresh credentials in the provider's own
        formats (Ceffu an RSA key pair, Bitunix an API key and secret, xCurrency an app key,
        secret and RSA key, Cryptofuse an OAuth client). Requests made with them see only this
        tenant's state; `env` holds the `export` lines the provider's generated client reads.
        Shared by every worker serving the same store.

        Args:
            body: TenantCreate
                name (optional): A label (e.g. the CI job); not used by the mock.

        """
        kwargs = create_tenant._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_tenant)

    def delete_tenant(
        self,
        *,
        tenant: str,
    ) -> TenantDeleted:
        """Delete a tenant

        `DELETE /_mock/tenants/{tenant}`.
        Removes the tenant's state and credentials; its credentials are refused from then on. The
        built-in tenant cannot be deleted.

        Args:
            tenant: (no description in the spec)

        """
        kwargs = delete_tenant._get_kwargs(
            tenant=tenant,
        )
        return self._client.call(kwargs, _parse_delete_tenant)


class AsyncTenantsResource:
    """Tenants: 3 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_tenants(
        self,
    ) -> TenantList:
        """List the tenants

        `GET /_mock/tenants`.
        Every tenant of this mock's store (the built-in `default` one included).


        """
        kwargs = list_tenants._get_kwargs()
        return await self._client.call(kwargs, _parse_list_tenants)

    async def create_tenant(
        self,
        *,
        body: TenantCreate | Unset = UNSET,
    ) -> Tenant:
        """Create an isolated tenant

        `POST /_mock/tenants`.
        A new tenant, seeded like a fresh mock, with fresh credentials in the provider's own
        formats (Ceffu an RSA key pair, Bitunix an API key and secret, xCurrency an app key,
        secret and RSA key, Cryptofuse an OAuth client). Requests made with them see only this
        tenant's state; `env` holds the `export` lines the provider's generated client reads.
        Shared by every worker serving the same store.

        Args:
            body: TenantCreate
                name (optional): A label (e.g. the CI job); not used by the mock.

        """
        kwargs = create_tenant._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_tenant)

    async def delete_tenant(
        self,
        *,
        tenant: str,
    ) -> TenantDeleted:
        """Delete a tenant

        `DELETE /_mock/tenants/{tenant}`.
        Removes the tenant's state and credentials; its credentials are refused from then on. The
        built-in tenant cannot be deleted.

        Args:
            tenant: (no description in the spec)

        """
        kwargs = delete_tenant._get_kwargs(
            tenant=tenant,
        )
        return await self._client.call(kwargs, _parse_delete_tenant)


class TenantsResourceWithRawResponse:
    """Tenants: 3 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_tenants(
        self,
    ) -> APIResponse[TenantList]:
        """List the tenants

        `GET /_mock/tenants`.
        Every tenant of this mock's store (the built-in `default` one included).



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_tenants._get_kwargs()
        return self._client.call_raw(kwargs, _parse_list_tenants)

    def create_tenant(
        self,
        *,
        body: TenantCreate | Unset = UNSET,
    ) -> APIResponse[Tenant]:
        """Create an isolated tenant

        `POST /_mock/tenants`.
        A new tenant, seeded like a fresh mock, with fresh credentials in the provider's own
        formats (Ceffu an RSA key pair, Bitunix an API key and secret, xCurrency an app key,
        secret and RSA key, Cryptofuse an OAuth client). Requests made with them see only this
        tenant's state; `env` holds the `export` lines the provider's generated client reads.
        Shared by every worker serving the same store.

        Args:
            body: TenantCreate
                name (optional): A label (e.g. the CI job); not used by the mock.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_tenant._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_tenant)

    def delete_tenant(
        self,
        *,
        tenant: str,
    ) -> APIResponse[TenantDeleted]:
        """Delete a tenant

        `DELETE /_mock/tenants/{tenant}`.
        Removes the tenant's state and credentials; its credentials are refused from then on. The
        built-in tenant cannot be deleted.

        Args:
            tenant: (no description in the spec)


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = delete_tenant._get_kwargs(
            tenant=tenant,
        )
        return self._client.call_raw(kwargs, _parse_delete_tenant)


class AsyncTenantsResourceWithRawResponse:
    """Tenants: 3 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_tenants(
        self,
    ) -> APIResponse[TenantList]:
        """List the tenants

        `GET /_mock/tenants`.
        Every tenant of this mock's store (the built-in `default` one included).



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_tenants._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_list_tenants)

    async def create_tenant(
        self,
        *,
        body: TenantCreate | Unset = UNSET,
    ) -> APIResponse[Tenant]:
        """Create an isolated tenant

        `POST /_mock/tenants`.
        A new tenant, seeded like a fresh mock, with fresh credentials in the provider's own
        formats (Ceffu an RSA key pair, Bitunix an API key and secret, xCurrency an app key,
        secret and RSA key, Cryptofuse an OAuth client). Requests made with them see only this
        tenant's state; `env` holds the `export` lines the provider's generated client reads.
        Shared by every worker serving the same store.

        Args:
            body: TenantCreate
                name (optional): A label (e.g. the CI job); not used by the mock.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_tenant._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_tenant)

    async def delete_tenant(
        self,
        *,
        tenant: str,
    ) -> APIResponse[TenantDeleted]:
        """Delete a tenant

        `DELETE /_mock/tenants/{tenant}`.
        Removes the tenant's state and credentials; its credentials are refused from then on. The
        built-in tenant cannot be deleted.

        Args:
            tenant: (no description in the spec)


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = delete_tenant._get_kwargs(
            tenant=tenant,
        )
        return await self._client.call_raw(kwargs, _parse_delete_tenant)


class ClockResource:
    """Clock: 2 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_clock(
        self,
    ) -> Clock:
        """Read the mock's clock

        `GET /_mock/clock`.
        Current time on the mock's clock and its offset from real time (both ms).


        """
        kwargs = get_clock._get_kwargs()
        return self._client.call(kwargs, _parse_get_clock)

    def shift_clock(
        self,
        *,
        body: ClockShift,
    ) -> Clock:
        """Shift the mock's clock

        `POST /_mock/clock`.
        Moves the clock by `shift_ms` (negative to go back). Signature timestamps, auto-advance
        and the webhook retry schedule all follow this clock.

        Args:
            body: ClockShift
                shift_ms: Milliseconds to add to the clock (negative moves it back).

        """
        kwargs = shift_clock._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_shift_clock)


class AsyncClockResource:
    """Clock: 2 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_clock(
        self,
    ) -> Clock:
        """Read the mock's clock

        `GET /_mock/clock`.
        Current time on the mock's clock and its offset from real time (both ms).


        """
        kwargs = get_clock._get_kwargs()
        return await self._client.call(kwargs, _parse_get_clock)

    async def shift_clock(
        self,
        *,
        body: ClockShift,
    ) -> Clock:
        """Shift the mock's clock

        `POST /_mock/clock`.
        Moves the clock by `shift_ms` (negative to go back). Signature timestamps, auto-advance
        and the webhook retry schedule all follow this clock.

        Args:
            body: ClockShift
                shift_ms: Milliseconds to add to the clock (negative moves it back).

        """
        kwargs = shift_clock._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_shift_clock)


class ClockResourceWithRawResponse:
    """Clock: 2 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_clock(
        self,
    ) -> APIResponse[Clock]:
        """Read the mock's clock

        `GET /_mock/clock`.
        Current time on the mock's clock and its offset from real time (both ms).



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_clock._get_kwargs()
        return self._client.call_raw(kwargs, _parse_get_clock)

    def shift_clock(
        self,
        *,
        body: ClockShift,
    ) -> APIResponse[Clock]:
        """Shift the mock's clock

        `POST /_mock/clock`.
        Moves the clock by `shift_ms` (negative to go back). Signature timestamps, auto-advance
        and the webhook retry schedule all follow this clock.

        Args:
            body: ClockShift
                shift_ms: Milliseconds to add to the clock (negative moves it back).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = shift_clock._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_shift_clock)


class AsyncClockResourceWithRawResponse:
    """Clock: 2 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_clock(
        self,
    ) -> APIResponse[Clock]:
        """Read the mock's clock

        `GET /_mock/clock`.
        Current time on the mock's clock and its offset from real time (both ms).



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_clock._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_get_clock)

    async def shift_clock(
        self,
        *,
        body: ClockShift,
    ) -> APIResponse[Clock]:
        """Shift the mock's clock

        `POST /_mock/clock`.
        Moves the clock by `shift_ms` (negative to go back). Signature timestamps, auto-advance
        and the webhook retry schedule all follow this clock.

        Args:
            body: ClockShift
                shift_ms: Milliseconds to add to the clock (negative moves it back).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = shift_clock._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_shift_clock)


class FaultsResource:
    """Faults: 2 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_faults(
        self,
    ) -> FaultConfig:
        """Read the fault injection configuration

        `GET /_mock/faults`.
        The fault injection settings applied to provider requests.


        """
        kwargs = get_faults._get_kwargs()
        return self._client.call(kwargs, _parse_get_faults)

    def set_faults(
        self,
        *,
        body: FaultConfigUpdate,
    ) -> FaultConfig:
        """Change the fault injection configuration

        `POST /_mock/faults`.
        Fields left out keep their value. Setting any field re-seeds the random generator with
        `seed`, so a run is reproducible. Faults apply to provider requests only, never to
        `/_mock/`.

        Args:
            body: FaultConfigUpdate
                latency_ms (optional): Delay added to every provider request once it has been read, before it is
                handled.
                error_rate (optional): Share of provider requests answered with `status`.
                status (optional): HTTP status of injected errors.
                rate_429 (optional): Share of provider requests answered 429.
                retry_after (optional): Retry-After seconds on injected 429s.
                drop_rate (optional): Share of connections dropped.
                drop_answers (optional): How many of the next successful provider writes (non-GET requests) take
                effect and then lose their answer.
                seed (optional): Seed of the fault random generator.

        """
        kwargs = set_faults._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_set_faults)


class AsyncFaultsResource:
    """Faults: 2 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_faults(
        self,
    ) -> FaultConfig:
        """Read the fault injection configuration

        `GET /_mock/faults`.
        The fault injection settings applied to provider requests.


        """
        kwargs = get_faults._get_kwargs()
        return await self._client.call(kwargs, _parse_get_faults)

    async def set_faults(
        self,
        *,
        body: FaultConfigUpdate,
    ) -> FaultConfig:
        """Change the fault injection configuration

        `POST /_mock/faults`.
        Fields left out keep their value. Setting any field re-seeds the random generator with
        `seed`, so a run is reproducible. Faults apply to provider requests only, never to
        `/_mock/`.

        Args:
            body: FaultConfigUpdate
                latency_ms (optional): Delay added to every provider request once it has been read, before it is
                handled.
                error_rate (optional): Share of provider requests answered with `status`.
                status (optional): HTTP status of injected errors.
                rate_429 (optional): Share of provider requests answered 429.
                retry_after (optional): Retry-After seconds on injected 429s.
                drop_rate (optional): Share of connections dropped.
                drop_answers (optional): How many of the next successful provider writes (non-GET requests) take
                effect and then lose their answer.
                seed (optional): Seed of the fault random generator.

        """
        kwargs = set_faults._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_set_faults)


class FaultsResourceWithRawResponse:
    """Faults: 2 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_faults(
        self,
    ) -> APIResponse[FaultConfig]:
        """Read the fault injection configuration

        `GET /_mock/faults`.
        The fault injection settings applied to provider requests.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_faults._get_kwargs()
        return self._client.call_raw(kwargs, _parse_get_faults)

    def set_faults(
        self,
        *,
        body: FaultConfigUpdate,
    ) -> APIResponse[FaultConfig]:
        """Change the fault injection configuration

        `POST /_mock/faults`.
        Fields left out keep their value. Setting any field re-seeds the random generator with
        `seed`, so a run is reproducible. Faults apply to provider requests only, never to
        `/_mock/`.

        Args:
            body: FaultConfigUpdate
                latency_ms (optional): Delay added to every provider request once it has been read, before it is
                handled.
                error_rate (optional): Share of provider requests answered with `status`.
                status (optional): HTTP status of injected errors.
                rate_429 (optional): Share of provider requests answered 429.
                retry_after (optional): Retry-After seconds on injected 429s.
                drop_rate (optional): Share of connections dropped.
                drop_answers (optional): How many of the next successful provider writes (non-GET requests) take
                effect and then lose their answer.
                seed (optional): Seed of the fault random generator.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = set_faults._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_set_faults)


class AsyncFaultsResourceWithRawResponse:
    """Faults: 2 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_faults(
        self,
    ) -> APIResponse[FaultConfig]:
        """Read the fault injection configuration

        `GET /_mock/faults`.
        The fault injection settings applied to provider requests.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_faults._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_get_faults)

    async def set_faults(
        self,
        *,
        body: FaultConfigUpdate,
    ) -> APIResponse[FaultConfig]:
        """Change the fault injection configuration

        `POST /_mock/faults`.
        Fields left out keep their value. Setting any field re-seeds the random generator with
        `seed`, so a run is reproducible. Faults apply to provider requests only, never to
        `/_mock/`.

        Args:
            body: FaultConfigUpdate
                latency_ms (optional): Delay added to every provider request once it has been read, before it is
                handled.
                error_rate (optional): Share of provider requests answered with `status`.
                status (optional): HTTP status of injected errors.
                rate_429 (optional): Share of provider requests answered 429.
                retry_after (optional): Retry-After seconds on injected 429s.
                drop_rate (optional): Share of connections dropped.
                drop_answers (optional): How many of the next successful provider writes (non-GET requests) take
                effect and then lose their answer.
                seed (optional): Seed of the fault random generator.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = set_faults._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_set_faults)


class SettingsResource:
    """Settings: 2 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_settings(
        self,
    ) -> Settings:
        """Read the mock's settings

        `GET /_mock/settings`.
        Timestamp window, rate limit, auto-advance interval and webhook retry time scale.


        """
        kwargs = get_settings._get_kwargs()
        return self._client.call(kwargs, _parse_get_settings)

    def update_settings(
        self,
        *,
        body: SettingsUpdate,
    ) -> Settings:
        """Change the mock's settings

        `POST /_mock/settings`.
        Fields left out keep their value.

        Args:
            body: SettingsUpdate
                webhook_time_scale (optional): Factor applied to the webhook retry delays.
                timestamp_window_ms (optional): Accepted timestamp distance (ms).
                rate_limit_per_second (optional): Requests per API key per second (0 = unlimited).
                auto_advance_ms (optional): Auto-advance interval for open withdrawals (0 = only via
                advanceWithdrawal).

        """
        kwargs = update_settings._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_update_settings)


class AsyncSettingsResource:
    """Settings: 2 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_settings(
        self,
    ) -> Settings:
        """Read the mock's settings

        `GET /_mock/settings`.
        Timestamp window, rate limit, auto-advance interval and webhook retry time scale.


        """
        kwargs = get_settings._get_kwargs()
        return await self._client.call(kwargs, _parse_get_settings)

    async def update_settings(
        self,
        *,
        body: SettingsUpdate,
    ) -> Settings:
        """Change the mock's settings

        `POST /_mock/settings`.
        Fields left out keep their value.

        Args:
            body: SettingsUpdate
                webhook_time_scale (optional): Factor applied to the webhook retry delays.
                timestamp_window_ms (optional): Accepted timestamp distance (ms).
                rate_limit_per_second (optional): Requests per API key per second (0 = unlimited).
                auto_advance_ms (optional): Auto-advance interval for open withdrawals (0 = only via
                advanceWithdrawal).

        """
        kwargs = update_settings._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_update_settings)


class SettingsResourceWithRawResponse:
    """Settings: 2 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_settings(
        self,
    ) -> APIResponse[Settings]:
        """Read the mock's settings

        `GET /_mock/settings`.
        Timestamp window, rate limit, auto-advance interval and webhook retry time scale.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_settings._get_kwargs()
        return self._client.call_raw(kwargs, _parse_get_settings)

    def update_settings(
        self,
        *,
        body: SettingsUpdate,
    ) -> APIResponse[Settings]:
        """Change the mock's settings

        `POST /_mock/settings`.
        Fields left out keep their value.

        Args:
            body: SettingsUpdate
                webhook_time_scale (optional): Factor applied to the webhook retry delays.
                timestamp_window_ms (optional): Accepted timestamp distance (ms).
                rate_limit_per_second (optional): Requests per API key per second (0 = unlimited).
                auto_advance_ms (optional): Auto-advance interval for open withdrawals (0 = only via
                advanceWithdrawal).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = update_settings._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_update_settings)


class AsyncSettingsResourceWithRawResponse:
    """Settings: 2 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_settings(
        self,
    ) -> APIResponse[Settings]:
        """Read the mock's settings

        `GET /_mock/settings`.
        Timestamp window, rate limit, auto-advance interval and webhook retry time scale.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_settings._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_get_settings)

    async def update_settings(
        self,
        *,
        body: SettingsUpdate,
    ) -> APIResponse[Settings]:
        """Change the mock's settings

        `POST /_mock/settings`.
        Fields left out keep their value.

        Args:
            body: SettingsUpdate
                webhook_time_scale (optional): Factor applied to the webhook retry delays.
                timestamp_window_ms (optional): Accepted timestamp distance (ms).
                rate_limit_per_second (optional): Requests per API key per second (0 = unlimited).
                auto_advance_ms (optional): Auto-advance interval for open withdrawals (0 = only via
                advanceWithdrawal).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = update_settings._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_update_settings)


class WebhooksResource:
    """Webhooks: 4 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_webhook_targets(
        self,
    ) -> WebhookTargetList:
        """List webhook targets

        `GET /_mock/webhooks`.
        Every registered webhook target with the provider-side webhook id.


        """
        kwargs = list_webhook_targets._get_kwargs()
        return self._client.call(kwargs, _parse_list_webhook_targets)

    def add_webhook_target(
        self,
        *,
        body: WebhookTargetCreate,
    ) -> WebhookTarget:
        """Register a webhook target

        `POST /_mock/webhooks`.
        The URL must be a loopback http(s) URL (127.0.0.0/8, ::1 or localhost). Every later
        provider event is signed and POSTed to every target.

        Args:
            body: WebhookTargetCreate
                url: Loopback http(s) URL to POST notifications to.

        """
        kwargs = add_webhook_target._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_add_webhook_target)

    def delete_webhook_target(
        self,
        *,
        webhook_id: str,
    ) -> Deleted:
        """Remove a webhook target

        `DELETE /_mock/webhooks/{webhook_id}`.
        Stops deliveries to the target; its past deliveries stay in the log.

        Args:
            webhook_id: Id returned when the target was registered.

        """
        kwargs = delete_webhook_target._get_kwargs(
            webhook_id=webhook_id,
        )
        return self._client.call(kwargs, _parse_delete_webhook_target)

    def list_webhook_deliveries(
        self,
        *,
        state: ListWebhookDeliveriesState | Unset = UNSET,
        event: str | Unset = UNSET,
    ) -> DeliveryList:
        """Read the webhook delivery log

        `GET /_mock/webhooks/deliveries`.
        Every webhook delivery with its attempts (time, HTTP status or transport error), oldest
        first.

        Args:
            state: Only deliveries in this state.
            event: Only deliveries of this provider event type.

        """
        kwargs = list_webhook_deliveries._get_kwargs(
            state=state,
            event=event,
        )
        return self._client.call(kwargs, _parse_list_webhook_deliveries)


class AsyncWebhooksResource:
    """Webhooks: 4 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_webhook_targets(
        self,
    ) -> WebhookTargetList:
        """List webhook targets

        `GET /_mock/webhooks`.
        Every registered webhook target with the provider-side webhook id.


        """
        kwargs = list_webhook_targets._get_kwargs()
        return await self._client.call(kwargs, _parse_list_webhook_targets)

    async def add_webhook_target(
        self,
        *,
        body: WebhookTargetCreate,
    ) -> WebhookTarget:
        """Register a webhook target

        `POST /_mock/webhooks`.
        The URL must be a loopback http(s) URL (127.0.0.0/8, ::1 or localhost). Every later
        provider event is signed and POSTed to every target.

        Args:
            body: WebhookTargetCreate
                url: Loopback http(s) URL to POST notifications to.

        """
        kwargs = add_webhook_target._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_add_webhook_target)

    async def delete_webhook_target(
        self,
        *,
        webhook_id: str,
    ) -> Deleted:
        """Remove a webhook target

        `DELETE /_mock/webhooks/{webhook_id}`.
        Stops deliveries to the target; its past deliveries stay in the log.

        Args:
            webhook_id: Id returned when the target was registered.

        """
        kwargs = delete_webhook_target._get_kwargs(
            webhook_id=webhook_id,
        )
        return await self._client.call(kwargs, _parse_delete_webhook_target)

    async def list_webhook_deliveries(
        self,
        *,
        state: ListWebhookDeliveriesState | Unset = UNSET,
        event: str | Unset = UNSET,
    ) -> DeliveryList:
        """Read the webhook delivery log

        `GET /_mock/webhooks/deliveries`.
        Every webhook delivery with its attempts (time, HTTP status or transport error), oldest
        first.

        Args:
            state: Only deliveries in this state.
            event: Only deliveries of this provider event type.

        """
        kwargs = list_webhook_deliveries._get_kwargs(
            state=state,
            event=event,
        )
        return await self._client.call(kwargs, _parse_list_webhook_deliveries)


class WebhooksResourceWithRawResponse:
    """Webhooks: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_webhook_targets(
        self,
    ) -> APIResponse[WebhookTargetList]:
        """List webhook targets

        `GET /_mock/webhooks`.
        Every registered webhook target with the provider-side webhook id.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_webhook_targets._get_kwargs()
        return self._client.call_raw(kwargs, _parse_list_webhook_targets)

    def add_webhook_target(
        self,
        *,
        body: WebhookTargetCreate,
    ) -> APIResponse[WebhookTarget]:
        """Register a webhook target

        `POST /_mock/webhooks`.
        The URL must be a loopback http(s) URL (127.0.0.0/8, ::1 or localhost). Every later
        provider event is signed and POSTed to every target.

        Args:
            body: WebhookTargetCreate
                url: Loopback http(s) URL to POST notifications to.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = add_webhook_target._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_add_webhook_target)

    def delete_webhook_target(
        self,
        *,
        webhook_id: str,
    ) -> APIResponse[Deleted]:
        """Remove a webhook target

        `DELETE /_mock/webhooks/{webhook_id}`.
        Stops deliveries to the target; its past deliveries stay in the log.

        Args:
            webhook_id: Id returned when the target was registered.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = delete_webhook_target._get_kwargs(
            webhook_id=webhook_id,
        )
        return self._client.call_raw(kwargs, _parse_delete_webhook_target)

    def list_webhook_deliveries(
        self,
        *,
        state: ListWebhookDeliveriesState | Unset = UNSET,
        event: str | Unset = UNSET,
    ) -> APIResponse[DeliveryList]:
        """Read the webhook delivery log

        `GET /_mock/webhooks/deliveries`.
        Every webhook delivery with its attempts (time, HTTP status or transport error), oldest
        first.

        Args:
            state: Only deliveries in this state.
            event: Only deliveries of this provider event type.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_webhook_deliveries._get_kwargs(
            state=state,
            event=event,
        )
        return self._client.call_raw(kwargs, _parse_list_webhook_deliveries)


class AsyncWebhooksResourceWithRawResponse:
    """Webhooks: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_webhook_targets(
        self,
    ) -> APIResponse[WebhookTargetList]:
        """List webhook targets

        `GET /_mock/webhooks`.
        Every registered webhook target with the provider-side webhook id.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_webhook_targets._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_list_webhook_targets)

    async def add_webhook_target(
        self,
        *,
        body: WebhookTargetCreate,
    ) -> APIResponse[WebhookTarget]:
        """Register a webhook target

        `POST /_mock/webhooks`.
        The URL must be a loopback http(s) URL (127.0.0.0/8, ::1 or localhost). Every later
        provider event is signed and POSTed to every target.

        Args:
            body: WebhookTargetCreate
                url: Loopback http(s) URL to POST notifications to.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = add_webhook_target._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_add_webhook_target)

    async def delete_webhook_target(
        self,
        *,
        webhook_id: str,
    ) -> APIResponse[Deleted]:
        """Remove a webhook target

        `DELETE /_mock/webhooks/{webhook_id}`.
        Stops deliveries to the target; its past deliveries stay in the log.

        Args:
            webhook_id: Id returned when the target was registered.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = delete_webhook_target._get_kwargs(
            webhook_id=webhook_id,
        )
        return await self._client.call_raw(kwargs, _parse_delete_webhook_target)

    async def list_webhook_deliveries(
        self,
        *,
        state: ListWebhookDeliveriesState | Unset = UNSET,
        event: str | Unset = UNSET,
    ) -> APIResponse[DeliveryList]:
        """Read the webhook delivery log

        `GET /_mock/webhooks/deliveries`.
        Every webhook delivery with its attempts (time, HTTP status or transport error), oldest
        first.

        Args:
            state: Only deliveries in this state.
            event: Only deliveries of this provider event type.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_webhook_deliveries._get_kwargs(
            state=state,
            event=event,
        )
        return await self._client.call_raw(kwargs, _parse_list_webhook_deliveries)


class StateResource:
    """State: 4 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def reset_state(
        self,
    ) -> ResetResult:
        """Reset to the seeded state

        `POST /_mock/reset`.
        Restores the provider's seed state, removes webhook targets and deliveries, clears faults
        and empties the request journal. The clock offset and settings are kept.


        """
        kwargs = reset_state._get_kwargs()
        return self._client.call(kwargs, _parse_reset_state)

    def get_state(
        self,
    ) -> StateSnapshot:
        """Dump the whole state

        `GET /_mock/state`.
        The calling tenant's rows in the mock's store (every table, including webhook targets and
        deliveries) and the shared settings (clock offset, faults, provider settings). The inner
        layout is an implementation detail. Scoped by the X-Mock-Tenant header like every control
        call.


        """
        kwargs = get_state._get_kwargs()
        return self._client.call(kwargs, _parse_get_state)

    def check_ledger(
        self,
    ) -> LedgerCheck:
        """Check the ledger invariants

        `GET /_mock/ledger/check`.
        The provider's ledger rules (coinrails_mock/engine/ledger.py) on its books as the API
        shows them, after whatever happened so far: per account and coin, balance = credits -
        debits - fees of the records and held = what open records hold (nothing negative); each
        record's figures add up by the rules of the provider spec's "Money rules" and a fee is
        shown where it is charged; since the previous check no figure changed sign and no record
        changed direction. Plus the provider's own conservation totals: for every coin the funds
        held equal inflow - outflow - fees.


        """
        kwargs = check_ledger._get_kwargs()
        return self._client.call(kwargs, _parse_check_ledger)

    def get_credentials(
        self,
    ) -> Credentials:
        """Read the built-in test credentials

        `GET /_mock/credentials`.
        The same JSON as `coinrails-mock credentials <provider>`. The keys are test-only.


        """
        kwargs = get_credentials._get_kwargs()
        return self._client.call(kwargs, _parse_get_credentials)


class AsyncStateResource:
    """State: 4 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def reset_state(
        self,
    ) -> ResetResult:
        """Reset to the seeded state

        `POST /_mock/reset`.
        Restores the provider's seed state, removes webhook targets and deliveries, clears faults
        and empties the request journal. The clock offset and settings are kept.


        """
        kwargs = reset_state._get_kwargs()
        return await self._client.call(kwargs, _parse_reset_state)

    async def get_state(
        self,
    ) -> StateSnapshot:
        """Dump the whole state

        `GET /_mock/state`.
        The calling tenant's rows in the mock's store (every table, including webhook targets and
        deliveries) and the shared settings (clock offset, faults, provider settings). The inner
        layout is an implementation detail. Scoped by the X-Mock-Tenant header like every control
        call.


        """
        kwargs = get_state._get_kwargs()
        return await self._client.call(kwargs, _parse_get_state)

    async def check_ledger(
        self,
    ) -> LedgerCheck:
        """Check the ledger invariants

        `GET /_mock/ledger/check`.
        The provider's ledger rules (coinrails_mock/engine/ledger.py) on its books as the API
        shows them, after whatever happened so far: per account and coin, balance = credits -
        debits - fees of the records and held = what open records hold (nothing negative); each
        record's figures add up by the rules of the provider spec's "Money rules" and a fee is
        shown where it is charged; since the previous check no figure changed sign and no record
        changed direction. Plus the provider's own conservation totals: for every coin the funds
        held equal inflow - outflow - fees.


        """
        kwargs = check_ledger._get_kwargs()
        return await self._client.call(kwargs, _parse_check_ledger)

    async def get_credentials(
        self,
    ) -> Credentials:
        """Read the built-in test credentials

        `GET /_mock/credentials`.
        The same JSON as `coinrails-mock credentials <provider>`. The keys are test-only.


        """
        kwargs = get_credentials._get_kwargs()
        return await self._client.call(kwargs, _parse_get_credentials)


class StateResourceWithRawResponse:
    """State: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def reset_state(
        self,
    ) -> APIResponse[ResetResult]:
        """Reset to the seeded state

        `POST /_mock/reset`.
        Restores the provider's seed state, removes webhook targets and deliveries, clears faults
        and empties the request journal. The clock offset and settings are kept.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = reset_state._get_kwargs()
        return self._client.call_raw(kwargs, _parse_reset_state)

    def get_state(
        self,
    ) -> APIResponse[StateSnapshot]:
        """Dump the whole state

        `GET /_mock/state`.
        The calling tenant's rows in the mock's store (every table, including webhook targets and
        deliveries) and the shared settings (clock offset, faults, provider settings). The inner
        layout is an implementation detail. Scoped by the X-Mock-Tenant header like every control
        call.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_state._get_kwargs()
        return self._client.call_raw(kwargs, _parse_get_state)

    def check_ledger(
        self,
    ) -> APIResponse[LedgerCheck]:
        """Check the ledger invariants

        `GET /_mock/ledger/check`.
        The provider's ledger rules (coinrails_mock/engine/ledger.py) on its books as the API
        shows them, after whatever happened so far: per account and coin, balance = credits -
        debits - fees of the records and held = what open records hold (nothing negative); each
        record's figures add up by the rules of the provider spec's "Money rules" and a fee is
        shown where it is charged; since the previous check no figure changed sign and no record
        changed direction. Plus the provider's own conservation totals: for every coin the funds
        held equal inflow - outflow - fees.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = check_ledger._get_kwargs()
        return self._client.call_raw(kwargs, _parse_check_ledger)

    def get_credentials(
        self,
    ) -> APIResponse[Credentials]:
        """Read the built-in test credentials

        `GET /_mock/credentials`.
        The same JSON as `coinrails-mock credentials <provider>`. The keys are test-only.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_credentials._get_kwargs()
        return self._client.call_raw(kwargs, _parse_get_credentials)


class AsyncStateResourceWithRawResponse:
    """State: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def reset_state(
        self,
    ) -> APIResponse[ResetResult]:
        """Reset to the seeded state

        `POST /_mock/reset`.
        Restores the provider's seed state, removes webhook targets and deliveries, clears faults
        and empties the request journal. The clock offset and settings are kept.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = reset_state._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_reset_state)

    async def get_state(
        self,
    ) -> APIResponse[StateSnapshot]:
        """Dump the whole state

        `GET /_mock/state`.
        The calling tenant's rows in the mock's store (every table, including webhook targets and
        deliveries) and the shared settings (clock offset, faults, provider settings). The inner
        layout is an implementation detail. Scoped by the X-Mock-Tenant header like every control
        call.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_state._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_get_state)

    async def check_ledger(
        self,
    ) -> APIResponse[LedgerCheck]:
        """Check the ledger invariants

        `GET /_mock/ledger/check`.
        The provider's ledger rules (coinrails_mock/engine/ledger.py) on its books as the API
        shows them, after whatever happened so far: per account and coin, balance = credits -
        debits - fees of the records and held = what open records hold (nothing negative); each
        record's figures add up by the rules of the provider spec's "Money rules" and a fee is
        shown where it is charged; since the previous check no figure changed sign and no record
        changed direction. Plus the provider's own conservation totals: for every coin the funds
        held equal inflow - outflow - fees.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = check_ledger._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_check_ledger)

    async def get_credentials(
        self,
    ) -> APIResponse[Credentials]:
        """Read the built-in test credentials

        `GET /_mock/credentials`.
        The same JSON as `coinrails-mock credentials <provider>`. The keys are test-only.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_credentials._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_get_credentials)


class RequestsResource:
    """Requests: 1 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_requests(
        self,
        *,
        operation: str | Unset = UNSET,
        status: int | Unset = UNSET,
        limit: int | Unset = 100,
    ) -> RequestList:
        """Read the request journal

        `GET /_mock/requests`.
        The last requests to the provider API (control requests are not journaled), oldest first:
        method, path
        (without query string), operationId, HTTP status, provider code, duration and, for a
        refused request,
        the reason (the field that failed validation, a bad signature, a stale timestamp...).
        Never headers or
        bodies. The mock keeps the last 1000; a reset empties the journal.

        Args:
            operation: Only requests routed to this operationId.
            status: Only requests answered with this HTTP status.
            limit: At most this many (the newest ones).

        """
        kwargs = list_requests._get_kwargs(
            operation=operation,
            status=status,
            limit=limit,
        )
        return self._client.call(kwargs, _parse_list_requests)


class AsyncRequestsResource:
    """Requests: 1 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_requests(
        self,
        *,
        operation: str | Unset = UNSET,
        status: int | Unset = UNSET,
        limit: int | Unset = 100,
    ) -> RequestList:
        """Read the request journal

        `GET /_mock/requests`.
        The last requests to the provider API (control requests are not journaled), oldest first:
        method, path
        (without query string), operationId, HTTP status, provider code, duration and, for a
        refused request,
        the reason (the field that failed validation, a bad signature, a stale timestamp...).
        Never headers or
        bodies. The mock keeps the last 1000; a reset empties the journal.

        Args:
            operation: Only requests routed to this operationId.
            status: Only requests answered with this HTTP status.
            limit: At most this many (the newest ones).

        """
        kwargs = list_requests._get_kwargs(
            operation=operation,
            status=status,
            limit=limit,
        )
        return await self._client.call(kwargs, _parse_list_requests)


class RequestsResourceWithRawResponse:
    """Requests: 1 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_requests(
        self,
        *,
        operation: str | Unset = UNSET,
        status: int | Unset = UNSET,
        limit: int | Unset = 100,
    ) -> APIResponse[RequestList]:
        """Read the request journal

        `GET /_mock/requests`.
        The last requests to the provider API (control requests are not journaled), oldest first:
        method, path
        (without query string), operationId, HTTP status, provider code, duration and, for a
        refused request,
        the reason (the field that failed validation, a bad signature, a stale timestamp...).
        Never headers or
        bodies. The mock keeps the last 1000; a reset empties the journal.

        Args:
            operation: Only requests routed to this operationId.
            status: Only requests answered with this HTTP status.
            limit: At most this many (the newest ones).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_requests._get_kwargs(
            operation=operation,
            status=status,
            limit=limit,
        )
        return self._client.call_raw(kwargs, _parse_list_requests)


class AsyncRequestsResourceWithRawResponse:
    """Requests: 1 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_requests(
        self,
        *,
        operation: str | Unset = UNSET,
        status: int | Unset = UNSET,
        limit: int | Unset = 100,
    ) -> APIResponse[RequestList]:
        """Read the request journal

        `GET /_mock/requests`.
        The last requests to the provider API (control requests are not journaled), oldest first:
        method, path
        (without query string), operationId, HTTP status, provider code, duration and, for a
        refused request,
        the reason (the field that failed validation, a bad signature, a stale timestamp...).
        Never headers or
        bodies. The mock keeps the last 1000; a reset empties the journal.

        Args:
            operation: Only requests routed to this operationId.
            status: Only requests answered with this HTTP status.
            limit: At most this many (the newest ones).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_requests._get_kwargs(
            operation=operation,
            status=status,
            limit=limit,
        )
        return await self._client.call_raw(kwargs, _parse_list_requests)


class SimulationResource:
    """Simulation: 2 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_deposit(
        self,
        *,
        body: DepositCreate,
    ) -> MockTransaction:
        """Simulate an incoming deposit

        `POST /_mock/deposits`.
        Credits the wallet owning `address` (and `memo` on memo networks) with a confirmed deposit
        (status 40) and fires the provider's deposit-success webhook; with `fail` it records a
        failed deposit (status 99) without credit and fires deposit-failed. A deposit to an auto-
        collection sub-wallet is swept to its parent.

        Args:
            body: DepositCreate
                address: A deposit address handed out by the provider API.
                coin_symbol: Coin symbol.
                network: Network symbol.
                amount: Amount (decimal string).
                memo (optional): Memo / destination tag on memo networks (XRP).
                fail (optional): Record a failed deposit (status 99, no credit).

        """
        kwargs = create_deposit._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_deposit)

    def advance_withdrawal(
        self,
        *,
        order_view_id: str,
        body: WithdrawalAdvance | Unset = UNSET,
    ) -> MockTransaction:
        """Advance a withdrawal

        `POST /_mock/withdrawals/{order_view_id}/advance`.
        Moves the withdrawal one step (10 -> 20 -> 30 -> 40) or straight to `to`. 40 completes it
        (funds leave, success webhook); 99 fails it (funds released, failure webhook).

        Args:
            order_view_id: The withdrawal's order id.
            body: WithdrawalAdvance
                to (optional): Target status (default the next step).

        """
        kwargs = advance_withdrawal._get_kwargs(
            order_view_id=order_view_id,
            body=body,
        )
        return self._client.call(kwargs, _parse_advance_withdrawal)


class AsyncSimulationResource:
    """Simulation: 2 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_deposit(
        self,
        *,
        body: DepositCreate,
    ) -> MockTransaction:
        """Simulate an incoming deposit

        `POST /_mock/deposits`.
        Credits the wallet owning `address` (and `memo` on memo networks) with a confirmed deposit
        (status 40) and fires the provider's deposit-success webhook; with `fail` it records a
        failed deposit (status 99) without credit and fires deposit-failed. A deposit to an auto-
        collection sub-wallet is swept to its parent.

        Args:
            body: DepositCreate
                address: A deposit address handed out by the provider API.
                coin_symbol: Coin symbol.
                network: Network symbol.
                amount: Amount (decimal string).
                memo (optional): Memo / destination tag on memo networks (XRP).
                fail (optional): Record a failed deposit (status 99, no credit).

        """
        kwargs = create_deposit._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_deposit)

    async def advance_withdrawal(
        self,
        *,
        order_view_id: str,
        body: WithdrawalAdvance | Unset = UNSET,
    ) -> MockTransaction:
        """Advance a withdrawal

        `POST /_mock/withdrawals/{order_view_id}/advance`.
        Moves the withdrawal one step (10 -> 20 -> 30 -> 40) or straight to `to`. 40 completes it
        (funds leave, success webhook); 99 fails it (funds released, failure webhook).

        Args:
            order_view_id: The withdrawal's order id.
            body: WithdrawalAdvance
                to (optional): Target status (default the next step).

        """
        kwargs = advance_withdrawal._get_kwargs(
            order_view_id=order_view_id,
            body=body,
        )
        return await self._client.call(kwargs, _parse_advance_withdrawal)


class SimulationResourceWithRawResponse:
    """Simulation: 2 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_deposit(
        self,
        *,
        body: DepositCreate,
    ) -> APIResponse[MockTransaction]:
        """Simulate an incoming deposit

        `POST /_mock/deposits`.
        Credits the wallet owning `address` (and `memo` on memo networks) with a confirmed deposit
        (status 40) and fires the provider's deposit-success webhook; with `fail` it records a
        failed deposit (status 99) without credit and fires deposit-failed. A deposit to an auto-
        collection sub-wallet is swept to its parent.

        Args:
            body: DepositCreate
                address: A deposit address handed out by the provider API.
                coin_symbol: Coin symbol.
                network: Network symbol.
                amount: Amount (decimal string).
                memo (optional): Memo / destination tag on memo networks (XRP).
                fail (optional): Record a failed deposit (status 99, no credit).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_deposit._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_deposit)

    def advance_withdrawal(
        self,
        *,
        order_view_id: str,
        body: WithdrawalAdvance | Unset = UNSET,
    ) -> APIResponse[MockTransaction]:
        """Advance a withdrawal

        `POST /_mock/withdrawals/{order_view_id}/advance`.
        Moves the withdrawal one step (10 -> 20 -> 30 -> 40) or straight to `to`. 40 completes it
        (funds leave, success webhook); 99 fails it (funds released, failure webhook).

        Args:
            order_view_id: The withdrawal's order id.
            body: WithdrawalAdvance
                to (optional): Target status (default the next step).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = advance_withdrawal._get_kwargs(
            order_view_id=order_view_id,
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_advance_withdrawal)


class AsyncSimulationResourceWithRawResponse:
    """Simulation: 2 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_deposit(
        self,
        *,
        body: DepositCreate,
    ) -> APIResponse[MockTransaction]:
        """Simulate an incoming deposit

        `POST /_mock/deposits`.
        Credits the wallet owning `address` (and `memo` on memo networks) with a confirmed deposit
        (status 40) and fires the provider's deposit-success webhook; with `fail` it records a
        failed deposit (status 99) without credit and fires deposit-failed. A deposit to an auto-
        collection sub-wallet is swept to its parent.

        Args:
            body: DepositCreate
                address: A deposit address handed out by the provider API.
                coin_symbol: Coin symbol.
                network: Network symbol.
                amount: Amount (decimal string).
                memo (optional): Memo / destination tag on memo networks (XRP).
                fail (optional): Record a failed deposit (status 99, no credit).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_deposit._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_deposit)

    async def advance_withdrawal(
        self,
        *,
        order_view_id: str,
        body: WithdrawalAdvance | Unset = UNSET,
    ) -> APIResponse[MockTransaction]:
        """Advance a withdrawal

        `POST /_mock/withdrawals/{order_view_id}/advance`.
        Moves the withdrawal one step (10 -> 20 -> 30 -> 40) or straight to `to`. 40 completes it
        (funds leave, success webhook); 99 fails it (funds released, failure webhook).

        Args:
            order_view_id: The withdrawal's order id.
            body: WithdrawalAdvance
                to (optional): Target status (default the next step).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = advance_withdrawal._get_kwargs(
            order_view_id=order_view_id,
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_advance_withdrawal)


class XcurrencyResource:
    """Xcurrency: 5 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def xcurrency_fiat_received(
        self,
        *,
        order_id: str,
    ) -> XcurrencyTopupOrder:
        """The fiat transfer of a top-up order arrived

        `POST /_mock/xcurrency/topup/orders/{order_id}/fiat-received`.
        Moves a `TRANSFERRING` top-up order to `COMPLETED`, credits the wallet with the quote's
        target amount (a `CREDIT` transaction with reason `TOPUP_CREDIT`) and fires the
        `topup.status` webhook.

        Args:
            order_id: The top-up order id.

        """
        kwargs = xcurrency_fiat_received._get_kwargs(
            order_id=order_id,
        )
        return self._client.call(kwargs, _parse_xcurrency_fiat_received)

    def xcurrency_fiat_failed(
        self,
        *,
        order_id: str,
    ) -> XcurrencyTopupOrder:
        """The fiat transfer of a top-up order failed

        `POST /_mock/xcurrency/topup/orders/{order_id}/fiat-failed`.
        Moves a `TRANSFERRING` top-up order to `FAILED` (nothing is credited) and fires the
        `topup.status` webhook.

        Args:
            order_id: The top-up order id.

        """
        kwargs = xcurrency_fiat_failed._get_kwargs(
            order_id=order_id,
        )
        return self._client.call(kwargs, _parse_xcurrency_fiat_failed)

    def xcurrency_expire_quote(
        self,
        *,
        query_no: str,
    ) -> XcurrencyQuoteExpiry:
        """Expire a quote now

        `POST /_mock/xcurrency/quotes/{query_no}/expire`.
        A later `createTopupOrder` with this quote answers `quote expired`.

        Args:
            query_no: The quote's `queryNo`.

        """
        kwargs = xcurrency_expire_quote._get_kwargs(
            query_no=query_no,
        )
        return self._client.call(kwargs, _parse_xcurrency_expire_quote)

    def xcurrency_get_settings(
        self,
    ) -> XcurrencySettings:
        """Read the xCurrency lifetimes

        `GET /_mock/xcurrency/settings`.
        How long new quotes and new tokens stay valid (mock clock).


        """
        kwargs = xcurrency_get_settings._get_kwargs()
        return self._client.call(kwargs, _parse_xcurrency_get_settings)

    def xcurrency_update_settings(
        self,
        *,
        body: XcurrencySettingsUpdate,
    ) -> XcurrencySettings:
        """Change the xCurrency lifetimes

        `POST /_mock/xcurrency/settings`.
        Applies to quotes and tokens issued afterwards; fields left out keep their value.

        Args:
            body: XcurrencySettingsUpdate
                quote_ttl_ms (optional): Lifetime of new quotes (ms).
                token_ttl_ms (optional): Lifetime of new tokens (ms).

        """
        kwargs = xcurrency_update_settings._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_xcurrency_update_settings)


class AsyncXcurrencyResource:
    """Xcurrency: 5 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def xcurrency_fiat_received(
        self,
        *,
        order_id: str,
    ) -> XcurrencyTopupOrder:
        """The fiat transfer of a top-up order arrived

        `POST /_mock/xcurrency/topup/orders/{order_id}/fiat-received`.
        Moves a `TRANSFERRING` top-up order to `COMPLETED`, credits the wallet with the quote's
        target amount (a `CREDIT` transaction with reason `TOPUP_CREDIT`) and fires the
        `topup.status` webhook.

        Args:
            order_id: The top-up order id.

        """
        kwargs = xcurrency_fiat_received._get_kwargs(
            order_id=order_id,
        )
        return await self._client.call(kwargs, _parse_xcurrency_fiat_received)

    async def xcurrency_fiat_failed(
        self,
        *,
        order_id: str,
    ) -> XcurrencyTopupOrder:
        """The fiat transfer of a top-up order failed

        `POST /_mock/xcurrency/topup/orders/{order_id}/fiat-failed`.
        Moves a `TRANSFERRING` top-up order to `FAILED` (nothing is credited) and fires the
        `topup.status` webhook.

        Args:
            order_id: The top-up order id.

        """
        kwargs = xcurrency_fiat_failed._get_kwargs(
            order_id=order_id,
        )
        return await self._client.call(kwargs, _parse_xcurrency_fiat_failed)

    async def xcurrency_expire_quote(
        self,
        *,
        query_no: str,
    ) -> XcurrencyQuoteExpiry:
        """Expire a quote now

        `POST /_mock/xcurrency/quotes/{query_no}/expire`.
        A later `createTopupOrder` with this quote answers `quote expired`.

        Args:
            query_no: The quote's `queryNo`.

        """
        kwargs = xcurrency_expire_quote._get_kwargs(
            query_no=query_no,
        )
        return await self._client.call(kwargs, _parse_xcurrency_expire_quote)

    async def xcurrency_get_settings(
        self,
    ) -> XcurrencySettings:
        """Read the xCurrency lifetimes

        `GET /_mock/xcurrency/settings`.
        How long new quotes and new tokens stay valid (mock clock).


        """
        kwargs = xcurrency_get_settings._get_kwargs()
        return await self._client.call(kwargs, _parse_xcurrency_get_settings)

    async def xcurrency_update_settings(
        self,
        *,
        body: XcurrencySettingsUpdate,
    ) -> XcurrencySettings:
        """Change the xCurrency lifetimes

        `POST /_mock/xcurrency/settings`.
        Applies to quotes and tokens issued afterwards; fields left out keep their value.

        Args:
            body: XcurrencySettingsUpdate
                quote_ttl_ms (optional): Lifetime of new quotes (ms).
                token_ttl_ms (optional): Lifetime of new tokens (ms).

        """
        kwargs = xcurrency_update_settings._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_xcurrency_update_settings)


class XcurrencyResourceWithRawResponse:
    """Xcurrency: 5 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def xcurrency_fiat_received(
        self,
        *,
        order_id: str,
    ) -> APIResponse[XcurrencyTopupOrder]:
        """The fiat transfer of a top-up order arrived

        `POST /_mock/xcurrency/topup/orders/{order_id}/fiat-received`.
        Moves a `TRANSFERRING` top-up order to `COMPLETED`, credits the wallet with the quote's
        target amount (a `CREDIT` transaction with reason `TOPUP_CREDIT`) and fires the
        `topup.status` webhook.

        Args:
            order_id: The top-up order id.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = xcurrency_fiat_received._get_kwargs(
            order_id=order_id,
        )
        return self._client.call_raw(kwargs, _parse_xcurrency_fiat_received)

    def xcurrency_fiat_failed(
        self,
        *,
        order_id: str,
    ) -> APIResponse[XcurrencyTopupOrder]:
        """The fiat transfer of a top-up order failed

        `POST /_mock/xcurrency/topup/orders/{order_id}/fiat-failed`.
        Moves a `TRANSFERRING` top-up order to `FAILED` (nothing is credited) and fires the
        `topup.status` webhook.

        Args:
            order_id: The top-up order id.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = xcurrency_fiat_failed._get_kwargs(
            order_id=order_id,
        )
        return self._client.call_raw(kwargs, _parse_xcurrency_fiat_failed)

    def xcurrency_expire_quote(
        self,
        *,
        query_no: str,
    ) -> APIResponse[XcurrencyQuoteExpiry]:
        """Expire a quote now

        `POST /_mock/xcurrency/quotes/{query_no}/expire`.
        A later `createTopupOrder` with this quote answers `quote expired`.

        Args:
            query_no: The quote's `queryNo`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = xcurrency_expire_quote._get_kwargs(
            query_no=query_no,
        )
        return self._client.call_raw(kwargs, _parse_xcurrency_expire_quote)

    def xcurrency_get_settings(
        self,
    ) -> APIResponse[XcurrencySettings]:
        """Read the xCurrency lifetimes

        `GET /_mock/xcurrency/settings`.
        How long new quotes and new tokens stay valid (mock clock).



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = xcurrency_get_settings._get_kwargs()
        return self._client.call_raw(kwargs, _parse_xcurrency_get_settings)

    def xcurrency_update_settings(
        self,
        *,
        body: XcurrencySettingsUpdate,
    ) -> APIResponse[XcurrencySettings]:
        """Change the xCurrency lifetimes

        `POST /_mock/xcurrency/settings`.
        Applies to quotes and tokens issued afterwards; fields left out keep their value.

        Args:
            body: XcurrencySettingsUpdate
                quote_ttl_ms (optional): Lifetime of new quotes (ms).
                token_ttl_ms (optional): Lifetime of new tokens (ms).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = xcurrency_update_settings._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_xcurrency_update_settings)


class AsyncXcurrencyResourceWithRawResponse:
    """Xcurrency: 5 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def xcurrency_fiat_received(
        self,
        *,
        order_id: str,
    ) -> APIResponse[XcurrencyTopupOrder]:
        """The fiat transfer of a top-up order arrived

        `POST /_mock/xcurrency/topup/orders/{order_id}/fiat-received`.
        Moves a `TRANSFERRING` top-up order to `COMPLETED`, credits the wallet with the quote's
        target amount (a `CREDIT` transaction with reason `TOPUP_CREDIT`) and fires the
        `topup.status` webhook.

        Args:
            order_id: The top-up order id.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = xcurrency_fiat_received._get_kwargs(
            order_id=order_id,
        )
        return await self._client.call_raw(kwargs, _parse_xcurrency_fiat_received)

    async def xcurrency_fiat_failed(
        self,
        *,
        order_id: str,
    ) -> APIResponse[XcurrencyTopupOrder]:
        """The fiat transfer of a top-up order failed

        `POST /_mock/xcurrency/topup/orders/{order_id}/fiat-failed`.
        Moves a `TRANSFERRING` top-up order to `FAILED` (nothing is credited) and fires the
        `topup.status` webhook.

        Args:
            order_id: The top-up order id.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = xcurrency_fiat_failed._get_kwargs(
            order_id=order_id,
        )
        return await self._client.call_raw(kwargs, _parse_xcurrency_fiat_failed)

    async def xcurrency_expire_quote(
        self,
        *,
        query_no: str,
    ) -> APIResponse[XcurrencyQuoteExpiry]:
        """Expire a quote now

        `POST /_mock/xcurrency/quotes/{query_no}/expire`.
        A later `createTopupOrder` with this quote answers `quote expired`.

        Args:
            query_no: The quote's `queryNo`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = xcurrency_expire_quote._get_kwargs(
            query_no=query_no,
        )
        return await self._client.call_raw(kwargs, _parse_xcurrency_expire_quote)

    async def xcurrency_get_settings(
        self,
    ) -> APIResponse[XcurrencySettings]:
        """Read the xCurrency lifetimes

        `GET /_mock/xcurrency/settings`.
        How long new quotes and new tokens stay valid (mock clock).



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = xcurrency_get_settings._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_xcurrency_get_settings)

    async def xcurrency_update_settings(
        self,
        *,
        body: XcurrencySettingsUpdate,
    ) -> APIResponse[XcurrencySettings]:
        """Change the xCurrency lifetimes

        `POST /_mock/xcurrency/settings`.
        Applies to quotes and tokens issued afterwards; fields left out keep their value.

        Args:
            body: XcurrencySettingsUpdate
                quote_ttl_ms (optional): Lifetime of new quotes (ms).
                token_ttl_ms (optional): Lifetime of new tokens (ms).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = xcurrency_update_settings._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_xcurrency_update_settings)


class BitunixResource:
    """Bitunix: 9 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def bitunix_create_deposit(
        self,
        *,
        body: BitunixDepositCreate,
    ) -> BitunixDeposit:
        """Simulate an on-chain deposit to a Bitunix user

        `POST /_mock/bitunix/deposits`.
        Credits the user owning `address` on `network` (and `memo`, the XRP tag) - an address
        handed out by `getDepositAddress`. Status `success` (default) credits at once; `pending`
        waits for `bitunixAdvanceDeposit` or auto-advance; `fail` records a failed deposit without
        credit. The record appears in `listDeposits`.

        Args:
            body: BitunixDepositCreate
                address: A deposit address handed out by `getDepositAddress`.
                coin: Coin, e.g. `USDT`.
                network: Bitunix network name, e.g. `Tron (TRC-20)`.
                amount: Amount (decimal string; at most the network's decimals).
                memo (optional): The tag handed out with the address (XRP).
                status (optional): `success` (default) credits at once; `pending` waits; `fail` never credits.
                from_address (optional): Sender address (default a generated one).
                transaction_hash (optional): On-chain transaction id (default a generated one).

        """
        kwargs = bitunix_create_deposit._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_bitunix_create_deposit)

    def bitunix_advance_deposit(
        self,
        *,
        deposit_id: str,
        body: BitunixDepositAdvance | Unset = UNSET,
    ) -> BitunixDeposit:
        """Confirm or fail a pending deposit

        `POST /_mock/bitunix/deposits/{deposit_id}/advance`.
        Moves a `pending` deposit to `success` (credits the user; the default) or `fail`.

        Args:
            deposit_id: The deposit's id.
            body: BitunixDepositAdvance
                to (optional): Target status (default `success`).

        """
        kwargs = bitunix_advance_deposit._get_kwargs(
            deposit_id=deposit_id,
            body=body,
        )
        return self._client.call(kwargs, _parse_bitunix_advance_deposit)

    def bitunix_advance_withdraw_transfer(
        self,
        *,
        record_id: str,
        body: BitunixRecordAdvance | Unset = UNSET,
    ) -> BitunixWithdrawTransfer:
        """Advance a withdrawal or inside transfer

        `POST /_mock/bitunix/withdraw-transfers/{record_id}/advance`.
        A withdrawal starts `pending` (`to: verification` puts it into the security check first)
        and moves `verification` -> `pending` -> `approved` (still status `pending`, now with a
        transaction hash and no longer cancellable) -> `success`; an inside transfer `pending` ->
        `success` (the recipient is credited and gets an `inside_transfer_in` deposit). Without
        `to` one step; with `to` straight to a later step, or to `fail` (the locked amount is
        refunded). `success` delivers the withdrawal: the fee and the amount leave the account.

        Args:
            record_id: The withdrawal id or inside transfer id.
            body: BitunixRecordAdvance
                to (optional): Target step (default the next one); `approved` only for withdrawals;
                `verification` puts a withdrawal that is `pending` and not yet approved into the app's security
                check.

        """
        kwargs = bitunix_advance_withdraw_transfer._get_kwargs(
            record_id=record_id,
            body=body,
        )
        return self._client.call(kwargs, _parse_bitunix_advance_withdraw_transfer)

    def bitunix_list_quick_addresses(
        self,
        *,
        uid: int | Unset = UNSET,
    ) -> BitunixQuickAddressList:
        """List quick-withdrawal addresses

        `GET /_mock/bitunix/quick-withdraw-addresses`.
        The quick-withdrawal list (the only addresses `createWithdrawal` accepts), of one user or
        of all.

        Args:
            uid: Only this user's entries.

        """
        kwargs = bitunix_list_quick_addresses._get_kwargs(
            uid=uid,
        )
        return self._client.call(kwargs, _parse_bitunix_list_quick_addresses)

    def bitunix_add_quick_address(
        self,
        *,
        body: BitunixQuickAddressCreate,
    ) -> BitunixQuickAddress:
        """Add a quick-withdrawal address

        `POST /_mock/bitunix/quick-withdraw-addresses`.
        Adds an address for a coin and network to a user's quick-withdrawal list (what the user
        does on the website or app). The address must match the network's `addressRegular`. Adding
        an existing entry returns it.

        Args:
            body: BitunixQuickAddressCreate
                coin: Coin the address may receive.
                network: Bitunix network name.
                address: Destination address (must match the network's address pattern).
                uid (optional): Whose list (default the main test user).
                memo (optional): Tag/memo withdrawals to this entry must carry.
                label (optional): Free-text label.

        """
        kwargs = bitunix_add_quick_address._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_bitunix_add_quick_address)

    def bitunix_delete_quick_address(
        self,
        *,
        address_id: str,
    ) -> Deleted:
        """Remove a quick-withdrawal address

        `DELETE /_mock/bitunix/quick-withdraw-addresses/{address_id}`.
        Later withdrawals to it are refused with `110008`; withdrawals already made are not
        affected.

        Args:
            address_id: The entry's id.

        """
        kwargs = bitunix_delete_quick_address._get_kwargs(
            address_id=address_id,
        )
        return self._client.call(kwargs, _parse_bitunix_delete_quick_address)

    def bitunix_fill_order(
        self,
        *,
        order_id: str,
        body: BitunixOrderFill | Unset = UNSET,
    ) -> BitunixOrder:
        """Fill an open limit order

        `POST /_mock/bitunix/orders/{order_id}/fill`.
        Fills an open (status 1 or 3) limit order as maker, like a counterparty would - by default
        all that is left at its limit price; `volume` fills part of it, `price` at a price no
        worse than the limit. Balances, fee (0.1% of what is received), deals and status follow.

        Args:
            order_id: The order's id.
            body: BitunixOrderFill
                volume (optional): Base quantity to fill (default all that is left).
                price (optional): Fill price (default the limit price; never worse than it).

        """
        kwargs = bitunix_fill_order._get_kwargs(
            order_id=order_id,
            body=body,
        )
        return self._client.call(kwargs, _parse_bitunix_fill_order)

    def bitunix_set_price(
        self,
        *,
        symbol: str,
        body: BitunixPriceUpdate,
    ) -> BitunixPriceResult:
        """Move a pair's last price

        `POST /_mock/bitunix/markets/{symbol}/price`.
        Sets the last price the simulated book, klines and rates are built around. Resting limit
        orders the new price reaches (buys at or above it, sells at or below it) fill completely
        at their own price, as maker.

        Args:
            symbol: Trading pair, e.g. `BTCUSDT`.
            body: BitunixPriceUpdate
                price: New last price (decimal string, at most the pair's price decimals).

        """
        kwargs = bitunix_set_price._get_kwargs(
            symbol=symbol,
            body=body,
        )
        return self._client.call(kwargs, _parse_bitunix_set_price)

    def bitunix_get_accounts(
        self,
        *,
        uid: int,
    ) -> BitunixAccounts:
        """Read a user's spot and futures balances

        `GET /_mock/bitunix/accounts/{uid}`.
        Spot balances (as `getAccount` shows them) and the futures balances `createFundsTransfer`
        moves funds to, which the spot API cannot read.

        Args:
            uid: The user's uid.

        """
        kwargs = bitunix_get_accounts._get_kwargs(
            uid=uid,
        )
        return self._client.call(kwargs, _parse_bitunix_get_accounts)


class AsyncBitunixResource:
    """Bitunix: 9 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def bitunix_create_deposit(
        self,
        *,
        body: BitunixDepositCreate,
    ) -> BitunixDeposit:
        """Simulate an on-chain deposit to a Bitunix user

        `POST /_mock/bitunix/deposits`.
        Credits the user owning `address` on `network` (and `memo`, the XRP tag) - an address
        handed out by `getDepositAddress`. Status `success` (default) credits at once; `pending`
        waits for `bitunixAdvanceDeposit` or auto-advance; `fail` records a failed deposit without
        credit. The record appears in `listDeposits`.

        Args:
            body: BitunixDepositCreate
                address: A deposit address handed out by `getDepositAddress`.
                coin: Coin, e.g. `USDT`.
                network: Bitunix network name, e.g. `Tron (TRC-20)`.
                amount: Amount (decimal string; at most the network's decimals).
                memo (optional): The tag handed out with the address (XRP).
                status (optional): `success` (default) credits at once; `pending` waits; `fail` never credits.
                from_address (optional): Sender address (default a generated one).
                transaction_hash (optional): On-chain transaction id (default a generated one).

        """
        kwargs = bitunix_create_deposit._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_bitunix_create_deposit)

    async def bitunix_advance_deposit(
        self,
        *,
        deposit_id: str,
        body: BitunixDepositAdvance | Unset = UNSET,
    ) -> BitunixDeposit:
        """Confirm or fail a pending deposit

        `POST /_mock/bitunix/deposits/{deposit_id}/advance`.
        Moves a `pending` deposit to `success` (credits the user; the default) or `fail`.

        Args:
            deposit_id: The deposit's id.
            body: BitunixDepositAdvance
                to (optional): Target status (default `success`).

        """
        kwargs = bitunix_advance_deposit._get_kwargs(
            deposit_id=deposit_id,
            body=body,
        )
        return await self._client.call(kwargs, _parse_bitunix_advance_deposit)

    async def bitunix_advance_withdraw_transfer(
        self,
        *,
        record_id: str,
        body: BitunixRecordAdvance | Unset = UNSET,
    ) -> BitunixWithdrawTransfer:
        """Advance a withdrawal or inside transfer

        `POST /_mock/bitunix/withdraw-transfers/{record_id}/advance`.
        A withdrawal starts `pending` (`to: verification` puts it into the security check first)
        and moves `verification` -> `pending` -> `approved` (still status `pending`, now with a
        transaction hash and no longer cancellable) -> `success`; an inside transfer `pending` ->
        `success` (the recipient is credited and gets an `inside_transfer_in` deposit). Without
        `to` one step; with `to` straight to a later step, or to `fail` (the locked amount is
        refunded). `success` delivers the withdrawal: the fee and the amount leave the account.

        Args:
            record_id: The withdrawal id or inside transfer id.
            body: BitunixRecordAdvance
                to (optional): Target step (default the next one); `approved` only for withdrawals;
                `verification` puts a withdrawal that is `pending` and not yet approved into the app's security
                check.

        """
        kwargs = bitunix_advance_withdraw_transfer._get_kwargs(
            record_id=record_id,
            body=body,
        )
        return await self._client.call(kwargs, _parse_bitunix_advance_withdraw_transfer)

    async def bitunix_list_quick_addresses(
        self,
        *,
        uid: int | Unset = UNSET,
    ) -> BitunixQuickAddressList:
        """List quick-withdrawal addresses

        `GET /_mock/bitunix/quick-withdraw-addresses`.
        The quick-withdrawal list (the only addresses `createWithdrawal` accepts), of one user or
        of all.

        Args:
            uid: Only this user's entries.

        """
        kwargs = bitunix_list_quick_addresses._get_kwargs(
            uid=uid,
        )
        return await self._client.call(kwargs, _parse_bitunix_list_quick_addresses)

    async def bitunix_add_quick_address(
        self,
        *,
        body: BitunixQuickAddressCreate,
    ) -> BitunixQuickAddress:
        """Add a quick-withdrawal address

        `POST /_mock/bitunix/quick-withdraw-addresses`.
        Adds an address for a coin and network to a user's quick-withdrawal list (what the user
        does on the website or app). The address must match the network's `addressRegular`. Adding
        an existing entry returns it.

        Args:
            body: BitunixQuickAddressCreate
                coin: Coin the address may receive.
                network: Bitunix network name.
                address: Destination address (must match the network's address pattern).
                uid (optional): Whose list (default the main test user).
                memo (optional): Tag/memo withdrawals to this entry must carry.
                label (optional): Free-text label.

        """
        kwargs = bitunix_add_quick_address._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_bitunix_add_quick_address)

    async def bitunix_delete_quick_address(
        self,
        *,
        address_id: str,
    ) -> Deleted:
        """Remove a quick-withdrawal address

        `DELETE /_mock/bitunix/quick-withdraw-addresses/{address_id}`.
        Later withdrawals to it are refused with `110008`; withdrawals already made are not
        affected.

        Args:
            address_id: The entry's id.

        """
        kwargs = bitunix_delete_quick_address._get_kwargs(
            address_id=address_id,
        )
        return await self._client.call(kwargs, _parse_bitunix_delete_quick_address)

    async def bitunix_fill_order(
        self,
        *,
        order_id: str,
        body: BitunixOrderFill | Unset = UNSET,
    ) -> BitunixOrder:
        """Fill an open limit order

        `POST /_mock/bitunix/orders/{order_id}/fill`.
        Fills an open (status 1 or 3) limit order as maker, like a counterparty would - by default
        all that is left at its limit price; `volume` fills part of it, `price` at a price no
        worse than the limit. Balances, fee (0.1% of what is received), deals and status follow.

        Args:
            order_id: The order's id.
            body: BitunixOrderFill
                volume (optional): Base quantity to fill (default all that is left).
                price (optional): Fill price (default the limit price; never worse than it).

        """
        kwargs = bitunix_fill_order._get_kwargs(
            order_id=order_id,
            body=body,
        )
        return await self._client.call(kwargs, _parse_bitunix_fill_order)

    async def bitunix_set_price(
        self,
        *,
        symbol: str,
        body: BitunixPriceUpdate,
    ) -> BitunixPriceResult:
        """Move a pair's last price

        `POST /_mock/bitunix/markets/{symbol}/price`.
        Sets the last price the simulated book, klines and rates are built around. Resting limit
        orders the new price reaches (buys at or above it, sells at or below it) fill completely
        at their own price, as maker.

        Args:
            symbol: Trading pair, e.g. `BTCUSDT`.
            body: BitunixPriceUpdate
                price: New last price (decimal string, at most the pair's price decimals).

        """
        kwargs = bitunix_set_price._get_kwargs(
            symbol=symbol,
            body=body,
        )
        return await self._client.call(kwargs, _parse_bitunix_set_price)

    async def bitunix_get_accounts(
        self,
        *,
        uid: int,
    ) -> BitunixAccounts:
        """Read a user's spot and futures balances

        `GET /_mock/bitunix/accounts/{uid}`.
        Spot balances (as `getAccount` shows them) and the futures balances `createFundsTransfer`
        moves funds to, which the spot API cannot read.

        Args:
            uid: The user's uid.

        """
        kwargs = bitunix_get_accounts._get_kwargs(
            uid=uid,
        )
        return await self._client.call(kwargs, _parse_bitunix_get_accounts)


class BitunixResourceWithRawResponse:
    """Bitunix: 9 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def bitunix_create_deposit(
        self,
        *,
        body: BitunixDepositCreate,
    ) -> APIResponse[BitunixDeposit]:
        """Simulate an on-chain deposit to a Bitunix user

        `POST /_mock/bitunix/deposits`.
        Credits the user owning `address` on `network` (and `memo`, the XRP tag) - an address
        handed out by `getDepositAddress`. Status `success` (default) credits at once; `pending`
        waits for `bitunixAdvanceDeposit` or auto-advance; `fail` records a failed deposit without
        credit. The record appears in `listDeposits`.

        Args:
            body: BitunixDepositCreate
                address: A deposit address handed out by `getDepositAddress`.
                coin: Coin, e.g. `USDT`.
                network: Bitunix network name, e.g. `Tron (TRC-20)`.
                amount: Amount (decimal string; at most the network's decimals).
                memo (optional): The tag handed out with the address (XRP).
                status (optional): `success` (default) credits at once; `pending` waits; `fail` never credits.
                from_address (optional): Sender address (default a generated one).
                transaction_hash (optional): On-chain transaction id (default a generated one).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_create_deposit._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_bitunix_create_deposit)

    def bitunix_advance_deposit(
        self,
        *,
        deposit_id: str,
        body: BitunixDepositAdvance | Unset = UNSET,
    ) -> APIResponse[BitunixDeposit]:
        """Confirm or fail a pending deposit

        `POST /_mock/bitunix/deposits/{deposit_id}/advance`.
        Moves a `pending` deposit to `success` (credits the user; the default) or `fail`.

        Args:
            deposit_id: The deposit's id.
            body: BitunixDepositAdvance
                to (optional): Target status (default `success`).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_advance_deposit._get_kwargs(
            deposit_id=deposit_id,
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_bitunix_advance_deposit)

    def bitunix_advance_withdraw_transfer(
        self,
        *,
        record_id: str,
        body: BitunixRecordAdvance | Unset = UNSET,
    ) -> APIResponse[BitunixWithdrawTransfer]:
        """Advance a withdrawal or inside transfer

        `POST /_mock/bitunix/withdraw-transfers/{record_id}/advance`.
        A withdrawal starts `pending` (`to: verification` puts it into the security check first)
        and moves `verification` -> `pending` -> `approved` (still status `pending`, now with a
        transaction hash and no longer cancellable) -> `success`; an inside transfer `pending` ->
        `success` (the recipient is credited and gets an `inside_transfer_in` deposit). Without
        `to` one step; with `to` straight to a later step, or to `fail` (the locked amount is
        refunded). `success` delivers the withdrawal: the fee and the amount leave the account.

        Args:
            record_id: The withdrawal id or inside transfer id.
            body: BitunixRecordAdvance
                to (optional): Target step (default the next one); `approved` only for withdrawals;
                `verification` puts a withdrawal that is `pending` and not yet approved into the app's security
                check.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_advance_withdraw_transfer._get_kwargs(
            record_id=record_id,
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_bitunix_advance_withdraw_transfer)

    def bitunix_list_quick_addresses(
        self,
        *,
        uid: int | Unset = UNSET,
    ) -> APIResponse[BitunixQuickAddressList]:
        """List quick-withdrawal addresses

        `GET /_mock/bitunix/quick-withdraw-addresses`.
        The quick-withdrawal list (the only addresses `createWithdrawal` accepts), of one user or
        of all.

        Args:
            uid: Only this user's entries.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_list_quick_addresses._get_kwargs(
            uid=uid,
        )
        return self._client.call_raw(kwargs, _parse_bitunix_list_quick_addresses)

    def bitunix_add_quick_address(
        self,
        *,
        body: BitunixQuickAddressCreate,
    ) -> APIResponse[BitunixQuickAddress]:
        """Add a quick-withdrawal address

        `POST /_mock/bitunix/quick-withdraw-addresses`.
        Adds an address for a coin and network to a user's quick-withdrawal list (what the user
        does on the website or app). The address must match the network's `addressRegular`. Adding
        an existing entry returns it.

        Args:
            body: BitunixQuickAddressCreate
                coin: Coin the address may receive.
                network: Bitunix network name.
                address: Destination address (must match the network's address pattern).
                uid (optional): Whose list (default the main test user).
                memo (optional): Tag/memo withdrawals to this entry must carry.
                label (optional): Free-text label.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_add_quick_address._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_bitunix_add_quick_address)

    def bitunix_delete_quick_address(
        self,
        *,
        address_id: str,
    ) -> APIResponse[Deleted]:
        """Remove a quick-withdrawal address

        `DELETE /_mock/bitunix/quick-withdraw-addresses/{address_id}`.
        Later withdrawals to it are refused with `110008`; withdrawals already made are not
        affected.

        Args:
            address_id: The entry's id.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_delete_quick_address._get_kwargs(
            address_id=address_id,
        )
        return self._client.call_raw(kwargs, _parse_bitunix_delete_quick_address)

    def bitunix_fill_order(
        self,
        *,
        order_id: str,
        body: BitunixOrderFill | Unset = UNSET,
    ) -> APIResponse[BitunixOrder]:
        """Fill an open limit order

        `POST /_mock/bitunix/orders/{order_id}/fill`.
        Fills an open (status 1 or 3) limit order as maker, like a counterparty would - by default
        all that is left at its limit price; `volume` fills part of it, `price` at a price no
        worse than the limit. Balances, fee (0.1% of what is received), deals and status follow.

        Args:
            order_id: The order's id.
            body: BitunixOrderFill
                volume (optional): Base quantity to fill (default all that is left).
                price (optional): Fill price (default the limit price; never worse than it).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_fill_order._get_kwargs(
            order_id=order_id,
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_bitunix_fill_order)

    def bitunix_set_price(
        self,
        *,
        symbol: str,
        body: BitunixPriceUpdate,
    ) -> APIResponse[BitunixPriceResult]:
        """Move a pair's last price

        `POST /_mock/bitunix/markets/{symbol}/price`.
        Sets the last price the simulated book, klines and rates are built around. Resting limit
        orders the new price reaches (buys at or above it, sells at or below it) fill completely
        at their own price, as maker.

        Args:
            symbol: Trading pair, e.g. `BTCUSDT`.
            body: BitunixPriceUpdate
                price: New last price (decimal string, at most the pair's price decimals).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_set_price._get_kwargs(
            symbol=symbol,
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_bitunix_set_price)

    def bitunix_get_accounts(
        self,
        *,
        uid: int,
    ) -> APIResponse[BitunixAccounts]:
        """Read a user's spot and futures balances

        `GET /_mock/bitunix/accounts/{uid}`.
        Spot balances (as `getAccount` shows them) and the futures balances `createFundsTransfer`
        moves funds to, which the spot API cannot read.

        Args:
            uid: The user's uid.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_get_accounts._get_kwargs(
            uid=uid,
        )
        return self._client.call_raw(kwargs, _parse_bitunix_get_accounts)


class AsyncBitunixResourceWithRawResponse:
    """Bitunix: 9 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def bitunix_create_deposit(
        self,
        *,
        body: BitunixDepositCreate,
    ) -> APIResponse[BitunixDeposit]:
        """Simulate an on-chain deposit to a Bitunix user

        `POST /_mock/bitunix/deposits`.
        Credits the user owning `address` on `network` (and `memo`, the XRP tag) - an address
        handed out by `getDepositAddress`. Status `success` (default) credits at once; `pending`
        waits for `bitunixAdvanceDeposit` or auto-advance; `fail` records a failed deposit without
        credit. The record appears in `listDeposits`.

        Args:
            body: BitunixDepositCreate
                address: A deposit address handed out by `getDepositAddress`.
                coin: Coin, e.g. `USDT`.
                network: Bitunix network name, e.g. `Tron (TRC-20)`.
                amount: Amount (decimal string; at most the network's decimals).
                memo (optional): The tag handed out with the address (XRP).
                status (optional): `success` (default) credits at once; `pending` waits; `fail` never credits.
                from_address (optional): Sender address (default a generated one).
                transaction_hash (optional): On-chain transaction id (default a generated one).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_create_deposit._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_bitunix_create_deposit)

    async def bitunix_advance_deposit(
        self,
        *,
        deposit_id: str,
        body: BitunixDepositAdvance | Unset = UNSET,
    ) -> APIResponse[BitunixDeposit]:
        """Confirm or fail a pending deposit

        `POST /_mock/bitunix/deposits/{deposit_id}/advance`.
        Moves a `pending` deposit to `success` (credits the user; the default) or `fail`.

        Args:
            deposit_id: The deposit's id.
            body: BitunixDepositAdvance
                to (optional): Target status (default `success`).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_advance_deposit._get_kwargs(
            deposit_id=deposit_id,
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_bitunix_advance_deposit)

    async def bitunix_advance_withdraw_transfer(
        self,
        *,
        record_id: str,
        body: BitunixRecordAdvance | Unset = UNSET,
    ) -> APIResponse[BitunixWithdrawTransfer]:
        """Advance a withdrawal or inside transfer

        `POST /_mock/bitunix/withdraw-transfers/{record_id}/advance`.
        A withdrawal starts `pending` (`to: verification` puts it into the security check first)
        and moves `verification` -> `pending` -> `approved` (still status `pending`, now with a
        transaction hash and no longer cancellable) -> `success`; an inside transfer `pending` ->
        `success` (the recipient is credited and gets an `inside_transfer_in` deposit). Without
        `to` one step; with `to` straight to a later step, or to `fail` (the locked amount is
        refunded). `success` delivers the withdrawal: the fee and the amount leave the account.

        Args:
            record_id: The withdrawal id or inside transfer id.
            body: BitunixRecordAdvance
                to (optional): Target step (default the next one); `approved` only for withdrawals;
                `verification` puts a withdrawal that is `pending` and not yet approved into the app's security
                check.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_advance_withdraw_transfer._get_kwargs(
            record_id=record_id,
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_bitunix_advance_withdraw_transfer)

    async def bitunix_list_quick_addresses(
        self,
        *,
        uid: int | Unset = UNSET,
    ) -> APIResponse[BitunixQuickAddressList]:
        """List quick-withdrawal addresses

        `GET /_mock/bitunix/quick-withdraw-addresses`.
        The quick-withdrawal list (the only addresses `createWithdrawal` accepts), of one user or
        of all.

        Args:
            uid: Only this user's entries.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_list_quick_addresses._get_kwargs(
            uid=uid,
        )
        return await self._client.call_raw(kwargs, _parse_bitunix_list_quick_addresses)

    async def bitunix_add_quick_address(
        self,
        *,
        body: BitunixQuickAddressCreate,
    ) -> APIResponse[BitunixQuickAddress]:
        """Add a quick-withdrawal address

        `POST /_mock/bitunix/quick-withdraw-addresses`.
        Adds an address for a coin and network to a user's quick-withdrawal list (what the user
        does on the website or app). The address must match the network's `addressRegular`. Adding
        an existing entry returns it.

        Args:
            body: BitunixQuickAddressCreate
                coin: Coin the address may receive.
                network: Bitunix network name.
                address: Destination address (must match the network's address pattern).
                uid (optional): Whose list (default the main test user).
                memo (optional): Tag/memo withdrawals to this entry must carry.
                label (optional): Free-text label.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_add_quick_address._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_bitunix_add_quick_address)

    async def bitunix_delete_quick_address(
        self,
        *,
        address_id: str,
    ) -> APIResponse[Deleted]:
        """Remove a quick-withdrawal address

        `DELETE /_mock/bitunix/quick-withdraw-addresses/{address_id}`.
        Later withdrawals to it are refused with `110008`; withdrawals already made are not
        affected.

        Args:
            address_id: The entry's id.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_delete_quick_address._get_kwargs(
            address_id=address_id,
        )
        return await self._client.call_raw(kwargs, _parse_bitunix_delete_quick_address)

    async def bitunix_fill_order(
        self,
        *,
        order_id: str,
        body: BitunixOrderFill | Unset = UNSET,
    ) -> APIResponse[BitunixOrder]:
        """Fill an open limit order

        `POST /_mock/bitunix/orders/{order_id}/fill`.
        Fills an open (status 1 or 3) limit order as maker, like a counterparty would - by default
        all that is left at its limit price; `volume` fills part of it, `price` at a price no
        worse than the limit. Balances, fee (0.1% of what is received), deals and status follow.

        Args:
            order_id: The order's id.
            body: BitunixOrderFill
                volume (optional): Base quantity to fill (default all that is left).
                price (optional): Fill price (default the limit price; never worse than it).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_fill_order._get_kwargs(
            order_id=order_id,
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_bitunix_fill_order)

    async def bitunix_set_price(
        self,
        *,
        symbol: str,
        body: BitunixPriceUpdate,
    ) -> APIResponse[BitunixPriceResult]:
        """Move a pair's last price

        `POST /_mock/bitunix/markets/{symbol}/price`.
        Sets the last price the simulated book, klines and rates are built around. Resting limit
        orders the new price reaches (buys at or above it, sells at or below it) fill completely
        at their own price, as maker.

        Args:
            symbol: Trading pair, e.g. `BTCUSDT`.
            body: BitunixPriceUpdate
                price: New last price (decimal string, at most the pair's price decimals).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_set_price._get_kwargs(
            symbol=symbol,
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_bitunix_set_price)

    async def bitunix_get_accounts(
        self,
        *,
        uid: int,
    ) -> APIResponse[BitunixAccounts]:
        """Read a user's spot and futures balances

        `GET /_mock/bitunix/accounts/{uid}`.
        Spot balances (as `getAccount` shows them) and the futures balances `createFundsTransfer`
        moves funds to, which the spot API cannot read.

        Args:
            uid: The user's uid.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = bitunix_get_accounts._get_kwargs(
            uid=uid,
        )
        return await self._client.call_raw(kwargs, _parse_bitunix_get_accounts)


class CryptofuseResource:
    """Cryptofuse: 5 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def cryptofuse_simulate_payment(
        self,
        *,
        transaction_id: str,
        body: CryptofusePaymentDeposit,
    ) -> CryptofuseRecord:
        """Simulate an on-chain payment to a Cryptofuse payment address

        `POST /_mock/cryptofuse/payments/{transaction_id}/deposit`.
        Records a deposit of `amount` (in the payment's currency) to the address of a `waiting` or
        `confirming` payment: `waiting` moves to `confirming` (`deposit_received` and
        `payment_status_update` webhooks). With `confirmations` at least the chain's requirement
        (the default) the deposit is confirmed at once; when everything paid is confirmed and the
        total covers `amount_crypto` the payment is `completed` and the master account (or the
        payment's wallet) is credited minus the fee. An underpaid confirmed payment stays
        `confirming` until its window ends (clock), then becomes `partially_completed` with what
        arrived credited.

        Args:
            transaction_id: The payment's `transaction_id`.
            body: CryptofusePaymentDeposit
                amount: Amount received on chain, in the payment's currency (decimal string, up to 8 decimals).
                confirmations (optional): Confirmations so far (default the chain's requirement, i.e. confirmed
                at once).
                transaction_hash (optional): On-chain hash (default a deterministic one).

        """
        kwargs = cryptofuse_simulate_payment._get_kwargs(
            transaction_id=transaction_id,
            body=body,
        )
        return self._client.call(kwargs, _parse_cryptofuse_simulate_payment)

    def cryptofuse_confirm_payment(
        self,
        *,
        transaction_id: str,
    ) -> CryptofuseRecord:
        """Confirm the deposits of a Cryptofuse payment

        `POST /_mock/cryptofuse/payments/{transaction_id}/confirm`.
        Gives every deposit of a `confirming` payment its required confirmations, then completes
        it when fully paid (or, after its window, credits it as `partially_completed`).

        Args:
            transaction_id: The payment's `transaction_id`.

        """
        kwargs = cryptofuse_confirm_payment._get_kwargs(
            transaction_id=transaction_id,
        )
        return self._client.call(kwargs, _parse_cryptofuse_confirm_payment)

    def cryptofuse_fail_payment(
        self,
        *,
        transaction_id: str,
    ) -> CryptofuseRecord:
        """Fail a Cryptofuse payment

        `POST /_mock/cryptofuse/payments/{transaction_id}/fail`.
        Moves an open (`waiting` or `confirming`) payment to `failed`; what arrived is returned to
        the payer (not credited). Fires `payment_status_update`.

        Args:
            transaction_id: The payment's `transaction_id`.

        """
        kwargs = cryptofuse_fail_payment._get_kwargs(
            transaction_id=transaction_id,
        )
        return self._client.call(kwargs, _parse_cryptofuse_fail_payment)

    def cryptofuse_advance_withdrawal(
        self,
        *,
        withdrawal_id: str,
        body: CryptofuseWithdrawalAdvance | Unset = UNSET,
    ) -> CryptofuseRecord:
        """Advance a Cryptofuse withdrawal

        `POST /_mock/cryptofuse/withdrawals/{withdrawal_id}/advance`.
        Moves a withdrawal one step along `pending` -> `approved` -> `processing` -> `submitted`
        -> `confirmed` -> `completed`, or straight to `to` (a later step, or `rejected` / `failed`
        / `cancelled`, which refund the debited amount). `completed` sends the funds (amount +
        network fee leave, the platform fee is kept). Fires `withdrawal_status_update`.

        Args:
            withdrawal_id: The withdrawal's `withdrawal_id`.
            body: CryptofuseWithdrawalAdvance
                to (optional): Target status (default the next step).
                error_message (optional): Reason recorded for `rejected` / `failed` / `cancelled`.

        """
        kwargs = cryptofuse_advance_withdrawal._get_kwargs(
            withdrawal_id=withdrawal_id,
            body=body,
        )
        return self._client.call(kwargs, _parse_cryptofuse_advance_withdrawal)

    def cryptofuse_settle_transfer(
        self,
        *,
        transfer_id: str,
        body: CryptofuseTransferSettle | Unset = UNSET,
    ) -> CryptofuseRecord:
        """Settle a pending Cryptofuse wallet transfer now

        `POST /_mock/cryptofuse/transfers/{transfer_id}/settle`.
        Completes (books the reserved amount on the other side) or fails (refunds the source) a
        pending transfer-to-user / withdraw-to-master before the engine tick does, and POSTs the
        `transfer_status_update` result to its `callback_url`.

        Args:
            transfer_id: The `transfer_id` of the 202 answer.
            body: CryptofuseTransferSettle
                status (optional): Outcome (default `completed`).
                error_message (optional): Reason recorded for `failed`.

        """
        kwargs = cryptofuse_settle_transfer._get_kwargs(
            transfer_id=transfer_id,
            body=body,
        )
        return self._client.call(kwargs, _parse_cryptofuse_settle_transfer)


class AsyncCryptofuseResource:
    """Cryptofuse: 5 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def cryptofuse_simulate_payment(
        self,
        *,
        transaction_id: str,
        body: CryptofusePaymentDeposit,
    ) -> CryptofuseRecord:
        """Simulate an on-chain payment to a Cryptofuse payment address

        `POST /_mock/cryptofuse/payments/{transaction_id}/deposit`.
        Records a deposit of `amount` (in the payment's currency) to the address of a `waiting` or
        `confirming` payment: `waiting` moves to `confirming` (`deposit_received` and
        `payment_status_update` webhooks). With `confirmations` at least the chain's requirement
        (the default) the deposit is confirmed at once; when everything paid is confirmed and the
        total covers `amount_crypto` the payment is `completed` and the master account (or the
        payment's wallet) is credited minus the fee. An underpaid confirmed payment stays
        `confirming` until its window ends (clock), then becomes `partially_completed` with what
        arrived credited.

        Args:
            transaction_id: The payment's `transaction_id`.
            body: CryptofusePaymentDeposit
                amount: Amount received on chain, in the payment's currency (decimal string, up to 8 decimals).
                confirmations (optional): Confirmations so far (default the chain's requirement, i.e. confirmed
                at once).
                transaction_hash (optional): On-chain hash (default a deterministic one).

        """
        kwargs = cryptofuse_simulate_payment._get_kwargs(
            transaction_id=transaction_id,
            body=body,
        )
        return await self._client.call(kwargs, _parse_cryptofuse_simulate_payment)

    async def cryptofuse_confirm_payment(
        self,
        *,
        transaction_id: str,
    ) -> CryptofuseRecord:
        """Confirm the deposits of a Cryptofuse payment

        `POST /_mock/cryptofuse/payments/{transaction_id}/confirm`.
        Gives every deposit of a `confirming` payment its required confirmations, then completes
        it when fully paid (or, after its window, credits it as `partially_completed`).

        Args:
            transaction_id: The payment's `transaction_id`.

        """
        kwargs = cryptofuse_confirm_payment._get_kwargs(
            transaction_id=transaction_id,
        )
        return await self._client.call(kwargs, _parse_cryptofuse_confirm_payment)

    async def cryptofuse_fail_payment(
        self,
        *,
        transaction_id: str,
    ) -> CryptofuseRecord:
        """Fail a Cryptofuse payment

        `POST /_mock/cryptofuse/payments/{transaction_id}/fail`.
        Moves an open (`waiting` or `confirming`) payment to `failed`; what arrived is returned to
        the payer (not credited). Fires `payment_status_update`.

        Args:
            transaction_id: The payment's `transaction_id`.

        """
        kwargs = cryptofuse_fail_payment._get_kwargs(
            transaction_id=transaction_id,
        )
        return await self._client.call(kwargs, _parse_cryptofuse_fail_payment)

    async def cryptofuse_advance_withdrawal(
        self,
        *,
        withdrawal_id: str,
        body: CryptofuseWithdrawalAdvance | Unset = UNSET,
    ) -> CryptofuseRecord:
        """Advance a Cryptofuse withdrawal

        `POST /_mock/cryptofuse/withdrawals/{withdrawal_id}/advance`.
        Moves a withdrawal one step along `pending` -> `approved` -> `processing` -> `submitted`
        -> `confirmed` -> `completed`, or straight to `to` (a later step, or `rejected` / `failed`
        / `cancelled`, which refund the debited amount). `completed` sends the funds (amount +
        network fee leave, the platform fee is kept). Fires `withdrawal_status_update`.

        Args:
            withdrawal_id: The withdrawal's `withdrawal_id`.
            body: CryptofuseWithdrawalAdvance
                to (optional): Target status (default the next step).
                error_message (optional): Reason recorded for `rejected` / `failed` / `cancelled`.

        """
        kwargs = cryptofuse_advance_withdrawal._get_kwargs(
            withdrawal_id=withdrawal_id,
            body=body,
        )
        return await self._client.call(kwargs, _parse_cryptofuse_advance_withdrawal)

    async def cryptofuse_settle_transfer(
        self,
        *,
        transfer_id: str,
        body: CryptofuseTransferSettle | Unset = UNSET,
    ) -> CryptofuseRecord:
        """Settle a pending Cryptofuse wallet transfer now

        `POST /_mock/cryptofuse/transfers/{transfer_id}/settle`.
        Completes (books the reserved amount on the other side) or fails (refunds the source) a
        pending transfer-to-user / withdraw-to-master before the engine tick does, and POSTs the
        `transfer_status_update` result to its `callback_url`.

        Args:
            transfer_id: The `transfer_id` of the 202 answer.
            body: CryptofuseTransferSettle
                status (optional): Outcome (default `completed`).
                error_message (optional): Reason recorded for `failed`.

        """
        kwargs = cryptofuse_settle_transfer._get_kwargs(
            transfer_id=transfer_id,
            body=body,
        )
        return await self._client.call(kwargs, _parse_cryptofuse_settle_transfer)


class CryptofuseResourceWithRawResponse:
    """Cryptofuse: 5 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def cryptofuse_simulate_payment(
        self,
        *,
        transaction_id: str,
        body: CryptofusePaymentDeposit,
    ) -> APIResponse[CryptofuseRecord]:
        """Simulate an on-chain payment to a Cryptofuse payment address

        `POST /_mock/cryptofuse/payments/{transaction_id}/deposit`.
        Records a deposit of `amount` (in the payment's currency) to the address of a `waiting` or
        `confirming` payment: `waiting` moves to `confirming` (`deposit_received` and
        `payment_status_update` webhooks). With `confirmations` at least the chain's requirement
        (the default) the deposit is confirmed at once; when everything paid is confirmed and the
        total covers `amount_crypto` the payment is `completed` and the master account (or the
        payment's wallet) is credited minus the fee. An underpaid confirmed payment stays
        `confirming` until its window ends (clock), then becomes `partially_completed` with what
        arrived credited.

        Args:
            transaction_id: The payment's `transaction_id`.
            body: CryptofusePaymentDeposit
                amount: Amount received on chain, in the payment's currency (decimal string, up to 8 decimals).
                confirmations (optional): Confirmations so far (default the chain's requirement, i.e. confirmed
                at once).
                transaction_hash (optional): On-chain hash (default a deterministic one).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cryptofuse_simulate_payment._get_kwargs(
            transaction_id=transaction_id,
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_cryptofuse_simulate_payment)

    def cryptofuse_confirm_payment(
        self,
        *,
        transaction_id: str,
    ) -> APIResponse[CryptofuseRecord]:
        """Confirm the deposits of a Cryptofuse payment

        `POST /_mock/cryptofuse/payments/{transaction_id}/confirm`.
        Gives every deposit of a `confirming` payment its required confirmations, then completes
        it when fully paid (or, after its window, credits it as `partially_completed`).

        Args:
            transaction_id: The payment's `transaction_id`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cryptofuse_confirm_payment._get_kwargs(
            transaction_id=transaction_id,
        )
        return self._client.call_raw(kwargs, _parse_cryptofuse_confirm_payment)

    def cryptofuse_fail_payment(
        self,
        *,
        transaction_id: str,
    ) -> APIResponse[CryptofuseRecord]:
        """Fail a Cryptofuse payment

        `POST /_mock/cryptofuse/payments/{transaction_id}/fail`.
        Moves an open (`waiting` or `confirming`) payment to `failed`; what arrived is returned to
        the payer (not credited). Fires `payment_status_update`.

        Args:
            transaction_id: The payment's `transaction_id`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cryptofuse_fail_payment._get_kwargs(
            transaction_id=transaction_id,
        )
        return self._client.call_raw(kwargs, _parse_cryptofuse_fail_payment)

    def cryptofuse_advance_withdrawal(
        self,
        *,
        withdrawal_id: str,
        body: CryptofuseWithdrawalAdvance | Unset = UNSET,
    ) -> APIResponse[CryptofuseRecord]:
        """Advance a Cryptofuse withdrawal

        `POST /_mock/cryptofuse/withdrawals/{withdrawal_id}/advance`.
        Moves a withdrawal one step along `pending` -> `approved` -> `processing` -> `submitted`
        -> `confirmed` -> `completed`, or straight to `to` (a later step, or `rejected` / `failed`
        / `cancelled`, which refund the debited amount). `completed` sends the funds (amount +
        network fee leave, the platform fee is kept). Fires `withdrawal_status_update`.

        Args:
            withdrawal_id: The withdrawal's `withdrawal_id`.
            body: CryptofuseWithdrawalAdvance
                to (optional): Target status (default the next step).
                error_message (optional): Reason recorded for `rejected` / `failed` / `cancelled`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cryptofuse_advance_withdrawal._get_kwargs(
            withdrawal_id=withdrawal_id,
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_cryptofuse_advance_withdrawal)

    def cryptofuse_settle_transfer(
        self,
        *,
        transfer_id: str,
        body: CryptofuseTransferSettle | Unset = UNSET,
    ) -> APIResponse[CryptofuseRecord]:
        """Settle a pending Cryptofuse wallet transfer now

        `POST /_mock/cryptofuse/transfers/{transfer_id}/settle`.
        Completes (books the reserved amount on the other side) or fails (refunds the source) a
        pending transfer-to-user / withdraw-to-master before the engine tick does, and POSTs the
        `transfer_status_update` result to its `callback_url`.

        Args:
            transfer_id: The `transfer_id` of the 202 answer.
            body: CryptofuseTransferSettle
                status (optional): Outcome (default `completed`).
                error_message (optional): Reason recorded for `failed`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cryptofuse_settle_transfer._get_kwargs(
            transfer_id=transfer_id,
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_cryptofuse_settle_transfer)


class AsyncCryptofuseResourceWithRawResponse:
    """Cryptofuse: 5 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def cryptofuse_simulate_payment(
        self,
        *,
        transaction_id: str,
        body: CryptofusePaymentDeposit,
    ) -> APIResponse[CryptofuseRecord]:
        """Simulate an on-chain payment to a Cryptofuse payment address

        `POST /_mock/cryptofuse/payments/{transaction_id}/deposit`.
        Records a deposit of `amount` (in the payment's currency) to the address of a `waiting` or
        `confirming` payment: `waiting` moves to `confirming` (`deposit_received` and
        `payment_status_update` webhooks). With `confirmations` at least the chain's requirement
        (the default) the deposit is confirmed at once; when everything paid is confirmed and the
        total covers `amount_crypto` the payment is `completed` and the master account (or the
        payment's wallet) is credited minus the fee. An underpaid confirmed payment stays
        `confirming` until its window ends (clock), then becomes `partially_completed` with what
        arrived credited.

        Args:
            transaction_id: The payment's `transaction_id`.
            body: CryptofusePaymentDeposit
                amount: Amount received on chain, in the payment's currency (decimal string, up to 8 decimals).
                confirmations (optional): Confirmations so far (default the chain's requirement, i.e. confirmed
                at once).
                transaction_hash (optional): On-chain hash (default a deterministic one).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cryptofuse_simulate_payment._get_kwargs(
            transaction_id=transaction_id,
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_cryptofuse_simulate_payment)

    async def cryptofuse_confirm_payment(
        self,
        *,
        transaction_id: str,
    ) -> APIResponse[CryptofuseRecord]:
        """Confirm the deposits of a Cryptofuse payment

        `POST /_mock/cryptofuse/payments/{transaction_id}/confirm`.
        Gives every deposit of a `confirming` payment its required confirmations, then completes
        it when fully paid (or, after its window, credits it as `partially_completed`).

        Args:
            transaction_id: The payment's `transaction_id`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cryptofuse_confirm_payment._get_kwargs(
            transaction_id=transaction_id,
        )
        return await self._client.call_raw(kwargs, _parse_cryptofuse_confirm_payment)

    async def cryptofuse_fail_payment(
        self,
        *,
        transaction_id: str,
    ) -> APIResponse[CryptofuseRecord]:
        """Fail a Cryptofuse payment

        `POST /_mock/cryptofuse/payments/{transaction_id}/fail`.
        Moves an open (`waiting` or `confirming`) payment to `failed`; what arrived is returned to
        the payer (not credited). Fires `payment_status_update`.

        Args:
            transaction_id: The payment's `transaction_id`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cryptofuse_fail_payment._get_kwargs(
            transaction_id=transaction_id,
        )
        return await self._client.call_raw(kwargs, _parse_cryptofuse_fail_payment)

    async def cryptofuse_advance_withdrawal(
        self,
        *,
        withdrawal_id: str,
        body: CryptofuseWithdrawalAdvance | Unset = UNSET,
    ) -> APIResponse[CryptofuseRecord]:
        """Advance a Cryptofuse withdrawal

        `POST /_mock/cryptofuse/withdrawals/{withdrawal_id}/advance`.
        Moves a withdrawal one step along `pending` -> `approved` -> `processing` -> `submitted`
        -> `confirmed` -> `completed`, or straight to `to` (a later step, or `rejected` / `failed`
        / `cancelled`, which refund the debited amount). `completed` sends the funds (amount +
        network fee leave, the platform fee is kept). Fires `withdrawal_status_update`.

        Args:
            withdrawal_id: The withdrawal's `withdrawal_id`.
            body: CryptofuseWithdrawalAdvance
                to (optional): Target status (default the next step).
                error_message (optional): Reason recorded for `rejected` / `failed` / `cancelled`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cryptofuse_advance_withdrawal._get_kwargs(
            withdrawal_id=withdrawal_id,
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_cryptofuse_advance_withdrawal)

    async def cryptofuse_settle_transfer(
        self,
        *,
        transfer_id: str,
        body: CryptofuseTransferSettle | Unset = UNSET,
    ) -> APIResponse[CryptofuseRecord]:
        """Settle a pending Cryptofuse wallet transfer now

        `POST /_mock/cryptofuse/transfers/{transfer_id}/settle`.
        Completes (books the reserved amount on the other side) or fails (refunds the source) a
        pending transfer-to-user / withdraw-to-master before the engine tick does, and POSTs the
        `transfer_status_update` result to its `callback_url`.

        Args:
            transfer_id: The `transfer_id` of the 202 answer.
            body: CryptofuseTransferSettle
                status (optional): Outcome (default `completed`).
                error_message (optional): Reason recorded for `failed`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cryptofuse_settle_transfer._get_kwargs(
            transfer_id=transfer_id,
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_cryptofuse_settle_transfer)


class Resources:
    """Every tag's resource, as attributes."""

    _api: SyncAPIClient

    @property
    def tenants(self) -> TenantsResource:
        return TenantsResource(self._api)

    @property
    def clock(self) -> ClockResource:
        return ClockResource(self._api)

    @property
    def faults(self) -> FaultsResource:
        return FaultsResource(self._api)

    @property
    def settings(self) -> SettingsResource:
        return SettingsResource(self._api)

    @property
    def webhooks(self) -> WebhooksResource:
        return WebhooksResource(self._api)

    @property
    def state(self) -> StateResource:
        return StateResource(self._api)

    @property
    def requests(self) -> RequestsResource:
        return RequestsResource(self._api)

    @property
    def simulation(self) -> SimulationResource:
        return SimulationResource(self._api)

    @property
    def xcurrency(self) -> XcurrencyResource:
        return XcurrencyResource(self._api)

    @property
    def bitunix(self) -> BitunixResource:
        return BitunixResource(self._api)

    @property
    def cryptofuse(self) -> CryptofuseResource:
        return CryptofuseResource(self._api)

    @property
    def with_raw_response(self) -> ResourcesWithRawResponse:
        """The same operations, each returning an `APIResponse`: parsed result, status, headers, request id."""
        return ResourcesWithRawResponse(self._api)


class AsyncResources:
    """Every tag's resource, as attributes."""

    _api: AsyncAPIClient

    @property
    def tenants(self) -> AsyncTenantsResource:
        return AsyncTenantsResource(self._api)

    @property
    def clock(self) -> AsyncClockResource:
        return AsyncClockResource(self._api)

    @property
    def faults(self) -> AsyncFaultsResource:
        return AsyncFaultsResource(self._api)

    @property
    def settings(self) -> AsyncSettingsResource:
        return AsyncSettingsResource(self._api)

    @property
    def webhooks(self) -> AsyncWebhooksResource:
        return AsyncWebhooksResource(self._api)

    @property
    def state(self) -> AsyncStateResource:
        return AsyncStateResource(self._api)

    @property
    def requests(self) -> AsyncRequestsResource:
        return AsyncRequestsResource(self._api)

    @property
    def simulation(self) -> AsyncSimulationResource:
        return AsyncSimulationResource(self._api)

    @property
    def xcurrency(self) -> AsyncXcurrencyResource:
        return AsyncXcurrencyResource(self._api)

    @property
    def bitunix(self) -> AsyncBitunixResource:
        return AsyncBitunixResource(self._api)

    @property
    def cryptofuse(self) -> AsyncCryptofuseResource:
        return AsyncCryptofuseResource(self._api)

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
    def tenants(self) -> TenantsResourceWithRawResponse:
        return TenantsResourceWithRawResponse(self._api)

    @property
    def clock(self) -> ClockResourceWithRawResponse:
        return ClockResourceWithRawResponse(self._api)

    @property
    def faults(self) -> FaultsResourceWithRawResponse:
        return FaultsResourceWithRawResponse(self._api)

    @property
    def settings(self) -> SettingsResourceWithRawResponse:
        return SettingsResourceWithRawResponse(self._api)

    @property
    def webhooks(self) -> WebhooksResourceWithRawResponse:
        return WebhooksResourceWithRawResponse(self._api)

    @property
    def state(self) -> StateResourceWithRawResponse:
        return StateResourceWithRawResponse(self._api)

    @property
    def requests(self) -> RequestsResourceWithRawResponse:
        return RequestsResourceWithRawResponse(self._api)

    @property
    def simulation(self) -> SimulationResourceWithRawResponse:
        return SimulationResourceWithRawResponse(self._api)

    @property
    def xcurrency(self) -> XcurrencyResourceWithRawResponse:
        return XcurrencyResourceWithRawResponse(self._api)

    @property
    def bitunix(self) -> BitunixResourceWithRawResponse:
        return BitunixResourceWithRawResponse(self._api)

    @property
    def cryptofuse(self) -> CryptofuseResourceWithRawResponse:
        return CryptofuseResourceWithRawResponse(self._api)


class AsyncResourcesWithRawResponse:
    """Every tag's resource, as attributes (raw responses)."""

    _api: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._api = client

    @property
    def tenants(self) -> AsyncTenantsResourceWithRawResponse:
        return AsyncTenantsResourceWithRawResponse(self._api)

    @property
    def clock(self) -> AsyncClockResourceWithRawResponse:
        return AsyncClockResourceWithRawResponse(self._api)

    @property
    def faults(self) -> AsyncFaultsResourceWithRawResponse:
        return AsyncFaultsResourceWithRawResponse(self._api)

    @property
    def settings(self) -> AsyncSettingsResourceWithRawResponse:
        return AsyncSettingsResourceWithRawResponse(self._api)

    @property
    def webhooks(self) -> AsyncWebhooksResourceWithRawResponse:
        return AsyncWebhooksResourceWithRawResponse(self._api)

    @property
    def state(self) -> AsyncStateResourceWithRawResponse:
        return AsyncStateResourceWithRawResponse(self._api)

    @property
    def requests(self) -> AsyncRequestsResourceWithRawResponse:
        return AsyncRequestsResourceWithRawResponse(self._api)

    @property
    def simulation(self) -> AsyncSimulationResourceWithRawResponse:
        return AsyncSimulationResourceWithRawResponse(self._api)

    @property
    def xcurrency(self) -> AsyncXcurrencyResourceWithRawResponse:
        return AsyncXcurrencyResourceWithRawResponse(self._api)

    @property
    def bitunix(self) -> AsyncBitunixResourceWithRawResponse:
        return AsyncBitunixResourceWithRawResponse(self._api)

    @property
    def cryptofuse(self) -> AsyncCryptofuseResourceWithRawResponse:
        return AsyncCryptofuseResourceWithRawResponse(self._api)
