"""Typed resources over every endpoint, one class per tag (sync and async)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

import attrs

from .._runtime import pagination
from ..models.clock import Clock
from ..models.clock_shift import ClockShift
from ..models.credentials import Credentials
from ..models.deleted import Deleted
from ..models.delivery_list import DeliveryList
from ..models.deposit_create import DepositCreate
from ..models.error import Error
from ..models.fault_config import FaultConfig
from ..models.fault_config_update import FaultConfigUpdate
from ..models.ledger_check import LedgerCheck
from ..models.list_webhook_deliveries_state import ListWebhookDeliveriesState, check_list_webhook_deliveries_state
from ..models.mock_transaction import MockTransaction
from ..models.reset_result import ResetResult
from ..models.settings import Settings
from ..models.settings_update import SettingsUpdate
from ..models.state_snapshot import StateSnapshot
from ..models.webhook_target import WebhookTarget
from ..models.webhook_target_create import WebhookTargetCreate
from ..models.webhook_target_list import WebhookTargetList
from ..models.withdrawal_advance import WithdrawalAdvance
from ..types import UNSET, Unset
from .clock import get_clock, shift_clock
from .faults import get_faults, set_faults
from .settings import get_settings, update_settings
from .simulation import advance_withdrawal, create_deposit
from .state import check_ledger, get_credentials, get_state, reset_state
from .webhooks import add_webhook_target, delete_webhook_target, list_webhook_deliveries, list_webhook_targets

if TYPE_CHECKING:
    from .._runtime.client import AsyncAPIClient, SyncAPIClient


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


def _parse_create_deposit(response: Any) -> MockTransaction:
    response_200 = MockTransaction.from_dict(response)

    return response_200


def _parse_advance_withdrawal(response: Any) -> MockTransaction:
    response_200 = MockTransaction.from_dict(response)

    return response_200


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
        """
        kwargs = shift_clock._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_shift_clock)


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
        """
        kwargs = set_faults._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_set_faults)


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
        """
        kwargs = update_settings._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_update_settings)


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
        """
        kwargs = list_webhook_deliveries._get_kwargs(
            state=state,
            event=event,
        )
        return await self._client.call(kwargs, _parse_list_webhook_deliveries)


class StateResource:
    """State: 4 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def reset_state(
        self,
    ) -> ResetResult:
        """Reset to the seeded state

        `POST /_mock/reset`.
        Restores the provider's seed state, removes webhook targets and deliveries and clears
        faults. The clock offset and settings are kept.
        """
        kwargs = reset_state._get_kwargs()
        return self._client.call(kwargs, _parse_reset_state)

    def get_state(
        self,
    ) -> StateSnapshot:
        """Dump the whole state

        `GET /_mock/state`.
        The snapshot the mock persists (provider state, webhooks, clock offset, faults, settings).
        Its inner layout is an implementation detail.
        """
        kwargs = get_state._get_kwargs()
        return self._client.call(kwargs, _parse_get_state)

    def check_ledger(
        self,
    ) -> LedgerCheck:
        """Check the ledger invariants

        `GET /_mock/ledger/check`.
        No balance is negative, locked funds equal open withdrawals, and for every coin the funds
        held (balances incl. locked + mirror positions) equal inflow - outflow - fees.
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
        Restores the provider's seed state, removes webhook targets and deliveries and clears
        faults. The clock offset and settings are kept.
        """
        kwargs = reset_state._get_kwargs()
        return await self._client.call(kwargs, _parse_reset_state)

    async def get_state(
        self,
    ) -> StateSnapshot:
        """Dump the whole state

        `GET /_mock/state`.
        The snapshot the mock persists (provider state, webhooks, clock offset, faults, settings).
        Its inner layout is an implementation detail.
        """
        kwargs = get_state._get_kwargs()
        return await self._client.call(kwargs, _parse_get_state)

    async def check_ledger(
        self,
    ) -> LedgerCheck:
        """Check the ledger invariants

        `GET /_mock/ledger/check`.
        No balance is negative, locked funds equal open withdrawals, and for every coin the funds
        held (balances incl. locked + mirror positions) equal inflow - outflow - fees.
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
        """
        kwargs = advance_withdrawal._get_kwargs(
            order_view_id=order_view_id,
            body=body,
        )
        return await self._client.call(kwargs, _parse_advance_withdrawal)


class Resources:
    """Every tag's resource, as attributes."""

    def __init__(self, client: SyncAPIClient) -> None:
        self.clock = ClockResource(client)
        self.faults = FaultsResource(client)
        self.settings = SettingsResource(client)
        self.webhooks = WebhooksResource(client)
        self.state = StateResource(client)
        self.simulation = SimulationResource(client)


class AsyncResources:
    """Every tag's resource, as attributes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self.clock = AsyncClockResource(client)
        self.faults = AsyncFaultsResource(client)
        self.settings = AsyncSettingsResource(client)
        self.webhooks = AsyncWebhooksResource(client)
        self.state = AsyncStateResource(client)
        self.simulation = AsyncSimulationResource(client)
