"""Contains all the data models used in inputs/outputs"""

from .add_whitelist_address_response import AddWhitelistAddressResponse
from .add_whitelist_request import AddWhitelistRequest
from .add_whitelist_request_confirmation import AddWhitelistRequestConfirmation
from .add_whitelist_result import AddWhitelistResult
from .apply_mirror_assets_request import ApplyMirrorAssetsRequest
from .apply_mirror_assets_response import ApplyMirrorAssetsResponse
from .asset import Asset
from .asset_page import AssetPage
from .auto_collection import AutoCollection
from .correspondent_detail import CorrespondentDetail
from .correspondent_detail_request import CorrespondentDetailRequest
from .correspondent_detail_request_confirmation import CorrespondentDetailRequestConfirmation
from .correspondent_type import CorrespondentType
from .counterparty_wallet_type import CounterpartyWalletType
from .country_option import CountryOption
from .create_sub_wallet_request import CreateSubWalletRequest
from .create_sub_wallet_response import CreateSubWalletResponse
from .create_sub_wallet_transfer_request import CreateSubWalletTransferRequest
from .create_sub_wallet_transfer_response import CreateSubWalletTransferResponse
from .create_wallet_request import CreateWalletRequest
from .create_wallet_response import CreateWalletResponse
from .create_withdrawal_request import CreateWithdrawalRequest
from .create_withdrawal_response import CreateWithdrawalResponse
from .create_withdrawal_v1_request import CreateWithdrawalV1Request
from .create_withdrawal_v1_response import CreateWithdrawalV1Response
from .deposit_address import DepositAddress
from .error_envelope import ErrorEnvelope
from .exchange_code import ExchangeCode
from .exchange_transfer import ExchangeTransfer
from .exchange_transfer_direction import ExchangeTransferDirection
from .exchange_transfer_page import ExchangeTransferPage
from .exchange_transfer_result import ExchangeTransferResult
from .get_cosign_wallet_coins_response import GetCosignWalletCoinsResponse
from .get_deposit_address_response import GetDepositAddressResponse
from .get_deposit_detail_response import GetDepositDetailResponse
from .get_deposit_history_response import GetDepositHistoryResponse
from .get_exchange_transfer_detail_response import GetExchangeTransferDetailResponse
from .get_exchange_transfer_history_response import GetExchangeTransferHistoryResponse
from .get_mirror_linked_uids_response import GetMirrorLinkedUidsResponse
from .get_mirror_operation_records_response import GetMirrorOperationRecordsResponse
from .get_mirror_position_summary_response import GetMirrorPositionSummaryResponse
from .get_mirror_positions_response import GetMirrorPositionsResponse
from .get_mirror_x_available_amount_response import GetMirrorXAvailableAmountResponse
from .get_mirror_x_link_ids_response import GetMirrorXLinkIdsResponse
from .get_mirror_x_orders_response import GetMirrorXOrdersResponse
from .get_mirror_x_positions_response import GetMirrorXPositionsResponse
from .get_prime_wallet_coins_response import GetPrimeWalletCoinsResponse
from .get_qualified_wallet_coins_response import GetQualifiedWalletCoinsResponse
from .get_sub_wallet_asset_list_response import GetSubWalletAssetListResponse
from .get_sub_wallet_asset_summary_response import GetSubWalletAssetSummaryResponse
from .get_sub_wallet_deposit_address_list_response import GetSubWalletDepositAddressListResponse
from .get_sub_wallet_deposit_address_response import GetSubWalletDepositAddressResponse
from .get_sub_wallet_deposit_history_by_prime_response import GetSubWalletDepositHistoryByPrimeResponse
from .get_sub_wallet_deposit_history_response import GetSubWalletDepositHistoryResponse
from .get_sub_wallet_list_response import GetSubWalletListResponse
from .get_sub_wallet_list_v1_response import GetSubWalletListV1Response
from .get_sub_wallet_transfer_detail_response import GetSubWalletTransferDetailResponse
from .get_sub_wallet_transfer_history_response import GetSubWalletTransferHistoryResponse
from .get_system_status_response import GetSystemStatusResponse
from .get_transaction_history_response import GetTransactionHistoryResponse
from .get_wallet_asset_list_response import GetWalletAssetListResponse
from .get_wallet_asset_summary_response import GetWalletAssetSummaryResponse
from .get_wallet_list_response import GetWalletListResponse
from .get_whitelist_list_response import GetWhitelistListResponse
from .get_whitelist_options_response import GetWhitelistOptionsResponse
from .get_withdrawal_detail_response import GetWithdrawalDetailResponse
from .get_withdrawal_detail_v1_response import GetWithdrawalDetailV1Response
from .get_withdrawal_fee_response import GetWithdrawalFeeResponse
from .get_withdrawal_history_response import GetWithdrawalHistoryResponse
from .get_withdrawal_history_v1_response import GetWithdrawalHistoryV1Response
from .mirror_apply_result import MirrorApplyResult
from .mirror_link import MirrorLink
from .mirror_link_page import MirrorLinkPage
from .mirror_operation_status import MirrorOperationStatus
from .mirror_operation_type import MirrorOperationType
from .mirror_position import MirrorPosition
from .mirror_position_page import MirrorPositionPage
from .mirror_position_subtotal import MirrorPositionSubtotal
from .mirror_position_summary import MirrorPositionSummary
from .mirror_record import MirrorRecord
from .mirror_record_page import MirrorRecordPage
from .mirror_x_available_amount import MirrorXAvailableAmount
from .mirror_x_link import MirrorXLink
from .mirror_x_link_page import MirrorXLinkPage
from .mirror_x_link_status import MirrorXLinkStatus
from .mirror_x_order import MirrorXOrder
from .mirror_x_order_page import MirrorXOrderPage
from .mirror_x_order_result import MirrorXOrderResult
from .mirror_x_order_status import MirrorXOrderStatus
from .mirror_x_order_type import MirrorXOrderType
from .mirror_x_position import MirrorXPosition
from .mirror_x_position_page import MirrorXPositionPage
from .place_mirror_x_order_request import PlaceMirrorXOrderRequest
from .place_mirror_x_order_response import PlaceMirrorXOrderResponse
from .prime_coin import PrimeCoin
from .prime_coin_network import PrimeCoinNetwork
from .resend_webhook_request import ResendWebhookRequest
from .resend_webhook_request_event_type import ResendWebhookRequestEventType
from .resend_webhook_response import ResendWebhookResponse
from .settle_mirror_assets_request import SettleMirrorAssetsRequest
from .settle_mirror_assets_response import SettleMirrorAssetsResponse
from .sub_wallet import SubWallet
from .sub_wallet_asset_subtotal import SubWalletAssetSubtotal
from .sub_wallet_asset_summary import SubWalletAssetSummary
from .sub_wallet_deposit_address import SubWalletDepositAddress
from .sub_wallet_deposit_address_page import SubWalletDepositAddressPage
from .sub_wallet_info import SubWalletInfo
from .sub_wallet_page import SubWalletPage
from .sub_wallet_transaction import SubWalletTransaction
from .sub_wallet_transaction_page import SubWalletTransactionPage
from .sub_wallet_transfer import SubWalletTransfer
from .sub_wallet_transfer_detail import SubWalletTransferDetail
from .sub_wallet_transfer_direction import SubWalletTransferDirection
from .sub_wallet_transfer_page import SubWalletTransferPage
from .sub_wallet_transfer_result import SubWalletTransferResult
from .sub_wallet_update_result import SubWalletUpdateResult
from .system_state import SystemState
from .system_status import SystemStatus
from .system_status_biz_type import SystemStatusBizType
from .transaction import Transaction
from .transaction_biz_type import TransactionBizType
from .transaction_direction import TransactionDirection
from .transaction_history_page import TransactionHistoryPage
from .transaction_history_record import TransactionHistoryRecord
from .transaction_history_request import TransactionHistoryRequest
from .transaction_page import TransactionPage
from .transaction_status import TransactionStatus
from .transaction_v2 import TransactionV2
from .transaction_v2_page import TransactionV2Page
from .transfer_status import TransferStatus
from .transfer_type import TransferType
from .transfer_with_exchange_request import TransferWithExchangeRequest
from .transfer_with_exchange_response import TransferWithExchangeResponse
from .update_sub_wallet_request import UpdateSubWalletRequest
from .update_sub_wallet_response import UpdateSubWalletResponse
from .update_wallet_request import UpdateWalletRequest
from .update_wallet_response import UpdateWalletResponse
from .vasp_option import VaspOption
from .wallet import Wallet
from .wallet_asset_summary import WalletAssetSummary
from .wallet_coin import WalletCoin
from .wallet_id_page import WalletIdPage
from .wallet_page import WalletPage
from .wallet_type import WalletType
from .wallet_update_result import WalletUpdateResult
from .webhook_event_deposit_failed import WebhookEventDepositFailed
from .webhook_event_deposit_success import WebhookEventDepositSuccess
from .webhook_event_withdrawal_failed import WebhookEventWithdrawalFailed
from .webhook_event_withdrawal_success import WebhookEventWithdrawalSuccess
from .webhook_transaction_data import WebhookTransactionData
from .whitelist_address import WhitelistAddress
from .whitelist_address_page import WhitelistAddressPage
from .whitelist_address_status import WhitelistAddressStatus
from .whitelist_address_type import WhitelistAddressType
from .whitelist_options import WhitelistOptions
from .whitelist_options_options import WhitelistOptionsOptions
from .whitelist_options_options_address_type import WhitelistOptionsOptionsAddressType
from .whitelist_options_options_correspondent_type import WhitelistOptionsOptionsCorrespondentType
from .whitelist_options_options_to_from_type import WhitelistOptionsOptionsToFromType
from .withdrawal_fee import WithdrawalFee
from .withdrawal_result import WithdrawalResult

__all__ = (
    "AddWhitelistAddressResponse",
    "AddWhitelistRequest",
    "AddWhitelistRequestConfirmation",
    "AddWhitelistResult",
    "ApplyMirrorAssetsRequest",
    "ApplyMirrorAssetsResponse",
    "Asset",
    "AssetPage",
    "AutoCollection",
    "CorrespondentDetail",
    "CorrespondentDetailRequest",
    "CorrespondentDetailRequestConfirmation",
    "CorrespondentType",
    "CounterpartyWalletType",
    "CountryOption",
    "CreateSubWalletRequest",
    "CreateSubWalletResponse",
    "CreateSubWalletTransferRequest",
    "CreateSubWalletTransferResponse",
    "CreateWalletRequest",
    "CreateWalletResponse",
    "CreateWithdrawalRequest",
    "CreateWithdrawalResponse",
    "CreateWithdrawalV1Request",
    "CreateWithdrawalV1Response",
    "DepositAddress",
    "ErrorEnvelope",
    "ExchangeCode",
    "ExchangeTransfer",
    "ExchangeTransferDirection",
    "ExchangeTransferPage",
    "ExchangeTransferResult",
    "GetCosignWalletCoinsResponse",
    "GetDepositAddressResponse",
    "GetDepositDetailResponse",
    "GetDepositHistoryResponse",
    "GetExchangeTransferDetailResponse",
    "GetExchangeTransferHistoryResponse",
    "GetMirrorLinkedUidsResponse",
    "GetMirrorOperationRecordsResponse",
    "GetMirrorPositionsResponse",
    "GetMirrorPositionSummaryResponse",
    "GetMirrorXAvailableAmountResponse",
    "GetMirrorXLinkIdsResponse",
    "GetMirrorXOrdersResponse",
    "GetMirrorXPositionsResponse",
    "GetPrimeWalletCoinsResponse",
    "GetQualifiedWalletCoinsResponse",
    "GetSubWalletAssetListResponse",
    "GetSubWalletAssetSummaryResponse",
    "GetSubWalletDepositAddressListResponse",
    "GetSubWalletDepositAddressResponse",
    "GetSubWalletDepositHistoryByPrimeResponse",
    "GetSubWalletDepositHistoryResponse",
    "GetSubWalletListResponse",
    "GetSubWalletListV1Response",
    "GetSubWalletTransferDetailResponse",
    "GetSubWalletTransferHistoryResponse",
    "GetSystemStatusResponse",
    "GetTransactionHistoryResponse",
    "GetWalletAssetListResponse",
    "GetWalletAssetSummaryResponse",
    "GetWalletListResponse",
    "GetWhitelistListResponse",
    "GetWhitelistOptionsResponse",
    "GetWithdrawalDetailResponse",
    "GetWithdrawalDetailV1Response",
    "GetWithdrawalFeeResponse",
    "GetWithdrawalHistoryResponse",
    "GetWithdrawalHistoryV1Response",
    "MirrorApplyResult",
    "MirrorLink",
    "MirrorLinkPage",
    "MirrorOperationStatus",
    "MirrorOperationType",
    "MirrorPosition",
    "MirrorPositionPage",
    "MirrorPositionSubtotal",
    "MirrorPositionSummary",
    "MirrorRecord",
    "MirrorRecordPage",
    "MirrorXAvailableAmount",
    "MirrorXLink",
    "MirrorXLinkPage",
    "MirrorXLinkStatus",
    "MirrorXOrder",
    "MirrorXOrderPage",
    "MirrorXOrderResult",
    "MirrorXOrderStatus",
    "MirrorXOrderType",
    "MirrorXPosition",
    "MirrorXPositionPage",
    "PlaceMirrorXOrderRequest",
    "PlaceMirrorXOrderResponse",
    "PrimeCoin",
    "PrimeCoinNetwork",
    "ResendWebhookRequest",
    "ResendWebhookRequestEventType",
    "ResendWebhookResponse",
    "SettleMirrorAssetsRequest",
    "SettleMirrorAssetsResponse",
    "SubWallet",
    "SubWalletAssetSubtotal",
    "SubWalletAssetSummary",
    "SubWalletDepositAddress",
    "SubWalletDepositAddressPage",
    "SubWalletInfo",
    "SubWalletPage",
    "SubWalletTransaction",
    "SubWalletTransactionPage",
    "SubWalletTransfer",
    "SubWalletTransferDetail",
    "SubWalletTransferDirection",
    "SubWalletTransferPage",
    "SubWalletTransferResult",
    "SubWalletUpdateResult",
    "SystemState",
    "SystemStatus",
    "SystemStatusBizType",
    "Transaction",
    "TransactionBizType",
    "TransactionDirection",
    "TransactionHistoryPage",
    "TransactionHistoryRecord",
    "TransactionHistoryRequest",
    "TransactionPage",
    "TransactionStatus",
    "TransactionV2",
    "TransactionV2Page",
    "TransferStatus",
    "TransferType",
    "TransferWithExchangeRequest",
    "TransferWithExchangeResponse",
    "UpdateSubWalletRequest",
    "UpdateSubWalletResponse",
    "UpdateWalletRequest",
    "UpdateWalletResponse",
    "VaspOption",
    "Wallet",
    "WalletAssetSummary",
    "WalletCoin",
    "WalletIdPage",
    "WalletPage",
    "WalletType",
    "WalletUpdateResult",
    "WebhookEventDepositFailed",
    "WebhookEventDepositSuccess",
    "WebhookEventWithdrawalFailed",
    "WebhookEventWithdrawalSuccess",
    "WebhookTransactionData",
    "WhitelistAddress",
    "WhitelistAddressPage",
    "WhitelistAddressStatus",
    "WhitelistAddressType",
    "WhitelistOptions",
    "WhitelistOptionsOptions",
    "WhitelistOptionsOptionsAddressType",
    "WhitelistOptionsOptionsCorrespondentType",
    "WhitelistOptionsOptionsToFromType",
    "WithdrawalFee",
    "WithdrawalResult",
)
