"""Contains all the data models used in inputs/outputs"""

from .clock import Clock
from .clock_shift import ClockShift
from .credentials import Credentials
from .deleted import Deleted
from .delivery import Delivery
from .delivery_attempt import DeliveryAttempt
from .delivery_list import DeliveryList
from .delivery_payload import DeliveryPayload
from .delivery_state import DeliveryState
from .deposit_create import DepositCreate
from .error import Error
from .error_error import ErrorError
from .fault_config import FaultConfig
from .fault_config_update import FaultConfigUpdate
from .ledger_check import LedgerCheck
from .ledger_check_totals import LedgerCheckTotals
from .ledger_check_totals_additional_property import LedgerCheckTotalsAdditionalProperty
from .list_webhook_deliveries_state import ListWebhookDeliveriesState
from .mock_transaction import MockTransaction
from .reset_result import ResetResult
from .settings import Settings
from .settings_update import SettingsUpdate
from .state_snapshot import StateSnapshot
from .state_snapshot_provider import StateSnapshotProvider
from .state_snapshot_settings import StateSnapshotSettings
from .state_snapshot_webhooks import StateSnapshotWebhooks
from .webhook_target import WebhookTarget
from .webhook_target_create import WebhookTargetCreate
from .webhook_target_list import WebhookTargetList
from .withdrawal_advance import WithdrawalAdvance
from .withdrawal_advance_to import WithdrawalAdvanceTo

__all__ = (
    "Clock",
    "ClockShift",
    "Credentials",
    "Deleted",
    "Delivery",
    "DeliveryAttempt",
    "DeliveryList",
    "DeliveryPayload",
    "DeliveryState",
    "DepositCreate",
    "Error",
    "ErrorError",
    "FaultConfig",
    "FaultConfigUpdate",
    "LedgerCheck",
    "LedgerCheckTotals",
    "LedgerCheckTotalsAdditionalProperty",
    "ListWebhookDeliveriesState",
    "MockTransaction",
    "ResetResult",
    "Settings",
    "SettingsUpdate",
    "StateSnapshot",
    "StateSnapshotProvider",
    "StateSnapshotSettings",
    "StateSnapshotWebhooks",
    "WebhookTarget",
    "WebhookTargetCreate",
    "WebhookTargetList",
    "WithdrawalAdvance",
    "WithdrawalAdvanceTo",
)
