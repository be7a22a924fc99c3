"""Contains all the data models used in inputs/outputs"""

from .asset_network import AssetNetwork
from .asset_network_matrix import AssetNetworkMatrix
from .check_sign_request import CheckSignRequest
from .check_sign_response import CheckSignResponse
from .create_customer_request import CreateCustomerRequest
from .create_customer_request_metadata import CreateCustomerRequestMetadata
from .create_customer_response import CreateCustomerResponse
from .create_quote_request import CreateQuoteRequest
from .create_quote_response import CreateQuoteResponse
from .create_topup_order_request import CreateTopupOrderRequest
from .create_topup_order_response import CreateTopupOrderResponse
from .create_wallet_request import CreateWalletRequest
from .create_wallet_response import CreateWalletResponse
from .customer import Customer
from .error_envelope import ErrorEnvelope
from .get_token_request import GetTokenRequest
from .get_token_response import GetTokenResponse
from .get_topup_order_response import GetTopupOrderResponse
from .get_wallet_balance_response import GetWalletBalanceResponse
from .list_asset_networks_response import ListAssetNetworksResponse
from .list_customer_wallets_response import ListCustomerWalletsResponse
from .list_topup_orders_response import ListTopupOrdersResponse
from .list_wallet_transactions_response import ListWalletTransactionsResponse
from .payer import Payer
from .quote import Quote
from .quote_snapshot import QuoteSnapshot
from .sign_check_failure import SignCheckFailure
from .topup_order import TopupOrder
from .topup_order_payment_instructions import TopupOrderPaymentInstructions
from .topup_order_status import TopupOrderStatus
from .topup_order_status_filter import TopupOrderStatusFilter
from .topup_status_event import TopupStatusEvent
from .wallet import Wallet
from .wallet_balance import WalletBalance
from .wallet_page import WalletPage
from .wallet_summary import WalletSummary
from .wallet_transaction import WalletTransaction
from .wallet_transaction_page import WalletTransactionPage
from .wallet_transaction_type import WalletTransactionType
from .webhook_ack import WebhookAck

__all__ = (
    "AssetNetwork",
    "AssetNetworkMatrix",
    "CheckSignRequest",
    "CheckSignResponse",
    "CreateCustomerRequest",
    "CreateCustomerRequestMetadata",
    "CreateCustomerResponse",
    "CreateQuoteRequest",
    "CreateQuoteResponse",
    "CreateTopupOrderRequest",
    "CreateTopupOrderResponse",
    "CreateWalletRequest",
    "CreateWalletResponse",
    "Customer",
    "ErrorEnvelope",
    "GetTokenRequest",
    "GetTokenResponse",
    "GetTopupOrderResponse",
    "GetWalletBalanceResponse",
    "ListAssetNetworksResponse",
    "ListCustomerWalletsResponse",
    "ListTopupOrdersResponse",
    "ListWalletTransactionsResponse",
    "Payer",
    "Quote",
    "QuoteSnapshot",
    "SignCheckFailure",
    "TopupOrder",
    "TopupOrderPaymentInstructions",
    "TopupOrderStatus",
    "TopupOrderStatusFilter",
    "TopupStatusEvent",
    "Wallet",
    "WalletBalance",
    "WalletPage",
    "WalletSummary",
    "WalletTransaction",
    "WalletTransactionPage",
    "WalletTransactionType",
    "WebhookAck",
)
