"""Contains all the data models used in inputs/outputs"""

from .balance import Balance
from .cancel_inside_transfer_request import CancelInsideTransferRequest
from .cancel_inside_transfer_response import CancelInsideTransferResponse
from .cancel_orders_request import CancelOrdersRequest
from .cancel_orders_response import CancelOrdersResponse
from .cancel_orders_response_data_type_0 import CancelOrdersResponseDataType0
from .cancel_withdrawal_request import CancelWithdrawalRequest
from .cancel_withdrawal_response import CancelWithdrawalResponse
from .coin import Coin
from .coin_network import CoinNetwork
from .coin_pair import CoinPair
from .create_funds_transfer_request import CreateFundsTransferRequest
from .create_funds_transfer_request_type import CreateFundsTransferRequestType
from .create_funds_transfer_response import CreateFundsTransferResponse
from .create_inside_transfer_request import CreateInsideTransferRequest
from .create_inside_transfer_response import CreateInsideTransferResponse
from .create_withdrawal_request import CreateWithdrawalRequest
from .create_withdrawal_response import CreateWithdrawalResponse
from .deal import Deal
from .deal_role import DealRole
from .deposit_address import DepositAddress
from .deposit_record import DepositRecord
from .deposit_record_status import DepositRecordStatus
from .deposit_record_type import DepositRecordType
from .depth import Depth
from .depth_level import DepthLevel
from .error_envelope import ErrorEnvelope
from .get_account_response import GetAccountResponse
from .get_deposit_address_request import GetDepositAddressRequest
from .get_deposit_address_response import GetDepositAddressResponse
from .get_depth_response import GetDepthResponse
from .get_kline_history_response import GetKlineHistoryResponse
from .get_kline_response import GetKlineResponse
from .get_last_price_response import GetLastPriceResponse
from .get_order_detail_response import GetOrderDetailResponse
from .get_order_history_request import GetOrderHistoryRequest
from .get_order_history_response import GetOrderHistoryResponse
from .get_user_info_response import GetUserInfoResponse
from .kline import Kline
from .kline_interval import KlineInterval
from .list_coin_networks_response import ListCoinNetworksResponse
from .list_coin_pairs_response import ListCoinPairsResponse
from .list_deposits_request import ListDepositsRequest
from .list_deposits_request_type import ListDepositsRequestType
from .list_deposits_response import ListDepositsResponse
from .list_order_deals_request import ListOrderDealsRequest
from .list_order_deals_response import ListOrderDealsResponse
from .list_pending_orders_request import ListPendingOrdersRequest
from .list_pending_orders_response import ListPendingOrdersResponse
from .list_rates_response import ListRatesResponse
from .list_withdraw_transfers_request import ListWithdrawTransfersRequest
from .list_withdraw_transfers_request_type import ListWithdrawTransfersRequestType
from .list_withdraw_transfers_response import ListWithdrawTransfersResponse
from .order import Order
from .order_page import OrderPage
from .order_ref import OrderRef
from .order_side import OrderSide
from .order_status import OrderStatus
from .order_type import OrderType
from .place_order_batch_request import PlaceOrderBatchRequest
from .place_order_batch_response import PlaceOrderBatchResponse
from .place_order_request import PlaceOrderRequest
from .place_order_response import PlaceOrderResponse
from .placed_order import PlacedOrder
from .rate import Rate
from .recipient_type import RecipientType
from .user_info import UserInfo
from .withdraw_status import WithdrawStatus
from .withdraw_transfer_record import WithdrawTransferRecord
from .withdraw_transfer_record_type import WithdrawTransferRecordType

__all__ = (
    "Balance",
    "CancelInsideTransferRequest",
    "CancelInsideTransferResponse",
    "CancelOrdersRequest",
    "CancelOrdersResponse",
    "CancelOrdersResponseDataType0",
    "CancelWithdrawalRequest",
    "CancelWithdrawalResponse",
    "Coin",
    "CoinNetwork",
    "CoinPair",
    "CreateFundsTransferRequest",
    "CreateFundsTransferRequestType",
    "CreateFundsTransferResponse",
    "CreateInsideTransferRequest",
    "CreateInsideTransferResponse",
    "CreateWithdrawalRequest",
    "CreateWithdrawalResponse",
    "Deal",
    "DealRole",
    "DepositAddress",
    "DepositRecord",
    "DepositRecordStatus",
    "DepositRecordType",
    "Depth",
    "DepthLevel",
    "ErrorEnvelope",
    "GetAccountResponse",
    "GetDepositAddressRequest",
    "GetDepositAddressResponse",
    "GetDepthResponse",
    "GetKlineHistoryResponse",
    "GetKlineResponse",
    "GetLastPriceResponse",
    "GetOrderDetailResponse",
    "GetOrderHistoryRequest",
    "GetOrderHistoryResponse",
    "GetUserInfoResponse",
    "Kline",
    "KlineInterval",
    "ListCoinNetworksResponse",
    "ListCoinPairsResponse",
    "ListDepositsRequest",
    "ListDepositsRequestType",
    "ListDepositsResponse",
    "ListOrderDealsRequest",
    "ListOrderDealsResponse",
    "ListPendingOrdersRequest",
    "ListPendingOrdersResponse",
    "ListRatesResponse",
    "ListWithdrawTransfersRequest",
    "ListWithdrawTransfersRequestType",
    "ListWithdrawTransfersResponse",
    "Order",
    "OrderPage",
    "OrderRef",
    "OrderSide",
    "OrderStatus",
    "OrderType",
    "PlacedOrder",
    "PlaceOrderBatchRequest",
    "PlaceOrderBatchResponse",
    "PlaceOrderRequest",
    "PlaceOrderResponse",
    "Rate",
    "RecipientType",
    "UserInfo",
    "WithdrawStatus",
    "WithdrawTransferRecord",
    "WithdrawTransferRecordType",
)
