"""Contains all the data models used in inputs/outputs"""

from .address_validation import AddressValidation
from .api_status import ApiStatus
from .balance_history_entry import BalanceHistoryEntry
from .balance_statistics import BalanceStatistics
from .configure_webhook_request import ConfigureWebhookRequest
from .create_o_auth_application_request import CreateOAuthApplicationRequest
from .create_o_auth_application_response import CreateOAuthApplicationResponse
from .create_payment_request import CreatePaymentRequest
from .create_wallet_request import CreateWalletRequest
from .create_withdrawal_request import CreateWithdrawalRequest
from .currency_detail import CurrencyDetail
from .currency_list_full import CurrencyListFull
from .currency_list_simple import CurrencyListSimple
from .error_body import ErrorBody
from .error_body_details_type_0 import ErrorBodyDetailsType0
from .error_envelope import ErrorEnvelope
from .estimate_withdrawal_fee_request import EstimateWithdrawalFeeRequest
from .estimate_withdrawal_request import EstimateWithdrawalRequest
from .get_access_token_response import GetAccessTokenResponse
from .get_balance_history_response import GetBalanceHistoryResponse
from .get_balances_response import GetBalancesResponse
from .get_balances_response_account import GetBalancesResponseAccount
from .get_balances_response_sub_accounts import GetBalancesResponseSubAccounts
from .get_payment_status_request import GetPaymentStatusRequest
from .get_rate_response import GetRateResponse
from .get_transfer_history_request import GetTransferHistoryRequest
from .get_transfer_history_response import GetTransferHistoryResponse
from .get_wallet_balances_request import GetWalletBalancesRequest
from .get_wallet_balances_response import GetWalletBalancesResponse
from .get_withdrawal_min_amount_request import GetWithdrawalMinAmountRequest
from .get_withdrawal_status_request import GetWithdrawalStatusRequest
from .list_payments_response import ListPaymentsResponse
from .list_wallets_response import ListWalletsResponse
from .list_withdrawal_currencies_response import ListWithdrawalCurrenciesResponse
from .list_withdrawals_response import ListWithdrawalsResponse
from .list_withdrawals_sort import ListWithdrawalsSort
from .master_currency_balance import MasterCurrencyBalance
from .o_auth_application import OAuthApplication
from .o_auth_application_client_type import OAuthApplicationClientType
from .o_auth_application_page import OAuthApplicationPage
from .o_auth_error import OAuthError
from .o_auth_error_error import OAuthErrorError
from .payment import Payment
from .payment_deposit import PaymentDeposit
from .payment_min_amount import PaymentMinAmount
from .payment_payment_type import PaymentPaymentType
from .payment_status import PaymentStatus
from .platform_fees import PlatformFees
from .platform_fees_fees import PlatformFeesFees
from .sub_account_balance import SubAccountBalance
from .sub_accounts_currency_balance import SubAccountsCurrencyBalance
from .tenant_info import TenantInfo
from .tenant_info_account_type import TenantInfoAccountType
from .tenant_info_api_usage import TenantInfoApiUsage
from .tenant_info_features import TenantInfoFeatures
from .tenant_info_limits import TenantInfoLimits
from .tenant_info_statistics import TenantInfoStatistics
from .tenant_info_status import TenantInfoStatus
from .token_request import TokenRequest
from .transfer import Transfer
from .transfer_accepted import TransferAccepted
from .transfer_account import TransferAccount
from .transfer_pagination import TransferPagination
from .transfer_status import TransferStatus
from .transfer_type import TransferType
from .validate_address_request import ValidateAddressRequest
from .wallet import Wallet
from .wallet_balance import WalletBalance
from .wallet_transfer_request import WalletTransferRequest
from .webhook_deposit_data import WebhookDepositData
from .webhook_event_deposit_received import WebhookEventDepositReceived
from .webhook_event_payment_status_update import WebhookEventPaymentStatusUpdate
from .webhook_event_transfer_status_update import WebhookEventTransferStatusUpdate
from .webhook_event_withdrawal_status_update import WebhookEventWithdrawalStatusUpdate
from .webhook_payment_data import WebhookPaymentData
from .webhook_payment_data_metadata import WebhookPaymentDataMetadata
from .webhook_payment_data_payment_type import WebhookPaymentDataPaymentType
from .webhook_secret_created import WebhookSecretCreated
from .webhook_settings_updated import WebhookSettingsUpdated
from .webhook_transfer_data import WebhookTransferData
from .withdrawal import Withdrawal
from .withdrawal_currency import WithdrawalCurrency
from .withdrawal_estimate import WithdrawalEstimate
from .withdrawal_fee_estimate import WithdrawalFeeEstimate
from .withdrawal_min_amount import WithdrawalMinAmount
from .withdrawal_status import WithdrawalStatus

__all__ = (
    "AddressValidation",
    "ApiStatus",
    "BalanceHistoryEntry",
    "BalanceStatistics",
    "ConfigureWebhookRequest",
    "CreateOAuthApplicationRequest",
    "CreateOAuthApplicationResponse",
    "CreatePaymentRequest",
    "CreateWalletRequest",
    "CreateWithdrawalRequest",
    "CurrencyDetail",
    "CurrencyListFull",
    "CurrencyListSimple",
    "ErrorBody",
    "ErrorBodyDetailsType0",
    "ErrorEnvelope",
    "EstimateWithdrawalFeeRequest",
    "EstimateWithdrawalRequest",
    "GetAccessTokenResponse",
    "GetBalanceHistoryResponse",
    "GetBalancesResponse",
    "GetBalancesResponseAccount",
    "GetBalancesResponseSubAccounts",
    "GetPaymentStatusRequest",
    "GetRateResponse",
    "GetTransferHistoryRequest",
    "GetTransferHistoryResponse",
    "GetWalletBalancesRequest",
    "GetWalletBalancesResponse",
    "GetWithdrawalMinAmountRequest",
    "GetWithdrawalStatusRequest",
    "ListPaymentsResponse",
    "ListWalletsResponse",
    "ListWithdrawalCurrenciesResponse",
    "ListWithdrawalsResponse",
    "ListWithdrawalsSort",
    "MasterCurrencyBalance",
    "OAuthApplication",
    "OAuthApplicationClientType",
    "OAuthApplicationPage",
    "OAuthError",
    "OAuthErrorError",
    "Payment",
    "PaymentDeposit",
    "PaymentMinAmount",
    "PaymentPaymentType",
    "PaymentStatus",
    "PlatformFees",
    "PlatformFeesFees",
    "SubAccountBalance",
    "SubAccountsCurrencyBalance",
    "TenantInfo",
    "TenantInfoAccountType",
    "TenantInfoApiUsage",
    "TenantInfoFeatures",
    "TenantInfoLimits",
    "TenantInfoStatistics",
    "TenantInfoStatus",
    "TokenRequest",
    "Transfer",
    "TransferAccepted",
    "TransferAccount",
    "TransferPagination",
    "TransferStatus",
    "TransferType",
    "ValidateAddressRequest",
    "Wallet",
    "WalletBalance",
    "WalletTransferRequest",
    "WebhookDepositData",
    "WebhookEventDepositReceived",
    "WebhookEventPaymentStatusUpdate",
    "WebhookEventTransferStatusUpdate",
    "WebhookEventWithdrawalStatusUpdate",
    "WebhookPaymentData",
    "WebhookPaymentDataMetadata",
    "WebhookPaymentDataPaymentType",
    "WebhookSecretCreated",
    "WebhookSettingsUpdated",
    "WebhookTransferData",
    "Withdrawal",
    "WithdrawalCurrency",
    "WithdrawalEstimate",
    "WithdrawalFeeEstimate",
    "WithdrawalMinAmount",
    "WithdrawalStatus",
)
