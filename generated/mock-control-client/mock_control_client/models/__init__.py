"""Contains all the data models used in inputs/outputs"""

from .bitunix_accounts import BitunixAccounts
from .bitunix_accounts_futures_item import BitunixAccountsFuturesItem
from .bitunix_accounts_spot_item import BitunixAccountsSpotItem
from .bitunix_deposit import BitunixDeposit
from .bitunix_deposit_advance import BitunixDepositAdvance
from .bitunix_deposit_advance_to import BitunixDepositAdvanceTo
from .bitunix_deposit_create import BitunixDepositCreate
from .bitunix_deposit_create_status import BitunixDepositCreateStatus
from .bitunix_deposit_status import BitunixDepositStatus
from .bitunix_order import BitunixOrder
from .bitunix_order_fill import BitunixOrderFill
from .bitunix_price_result import BitunixPriceResult
from .bitunix_price_update import BitunixPriceUpdate
from .bitunix_quick_address import BitunixQuickAddress
from .bitunix_quick_address_create import BitunixQuickAddressCreate
from .bitunix_quick_address_list import BitunixQuickAddressList
from .bitunix_record_advance import BitunixRecordAdvance
from .bitunix_record_advance_to import BitunixRecordAdvanceTo
from .bitunix_withdraw_transfer import BitunixWithdrawTransfer
from .bitunix_withdraw_transfer_status import BitunixWithdrawTransferStatus
from .clock import Clock
from .clock_shift import ClockShift
from .credentials import Credentials
from .cryptofuse_payment_deposit import CryptofusePaymentDeposit
from .cryptofuse_record import CryptofuseRecord
from .cryptofuse_transfer_settle import CryptofuseTransferSettle
from .cryptofuse_transfer_settle_status import CryptofuseTransferSettleStatus
from .cryptofuse_withdrawal_advance import CryptofuseWithdrawalAdvance
from .cryptofuse_withdrawal_advance_to import CryptofuseWithdrawalAdvanceTo
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
from .request_entry import RequestEntry
from .request_list import RequestList
from .reset_result import ResetResult
from .settings import Settings
from .settings_update import SettingsUpdate
from .state_snapshot import StateSnapshot
from .state_snapshot_provider import StateSnapshotProvider
from .state_snapshot_settings import StateSnapshotSettings
from .tenant import Tenant
from .tenant_create import TenantCreate
from .tenant_deleted import TenantDeleted
from .tenant_list import TenantList
from .tenant_list_tenants_item import TenantListTenantsItem
from .webhook_target import WebhookTarget
from .webhook_target_create import WebhookTargetCreate
from .webhook_target_list import WebhookTargetList
from .withdrawal_advance import WithdrawalAdvance
from .withdrawal_advance_to import WithdrawalAdvanceTo
from .xcurrency_quote_expiry import XcurrencyQuoteExpiry
from .xcurrency_settings import XcurrencySettings
from .xcurrency_settings_update import XcurrencySettingsUpdate
from .xcurrency_topup_order import XcurrencyTopupOrder
from .xcurrency_topup_order_quote_snapshot import XcurrencyTopupOrderQuoteSnapshot
from .xcurrency_topup_order_status import XcurrencyTopupOrderStatus

__all__ = (
    "BitunixAccounts",
    "BitunixAccountsFuturesItem",
    "BitunixAccountsSpotItem",
    "BitunixDeposit",
    "BitunixDepositAdvance",
    "BitunixDepositAdvanceTo",
    "BitunixDepositCreate",
    "BitunixDepositCreateStatus",
    "BitunixDepositStatus",
    "BitunixOrder",
    "BitunixOrderFill",
    "BitunixPriceResult",
    "BitunixPriceUpdate",
    "BitunixQuickAddress",
    "BitunixQuickAddressCreate",
    "BitunixQuickAddressList",
    "BitunixRecordAdvance",
    "BitunixRecordAdvanceTo",
    "BitunixWithdrawTransfer",
    "BitunixWithdrawTransferStatus",
    "Clock",
    "ClockShift",
    "Credentials",
    "CryptofusePaymentDeposit",
    "CryptofuseRecord",
    "CryptofuseTransferSettle",
    "CryptofuseTransferSettleStatus",
    "CryptofuseWithdrawalAdvance",
    "CryptofuseWithdrawalAdvanceTo",
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
    "RequestEntry",
    "RequestList",
    "ResetResult",
    "Settings",
    "SettingsUpdate",
    "StateSnapshot",
    "StateSnapshotProvider",
    "StateSnapshotSettings",
    "Tenant",
    "TenantCreate",
    "TenantDeleted",
    "TenantList",
    "TenantListTenantsItem",
    "WebhookTarget",
    "WebhookTargetCreate",
    "WebhookTargetList",
    "WithdrawalAdvance",
    "WithdrawalAdvanceTo",
    "XcurrencyQuoteExpiry",
    "XcurrencySettings",
    "XcurrencySettingsUpdate",
    "XcurrencyTopupOrder",
    "XcurrencyTopupOrderQuoteSnapshot",
    "XcurrencyTopupOrderStatus",
)
