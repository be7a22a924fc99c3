"""Typed resources over every endpoint, one class per tag (sync and async)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

import attrs

from .._runtime import pagination
from .._runtime.client import APIResponse
from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.add_whitelist_address_response import AddWhitelistAddressResponse
from ..models.add_whitelist_request import AddWhitelistRequest
from ..models.add_whitelist_result import AddWhitelistResult
from ..models.apply_mirror_assets_request import ApplyMirrorAssetsRequest
from ..models.apply_mirror_assets_response import ApplyMirrorAssetsResponse
from ..models.asset import Asset
from ..models.asset_page import AssetPage
from ..models.create_sub_wallet_request import CreateSubWalletRequest
from ..models.create_sub_wallet_response import CreateSubWalletResponse
from ..models.create_sub_wallet_transfer_request import CreateSubWalletTransferRequest
from ..models.create_sub_wallet_transfer_response import CreateSubWalletTransferResponse
from ..models.create_wallet_request import CreateWalletRequest
from ..models.create_wallet_response import CreateWalletResponse
from ..models.create_withdrawal_request import CreateWithdrawalRequest
from ..models.create_withdrawal_response import CreateWithdrawalResponse
from ..models.create_withdrawal_v1_request import CreateWithdrawalV1Request
from ..models.create_withdrawal_v1_response import CreateWithdrawalV1Response
from ..models.deposit_address import DepositAddress
from ..models.error_envelope import ErrorEnvelope
from ..models.exchange_transfer import ExchangeTransfer
from ..models.exchange_transfer_direction import ExchangeTransferDirection
from ..models.exchange_transfer_page import ExchangeTransferPage
from ..models.exchange_transfer_result import ExchangeTransferResult
from ..models.get_cosign_wallet_coins_response import GetCosignWalletCoinsResponse
from ..models.get_deposit_address_response import GetDepositAddressResponse
from ..models.get_deposit_detail_response import GetDepositDetailResponse
from ..models.get_deposit_history_response import GetDepositHistoryResponse
from ..models.get_exchange_transfer_detail_response import GetExchangeTransferDetailResponse
from ..models.get_exchange_transfer_history_response import GetExchangeTransferHistoryResponse
from ..models.get_mirror_linked_uids_response import GetMirrorLinkedUidsResponse
from ..models.get_mirror_operation_records_response import GetMirrorOperationRecordsResponse
from ..models.get_mirror_position_summary_response import GetMirrorPositionSummaryResponse
from ..models.get_mirror_positions_response import GetMirrorPositionsResponse
from ..models.get_mirror_x_available_amount_response import GetMirrorXAvailableAmountResponse
from ..models.get_mirror_x_link_ids_response import GetMirrorXLinkIdsResponse
from ..models.get_mirror_x_orders_response import GetMirrorXOrdersResponse
from ..models.get_mirror_x_positions_response import GetMirrorXPositionsResponse
from ..models.get_prime_wallet_coins_response import GetPrimeWalletCoinsResponse
from ..models.get_qualified_wallet_coins_response import GetQualifiedWalletCoinsResponse
from ..models.get_sub_wallet_asset_list_response import GetSubWalletAssetListResponse
from ..models.get_sub_wallet_asset_summary_response import GetSubWalletAssetSummaryResponse
from ..models.get_sub_wallet_deposit_address_list_response import GetSubWalletDepositAddressListResponse
from ..models.get_sub_wallet_deposit_address_response import GetSubWalletDepositAddressResponse
from ..models.get_sub_wallet_deposit_history_by_prime_response import GetSubWalletDepositHistoryByPrimeResponse
from ..models.get_sub_wallet_deposit_history_response import GetSubWalletDepositHistoryResponse
from ..models.get_sub_wallet_list_response import GetSubWalletListResponse
from ..models.get_sub_wallet_list_v1_response import GetSubWalletListV1Response
from ..models.get_sub_wallet_transfer_detail_response import GetSubWalletTransferDetailResponse
from ..models.get_sub_wallet_transfer_history_response import GetSubWalletTransferHistoryResponse
from ..models.get_system_status_response import GetSystemStatusResponse
from ..models.get_transaction_history_response import GetTransactionHistoryResponse
from ..models.get_wallet_asset_list_response import GetWalletAssetListResponse
from ..models.get_wallet_asset_summary_response import GetWalletAssetSummaryResponse
from ..models.get_wallet_list_response import GetWalletListResponse
from ..models.get_whitelist_list_response import GetWhitelistListResponse
from ..models.get_whitelist_options_response import GetWhitelistOptionsResponse
from ..models.get_withdrawal_detail_response import GetWithdrawalDetailResponse
from ..models.get_withdrawal_detail_v1_response import GetWithdrawalDetailV1Response
from ..models.get_withdrawal_fee_response import GetWithdrawalFeeResponse
from ..models.get_withdrawal_history_response import GetWithdrawalHistoryResponse
from ..models.get_withdrawal_history_v1_response import GetWithdrawalHistoryV1Response
from ..models.mirror_apply_result import MirrorApplyResult
from ..models.mirror_link import MirrorLink
from ..models.mirror_link_page import MirrorLinkPage
from ..models.mirror_operation_status import MirrorOperationStatus
from ..models.mirror_operation_type import MirrorOperationType
from ..models.mirror_position import MirrorPosition
from ..models.mirror_position_page import MirrorPositionPage
from ..models.mirror_position_subtotal import MirrorPositionSubtotal
from ..models.mirror_position_summary import MirrorPositionSummary
from ..models.mirror_record import MirrorRecord
from ..models.mirror_record_page import MirrorRecordPage
from ..models.mirror_x_available_amount import MirrorXAvailableAmount
from ..models.mirror_x_link import MirrorXLink
from ..models.mirror_x_link_page import MirrorXLinkPage
from ..models.mirror_x_order import MirrorXOrder
from ..models.mirror_x_order_page import MirrorXOrderPage
from ..models.mirror_x_order_result import MirrorXOrderResult
from ..models.mirror_x_order_type import MirrorXOrderType
from ..models.mirror_x_position import MirrorXPosition
from ..models.mirror_x_position_page import MirrorXPositionPage
from ..models.place_mirror_x_order_request import PlaceMirrorXOrderRequest
from ..models.place_mirror_x_order_response import PlaceMirrorXOrderResponse
from ..models.prime_coin import PrimeCoin
from ..models.resend_webhook_request import ResendWebhookRequest
from ..models.resend_webhook_response import ResendWebhookResponse
from ..models.settle_mirror_assets_request import SettleMirrorAssetsRequest
from ..models.settle_mirror_assets_response import SettleMirrorAssetsResponse
from ..models.sub_wallet import SubWallet
from ..models.sub_wallet_asset_summary import SubWalletAssetSummary
from ..models.sub_wallet_deposit_address import SubWalletDepositAddress
from ..models.sub_wallet_deposit_address_page import SubWalletDepositAddressPage
from ..models.sub_wallet_info import SubWalletInfo
from ..models.sub_wallet_page import SubWalletPage
from ..models.sub_wallet_transaction import SubWalletTransaction
from ..models.sub_wallet_transaction_page import SubWalletTransactionPage
from ..models.sub_wallet_transfer import SubWalletTransfer
from ..models.sub_wallet_transfer_detail import SubWalletTransferDetail
from ..models.sub_wallet_transfer_direction import SubWalletTransferDirection
from ..models.sub_wallet_transfer_page import SubWalletTransferPage
from ..models.sub_wallet_transfer_result import SubWalletTransferResult
from ..models.sub_wallet_update_result import SubWalletUpdateResult
from ..models.system_status import SystemStatus
from ..models.system_status_biz_type import SystemStatusBizType
from ..models.transaction import Transaction
from ..models.transaction_history_page import TransactionHistoryPage
from ..models.transaction_history_record import TransactionHistoryRecord
from ..models.transaction_history_request import TransactionHistoryRequest
from ..models.transaction_page import TransactionPage
from ..models.transaction_status import TransactionStatus
from ..models.transaction_v2 import TransactionV2
from ..models.transaction_v2_page import TransactionV2Page
from ..models.transfer_status import TransferStatus
from ..models.transfer_with_exchange_request import TransferWithExchangeRequest
from ..models.transfer_with_exchange_response import TransferWithExchangeResponse
from ..models.update_sub_wallet_request import UpdateSubWalletRequest
from ..models.update_sub_wallet_response import UpdateSubWalletResponse
from ..models.update_wallet_request import UpdateWalletRequest
from ..models.update_wallet_response import UpdateWalletResponse
from ..models.wallet import Wallet
from ..models.wallet_asset_summary import WalletAssetSummary
from ..models.wallet_coin import WalletCoin
from ..models.wallet_id_page import WalletIdPage
from ..models.wallet_page import WalletPage
from ..models.wallet_type import WalletType
from ..models.wallet_update_result import WalletUpdateResult
from ..models.whitelist_address import WhitelistAddress
from ..models.whitelist_address_page import WhitelistAddressPage
from ..models.whitelist_address_type import WhitelistAddressType
from ..models.whitelist_options import WhitelistOptions
from ..models.withdrawal_fee import WithdrawalFee
from ..models.withdrawal_result import WithdrawalResult
from ..types import UNSET, Unset
from .archive_mirror import (
    apply_mirror_assets,
    get_mirror_linked_uids,
    get_mirror_operation_records,
    get_mirror_position_summary,
    get_mirror_positions,
    settle_mirror_assets,
)
from .archive_wallet import (
    create_withdrawal_v1,
    get_exchange_transfer_detail,
    get_exchange_transfer_history,
    get_sub_wallet_list_v1,
    get_withdrawal_detail_v1,
    get_withdrawal_history_v1,
    transfer_with_exchange,
)
from .deposits import get_deposit_address, get_deposit_detail, get_deposit_history
from .internal_transfers import (
    create_sub_wallet_transfer,
    get_sub_wallet_transfer_detail,
    get_sub_wallet_transfer_history,
)
from .mirror_x import (
    get_mirror_x_available_amount,
    get_mirror_x_link_ids,
    get_mirror_x_orders,
    get_mirror_x_positions,
    place_mirror_x_order,
)
from .sub_wallet_deposits import (
    get_sub_wallet_deposit_address,
    get_sub_wallet_deposit_address_list,
    get_sub_wallet_deposit_history,
    get_sub_wallet_deposit_history_by_prime,
)
from .sub_wallets import (
    create_sub_wallet,
    get_sub_wallet_asset_list,
    get_sub_wallet_asset_summary,
    get_sub_wallet_list,
    update_sub_wallet,
)
from .supported_assets import get_cosign_wallet_coins, get_prime_wallet_coins, get_qualified_wallet_coins
from .system import get_system_status
from .transactions import get_transaction_history
from .wallets import create_wallet, get_wallet_asset_list, get_wallet_asset_summary, get_wallet_list, update_wallet
from .webhooks import resend_webhook
from .whitelisted_addresses import add_whitelist_address, get_whitelist_list, get_whitelist_options
from .withdrawals import create_withdrawal, get_withdrawal_detail, get_withdrawal_fee, get_withdrawal_history

if TYPE_CHECKING:
    from .._runtime.client import AsyncAPIClient, SyncAPIClient


def _parse_get_system_status(response: Any) -> SystemStatus:
    return GetSystemStatusResponse.from_dict(response).data


def _parse_get_prime_wallet_coins(response: Any) -> list[PrimeCoin]:
    return GetPrimeWalletCoinsResponse.from_dict(response).data


def _parse_get_qualified_wallet_coins(response: Any) -> list[WalletCoin]:
    return GetQualifiedWalletCoinsResponse.from_dict(response).data


def _parse_get_cosign_wallet_coins(response: Any) -> list[WalletCoin]:
    return GetCosignWalletCoinsResponse.from_dict(response).data


def _parse_create_wallet(response: Any) -> Wallet:
    return CreateWalletResponse.from_dict(response).data


def _parse_update_wallet(response: Any) -> WalletUpdateResult:
    return UpdateWalletResponse.from_dict(response).data


def _parse_get_wallet_list(response: Any) -> WalletPage:
    return GetWalletListResponse.from_dict(response).data


def _parse_get_wallet_asset_list(response: Any) -> AssetPage:
    return GetWalletAssetListResponse.from_dict(response).data


def _parse_get_wallet_asset_summary(response: Any) -> WalletAssetSummary:
    return GetWalletAssetSummaryResponse.from_dict(response).data


def _parse_get_deposit_address(response: Any) -> DepositAddress:
    return GetDepositAddressResponse.from_dict(response).data


def _parse_get_deposit_history(response: Any) -> TransactionPage:
    return GetDepositHistoryResponse.from_dict(response).data


def _parse_get_deposit_detail(response: Any) -> list[Transaction] | None:
    return GetDepositDetailResponse.from_dict(response).data


def _parse_create_withdrawal(response: Any) -> WithdrawalResult:
    return CreateWithdrawalResponse.from_dict(response).data


def _parse_get_withdrawal_fee(response: Any) -> WithdrawalFee:
    return GetWithdrawalFeeResponse.from_dict(response).data


def _parse_get_withdrawal_history(response: Any) -> TransactionV2Page:
    return GetWithdrawalHistoryResponse.from_dict(response).data


def _parse_get_withdrawal_detail(response: Any) -> TransactionV2:
    return GetWithdrawalDetailResponse.from_dict(response).data


def _parse_get_whitelist_list(response: Any) -> WhitelistAddressPage:
    return GetWhitelistListResponse.from_dict(response).data


def _parse_get_whitelist_options(response: Any) -> WhitelistOptions:
    return GetWhitelistOptionsResponse.from_dict(response).data


def _parse_add_whitelist_address(response: Any) -> AddWhitelistResult:
    return AddWhitelistAddressResponse.from_dict(response).data


def _parse_get_transaction_history(response: Any) -> TransactionHistoryPage:
    return GetTransactionHistoryResponse.from_dict(response).data


def _parse_create_sub_wallet(response: Any) -> SubWallet:
    return CreateSubWalletResponse.from_dict(response).data


def _parse_update_sub_wallet(response: Any) -> SubWalletUpdateResult:
    return UpdateSubWalletResponse.from_dict(response).data


def _parse_get_sub_wallet_list(response: Any) -> SubWalletPage:
    return GetSubWalletListResponse.from_dict(response).data


def _parse_get_sub_wallet_asset_list(response: Any) -> AssetPage:
    return GetSubWalletAssetListResponse.from_dict(response).data


def _parse_get_sub_wallet_asset_summary(response: Any) -> SubWalletAssetSummary:
    return GetSubWalletAssetSummaryResponse.from_dict(response).data


def _parse_get_sub_wallet_deposit_address(response: Any) -> DepositAddress:
    return GetSubWalletDepositAddressResponse.from_dict(response).data


def _parse_get_sub_wallet_deposit_address_list(response: Any) -> SubWalletDepositAddressPage:
    return GetSubWalletDepositAddressListResponse.from_dict(response).data


def _parse_get_sub_wallet_deposit_history(response: Any) -> TransactionPage:
    return GetSubWalletDepositHistoryResponse.from_dict(response).data


def _parse_get_sub_wallet_deposit_history_by_prime(response: Any) -> SubWalletTransactionPage:
    return GetSubWalletDepositHistoryByPrimeResponse.from_dict(response).data


def _parse_create_sub_wallet_transfer(response: Any) -> SubWalletTransferResult:
    return CreateSubWalletTransferResponse.from_dict(response).data


def _parse_get_sub_wallet_transfer_history(response: Any) -> SubWalletTransferPage:
    return GetSubWalletTransferHistoryResponse.from_dict(response).data


def _parse_get_sub_wallet_transfer_detail(response: Any) -> SubWalletTransferDetail:
    return GetSubWalletTransferDetailResponse.from_dict(response).data


def _parse_get_mirror_x_link_ids(response: Any) -> MirrorXLinkPage:
    return GetMirrorXLinkIdsResponse.from_dict(response).data


def _parse_get_mirror_x_available_amount(response: Any) -> MirrorXAvailableAmount:
    return GetMirrorXAvailableAmountResponse.from_dict(response).data


def _parse_get_mirror_x_positions(response: Any) -> MirrorXPositionPage:
    return GetMirrorXPositionsResponse.from_dict(response).data


def _parse_get_mirror_x_orders(response: Any) -> MirrorXOrderPage:
    return GetMirrorXOrdersResponse.from_dict(response).data


def _parse_place_mirror_x_order(response: Any) -> MirrorXOrderResult:
    return PlaceMirrorXOrderResponse.from_dict(response).data


def _parse_resend_webhook(response: Any) -> bool | None:
    return ResendWebhookResponse.from_dict(response).data


def _parse_get_mirror_linked_uids(response: Any) -> MirrorLinkPage:
    return GetMirrorLinkedUidsResponse.from_dict(response).data


def _parse_apply_mirror_assets(response: Any) -> MirrorApplyResult:
    return ApplyMirrorAssetsResponse.from_dict(response).data


def _parse_settle_mirror_assets(response: Any) -> MirrorApplyResult:
    return SettleMirrorAssetsResponse.from_dict(response).data


def _parse_get_mirror_operation_records(response: Any) -> MirrorRecordPage:
    return GetMirrorOperationRecordsResponse.from_dict(response).data


def _parse_get_mirror_positions(response: Any) -> MirrorPositionPage:
    return GetMirrorPositionsResponse.from_dict(response).data


def _parse_get_mirror_position_summary(response: Any) -> MirrorPositionSummary:
    return GetMirrorPositionSummaryResponse.from_dict(response).data


def _parse_transfer_with_exchange(response: Any) -> ExchangeTransferResult:
    return TransferWithExchangeResponse.from_dict(response).data


def _parse_get_exchange_transfer_history(response: Any) -> ExchangeTransferPage:
    return GetExchangeTransferHistoryResponse.from_dict(response).data


def _parse_get_exchange_transfer_detail(response: Any) -> ExchangeTransfer:
    return GetExchangeTransferDetailResponse.from_dict(response).data


def _parse_create_withdrawal_v1(response: Any) -> WithdrawalResult:
    return CreateWithdrawalV1Response.from_dict(response).data


def _parse_get_withdrawal_history_v1(response: Any) -> TransactionPage:
    return GetWithdrawalHistoryV1Response.from_dict(response).data


def _parse_get_withdrawal_detail_v1(response: Any) -> Transaction:
    return GetWithdrawalDetailV1Response.from_dict(response).data


def _parse_get_sub_wallet_list_v1(response: Any) -> WalletIdPage:
    return GetSubWalletListV1Response.from_dict(response).data


class SystemResource:
    """System: 1 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_system_status(
        self,
        *,
        biz_type: SystemStatusBizType,
        wallet_type: WalletType,
    ) -> SystemStatus:
        """Get System status

        `GET /open-api/v1/system/status`.
        Returns whether a business line (deposit, withdrawal, transfer to Binance) is operating
        normally or under maintenance for a wallet type.

        Args:
            biz_type: Business type: `10` Deposit, `20` Withdrawal, `30` Transfer to Binance exchange. (The
                official Node SDK validates this against a different enum, 10 = Withdrawal / 15 = Deposit; the docs
                win.)
            wallet_type: Wallet type: `10` Qualified Wallet, `20` Prime Wallet.

        """
        kwargs = get_system_status._get_kwargs(
            biz_type=biz_type,
            wallet_type=wallet_type,
        )
        return self._client.call(kwargs, _parse_get_system_status)


class AsyncSystemResource:
    """System: 1 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_system_status(
        self,
        *,
        biz_type: SystemStatusBizType,
        wallet_type: WalletType,
    ) -> SystemStatus:
        """Get System status

        `GET /open-api/v1/system/status`.
        Returns whether a business line (deposit, withdrawal, transfer to Binance) is operating
        normally or under maintenance for a wallet type.

        Args:
            biz_type: Business type: `10` Deposit, `20` Withdrawal, `30` Transfer to Binance exchange. (The
                official Node SDK validates this against a different enum, 10 = Withdrawal / 15 = Deposit; the docs
                win.)
            wallet_type: Wallet type: `10` Qualified Wallet, `20` Prime Wallet.

        """
        kwargs = get_system_status._get_kwargs(
            biz_type=biz_type,
            wallet_type=wallet_type,
        )
        return await self._client.call(kwargs, _parse_get_system_status)


class SystemResourceWithRawResponse:
    """System: 1 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_system_status(
        self,
        *,
        biz_type: SystemStatusBizType,
        wallet_type: WalletType,
    ) -> APIResponse[SystemStatus]:
        """Get System status

        `GET /open-api/v1/system/status`.
        Returns whether a business line (deposit, withdrawal, transfer to Binance) is operating
        normally or under maintenance for a wallet type.

        Args:
            biz_type: Business type: `10` Deposit, `20` Withdrawal, `30` Transfer to Binance exchange. (The
                official Node SDK validates this against a different enum, 10 = Withdrawal / 15 = Deposit; the docs
                win.)
            wallet_type: Wallet type: `10` Qualified Wallet, `20` Prime Wallet.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_system_status._get_kwargs(
            biz_type=biz_type,
            wallet_type=wallet_type,
        )
        return self._client.call_raw(kwargs, _parse_get_system_status)


class AsyncSystemResourceWithRawResponse:
    """System: 1 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_system_status(
        self,
        *,
        biz_type: SystemStatusBizType,
        wallet_type: WalletType,
    ) -> APIResponse[SystemStatus]:
        """Get System status

        `GET /open-api/v1/system/status`.
        Returns whether a business line (deposit, withdrawal, transfer to Binance) is operating
        normally or under maintenance for a wallet type.

        Args:
            biz_type: Business type: `10` Deposit, `20` Withdrawal, `30` Transfer to Binance exchange. (The
                official Node SDK validates this against a different enum, 10 = Withdrawal / 15 = Deposit; the docs
                win.)
            wallet_type: Wallet type: `10` Qualified Wallet, `20` Prime Wallet.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_system_status._get_kwargs(
            biz_type=biz_type,
            wallet_type=wallet_type,
        )
        return await self._client.call_raw(kwargs, _parse_get_system_status)


class SupportedAssetsResource:
    """Supported Assets: 3 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_prime_wallet_coins(
        self,
    ) -> list[PrimeCoin]:
        """Get Prime Wallet supported coins list

        `GET /open-api/v1/wallet/shared/coin`.
        Coins (with their per-network configuration) supported by Prime Wallets. No parameters
        besides `timestamp`.


        """
        kwargs = get_prime_wallet_coins._get_kwargs()
        return self._client.call(kwargs, _parse_get_prime_wallet_coins)

    def get_qualified_wallet_coins(
        self,
    ) -> list[WalletCoin]:
        """Get Qualified Wallet supported coins list

        `GET /open-api/v1/wallet/qualified/coin`.
        Coin/network pairs supported by Qualified Wallets.


        """
        kwargs = get_qualified_wallet_coins._get_kwargs()
        return self._client.call(kwargs, _parse_get_qualified_wallet_coins)

    def get_cosign_wallet_coins(
        self,
    ) -> list[WalletCoin]:
        """Get Cosign Wallet supported coins list

        `GET /open-api/v1/wallet/cosign/coin`.
        Coin/network pairs supported by Cosign Wallets (same shape as the Qualified list).


        """
        kwargs = get_cosign_wallet_coins._get_kwargs()
        return self._client.call(kwargs, _parse_get_cosign_wallet_coins)


class AsyncSupportedAssetsResource:
    """Supported Assets: 3 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_prime_wallet_coins(
        self,
    ) -> list[PrimeCoin]:
        """Get Prime Wallet supported coins list

        `GET /open-api/v1/wallet/shared/coin`.
        Coins (with their per-network configuration) supported by Prime Wallets. No parameters
        besides `timestamp`.


        """
        kwargs = get_prime_wallet_coins._get_kwargs()
        return await self._client.call(kwargs, _parse_get_prime_wallet_coins)

    async def get_qualified_wallet_coins(
        self,
    ) -> list[WalletCoin]:
        """Get Qualified Wallet supported coins list

        `GET /open-api/v1/wallet/qualified/coin`.
        Coin/network pairs supported by Qualified Wallets.


        """
        kwargs = get_qualified_wallet_coins._get_kwargs()
        return await self._client.call(kwargs, _parse_get_qualified_wallet_coins)

    async def get_cosign_wallet_coins(
        self,
    ) -> list[WalletCoin]:
        """Get Cosign Wallet supported coins list

        `GET /open-api/v1/wallet/cosign/coin`.
        Coin/network pairs supported by Cosign Wallets (same shape as the Qualified list).


        """
        kwargs = get_cosign_wallet_coins._get_kwargs()
        return await self._client.call(kwargs, _parse_get_cosign_wallet_coins)


class SupportedAssetsResourceWithRawResponse:
    """Supported Assets: 3 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_prime_wallet_coins(
        self,
    ) -> APIResponse[list[PrimeCoin]]:
        """Get Prime Wallet supported coins list

        `GET /open-api/v1/wallet/shared/coin`.
        Coins (with their per-network configuration) supported by Prime Wallets. No parameters
        besides `timestamp`.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_prime_wallet_coins._get_kwargs()
        return self._client.call_raw(kwargs, _parse_get_prime_wallet_coins)

    def get_qualified_wallet_coins(
        self,
    ) -> APIResponse[list[WalletCoin]]:
        """Get Qualified Wallet supported coins list

        `GET /open-api/v1/wallet/qualified/coin`.
        Coin/network pairs supported by Qualified Wallets.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_qualified_wallet_coins._get_kwargs()
        return self._client.call_raw(kwargs, _parse_get_qualified_wallet_coins)

    def get_cosign_wallet_coins(
        self,
    ) -> APIResponse[list[WalletCoin]]:
        """Get Cosign Wallet supported coins list

        `GET /open-api/v1/wallet/cosign/coin`.
        Coin/network pairs supported by Cosign Wallets (same shape as the Qualified list).



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_cosign_wallet_coins._get_kwargs()
        return self._client.call_raw(kwargs, _parse_get_cosign_wallet_coins)


class AsyncSupportedAssetsResourceWithRawResponse:
    """Supported Assets: 3 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_prime_wallet_coins(
        self,
    ) -> APIResponse[list[PrimeCoin]]:
        """Get Prime Wallet supported coins list

        `GET /open-api/v1/wallet/shared/coin`.
        Coins (with their per-network configuration) supported by Prime Wallets. No parameters
        besides `timestamp`.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_prime_wallet_coins._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_get_prime_wallet_coins)

    async def get_qualified_wallet_coins(
        self,
    ) -> APIResponse[list[WalletCoin]]:
        """Get Qualified Wallet supported coins list

        `GET /open-api/v1/wallet/qualified/coin`.
        Coin/network pairs supported by Qualified Wallets.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_qualified_wallet_coins._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_get_qualified_wallet_coins)

    async def get_cosign_wallet_coins(
        self,
    ) -> APIResponse[list[WalletCoin]]:
        """Get Cosign Wallet supported coins list

        `GET /open-api/v1/wallet/cosign/coin`.
        Coin/network pairs supported by Cosign Wallets (same shape as the Qualified list).



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_cosign_wallet_coins._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_get_cosign_wallet_coins)


class WalletsResource:
    """Wallets: 5 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_wallet(
        self,
        *,
        body: CreateWalletRequest,
    ) -> Wallet:
        """Create Wallet

        `POST /open-api/v1/wallet/create`.
        Creates a parent Qualified Wallet or Prime Wallet. The docs mark `requestId` required (the
        SDK treats it as optional).

        Args:
            body: Create a parent wallet (Qualified or Prime).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                wallet_name: Wallet name (max 20 characters).
                wallet_type: Wallet type to create: `10` Qualified Wallet, `20` Prime Wallet (other types are
                rejected).

        """
        kwargs = create_wallet._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_wallet)

    def update_wallet(
        self,
        *,
        body: UpdateWalletRequest,
    ) -> WalletUpdateResult:
        """Update Wallet Details

        `POST /open-api/v1/wallet/updateWallet`.
        Updates the name of a parent wallet.

        Args:
            body: Rename a parent wallet.
                wallet_id: Wallet to update. Decimal string (send ids as strings: they exceed 2^53).
                wallet_name: Wallet name (max 20 characters).
                request_id (optional): Optional. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.

        """
        kwargs = update_wallet._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_update_wallet)

    def get_wallet_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> WalletPage:
        """Get Wallet List

        `GET /open-api/v1/wallet/list`.
        Lists the parent wallets (Qualified and Prime; sub-wallets are not included). Paginated:
        `pageNo` (from 1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_wallet_list._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_wallet_list)

    def iter_get_wallet_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[Wallet]:
        """Every item of `get_wallet_list`, page after page.
        Args:
            page_limit: Page size, 1-500. Default not documented.

        """

        def fetch(position: int) -> WalletPage:
            return self.get_wallet_list(
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", Wallet)

    def get_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> AssetPage:
        """Get Asset Details

        `GET /open-api/v1/wallet/asset/list`.
        Balances of a parent wallet or sub-wallet. Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Wallet id (parent or sub-wallet). Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`. Not applicable to Prime Wallets.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_wallet_asset_list._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_wallet_asset_list)

    def iter_get_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[Asset]:
        """Every item of `get_wallet_asset_list`, page after page.
        Args:
            wallet_id: Wallet id (parent or sub-wallet). Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`. Not applicable to Prime Wallets.
            page_limit: Page size, 1-500. Default not documented.

        """

        def fetch(position: int) -> AssetPage:
            return self.get_wallet_asset_list(
                wallet_id=wallet_id,
                coin_symbol=coin_symbol,
                network=network,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", Asset)

    def get_wallet_asset_summary(
        self,
        *,
        wallet_id_str: str,
    ) -> WalletAssetSummary:
        """Get Wallet Asset Summary

        `GET /open-api/v1/wallet/asset/summary`.
        Total value of a wallet in BTC and USD.

        Args:
            wallet_id_str: Wallet id. Decimal string.

        """
        kwargs = get_wallet_asset_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return self._client.call(kwargs, _parse_get_wallet_asset_summary)


class AsyncWalletsResource:
    """Wallets: 5 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_wallet(
        self,
        *,
        body: CreateWalletRequest,
    ) -> Wallet:
        """Create Wallet

        `POST /open-api/v1/wallet/create`.
        Creates a parent Qualified Wallet or Prime Wallet. The docs mark `requestId` required (the
        SDK treats it as optional).

        Args:
            body: Create a parent wallet (Qualified or Prime).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                wallet_name: Wallet name (max 20 characters).
                wallet_type: Wallet type to create: `10` Qualified Wallet, `20` Prime Wallet (other types are
                rejected).

        """
        kwargs = create_wallet._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_wallet)

    async def update_wallet(
        self,
        *,
        body: UpdateWalletRequest,
    ) -> WalletUpdateResult:
        """Update Wallet Details

        `POST /open-api/v1/wallet/updateWallet`.
        Updates the name of a parent wallet.

        Args:
            body: Rename a parent wallet.
                wallet_id: Wallet to update. Decimal string (send ids as strings: they exceed 2^53).
                wallet_name: Wallet name (max 20 characters).
                request_id (optional): Optional. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.

        """
        kwargs = update_wallet._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_update_wallet)

    async def get_wallet_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> WalletPage:
        """Get Wallet List

        `GET /open-api/v1/wallet/list`.
        Lists the parent wallets (Qualified and Prime; sub-wallets are not included). Paginated:
        `pageNo` (from 1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_wallet_list._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_wallet_list)

    def iter_get_wallet_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[Wallet]:
        """Every item of `get_wallet_list`, page after page.
        Args:
            page_limit: Page size, 1-500. Default not documented.

        """

        async def fetch(position: int) -> WalletPage:
            return await self.get_wallet_list(
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", Wallet)

    async def get_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> AssetPage:
        """Get Asset Details

        `GET /open-api/v1/wallet/asset/list`.
        Balances of a parent wallet or sub-wallet. Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Wallet id (parent or sub-wallet). Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`. Not applicable to Prime Wallets.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_wallet_asset_list._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_wallet_asset_list)

    def iter_get_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[Asset]:
        """Every item of `get_wallet_asset_list`, page after page.
        Args:
            wallet_id: Wallet id (parent or sub-wallet). Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`. Not applicable to Prime Wallets.
            page_limit: Page size, 1-500. Default not documented.

        """

        async def fetch(position: int) -> AssetPage:
            return await self.get_wallet_asset_list(
                wallet_id=wallet_id,
                coin_symbol=coin_symbol,
                network=network,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", Asset)

    async def get_wallet_asset_summary(
        self,
        *,
        wallet_id_str: str,
    ) -> WalletAssetSummary:
        """Get Wallet Asset Summary

        `GET /open-api/v1/wallet/asset/summary`.
        Total value of a wallet in BTC and USD.

        Args:
            wallet_id_str: Wallet id. Decimal string.

        """
        kwargs = get_wallet_asset_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return await self._client.call(kwargs, _parse_get_wallet_asset_summary)


class WalletsResourceWithRawResponse:
    """Wallets: 5 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_wallet(
        self,
        *,
        body: CreateWalletRequest,
    ) -> APIResponse[Wallet]:
        """Create Wallet

        `POST /open-api/v1/wallet/create`.
        Creates a parent Qualified Wallet or Prime Wallet. The docs mark `requestId` required (the
        SDK treats it as optional).

        Args:
            body: Create a parent wallet (Qualified or Prime).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                wallet_name: Wallet name (max 20 characters).
                wallet_type: Wallet type to create: `10` Qualified Wallet, `20` Prime Wallet (other types are
                rejected).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_wallet._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_wallet)

    def update_wallet(
        self,
        *,
        body: UpdateWalletRequest,
    ) -> APIResponse[WalletUpdateResult]:
        """Update Wallet Details

        `POST /open-api/v1/wallet/updateWallet`.
        Updates the name of a parent wallet.

        Args:
            body: Rename a parent wallet.
                wallet_id: Wallet to update. Decimal string (send ids as strings: they exceed 2^53).
                wallet_name: Wallet name (max 20 characters).
                request_id (optional): Optional. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = update_wallet._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_update_wallet)

    def get_wallet_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[WalletPage]:
        """Get Wallet List

        `GET /open-api/v1/wallet/list`.
        Lists the parent wallets (Qualified and Prime; sub-wallets are not included). Paginated:
        `pageNo` (from 1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_wallet_list._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_wallet_list)

    def get_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[AssetPage]:
        """Get Asset Details

        `GET /open-api/v1/wallet/asset/list`.
        Balances of a parent wallet or sub-wallet. Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Wallet id (parent or sub-wallet). Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`. Not applicable to Prime Wallets.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_wallet_asset_list._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_wallet_asset_list)

    def get_wallet_asset_summary(
        self,
        *,
        wallet_id_str: str,
    ) -> APIResponse[WalletAssetSummary]:
        """Get Wallet Asset Summary

        `GET /open-api/v1/wallet/asset/summary`.
        Total value of a wallet in BTC and USD.

        Args:
            wallet_id_str: Wallet id. Decimal string.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_wallet_asset_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return self._client.call_raw(kwargs, _parse_get_wallet_asset_summary)


class AsyncWalletsResourceWithRawResponse:
    """Wallets: 5 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_wallet(
        self,
        *,
        body: CreateWalletRequest,
    ) -> APIResponse[Wallet]:
        """Create Wallet

        `POST /open-api/v1/wallet/create`.
        Creates a parent Qualified Wallet or Prime Wallet. The docs mark `requestId` required (the
        SDK treats it as optional).

        Args:
            body: Create a parent wallet (Qualified or Prime).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                wallet_name: Wallet name (max 20 characters).
                wallet_type: Wallet type to create: `10` Qualified Wallet, `20` Prime Wallet (other types are
                rejected).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_wallet._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_wallet)

    async def update_wallet(
        self,
        *,
        body: UpdateWalletRequest,
    ) -> APIResponse[WalletUpdateResult]:
        """Update Wallet Details

        `POST /open-api/v1/wallet/updateWallet`.
        Updates the name of a parent wallet.

        Args:
            body: Rename a parent wallet.
                wallet_id: Wallet to update. Decimal string (send ids as strings: they exceed 2^53).
                wallet_name: Wallet name (max 20 characters).
                request_id (optional): Optional. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = update_wallet._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_update_wallet)

    async def get_wallet_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[WalletPage]:
        """Get Wallet List

        `GET /open-api/v1/wallet/list`.
        Lists the parent wallets (Qualified and Prime; sub-wallets are not included). Paginated:
        `pageNo` (from 1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_wallet_list._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_wallet_list)

    async def get_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[AssetPage]:
        """Get Asset Details

        `GET /open-api/v1/wallet/asset/list`.
        Balances of a parent wallet or sub-wallet. Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Wallet id (parent or sub-wallet). Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`. Not applicable to Prime Wallets.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_wallet_asset_list._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_wallet_asset_list)

    async def get_wallet_asset_summary(
        self,
        *,
        wallet_id_str: str,
    ) -> APIResponse[WalletAssetSummary]:
        """Get Wallet Asset Summary

        `GET /open-api/v1/wallet/asset/summary`.
        Total value of a wallet in BTC and USD.

        Args:
            wallet_id_str: Wallet id. Decimal string.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_wallet_asset_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return await self._client.call_raw(kwargs, _parse_get_wallet_asset_summary)


class DepositsResource:
    """Deposits: 3 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_deposit_address(
        self,
        *,
        wallet_id: str,
        network: str,
        coin_symbol: str | Unset = UNSET,
    ) -> DepositAddress:
        """Get Deposit Address

        `GET /open-api/v1/wallet/deposit/address`.
        Deposit address of a parent wallet for a network (and coin, for Prime Wallets).

        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`. Required for Prime Wallets; not used for
                Qualified/Cosign Wallets.

        """
        kwargs = get_deposit_address._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
        )
        return self._client.call(kwargs, _parse_get_deposit_address)

    def get_deposit_history(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> TransactionPage:
        """Get Deposit History

        `GET /open-api/v1/wallet/deposit/history`.
        Deposits of a wallet in a time range. Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_deposit_history._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_deposit_history)

    def iter_get_deposit_history(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[Transaction]:
        """Every item of `get_deposit_history`, page after page.
        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500. Default not documented.

        """

        def fetch(position: int) -> TransactionPage:
            return self.get_deposit_history(
                wallet_id=wallet_id,
                network=network,
                coin_symbol=coin_symbol,
                start_time=start_time,
                end_time=end_time,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", Transaction)

    def get_deposit_detail(
        self,
        *,
        tx_id: str | Unset = UNSET,
        order_view_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        address: str | Unset = UNSET,
    ) -> list[Transaction] | None:
        """Get Deposit Detail

        `GET /open-api/v2/wallet/deposit/detail`.
        Deposit transaction(s) by `txId` or `orderViewId` (one of them is required). Returns an
        **array** (one on-chain transaction can credit several deposits) or null. The official SDK
        types it as a single object; the docs and a community client show an array.

        Args:
            tx_id: On-chain transaction hash. One of `txId` / `orderViewId` is required.
            order_view_id: Ceffu order id. One of `txId` / `orderViewId` is required.
            memo: Memo/tag; only when the network needs one.
            address: Deposit address.

        """
        kwargs = get_deposit_detail._get_kwargs(
            tx_id=tx_id,
            order_view_id=order_view_id,
            memo=memo,
            address=address,
        )
        return self._client.call(kwargs, _parse_get_deposit_detail)


class AsyncDepositsResource:
    """Deposits: 3 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_deposit_address(
        self,
        *,
        wallet_id: str,
        network: str,
        coin_symbol: str | Unset = UNSET,
    ) -> DepositAddress:
        """Get Deposit Address

        `GET /open-api/v1/wallet/deposit/address`.
        Deposit address of a parent wallet for a network (and coin, for Prime Wallets).

        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`. Required for Prime Wallets; not used for
                Qualified/Cosign Wallets.

        """
        kwargs = get_deposit_address._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
        )
        return await self._client.call(kwargs, _parse_get_deposit_address)

    async def get_deposit_history(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> TransactionPage:
        """Get Deposit History

        `GET /open-api/v1/wallet/deposit/history`.
        Deposits of a wallet in a time range. Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_deposit_history._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_deposit_history)

    def iter_get_deposit_history(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[Transaction]:
        """Every item of `get_deposit_history`, page after page.
        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500. Default not documented.

        """

        async def fetch(position: int) -> TransactionPage:
            return await self.get_deposit_history(
                wallet_id=wallet_id,
                network=network,
                coin_symbol=coin_symbol,
                start_time=start_time,
                end_time=end_time,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", Transaction)

    async def get_deposit_detail(
        self,
        *,
        tx_id: str | Unset = UNSET,
        order_view_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        address: str | Unset = UNSET,
    ) -> list[Transaction] | None:
        """Get Deposit Detail

        `GET /open-api/v2/wallet/deposit/detail`.
        Deposit transaction(s) by `txId` or `orderViewId` (one of them is required). Returns an
        **array** (one on-chain transaction can credit several deposits) or null. The official SDK
        types it as a single object; the docs and a community client show an array.

        Args:
            tx_id: On-chain transaction hash. One of `txId` / `orderViewId` is required.
            order_view_id: Ceffu order id. One of `txId` / `orderViewId` is required.
            memo: Memo/tag; only when the network needs one.
            address: Deposit address.

        """
        kwargs = get_deposit_detail._get_kwargs(
            tx_id=tx_id,
            order_view_id=order_view_id,
            memo=memo,
            address=address,
        )
        return await self._client.call(kwargs, _parse_get_deposit_detail)


class DepositsResourceWithRawResponse:
    """Deposits: 3 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_deposit_address(
        self,
        *,
        wallet_id: str,
        network: str,
        coin_symbol: str | Unset = UNSET,
    ) -> APIResponse[DepositAddress]:
        """Get Deposit Address

        `GET /open-api/v1/wallet/deposit/address`.
        Deposit address of a parent wallet for a network (and coin, for Prime Wallets).

        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`. Required for Prime Wallets; not used for
                Qualified/Cosign Wallets.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_deposit_address._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
        )
        return self._client.call_raw(kwargs, _parse_get_deposit_address)

    def get_deposit_history(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[TransactionPage]:
        """Get Deposit History

        `GET /open-api/v1/wallet/deposit/history`.
        Deposits of a wallet in a time range. Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_deposit_history._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_deposit_history)

    def get_deposit_detail(
        self,
        *,
        tx_id: str | Unset = UNSET,
        order_view_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        address: str | Unset = UNSET,
    ) -> APIResponse[list[Transaction] | None]:
        """Get Deposit Detail

        `GET /open-api/v2/wallet/deposit/detail`.
        Deposit transaction(s) by `txId` or `orderViewId` (one of them is required). Returns an
        **array** (one on-chain transaction can credit several deposits) or null. The official SDK
        types it as a single object; the docs and a community client show an array.

        Args:
            tx_id: On-chain transaction hash. One of `txId` / `orderViewId` is required.
            order_view_id: Ceffu order id. One of `txId` / `orderViewId` is required.
            memo: Memo/tag; only when the network needs one.
            address: Deposit address.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_deposit_detail._get_kwargs(
            tx_id=tx_id,
            order_view_id=order_view_id,
            memo=memo,
            address=address,
        )
        return self._client.call_raw(kwargs, _parse_get_deposit_detail)


class AsyncDepositsResourceWithRawResponse:
    """Deposits: 3 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_deposit_address(
        self,
        *,
        wallet_id: str,
        network: str,
        coin_symbol: str | Unset = UNSET,
    ) -> APIResponse[DepositAddress]:
        """Get Deposit Address

        `GET /open-api/v1/wallet/deposit/address`.
        Deposit address of a parent wallet for a network (and coin, for Prime Wallets).

        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`. Required for Prime Wallets; not used for
                Qualified/Cosign Wallets.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_deposit_address._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
        )
        return await self._client.call_raw(kwargs, _parse_get_deposit_address)

    async def get_deposit_history(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[TransactionPage]:
        """Get Deposit History

        `GET /open-api/v1/wallet/deposit/history`.
        Deposits of a wallet in a time range. Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_deposit_history._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_deposit_history)

    async def get_deposit_detail(
        self,
        *,
        tx_id: str | Unset = UNSET,
        order_view_id: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        address: str | Unset = UNSET,
    ) -> APIResponse[list[Transaction] | None]:
        """Get Deposit Detail

        `GET /open-api/v2/wallet/deposit/detail`.
        Deposit transaction(s) by `txId` or `orderViewId` (one of them is required). Returns an
        **array** (one on-chain transaction can credit several deposits) or null. The official SDK
        types it as a single object; the docs and a community client show an array.

        Args:
            tx_id: On-chain transaction hash. One of `txId` / `orderViewId` is required.
            order_view_id: Ceffu order id. One of `txId` / `orderViewId` is required.
            memo: Memo/tag; only when the network needs one.
            address: Deposit address.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_deposit_detail._get_kwargs(
            tx_id=tx_id,
            order_view_id=order_view_id,
            memo=memo,
            address=address,
        )
        return await self._client.call_raw(kwargs, _parse_get_deposit_detail)


class WithdrawalsResource:
    """Withdrawals: 4 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_withdrawal(
        self,
        *,
        body: CreateWithdrawalRequest,
    ) -> WithdrawalResult:
        """Withdrawal

        `POST /open-api/v2/wallet/withdrawal`.
        Withdraws from a parent Qualified Wallet, Cosign Wallet or parent Prime Wallet to a
        whitelisted address or to another Ceffu wallet (`toWalletIdStr`). `amount` is what the
        receiver gets (v2). Send exactly one of `withdrawalAddress` / `toWalletIdStr`.

        Args:
            body: Withdrawal (v2).
                wallet_id: Source wallet (parent Qualified, Cosign or Prime Wallet; sub-wallets cannot withdraw
                - `G20017`). Decimal string (send ids as strings: they exceed 2^53).
                coin_symbol: Coin symbol, e.g. `USDT`.
                network: Network symbol, e.g. `ETH`.
                amount: Amount to withdraw. v2: the amount the receiver gets (network fee excluded).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                withdrawal_address (optional): Destination address (must be whitelisted). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`.
                to_wallet_id_str (optional): Destination Ceffu wallet (whitelist check bypassed). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`. Decimal string (send ids as strings: they exceed 2^53).
                memo (optional): Memo/tag, when the network needs one. `null` is accepted as not sent
                (x-inferred: the docs' records show `memo` as null when there is none).
                customize_fee_amount (optional): Custom network fee (Qualified/Cosign wallets; ETH, BTC, XRP,
                TRON networks).

        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_withdrawal)

    def get_withdrawal_fee(
        self,
        *,
        wallet_id: str,
        coin_symbol: str,
        network: str,
        amount: Decimal | Unset = UNSET,
        to_wallet_id_str: str | Unset = UNSET,
    ) -> WithdrawalFee:
        """Get Withdrawal Fee (estimated)

        `GET /open-api/v1/wallet/withdrawal/fee`.
        Estimated network fee of a withdrawal.

        Args:
            wallet_id: Source wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            amount: Amount to withdraw (decimal string).
            to_wallet_id_str: Destination Ceffu wallet, for internal withdrawals. Decimal string.

        """
        kwargs = get_withdrawal_fee._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            amount=amount,
            to_wallet_id_str=to_wallet_id_str,
        )
        return self._client.call(kwargs, _parse_get_withdrawal_fee)

    def get_withdrawal_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: TransactionStatus | Unset = UNSET,
    ) -> TransactionV2Page:
        """Get Withdrawal History

        `GET /open-api/v2/wallet/withdrawal/history`.
        Withdrawals of a wallet in a time range (v2 shape). Amount includes the fee when the fee
        is paid in the same coin. The docs mark `pageLimit`/`pageNo` required here (Postman/SDK
        treat them as optional). Paginated: `pageNo` (from 1) and `pageLimit` (1-500); iterate
        while `pageNo < totalPage`.

        Args:
            wallet_id: Wallet id. Decimal string.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            status: Filter by status. Transaction status: `10` Pending, `20` Processing, `30` Send success, `40`
                Confirmed, `99` Failed.

        """
        kwargs = get_withdrawal_history._get_kwargs(
            wallet_id=wallet_id,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
            network=network,
            coin_symbol=coin_symbol,
            status=status,
        )
        return self._client.call(kwargs, _parse_get_withdrawal_history)

    def iter_get_withdrawal_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: TransactionStatus | Unset = UNSET,
    ) -> Iterator[TransactionV2]:
        """Every item of `get_withdrawal_history`, page after page.
        Args:
            wallet_id: Wallet id. Decimal string.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            status: Filter by status. Transaction status: `10` Pending, `20` Processing, `30` Send success, `40`
                Confirmed, `99` Failed.

        """

        def fetch(position: int) -> TransactionV2Page:
            return self.get_withdrawal_history(
                wallet_id=wallet_id,
                start_time=start_time,
                end_time=end_time,
                page_limit=page_limit,
                page_no=position,
                network=network,
                coin_symbol=coin_symbol,
                status=status,
            )

        return pagination.iterate_pages(fetch, "data", TransactionV2)

    def get_withdrawal_detail(
        self,
        *,
        order_view_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
    ) -> TransactionV2:
        """Get Withdrawal Details

        `GET /open-api/v2/wallet/withdrawal/detail`.
        One withdrawal by `orderViewId` or `requestId` (one of them is required).

        Args:
            order_view_id: Ceffu order id. One of `orderViewId` / `requestId` is required.
            request_id: Client `requestId` of the withdrawal. One of `orderViewId` / `requestId` is required.

        """
        kwargs = get_withdrawal_detail._get_kwargs(
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return self._client.call(kwargs, _parse_get_withdrawal_detail)


class AsyncWithdrawalsResource:
    """Withdrawals: 4 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_withdrawal(
        self,
        *,
        body: CreateWithdrawalRequest,
    ) -> WithdrawalResult:
        """Withdrawal

        `POST /open-api/v2/wallet/withdrawal`.
        Withdraws from a parent Qualified Wallet, Cosign Wallet or parent Prime Wallet to a
        whitelisted address or to another Ceffu wallet (`toWalletIdStr`). `amount` is what the
        receiver gets (v2). Send exactly one of `withdrawalAddress` / `toWalletIdStr`.

        Args:
            body: Withdrawal (v2).
                wallet_id: Source wallet (parent Qualified, Cosign or Prime Wallet; sub-wallets cannot withdraw
                - `G20017`). Decimal string (send ids as strings: they exceed 2^53).
                coin_symbol: Coin symbol, e.g. `USDT`.
                network: Network symbol, e.g. `ETH`.
                amount: Amount to withdraw. v2: the amount the receiver gets (network fee excluded).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                withdrawal_address (optional): Destination address (must be whitelisted). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`.
                to_wallet_id_str (optional): Destination Ceffu wallet (whitelist check bypassed). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`. Decimal string (send ids as strings: they exceed 2^53).
                memo (optional): Memo/tag, when the network needs one. `null` is accepted as not sent
                (x-inferred: the docs' records show `memo` as null when there is none).
                customize_fee_amount (optional): Custom network fee (Qualified/Cosign wallets; ETH, BTC, XRP,
                TRON networks).

        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_withdrawal)

    async def get_withdrawal_fee(
        self,
        *,
        wallet_id: str,
        coin_symbol: str,
        network: str,
        amount: Decimal | Unset = UNSET,
        to_wallet_id_str: str | Unset = UNSET,
    ) -> WithdrawalFee:
        """Get Withdrawal Fee (estimated)

        `GET /open-api/v1/wallet/withdrawal/fee`.
        Estimated network fee of a withdrawal.

        Args:
            wallet_id: Source wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            amount: Amount to withdraw (decimal string).
            to_wallet_id_str: Destination Ceffu wallet, for internal withdrawals. Decimal string.

        """
        kwargs = get_withdrawal_fee._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            amount=amount,
            to_wallet_id_str=to_wallet_id_str,
        )
        return await self._client.call(kwargs, _parse_get_withdrawal_fee)

    async def get_withdrawal_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: TransactionStatus | Unset = UNSET,
    ) -> TransactionV2Page:
        """Get Withdrawal History

        `GET /open-api/v2/wallet/withdrawal/history`.
        Withdrawals of a wallet in a time range (v2 shape). Amount includes the fee when the fee
        is paid in the same coin. The docs mark `pageLimit`/`pageNo` required here (Postman/SDK
        treat them as optional). Paginated: `pageNo` (from 1) and `pageLimit` (1-500); iterate
        while `pageNo < totalPage`.

        Args:
            wallet_id: Wallet id. Decimal string.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            status: Filter by status. Transaction status: `10` Pending, `20` Processing, `30` Send success, `40`
                Confirmed, `99` Failed.

        """
        kwargs = get_withdrawal_history._get_kwargs(
            wallet_id=wallet_id,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
            network=network,
            coin_symbol=coin_symbol,
            status=status,
        )
        return await self._client.call(kwargs, _parse_get_withdrawal_history)

    def iter_get_withdrawal_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: TransactionStatus | Unset = UNSET,
    ) -> AsyncIterator[TransactionV2]:
        """Every item of `get_withdrawal_history`, page after page.
        Args:
            wallet_id: Wallet id. Decimal string.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            status: Filter by status. Transaction status: `10` Pending, `20` Processing, `30` Send success, `40`
                Confirmed, `99` Failed.

        """

        async def fetch(position: int) -> TransactionV2Page:
            return await self.get_withdrawal_history(
                wallet_id=wallet_id,
                start_time=start_time,
                end_time=end_time,
                page_limit=page_limit,
                page_no=position,
                network=network,
                coin_symbol=coin_symbol,
                status=status,
            )

        return pagination.aiterate_pages(fetch, "data", TransactionV2)

    async def get_withdrawal_detail(
        self,
        *,
        order_view_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
    ) -> TransactionV2:
        """Get Withdrawal Details

        `GET /open-api/v2/wallet/withdrawal/detail`.
        One withdrawal by `orderViewId` or `requestId` (one of them is required).

        Args:
            order_view_id: Ceffu order id. One of `orderViewId` / `requestId` is required.
            request_id: Client `requestId` of the withdrawal. One of `orderViewId` / `requestId` is required.

        """
        kwargs = get_withdrawal_detail._get_kwargs(
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return await self._client.call(kwargs, _parse_get_withdrawal_detail)


class WithdrawalsResourceWithRawResponse:
    """Withdrawals: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_withdrawal(
        self,
        *,
        body: CreateWithdrawalRequest,
    ) -> APIResponse[WithdrawalResult]:
        """Withdrawal

        `POST /open-api/v2/wallet/withdrawal`.
        Withdraws from a parent Qualified Wallet, Cosign Wallet or parent Prime Wallet to a
        whitelisted address or to another Ceffu wallet (`toWalletIdStr`). `amount` is what the
        receiver gets (v2). Send exactly one of `withdrawalAddress` / `toWalletIdStr`.

        Args:
            body: Withdrawal (v2).
                wallet_id: Source wallet (parent Qualified, Cosign or Prime Wallet; sub-wallets cannot withdraw
                - `G20017`). Decimal string (send ids as strings: they exceed 2^53).
                coin_symbol: Coin symbol, e.g. `USDT`.
                network: Network symbol, e.g. `ETH`.
                amount: Amount to withdraw. v2: the amount the receiver gets (network fee excluded).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                withdrawal_address (optional): Destination address (must be whitelisted). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`.
                to_wallet_id_str (optional): Destination Ceffu wallet (whitelist check bypassed). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`. Decimal string (send ids as strings: they exceed 2^53).
                memo (optional): Memo/tag, when the network needs one. `null` is accepted as not sent
                (x-inferred: the docs' records show `memo` as null when there is none).
                customize_fee_amount (optional): Custom network fee (Qualified/Cosign wallets; ETH, BTC, XRP,
                TRON networks).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_withdrawal)

    def get_withdrawal_fee(
        self,
        *,
        wallet_id: str,
        coin_symbol: str,
        network: str,
        amount: Decimal | Unset = UNSET,
        to_wallet_id_str: str | Unset = UNSET,
    ) -> APIResponse[WithdrawalFee]:
        """Get Withdrawal Fee (estimated)

        `GET /open-api/v1/wallet/withdrawal/fee`.
        Estimated network fee of a withdrawal.

        Args:
            wallet_id: Source wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            amount: Amount to withdraw (decimal string).
            to_wallet_id_str: Destination Ceffu wallet, for internal withdrawals. Decimal string.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal_fee._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            amount=amount,
            to_wallet_id_str=to_wallet_id_str,
        )
        return self._client.call_raw(kwargs, _parse_get_withdrawal_fee)

    def get_withdrawal_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: TransactionStatus | Unset = UNSET,
    ) -> APIResponse[TransactionV2Page]:
        """Get Withdrawal History

        `GET /open-api/v2/wallet/withdrawal/history`.
        Withdrawals of a wallet in a time range (v2 shape). Amount includes the fee when the fee
        is paid in the same coin. The docs mark `pageLimit`/`pageNo` required here (Postman/SDK
        treat them as optional). Paginated: `pageNo` (from 1) and `pageLimit` (1-500); iterate
        while `pageNo < totalPage`.

        Args:
            wallet_id: Wallet id. Decimal string.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            status: Filter by status. Transaction status: `10` Pending, `20` Processing, `30` Send success, `40`
                Confirmed, `99` Failed.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal_history._get_kwargs(
            wallet_id=wallet_id,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
            network=network,
            coin_symbol=coin_symbol,
            status=status,
        )
        return self._client.call_raw(kwargs, _parse_get_withdrawal_history)

    def get_withdrawal_detail(
        self,
        *,
        order_view_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
    ) -> APIResponse[TransactionV2]:
        """Get Withdrawal Details

        `GET /open-api/v2/wallet/withdrawal/detail`.
        One withdrawal by `orderViewId` or `requestId` (one of them is required).

        Args:
            order_view_id: Ceffu order id. One of `orderViewId` / `requestId` is required.
            request_id: Client `requestId` of the withdrawal. One of `orderViewId` / `requestId` is required.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal_detail._get_kwargs(
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return self._client.call_raw(kwargs, _parse_get_withdrawal_detail)


class AsyncWithdrawalsResourceWithRawResponse:
    """Withdrawals: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_withdrawal(
        self,
        *,
        body: CreateWithdrawalRequest,
    ) -> APIResponse[WithdrawalResult]:
        """Withdrawal

        `POST /open-api/v2/wallet/withdrawal`.
        Withdraws from a parent Qualified Wallet, Cosign Wallet or parent Prime Wallet to a
        whitelisted address or to another Ceffu wallet (`toWalletIdStr`). `amount` is what the
        receiver gets (v2). Send exactly one of `withdrawalAddress` / `toWalletIdStr`.

        Args:
            body: Withdrawal (v2).
                wallet_id: Source wallet (parent Qualified, Cosign or Prime Wallet; sub-wallets cannot withdraw
                - `G20017`). Decimal string (send ids as strings: they exceed 2^53).
                coin_symbol: Coin symbol, e.g. `USDT`.
                network: Network symbol, e.g. `ETH`.
                amount: Amount to withdraw. v2: the amount the receiver gets (network fee excluded).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                withdrawal_address (optional): Destination address (must be whitelisted). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`.
                to_wallet_id_str (optional): Destination Ceffu wallet (whitelist check bypassed). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`. Decimal string (send ids as strings: they exceed 2^53).
                memo (optional): Memo/tag, when the network needs one. `null` is accepted as not sent
                (x-inferred: the docs' records show `memo` as null when there is none).
                customize_fee_amount (optional): Custom network fee (Qualified/Cosign wallets; ETH, BTC, XRP,
                TRON networks).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_withdrawal)

    async def get_withdrawal_fee(
        self,
        *,
        wallet_id: str,
        coin_symbol: str,
        network: str,
        amount: Decimal | Unset = UNSET,
        to_wallet_id_str: str | Unset = UNSET,
    ) -> APIResponse[WithdrawalFee]:
        """Get Withdrawal Fee (estimated)

        `GET /open-api/v1/wallet/withdrawal/fee`.
        Estimated network fee of a withdrawal.

        Args:
            wallet_id: Source wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            amount: Amount to withdraw (decimal string).
            to_wallet_id_str: Destination Ceffu wallet, for internal withdrawals. Decimal string.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal_fee._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            amount=amount,
            to_wallet_id_str=to_wallet_id_str,
        )
        return await self._client.call_raw(kwargs, _parse_get_withdrawal_fee)

    async def get_withdrawal_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: TransactionStatus | Unset = UNSET,
    ) -> APIResponse[TransactionV2Page]:
        """Get Withdrawal History

        `GET /open-api/v2/wallet/withdrawal/history`.
        Withdrawals of a wallet in a time range (v2 shape). Amount includes the fee when the fee
        is paid in the same coin. The docs mark `pageLimit`/`pageNo` required here (Postman/SDK
        treat them as optional). Paginated: `pageNo` (from 1) and `pageLimit` (1-500); iterate
        while `pageNo < totalPage`.

        Args:
            wallet_id: Wallet id. Decimal string.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            status: Filter by status. Transaction status: `10` Pending, `20` Processing, `30` Send success, `40`
                Confirmed, `99` Failed.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal_history._get_kwargs(
            wallet_id=wallet_id,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
            network=network,
            coin_symbol=coin_symbol,
            status=status,
        )
        return await self._client.call_raw(kwargs, _parse_get_withdrawal_history)

    async def get_withdrawal_detail(
        self,
        *,
        order_view_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
    ) -> APIResponse[TransactionV2]:
        """Get Withdrawal Details

        `GET /open-api/v2/wallet/withdrawal/detail`.
        One withdrawal by `orderViewId` or `requestId` (one of them is required).

        Args:
            order_view_id: Ceffu order id. One of `orderViewId` / `requestId` is required.
            request_id: Client `requestId` of the withdrawal. One of `orderViewId` / `requestId` is required.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal_detail._get_kwargs(
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return await self._client.call_raw(kwargs, _parse_get_withdrawal_detail)


class WhitelistedAddressesResource:
    """Whitelisted Addresses: 3 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_whitelist_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
        address_type: WhitelistAddressType | Unset = UNSET,
        address: str | Unset = UNSET,
        label: str | Unset = UNSET,
        symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        whitelist_id: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
    ) -> WhitelistAddressPage:
        """Get Whitelisted Address List

        `GET /open-api/v1/wallet/pageWhitelist`.
        Whitelisted withdrawal addresses; all filters optional. Paginated: `pageNo` (from 1) and
        `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).
            address_type: Whitelist address type: `1` standard address, `2` universal address.
            address: Address.
            label: Label.
            symbol: Coin symbol.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            memo: Memo/tag.
            whitelist_id: Whitelist entry id.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).

        """
        kwargs = get_whitelist_list._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
            address_type=address_type,
            address=address,
            label=label,
            symbol=symbol,
            network=network,
            memo=memo,
            whitelist_id=whitelist_id,
            start_time=start_time,
            end_time=end_time,
        )
        return self._client.call(kwargs, _parse_get_whitelist_list)

    def iter_get_whitelist_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
        address_type: WhitelistAddressType | Unset = UNSET,
        address: str | Unset = UNSET,
        label: str | Unset = UNSET,
        symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        whitelist_id: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
    ) -> Iterator[WhitelistAddress]:
        """Every item of `get_whitelist_list`, page after page.
        Args:
            page_limit: Page size, 1-500. Default not documented.
            address_type: Whitelist address type: `1` standard address, `2` universal address.
            address: Address.
            label: Label.
            symbol: Coin symbol.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            memo: Memo/tag.
            whitelist_id: Whitelist entry id.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).

        """

        def fetch(position: int) -> WhitelistAddressPage:
            return self.get_whitelist_list(
                page_limit=page_limit,
                page_no=position,
                address_type=address_type,
                address=address,
                label=label,
                symbol=symbol,
                network=network,
                memo=memo,
                whitelist_id=whitelist_id,
                start_time=start_time,
                end_time=end_time,
            )

        return pagination.iterate_pages(fetch, "data", WhitelistAddress)

    def get_whitelist_options(
        self,
    ) -> WhitelistOptions:
        """Get Correspondent's Options

        `GET /open-api/v1/wallet/whitelist/options`.
        Allowed values for the travel-rule fields of Add/Edit Whitelisted Address.


        """
        kwargs = get_whitelist_options._get_kwargs()
        return self._client.call(kwargs, _parse_get_whitelist_options)

    def add_whitelist_address(
        self,
        *,
        body: AddWhitelistRequest,
    ) -> AddWhitelistResult:
        """Add/Edit Whitelisted Address

        `POST /open-api/v1/wallet/addWhitelist`.
        Adds a whitelisted withdrawal address, or edits one when `whitelistId` is sent (the docs
        mark `whitelistId` required, but it is only meaningful for edits). `confirmation` is
        accepted at top level (docs) and inside `correspondentDetail` (SDK).

        Args:
            body: Add (or, with `whitelistId`, edit) a whitelisted address.
                address_type: Whitelist address type: `1` standard address, `2` universal address.
                address: Address.
                label: Label.
                symbol: Coin symbol.
                network: Network symbol.
                whitelist_id (optional): Only when editing an existing entry.
                memo (optional): Memo/tag. `null` is accepted as not sent (x-inferred: the docs' records show
                `memo` as null when there is none).
                correspondent_detail (optional): Travel-rule details of the counterparty (values from the
                options endpoint).
                confirmation (optional): Counterparty-not-sanctioned confirmation (top level per the docs
                example).

        """
        kwargs = add_whitelist_address._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_add_whitelist_address)


class AsyncWhitelistedAddressesResource:
    """Whitelisted Addresses: 3 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_whitelist_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
        address_type: WhitelistAddressType | Unset = UNSET,
        address: str | Unset = UNSET,
        label: str | Unset = UNSET,
        symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        whitelist_id: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
    ) -> WhitelistAddressPage:
        """Get Whitelisted Address List

        `GET /open-api/v1/wallet/pageWhitelist`.
        Whitelisted withdrawal addresses; all filters optional. Paginated: `pageNo` (from 1) and
        `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).
            address_type: Whitelist address type: `1` standard address, `2` universal address.
            address: Address.
            label: Label.
            symbol: Coin symbol.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            memo: Memo/tag.
            whitelist_id: Whitelist entry id.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).

        """
        kwargs = get_whitelist_list._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
            address_type=address_type,
            address=address,
            label=label,
            symbol=symbol,
            network=network,
            memo=memo,
            whitelist_id=whitelist_id,
            start_time=start_time,
            end_time=end_time,
        )
        return await self._client.call(kwargs, _parse_get_whitelist_list)

    def iter_get_whitelist_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
        address_type: WhitelistAddressType | Unset = UNSET,
        address: str | Unset = UNSET,
        label: str | Unset = UNSET,
        symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        whitelist_id: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
    ) -> AsyncIterator[WhitelistAddress]:
        """Every item of `get_whitelist_list`, page after page.
        Args:
            page_limit: Page size, 1-500. Default not documented.
            address_type: Whitelist address type: `1` standard address, `2` universal address.
            address: Address.
            label: Label.
            symbol: Coin symbol.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            memo: Memo/tag.
            whitelist_id: Whitelist entry id.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).

        """

        async def fetch(position: int) -> WhitelistAddressPage:
            return await self.get_whitelist_list(
                page_limit=page_limit,
                page_no=position,
                address_type=address_type,
                address=address,
                label=label,
                symbol=symbol,
                network=network,
                memo=memo,
                whitelist_id=whitelist_id,
                start_time=start_time,
                end_time=end_time,
            )

        return pagination.aiterate_pages(fetch, "data", WhitelistAddress)

    async def get_whitelist_options(
        self,
    ) -> WhitelistOptions:
        """Get Correspondent's Options

        `GET /open-api/v1/wallet/whitelist/options`.
        Allowed values for the travel-rule fields of Add/Edit Whitelisted Address.


        """
        kwargs = get_whitelist_options._get_kwargs()
        return await self._client.call(kwargs, _parse_get_whitelist_options)

    async def add_whitelist_address(
        self,
        *,
        body: AddWhitelistRequest,
    ) -> AddWhitelistResult:
        """Add/Edit Whitelisted Address

        `POST /open-api/v1/wallet/addWhitelist`.
        Adds a whitelisted withdrawal address, or edits one when `whitelistId` is sent (the docs
        mark `whitelistId` required, but it is only meaningful for edits). `confirmation` is
        accepted at top level (docs) and inside `correspondentDetail` (SDK).

        Args:
            body: Add (or, with `whitelistId`, edit) a whitelisted address.
                address_type: Whitelist address type: `1` standard address, `2` universal address.
                address: Address.
                label: Label.
                symbol: Coin symbol.
                network: Network symbol.
                whitelist_id (optional): Only when editing an existing entry.
                memo (optional): Memo/tag. `null` is accepted as not sent (x-inferred: the docs' records show
                `memo` as null when there is none).
                correspondent_detail (optional): Travel-rule details of the counterparty (values from the
                options endpoint).
                confirmation (optional): Counterparty-not-sanctioned confirmation (top level per the docs
                example).

        """
        kwargs = add_whitelist_address._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_add_whitelist_address)


class WhitelistedAddressesResourceWithRawResponse:
    """Whitelisted Addresses: 3 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_whitelist_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
        address_type: WhitelistAddressType | Unset = UNSET,
        address: str | Unset = UNSET,
        label: str | Unset = UNSET,
        symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        whitelist_id: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
    ) -> APIResponse[WhitelistAddressPage]:
        """Get Whitelisted Address List

        `GET /open-api/v1/wallet/pageWhitelist`.
        Whitelisted withdrawal addresses; all filters optional. Paginated: `pageNo` (from 1) and
        `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).
            address_type: Whitelist address type: `1` standard address, `2` universal address.
            address: Address.
            label: Label.
            symbol: Coin symbol.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            memo: Memo/tag.
            whitelist_id: Whitelist entry id.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_whitelist_list._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
            address_type=address_type,
            address=address,
            label=label,
            symbol=symbol,
            network=network,
            memo=memo,
            whitelist_id=whitelist_id,
            start_time=start_time,
            end_time=end_time,
        )
        return self._client.call_raw(kwargs, _parse_get_whitelist_list)

    def get_whitelist_options(
        self,
    ) -> APIResponse[WhitelistOptions]:
        """Get Correspondent's Options

        `GET /open-api/v1/wallet/whitelist/options`.
        Allowed values for the travel-rule fields of Add/Edit Whitelisted Address.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_whitelist_options._get_kwargs()
        return self._client.call_raw(kwargs, _parse_get_whitelist_options)

    def add_whitelist_address(
        self,
        *,
        body: AddWhitelistRequest,
    ) -> APIResponse[AddWhitelistResult]:
        """Add/Edit Whitelisted Address

        `POST /open-api/v1/wallet/addWhitelist`.
        Adds a whitelisted withdrawal address, or edits one when `whitelistId` is sent (the docs
        mark `whitelistId` required, but it is only meaningful for edits). `confirmation` is
        accepted at top level (docs) and inside `correspondentDetail` (SDK).

        Args:
            body: Add (or, with `whitelistId`, edit) a whitelisted address.
                address_type: Whitelist address type: `1` standard address, `2` universal address.
                address: Address.
                label: Label.
                symbol: Coin symbol.
                network: Network symbol.
                whitelist_id (optional): Only when editing an existing entry.
                memo (optional): Memo/tag. `null` is accepted as not sent (x-inferred: the docs' records show
                `memo` as null when there is none).
                correspondent_detail (optional): Travel-rule details of the counterparty (values from the
                options endpoint).
                confirmation (optional): Counterparty-not-sanctioned confirmation (top level per the docs
                example).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = add_whitelist_address._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_add_whitelist_address)


class AsyncWhitelistedAddressesResourceWithRawResponse:
    """Whitelisted Addresses: 3 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_whitelist_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
        address_type: WhitelistAddressType | Unset = UNSET,
        address: str | Unset = UNSET,
        label: str | Unset = UNSET,
        symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        whitelist_id: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
    ) -> APIResponse[WhitelistAddressPage]:
        """Get Whitelisted Address List

        `GET /open-api/v1/wallet/pageWhitelist`.
        Whitelisted withdrawal addresses; all filters optional. Paginated: `pageNo` (from 1) and
        `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).
            address_type: Whitelist address type: `1` standard address, `2` universal address.
            address: Address.
            label: Label.
            symbol: Coin symbol.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            memo: Memo/tag.
            whitelist_id: Whitelist entry id.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_whitelist_list._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
            address_type=address_type,
            address=address,
            label=label,
            symbol=symbol,
            network=network,
            memo=memo,
            whitelist_id=whitelist_id,
            start_time=start_time,
            end_time=end_time,
        )
        return await self._client.call_raw(kwargs, _parse_get_whitelist_list)

    async def get_whitelist_options(
        self,
    ) -> APIResponse[WhitelistOptions]:
        """Get Correspondent's Options

        `GET /open-api/v1/wallet/whitelist/options`.
        Allowed values for the travel-rule fields of Add/Edit Whitelisted Address.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_whitelist_options._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_get_whitelist_options)

    async def add_whitelist_address(
        self,
        *,
        body: AddWhitelistRequest,
    ) -> APIResponse[AddWhitelistResult]:
        """Add/Edit Whitelisted Address

        `POST /open-api/v1/wallet/addWhitelist`.
        Adds a whitelisted withdrawal address, or edits one when `whitelistId` is sent (the docs
        mark `whitelistId` required, but it is only meaningful for edits). `confirmation` is
        accepted at top level (docs) and inside `correspondentDetail` (SDK).

        Args:
            body: Add (or, with `whitelistId`, edit) a whitelisted address.
                address_type: Whitelist address type: `1` standard address, `2` universal address.
                address: Address.
                label: Label.
                symbol: Coin symbol.
                network: Network symbol.
                whitelist_id (optional): Only when editing an existing entry.
                memo (optional): Memo/tag. `null` is accepted as not sent (x-inferred: the docs' records show
                `memo` as null when there is none).
                correspondent_detail (optional): Travel-rule details of the counterparty (values from the
                options endpoint).
                confirmation (optional): Counterparty-not-sanctioned confirmation (top level per the docs
                example).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = add_whitelist_address._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_add_whitelist_address)


class TransactionsResource:
    """Transactions: 1 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_transaction_history(
        self,
        *,
        body: TransactionHistoryRequest,
    ) -> TransactionHistoryPage:
        """Transaction History List

        `POST /open-api/v1/wallet/transaction/history`.
        Concise record of transactions across wallets of a wallet type. POST with a JSON body
        (signed like every POST). Window at most 3 months (official SDK validator; `G20026`).
        `pageLimit` max 100. `institutionId` (listed in the Postman collection) is not required
        and is left out of this schema.

        Args:
            body: Transaction history query.
                start_date: Start date `YYYYMMDD` (the docs example sends a number, e.g. 20240301).
                end_date: End date `YYYYMMDD`; at most 3 months after `startDate` (`G20026`).
                wallet_type: Wallet type: `10` Qualified Wallet, `11` (accepted by the docs' WalletType enum;
                meaning undocumented), `12` Cosign Wallet, `20` Prime Wallet, `21` Prime Sub-Wallet.
                biz_types (optional): Filter by business types.
                wallet_ids (optional): Filter by wallet ids (decimal strings).
                networks (optional): Filter by network symbols.
                symbols (optional): Filter by coin symbols.
                tx_id (optional): Filter by on-chain transaction hash.
                page_limit (optional): Page size, 1-100 (this endpoint).
                page_no (optional): Page number, from 1.

        """
        kwargs = get_transaction_history._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_get_transaction_history)

    def iter_get_transaction_history(
        self,
        *,
        body: TransactionHistoryRequest,
    ) -> Iterator[TransactionHistoryRecord]:
        """Every item of `get_transaction_history`, page after page.
        Args:
            body: Transaction history query.
                start_date: Start date `YYYYMMDD` (the docs example sends a number, e.g. 20240301).
                end_date: End date `YYYYMMDD`; at most 3 months after `startDate` (`G20026`).
                wallet_type: Wallet type: `10` Qualified Wallet, `11` (accepted by the docs' WalletType enum;
                meaning undocumented), `12` Cosign Wallet, `20` Prime Wallet, `21` Prime Sub-Wallet.
                biz_types (optional): Filter by business types.
                wallet_ids (optional): Filter by wallet ids (decimal strings).
                networks (optional): Filter by network symbols.
                symbols (optional): Filter by coin symbols.
                tx_id (optional): Filter by on-chain transaction hash.
                page_limit (optional): Page size, 1-100 (this endpoint).
                page_no (optional): Page number, from 1.

        """

        def fetch(position: int) -> TransactionHistoryPage:
            return self.get_transaction_history(
                body=attrs.evolve(body, page_no=position),
            )

        return pagination.iterate_pages(fetch, "data", TransactionHistoryRecord)


class AsyncTransactionsResource:
    """Transactions: 1 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_transaction_history(
        self,
        *,
        body: TransactionHistoryRequest,
    ) -> TransactionHistoryPage:
        """Transaction History List

        `POST /open-api/v1/wallet/transaction/history`.
        Concise record of transactions across wallets of a wallet type. POST with a JSON body
        (signed like every POST). Window at most 3 months (official SDK validator; `G20026`).
        `pageLimit` max 100. `institutionId` (listed in the Postman collection) is not required
        and is left out of this schema.

        Args:
            body: Transaction history query.
                start_date: Start date `YYYYMMDD` (the docs example sends a number, e.g. 20240301).
                end_date: End date `YYYYMMDD`; at most 3 months after `startDate` (`G20026`).
                wallet_type: Wallet type: `10` Qualified Wallet, `11` (accepted by the docs' WalletType enum;
                meaning undocumented), `12` Cosign Wallet, `20` Prime Wallet, `21` Prime Sub-Wallet.
                biz_types (optional): Filter by business types.
                wallet_ids (optional): Filter by wallet ids (decimal strings).
                networks (optional): Filter by network symbols.
                symbols (optional): Filter by coin symbols.
                tx_id (optional): Filter by on-chain transaction hash.
                page_limit (optional): Page size, 1-100 (this endpoint).
                page_no (optional): Page number, from 1.

        """
        kwargs = get_transaction_history._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_get_transaction_history)

    def iter_get_transaction_history(
        self,
        *,
        body: TransactionHistoryRequest,
    ) -> AsyncIterator[TransactionHistoryRecord]:
        """Every item of `get_transaction_history`, page after page.
        Args:
            body: Transaction history query.
                start_date: Start date `YYYYMMDD` (the docs example sends a number, e.g. 20240301).
                end_date: End date `YYYYMMDD`; at most 3 months after `startDate` (`G20026`).
                wallet_type: Wallet type: `10` Qualified Wallet, `11` (accepted by the docs' WalletType enum;
                meaning undocumented), `12` Cosign Wallet, `20` Prime Wallet, `21` Prime Sub-Wallet.
                biz_types (optional): Filter by business types.
                wallet_ids (optional): Filter by wallet ids (decimal strings).
                networks (optional): Filter by network symbols.
                symbols (optional): Filter by coin symbols.
                tx_id (optional): Filter by on-chain transaction hash.
                page_limit (optional): Page size, 1-100 (this endpoint).
                page_no (optional): Page number, from 1.

        """

        async def fetch(position: int) -> TransactionHistoryPage:
            return await self.get_transaction_history(
                body=attrs.evolve(body, page_no=position),
            )

        return pagination.aiterate_pages(fetch, "data", TransactionHistoryRecord)


class TransactionsResourceWithRawResponse:
    """Transactions: 1 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_transaction_history(
        self,
        *,
        body: TransactionHistoryRequest,
    ) -> APIResponse[TransactionHistoryPage]:
        """Transaction History List

        `POST /open-api/v1/wallet/transaction/history`.
        Concise record of transactions across wallets of a wallet type. POST with a JSON body
        (signed like every POST). Window at most 3 months (official SDK validator; `G20026`).
        `pageLimit` max 100. `institutionId` (listed in the Postman collection) is not required
        and is left out of this schema.

        Args:
            body: Transaction history query.
                start_date: Start date `YYYYMMDD` (the docs example sends a number, e.g. 20240301).
                end_date: End date `YYYYMMDD`; at most 3 months after `startDate` (`G20026`).
                wallet_type: Wallet type: `10` Qualified Wallet, `11` (accepted by the docs' WalletType enum;
                meaning undocumented), `12` Cosign Wallet, `20` Prime Wallet, `21` Prime Sub-Wallet.
                biz_types (optional): Filter by business types.
                wallet_ids (optional): Filter by wallet ids (decimal strings).
                networks (optional): Filter by network symbols.
                symbols (optional): Filter by coin symbols.
                tx_id (optional): Filter by on-chain transaction hash.
                page_limit (optional): Page size, 1-100 (this endpoint).
                page_no (optional): Page number, from 1.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_transaction_history._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_get_transaction_history)


class AsyncTransactionsResourceWithRawResponse:
    """Transactions: 1 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_transaction_history(
        self,
        *,
        body: TransactionHistoryRequest,
    ) -> APIResponse[TransactionHistoryPage]:
        """Transaction History List

        `POST /open-api/v1/wallet/transaction/history`.
        Concise record of transactions across wallets of a wallet type. POST with a JSON body
        (signed like every POST). Window at most 3 months (official SDK validator; `G20026`).
        `pageLimit` max 100. `institutionId` (listed in the Postman collection) is not required
        and is left out of this schema.

        Args:
            body: Transaction history query.
                start_date: Start date `YYYYMMDD` (the docs example sends a number, e.g. 20240301).
                end_date: End date `YYYYMMDD`; at most 3 months after `startDate` (`G20026`).
                wallet_type: Wallet type: `10` Qualified Wallet, `11` (accepted by the docs' WalletType enum;
                meaning undocumented), `12` Cosign Wallet, `20` Prime Wallet, `21` Prime Sub-Wallet.
                biz_types (optional): Filter by business types.
                wallet_ids (optional): Filter by wallet ids (decimal strings).
                networks (optional): Filter by network symbols.
                symbols (optional): Filter by coin symbols.
                tx_id (optional): Filter by on-chain transaction hash.
                page_limit (optional): Page size, 1-100 (this endpoint).
                page_no (optional): Page number, from 1.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_transaction_history._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_get_transaction_history)


class SubWalletsResource:
    """Sub Wallets: 5 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_sub_wallet(
        self,
        *,
        body: CreateSubWalletRequest,
    ) -> SubWallet:
        """Create Sub-Wallet

        `POST /open-api/v1/subwallet/create`.
        Creates a sub-wallet under a Prime Wallet (Prime parents only). With `autoCollection` = 1
        the sub-wallet balance is swept to the parent (and the sub-wallet cannot do internal
        transfers).

        Args:
            body: Create a Prime sub-wallet.
                parent_wallet_id: Parent Prime Wallet. Decimal string (send ids as strings: they exceed 2^53).
                wallet_name (optional): Sub-wallet name (max 20 characters).
                auto_collection (optional): Auto-collection: `0` disabled (default), `1` enabled (sub-wallet
                balances are swept to the parent Prime Wallet).
                request_id (optional): Optional. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.

        """
        kwargs = create_sub_wallet._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_sub_wallet)

    def update_sub_wallet(
        self,
        *,
        body: UpdateSubWalletRequest,
    ) -> SubWalletUpdateResult:
        """Update Sub-Wallet Details

        `POST /open-api/v1/subwallet/updateSubWallet`.
        Updates the name and/or auto-collection flag of a sub-wallet.

        Args:
            body: Update a sub-wallet.
                wallet_id: Sub-wallet to update. Decimal string (send ids as strings: they exceed 2^53).
                wallet_name (optional): New name (max 20 characters).
                auto_collection (optional): Auto-collection: `0` disabled (default), `1` enabled (sub-wallet
                balances are swept to the parent Prime Wallet).
                request_id (optional): Optional. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.

        """
        kwargs = update_sub_wallet._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_update_sub_wallet)

    def get_sub_wallet_list(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> SubWalletPage:
        """Get Sub-Wallet List

        `GET /open-api/v2/subwallet/list`.
        Sub-wallets of a Prime Wallet (v2: objects with string ids). Paginated: `pageNo` (from 1)
        and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_sub_wallet_list._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_sub_wallet_list)

    def iter_get_sub_wallet_list(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[SubWalletInfo]:
        """Every item of `get_sub_wallet_list`, page after page.
        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            page_limit: Page size, 1-500. Default not documented.

        """

        def fetch(position: int) -> SubWalletPage:
            return self.get_sub_wallet_list(
                parent_wallet_id=parent_wallet_id,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", SubWalletInfo)

    def get_sub_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> AssetPage:
        """Get Sub-Wallet Asset Details

        `GET /open-api/v1/subwallet/asset/list`.
        Balances of a sub-wallet. Paginated: `pageNo` (from 1) and `pageLimit` (1-500); iterate
        while `pageNo < totalPage`.

        Args:
            wallet_id: Sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_sub_wallet_asset_list._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_sub_wallet_asset_list)

    def iter_get_sub_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[Asset]:
        """Every item of `get_sub_wallet_asset_list`, page after page.
        Args:
            wallet_id: Sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            page_limit: Page size, 1-500. Default not documented.

        """

        def fetch(position: int) -> AssetPage:
            return self.get_sub_wallet_asset_list(
                wallet_id=wallet_id,
                coin_symbol=coin_symbol,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", Asset)

    def get_sub_wallet_asset_summary(
        self,
        *,
        wallet_id_str: str,
    ) -> SubWalletAssetSummary:
        """Get Sub-Wallet Asset Summary

        `GET /open-api/v1/subwallet/asset/summary`.
        Value of a sub-wallet; with a Prime Wallet id, the sums over all its sub-wallets plus per-
        sub-wallet values.

        Args:
            wallet_id_str: Prime Wallet or sub-wallet id. Decimal string.

        """
        kwargs = get_sub_wallet_asset_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return self._client.call(kwargs, _parse_get_sub_wallet_asset_summary)


class AsyncSubWalletsResource:
    """Sub Wallets: 5 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_sub_wallet(
        self,
        *,
        body: CreateSubWalletRequest,
    ) -> SubWallet:
        """Create Sub-Wallet

        `POST /open-api/v1/subwallet/create`.
        Creates a sub-wallet under a Prime Wallet (Prime parents only). With `autoCollection` = 1
        the sub-wallet balance is swept to the parent (and the sub-wallet cannot do internal
        transfers).

        Args:
            body: Create a Prime sub-wallet.
                parent_wallet_id: Parent Prime Wallet. Decimal string (send ids as strings: they exceed 2^53).
                wallet_name (optional): Sub-wallet name (max 20 characters).
                auto_collection (optional): Auto-collection: `0` disabled (default), `1` enabled (sub-wallet
                balances are swept to the parent Prime Wallet).
                request_id (optional): Optional. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.

        """
        kwargs = create_sub_wallet._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_sub_wallet)

    async def update_sub_wallet(
        self,
        *,
        body: UpdateSubWalletRequest,
    ) -> SubWalletUpdateResult:
        """Update Sub-Wallet Details

        `POST /open-api/v1/subwallet/updateSubWallet`.
        Updates the name and/or auto-collection flag of a sub-wallet.

        Args:
            body: Update a sub-wallet.
                wallet_id: Sub-wallet to update. Decimal string (send ids as strings: they exceed 2^53).
                wallet_name (optional): New name (max 20 characters).
                auto_collection (optional): Auto-collection: `0` disabled (default), `1` enabled (sub-wallet
                balances are swept to the parent Prime Wallet).
                request_id (optional): Optional. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.

        """
        kwargs = update_sub_wallet._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_update_sub_wallet)

    async def get_sub_wallet_list(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> SubWalletPage:
        """Get Sub-Wallet List

        `GET /open-api/v2/subwallet/list`.
        Sub-wallets of a Prime Wallet (v2: objects with string ids). Paginated: `pageNo` (from 1)
        and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_sub_wallet_list._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_sub_wallet_list)

    def iter_get_sub_wallet_list(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[SubWalletInfo]:
        """Every item of `get_sub_wallet_list`, page after page.
        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            page_limit: Page size, 1-500. Default not documented.

        """

        async def fetch(position: int) -> SubWalletPage:
            return await self.get_sub_wallet_list(
                parent_wallet_id=parent_wallet_id,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", SubWalletInfo)

    async def get_sub_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> AssetPage:
        """Get Sub-Wallet Asset Details

        `GET /open-api/v1/subwallet/asset/list`.
        Balances of a sub-wallet. Paginated: `pageNo` (from 1) and `pageLimit` (1-500); iterate
        while `pageNo < totalPage`.

        Args:
            wallet_id: Sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_sub_wallet_asset_list._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_sub_wallet_asset_list)

    def iter_get_sub_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[Asset]:
        """Every item of `get_sub_wallet_asset_list`, page after page.
        Args:
            wallet_id: Sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            page_limit: Page size, 1-500. Default not documented.

        """

        async def fetch(position: int) -> AssetPage:
            return await self.get_sub_wallet_asset_list(
                wallet_id=wallet_id,
                coin_symbol=coin_symbol,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", Asset)

    async def get_sub_wallet_asset_summary(
        self,
        *,
        wallet_id_str: str,
    ) -> SubWalletAssetSummary:
        """Get Sub-Wallet Asset Summary

        `GET /open-api/v1/subwallet/asset/summary`.
        Value of a sub-wallet; with a Prime Wallet id, the sums over all its sub-wallets plus per-
        sub-wallet values.

        Args:
            wallet_id_str: Prime Wallet or sub-wallet id. Decimal string.

        """
        kwargs = get_sub_wallet_asset_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return await self._client.call(kwargs, _parse_get_sub_wallet_asset_summary)


class SubWalletsResourceWithRawResponse:
    """Sub Wallets: 5 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_sub_wallet(
        self,
        *,
        body: CreateSubWalletRequest,
    ) -> APIResponse[SubWallet]:
        """Create Sub-Wallet

        `POST /open-api/v1/subwallet/create`.
        Creates a sub-wallet under a Prime Wallet (Prime parents only). With `autoCollection` = 1
        the sub-wallet balance is swept to the parent (and the sub-wallet cannot do internal
        transfers).

        Args:
            body: Create a Prime sub-wallet.
                parent_wallet_id: Parent Prime Wallet. Decimal string (send ids as strings: they exceed 2^53).
                wallet_name (optional): Sub-wallet name (max 20 characters).
                auto_collection (optional): Auto-collection: `0` disabled (default), `1` enabled (sub-wallet
                balances are swept to the parent Prime Wallet).
                request_id (optional): Optional. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_sub_wallet._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_sub_wallet)

    def update_sub_wallet(
        self,
        *,
        body: UpdateSubWalletRequest,
    ) -> APIResponse[SubWalletUpdateResult]:
        """Update Sub-Wallet Details

        `POST /open-api/v1/subwallet/updateSubWallet`.
        Updates the name and/or auto-collection flag of a sub-wallet.

        Args:
            body: Update a sub-wallet.
                wallet_id: Sub-wallet to update. Decimal string (send ids as strings: they exceed 2^53).
                wallet_name (optional): New name (max 20 characters).
                auto_collection (optional): Auto-collection: `0` disabled (default), `1` enabled (sub-wallet
                balances are swept to the parent Prime Wallet).
                request_id (optional): Optional. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = update_sub_wallet._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_update_sub_wallet)

    def get_sub_wallet_list(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[SubWalletPage]:
        """Get Sub-Wallet List

        `GET /open-api/v2/subwallet/list`.
        Sub-wallets of a Prime Wallet (v2: objects with string ids). Paginated: `pageNo` (from 1)
        and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_list._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_sub_wallet_list)

    def get_sub_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[AssetPage]:
        """Get Sub-Wallet Asset Details

        `GET /open-api/v1/subwallet/asset/list`.
        Balances of a sub-wallet. Paginated: `pageNo` (from 1) and `pageLimit` (1-500); iterate
        while `pageNo < totalPage`.

        Args:
            wallet_id: Sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_asset_list._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_sub_wallet_asset_list)

    def get_sub_wallet_asset_summary(
        self,
        *,
        wallet_id_str: str,
    ) -> APIResponse[SubWalletAssetSummary]:
        """Get Sub-Wallet Asset Summary

        `GET /open-api/v1/subwallet/asset/summary`.
        Value of a sub-wallet; with a Prime Wallet id, the sums over all its sub-wallets plus per-
        sub-wallet values.

        Args:
            wallet_id_str: Prime Wallet or sub-wallet id. Decimal string.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_asset_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return self._client.call_raw(kwargs, _parse_get_sub_wallet_asset_summary)


class AsyncSubWalletsResourceWithRawResponse:
    """Sub Wallets: 5 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_sub_wallet(
        self,
        *,
        body: CreateSubWalletRequest,
    ) -> APIResponse[SubWallet]:
        """Create Sub-Wallet

        `POST /open-api/v1/subwallet/create`.
        Creates a sub-wallet under a Prime Wallet (Prime parents only). With `autoCollection` = 1
        the sub-wallet balance is swept to the parent (and the sub-wallet cannot do internal
        transfers).

        Args:
            body: Create a Prime sub-wallet.
                parent_wallet_id: Parent Prime Wallet. Decimal string (send ids as strings: they exceed 2^53).
                wallet_name (optional): Sub-wallet name (max 20 characters).
                auto_collection (optional): Auto-collection: `0` disabled (default), `1` enabled (sub-wallet
                balances are swept to the parent Prime Wallet).
                request_id (optional): Optional. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_sub_wallet._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_sub_wallet)

    async def update_sub_wallet(
        self,
        *,
        body: UpdateSubWalletRequest,
    ) -> APIResponse[SubWalletUpdateResult]:
        """Update Sub-Wallet Details

        `POST /open-api/v1/subwallet/updateSubWallet`.
        Updates the name and/or auto-collection flag of a sub-wallet.

        Args:
            body: Update a sub-wallet.
                wallet_id: Sub-wallet to update. Decimal string (send ids as strings: they exceed 2^53).
                wallet_name (optional): New name (max 20 characters).
                auto_collection (optional): Auto-collection: `0` disabled (default), `1` enabled (sub-wallet
                balances are swept to the parent Prime Wallet).
                request_id (optional): Optional. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = update_sub_wallet._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_update_sub_wallet)

    async def get_sub_wallet_list(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[SubWalletPage]:
        """Get Sub-Wallet List

        `GET /open-api/v2/subwallet/list`.
        Sub-wallets of a Prime Wallet (v2: objects with string ids). Paginated: `pageNo` (from 1)
        and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_list._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_sub_wallet_list)

    async def get_sub_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[AssetPage]:
        """Get Sub-Wallet Asset Details

        `GET /open-api/v1/subwallet/asset/list`.
        Balances of a sub-wallet. Paginated: `pageNo` (from 1) and `pageLimit` (1-500); iterate
        while `pageNo < totalPage`.

        Args:
            wallet_id: Sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_asset_list._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_sub_wallet_asset_list)

    async def get_sub_wallet_asset_summary(
        self,
        *,
        wallet_id_str: str,
    ) -> APIResponse[SubWalletAssetSummary]:
        """Get Sub-Wallet Asset Summary

        `GET /open-api/v1/subwallet/asset/summary`.
        Value of a sub-wallet; with a Prime Wallet id, the sums over all its sub-wallets plus per-
        sub-wallet values.

        Args:
            wallet_id_str: Prime Wallet or sub-wallet id. Decimal string.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_asset_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return await self._client.call_raw(kwargs, _parse_get_sub_wallet_asset_summary)


class SubWalletDepositsResource:
    """Sub Wallet Deposits: 4 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_sub_wallet_deposit_address(
        self,
        *,
        wallet_id: str,
        network: str,
        coin_symbol: str,
    ) -> DepositAddress:
        """Get Sub-Wallet Deposit Address

        `GET /open-api/v1/subwallet/deposit/address`.
        Dedicated deposit address of a sub-wallet.

        Args:
            wallet_id: Sub-wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.

        """
        kwargs = get_sub_wallet_deposit_address._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
        )
        return self._client.call(kwargs, _parse_get_sub_wallet_deposit_address)

    def get_sub_wallet_deposit_address_list(
        self,
        *,
        parent_wallet_id: str,
        coin_symbol: str,
        network: str,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> SubWalletDepositAddressPage:
        """Get Deposit Address List under Prime Wallet

        `GET /open-api/v1/subwallet/deposit/address/list`.
        Deposit addresses of all sub-wallets of a Prime Wallet for a coin and network. Paginated:
        `pageNo` (from 1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_sub_wallet_deposit_address_list._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_sub_wallet_deposit_address_list)

    def iter_get_sub_wallet_deposit_address_list(
        self,
        *,
        parent_wallet_id: str,
        coin_symbol: str,
        network: str,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[SubWalletDepositAddress]:
        """Every item of `get_sub_wallet_deposit_address_list`, page after page.
        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            page_limit: Page size, 1-500. Default not documented.

        """

        def fetch(position: int) -> SubWalletDepositAddressPage:
            return self.get_sub_wallet_deposit_address_list(
                parent_wallet_id=parent_wallet_id,
                coin_symbol=coin_symbol,
                network=network,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", SubWalletDepositAddress)

    def get_sub_wallet_deposit_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> TransactionPage:
        """Get Deposit History under Sub-Wallet

        `GET /open-api/v1/subwallet/deposit/history`.
        Deposits of one sub-wallet in a time range. The page is listed in the docs navigation but
        its content (path, parameters, response) was not published; path and shape follow a
        community client and the v1 deposit history. Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_sub_wallet_deposit_history._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_sub_wallet_deposit_history)

    def iter_get_sub_wallet_deposit_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[Transaction]:
        """Every item of `get_sub_wallet_deposit_history`, page after page.
        Args:
            wallet_id: Sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500. Default not documented.

        """

        def fetch(position: int) -> TransactionPage:
            return self.get_sub_wallet_deposit_history(
                wallet_id=wallet_id,
                coin_symbol=coin_symbol,
                network=network,
                start_time=start_time,
                end_time=end_time,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", Transaction)

    def get_sub_wallet_deposit_history_by_prime(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> SubWalletTransactionPage:
        """Get Sub-Wallet Deposit History By Prime Wallet

        `GET /open-api/v2/subwallet/deposit/history`.
        Deposits of all sub-wallets of a Prime Wallet (Prime id) or of one sub-wallet (sub-wallet
        id). Time window at most 30 days (`G20026`). Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Prime Wallet id (all its sub-wallets) or sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive). `endTime - startTime` must not
                exceed 30 days (`G20026` otherwise).
            end_time: End of the time range (ms since epoch). `endTime - startTime` must not exceed 30 days
                (`G20026` otherwise).
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_sub_wallet_deposit_history_by_prime._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_sub_wallet_deposit_history_by_prime)

    def iter_get_sub_wallet_deposit_history_by_prime(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[SubWalletTransaction]:
        """Every item of `get_sub_wallet_deposit_history_by_prime`, page after page.
        Args:
            wallet_id: Prime Wallet id (all its sub-wallets) or sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive). `endTime - startTime` must not
                exceed 30 days (`G20026` otherwise).
            end_time: End of the time range (ms since epoch). `endTime - startTime` must not exceed 30 days
                (`G20026` otherwise).
            page_limit: Page size, 1-500. Default not documented.

        """

        def fetch(position: int) -> SubWalletTransactionPage:
            return self.get_sub_wallet_deposit_history_by_prime(
                wallet_id=wallet_id,
                coin_symbol=coin_symbol,
                network=network,
                start_time=start_time,
                end_time=end_time,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", SubWalletTransaction)


class AsyncSubWalletDepositsResource:
    """Sub Wallet Deposits: 4 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_sub_wallet_deposit_address(
        self,
        *,
        wallet_id: str,
        network: str,
        coin_symbol: str,
    ) -> DepositAddress:
        """Get Sub-Wallet Deposit Address

        `GET /open-api/v1/subwallet/deposit/address`.
        Dedicated deposit address of a sub-wallet.

        Args:
            wallet_id: Sub-wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.

        """
        kwargs = get_sub_wallet_deposit_address._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
        )
        return await self._client.call(kwargs, _parse_get_sub_wallet_deposit_address)

    async def get_sub_wallet_deposit_address_list(
        self,
        *,
        parent_wallet_id: str,
        coin_symbol: str,
        network: str,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> SubWalletDepositAddressPage:
        """Get Deposit Address List under Prime Wallet

        `GET /open-api/v1/subwallet/deposit/address/list`.
        Deposit addresses of all sub-wallets of a Prime Wallet for a coin and network. Paginated:
        `pageNo` (from 1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_sub_wallet_deposit_address_list._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_sub_wallet_deposit_address_list)

    def iter_get_sub_wallet_deposit_address_list(
        self,
        *,
        parent_wallet_id: str,
        coin_symbol: str,
        network: str,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[SubWalletDepositAddress]:
        """Every item of `get_sub_wallet_deposit_address_list`, page after page.
        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            page_limit: Page size, 1-500. Default not documented.

        """

        async def fetch(position: int) -> SubWalletDepositAddressPage:
            return await self.get_sub_wallet_deposit_address_list(
                parent_wallet_id=parent_wallet_id,
                coin_symbol=coin_symbol,
                network=network,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", SubWalletDepositAddress)

    async def get_sub_wallet_deposit_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> TransactionPage:
        """Get Deposit History under Sub-Wallet

        `GET /open-api/v1/subwallet/deposit/history`.
        Deposits of one sub-wallet in a time range. The page is listed in the docs navigation but
        its content (path, parameters, response) was not published; path and shape follow a
        community client and the v1 deposit history. Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_sub_wallet_deposit_history._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_sub_wallet_deposit_history)

    def iter_get_sub_wallet_deposit_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[Transaction]:
        """Every item of `get_sub_wallet_deposit_history`, page after page.
        Args:
            wallet_id: Sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500. Default not documented.

        """

        async def fetch(position: int) -> TransactionPage:
            return await self.get_sub_wallet_deposit_history(
                wallet_id=wallet_id,
                coin_symbol=coin_symbol,
                network=network,
                start_time=start_time,
                end_time=end_time,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", Transaction)

    async def get_sub_wallet_deposit_history_by_prime(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> SubWalletTransactionPage:
        """Get Sub-Wallet Deposit History By Prime Wallet

        `GET /open-api/v2/subwallet/deposit/history`.
        Deposits of all sub-wallets of a Prime Wallet (Prime id) or of one sub-wallet (sub-wallet
        id). Time window at most 30 days (`G20026`). Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Prime Wallet id (all its sub-wallets) or sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive). `endTime - startTime` must not
                exceed 30 days (`G20026` otherwise).
            end_time: End of the time range (ms since epoch). `endTime - startTime` must not exceed 30 days
                (`G20026` otherwise).
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_sub_wallet_deposit_history_by_prime._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_sub_wallet_deposit_history_by_prime)

    def iter_get_sub_wallet_deposit_history_by_prime(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[SubWalletTransaction]:
        """Every item of `get_sub_wallet_deposit_history_by_prime`, page after page.
        Args:
            wallet_id: Prime Wallet id (all its sub-wallets) or sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive). `endTime - startTime` must not
                exceed 30 days (`G20026` otherwise).
            end_time: End of the time range (ms since epoch). `endTime - startTime` must not exceed 30 days
                (`G20026` otherwise).
            page_limit: Page size, 1-500. Default not documented.

        """

        async def fetch(position: int) -> SubWalletTransactionPage:
            return await self.get_sub_wallet_deposit_history_by_prime(
                wallet_id=wallet_id,
                coin_symbol=coin_symbol,
                network=network,
                start_time=start_time,
                end_time=end_time,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", SubWalletTransaction)


class SubWalletDepositsResourceWithRawResponse:
    """Sub Wallet Deposits: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_sub_wallet_deposit_address(
        self,
        *,
        wallet_id: str,
        network: str,
        coin_symbol: str,
    ) -> APIResponse[DepositAddress]:
        """Get Sub-Wallet Deposit Address

        `GET /open-api/v1/subwallet/deposit/address`.
        Dedicated deposit address of a sub-wallet.

        Args:
            wallet_id: Sub-wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_deposit_address._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
        )
        return self._client.call_raw(kwargs, _parse_get_sub_wallet_deposit_address)

    def get_sub_wallet_deposit_address_list(
        self,
        *,
        parent_wallet_id: str,
        coin_symbol: str,
        network: str,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[SubWalletDepositAddressPage]:
        """Get Deposit Address List under Prime Wallet

        `GET /open-api/v1/subwallet/deposit/address/list`.
        Deposit addresses of all sub-wallets of a Prime Wallet for a coin and network. Paginated:
        `pageNo` (from 1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_deposit_address_list._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_sub_wallet_deposit_address_list)

    def get_sub_wallet_deposit_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[TransactionPage]:
        """Get Deposit History under Sub-Wallet

        `GET /open-api/v1/subwallet/deposit/history`.
        Deposits of one sub-wallet in a time range. The page is listed in the docs navigation but
        its content (path, parameters, response) was not published; path and shape follow a
        community client and the v1 deposit history. Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_deposit_history._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_sub_wallet_deposit_history)

    def get_sub_wallet_deposit_history_by_prime(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[SubWalletTransactionPage]:
        """Get Sub-Wallet Deposit History By Prime Wallet

        `GET /open-api/v2/subwallet/deposit/history`.
        Deposits of all sub-wallets of a Prime Wallet (Prime id) or of one sub-wallet (sub-wallet
        id). Time window at most 30 days (`G20026`). Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Prime Wallet id (all its sub-wallets) or sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive). `endTime - startTime` must not
                exceed 30 days (`G20026` otherwise).
            end_time: End of the time range (ms since epoch). `endTime - startTime` must not exceed 30 days
                (`G20026` otherwise).
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_deposit_history_by_prime._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_sub_wallet_deposit_history_by_prime)


class AsyncSubWalletDepositsResourceWithRawResponse:
    """Sub Wallet Deposits: 4 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_sub_wallet_deposit_address(
        self,
        *,
        wallet_id: str,
        network: str,
        coin_symbol: str,
    ) -> APIResponse[DepositAddress]:
        """Get Sub-Wallet Deposit Address

        `GET /open-api/v1/subwallet/deposit/address`.
        Dedicated deposit address of a sub-wallet.

        Args:
            wallet_id: Sub-wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_deposit_address._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
        )
        return await self._client.call_raw(kwargs, _parse_get_sub_wallet_deposit_address)

    async def get_sub_wallet_deposit_address_list(
        self,
        *,
        parent_wallet_id: str,
        coin_symbol: str,
        network: str,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[SubWalletDepositAddressPage]:
        """Get Deposit Address List under Prime Wallet

        `GET /open-api/v1/subwallet/deposit/address/list`.
        Deposit addresses of all sub-wallets of a Prime Wallet for a coin and network. Paginated:
        `pageNo` (from 1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_deposit_address_list._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_sub_wallet_deposit_address_list)

    async def get_sub_wallet_deposit_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[TransactionPage]:
        """Get Deposit History under Sub-Wallet

        `GET /open-api/v1/subwallet/deposit/history`.
        Deposits of one sub-wallet in a time range. The page is listed in the docs navigation but
        its content (path, parameters, response) was not published; path and shape follow a
        community client and the v1 deposit history. Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_deposit_history._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_sub_wallet_deposit_history)

    async def get_sub_wallet_deposit_history_by_prime(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[SubWalletTransactionPage]:
        """Get Sub-Wallet Deposit History By Prime Wallet

        `GET /open-api/v2/subwallet/deposit/history`.
        Deposits of all sub-wallets of a Prime Wallet (Prime id) or of one sub-wallet (sub-wallet
        id). Time window at most 30 days (`G20026`). Paginated: `pageNo` (from 1) and `pageLimit`
        (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Prime Wallet id (all its sub-wallets) or sub-wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive). `endTime - startTime` must not
                exceed 30 days (`G20026` otherwise).
            end_time: End of the time range (ms since epoch). `endTime - startTime` must not exceed 30 days
                (`G20026` otherwise).
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_deposit_history_by_prime._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_sub_wallet_deposit_history_by_prime)


class InternalTransfersResource:
    """Internal Transfers: 3 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_sub_wallet_transfer(
        self,
        *,
        body: CreateSubWalletTransferRequest,
    ) -> SubWalletTransferResult:
        """Transfer between Sub Wallet and Prime Wallet

        `POST /open-api/v1/subwallet/transfer`.
        Transfers between a Prime Wallet and its sub-wallets (or sub -> sub, Prime -> Prime)
        inside one Prime structure. Sub-wallets with `autoCollection` = 1 cannot transfer.

        Args:
            body: Internal transfer inside a Prime structure.
                coin_symbol: Coin symbol.
                amount: Amount (decimal string; the docs type it as number, Postman/SDK send a string).
                from_wallet_id: Source wallet (Prime or sub-wallet). Decimal string (send ids as strings: they
                exceed 2^53).
                to_wallet_id: Destination wallet (Prime or sub-wallet). Decimal string (send ids as strings:
                they exceed 2^53).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.

        """
        kwargs = create_sub_wallet_transfer._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_sub_wallet_transfer)

    def get_sub_wallet_transfer_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        coin_symbol: str | Unset = UNSET,
        direction: SubWalletTransferDirection | Unset = UNSET,
        status: TransferStatus | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> SubWalletTransferPage:
        """Get Transfer History between Sub-Wallet and Prime Wallet

        `GET /open-api/v1/subwallet/transfer/history`.
        Internal transfers of a wallet in a time range. Paginated: `pageNo` (from 1) and
        `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Prime Wallet or sub-wallet id. Decimal string.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            direction: Filter by direction. Internal transfer direction: `10` Prime -> sub-wallet, `20` sub-
                wallet -> Prime, `30` sub-wallet -> sub-wallet, `40` Prime -> Prime.
            status: Filter by status. Transfer status: `10` Pending, `20` Processing, `30` Send success, `99`
                Failed.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_sub_wallet_transfer_history._get_kwargs(
            wallet_id=wallet_id,
            start_time=start_time,
            end_time=end_time,
            coin_symbol=coin_symbol,
            direction=direction,
            status=status,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_sub_wallet_transfer_history)

    def iter_get_sub_wallet_transfer_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        coin_symbol: str | Unset = UNSET,
        direction: SubWalletTransferDirection | Unset = UNSET,
        status: TransferStatus | Unset = UNSET,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[SubWalletTransfer]:
        """Every item of `get_sub_wallet_transfer_history`, page after page.
        Args:
            wallet_id: Prime Wallet or sub-wallet id. Decimal string.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            direction: Filter by direction. Internal transfer direction: `10` Prime -> sub-wallet, `20` sub-
                wallet -> Prime, `30` sub-wallet -> sub-wallet, `40` Prime -> Prime.
            status: Filter by status. Transfer status: `10` Pending, `20` Processing, `30` Send success, `99`
                Failed.
            page_limit: Page size, 1-500. Default not documented.

        """

        def fetch(position: int) -> SubWalletTransferPage:
            return self.get_sub_wallet_transfer_history(
                wallet_id=wallet_id,
                start_time=start_time,
                end_time=end_time,
                coin_symbol=coin_symbol,
                direction=direction,
                status=status,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", SubWalletTransfer)

    def get_sub_wallet_transfer_detail(
        self,
        *,
        wallet_id_str: str,
        order_view_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
    ) -> SubWalletTransferDetail:
        """Get Transaction Details of Prime Wallet Internal Transfer

        `GET /open-api/v1/subwallet/transfer/detail`.
        One internal transfer by `orderViewId` or `requestId` (one of them is required). Ids are
        returned as strings (`fromWalletIdStr`/`toWalletIdStr`, per the docs example; the SDK
        types int ids).

        Args:
            wallet_id_str: Wallet id (source or destination of the transfer). Decimal string.
            order_view_id: Ceffu order id. One of `orderViewId` / `requestId` is required.
            request_id: Client `requestId` of the transfer. One of `orderViewId` / `requestId` is required.

        """
        kwargs = get_sub_wallet_transfer_detail._get_kwargs(
            wallet_id_str=wallet_id_str,
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return self._client.call(kwargs, _parse_get_sub_wallet_transfer_detail)


class AsyncInternalTransfersResource:
    """Internal Transfers: 3 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_sub_wallet_transfer(
        self,
        *,
        body: CreateSubWalletTransferRequest,
    ) -> SubWalletTransferResult:
        """Transfer between Sub Wallet and Prime Wallet

        `POST /open-api/v1/subwallet/transfer`.
        Transfers between a Prime Wallet and its sub-wallets (or sub -> sub, Prime -> Prime)
        inside one Prime structure. Sub-wallets with `autoCollection` = 1 cannot transfer.

        Args:
            body: Internal transfer inside a Prime structure.
                coin_symbol: Coin symbol.
                amount: Amount (decimal string; the docs type it as number, Postman/SDK send a string).
                from_wallet_id: Source wallet (Prime or sub-wallet). Decimal string (send ids as strings: they
                exceed 2^53).
                to_wallet_id: Destination wallet (Prime or sub-wallet). Decimal string (send ids as strings:
                they exceed 2^53).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.

        """
        kwargs = create_sub_wallet_transfer._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_sub_wallet_transfer)

    async def get_sub_wallet_transfer_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        coin_symbol: str | Unset = UNSET,
        direction: SubWalletTransferDirection | Unset = UNSET,
        status: TransferStatus | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> SubWalletTransferPage:
        """Get Transfer History between Sub-Wallet and Prime Wallet

        `GET /open-api/v1/subwallet/transfer/history`.
        Internal transfers of a wallet in a time range. Paginated: `pageNo` (from 1) and
        `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Prime Wallet or sub-wallet id. Decimal string.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            direction: Filter by direction. Internal transfer direction: `10` Prime -> sub-wallet, `20` sub-
                wallet -> Prime, `30` sub-wallet -> sub-wallet, `40` Prime -> Prime.
            status: Filter by status. Transfer status: `10` Pending, `20` Processing, `30` Send success, `99`
                Failed.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_sub_wallet_transfer_history._get_kwargs(
            wallet_id=wallet_id,
            start_time=start_time,
            end_time=end_time,
            coin_symbol=coin_symbol,
            direction=direction,
            status=status,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_sub_wallet_transfer_history)

    def iter_get_sub_wallet_transfer_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        coin_symbol: str | Unset = UNSET,
        direction: SubWalletTransferDirection | Unset = UNSET,
        status: TransferStatus | Unset = UNSET,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[SubWalletTransfer]:
        """Every item of `get_sub_wallet_transfer_history`, page after page.
        Args:
            wallet_id: Prime Wallet or sub-wallet id. Decimal string.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            direction: Filter by direction. Internal transfer direction: `10` Prime -> sub-wallet, `20` sub-
                wallet -> Prime, `30` sub-wallet -> sub-wallet, `40` Prime -> Prime.
            status: Filter by status. Transfer status: `10` Pending, `20` Processing, `30` Send success, `99`
                Failed.
            page_limit: Page size, 1-500. Default not documented.

        """

        async def fetch(position: int) -> SubWalletTransferPage:
            return await self.get_sub_wallet_transfer_history(
                wallet_id=wallet_id,
                start_time=start_time,
                end_time=end_time,
                coin_symbol=coin_symbol,
                direction=direction,
                status=status,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", SubWalletTransfer)

    async def get_sub_wallet_transfer_detail(
        self,
        *,
        wallet_id_str: str,
        order_view_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
    ) -> SubWalletTransferDetail:
        """Get Transaction Details of Prime Wallet Internal Transfer

        `GET /open-api/v1/subwallet/transfer/detail`.
        One internal transfer by `orderViewId` or `requestId` (one of them is required). Ids are
        returned as strings (`fromWalletIdStr`/`toWalletIdStr`, per the docs example; the SDK
        types int ids).

        Args:
            wallet_id_str: Wallet id (source or destination of the transfer). Decimal string.
            order_view_id: Ceffu order id. One of `orderViewId` / `requestId` is required.
            request_id: Client `requestId` of the transfer. One of `orderViewId` / `requestId` is required.

        """
        kwargs = get_sub_wallet_transfer_detail._get_kwargs(
            wallet_id_str=wallet_id_str,
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return await self._client.call(kwargs, _parse_get_sub_wallet_transfer_detail)


class InternalTransfersResourceWithRawResponse:
    """Internal Transfers: 3 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_sub_wallet_transfer(
        self,
        *,
        body: CreateSubWalletTransferRequest,
    ) -> APIResponse[SubWalletTransferResult]:
        """Transfer between Sub Wallet and Prime Wallet

        `POST /open-api/v1/subwallet/transfer`.
        Transfers between a Prime Wallet and its sub-wallets (or sub -> sub, Prime -> Prime)
        inside one Prime structure. Sub-wallets with `autoCollection` = 1 cannot transfer.

        Args:
            body: Internal transfer inside a Prime structure.
                coin_symbol: Coin symbol.
                amount: Amount (decimal string; the docs type it as number, Postman/SDK send a string).
                from_wallet_id: Source wallet (Prime or sub-wallet). Decimal string (send ids as strings: they
                exceed 2^53).
                to_wallet_id: Destination wallet (Prime or sub-wallet). Decimal string (send ids as strings:
                they exceed 2^53).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_sub_wallet_transfer._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_sub_wallet_transfer)

    def get_sub_wallet_transfer_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        coin_symbol: str | Unset = UNSET,
        direction: SubWalletTransferDirection | Unset = UNSET,
        status: TransferStatus | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[SubWalletTransferPage]:
        """Get Transfer History between Sub-Wallet and Prime Wallet

        `GET /open-api/v1/subwallet/transfer/history`.
        Internal transfers of a wallet in a time range. Paginated: `pageNo` (from 1) and
        `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Prime Wallet or sub-wallet id. Decimal string.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            direction: Filter by direction. Internal transfer direction: `10` Prime -> sub-wallet, `20` sub-
                wallet -> Prime, `30` sub-wallet -> sub-wallet, `40` Prime -> Prime.
            status: Filter by status. Transfer status: `10` Pending, `20` Processing, `30` Send success, `99`
                Failed.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_transfer_history._get_kwargs(
            wallet_id=wallet_id,
            start_time=start_time,
            end_time=end_time,
            coin_symbol=coin_symbol,
            direction=direction,
            status=status,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_sub_wallet_transfer_history)

    def get_sub_wallet_transfer_detail(
        self,
        *,
        wallet_id_str: str,
        order_view_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
    ) -> APIResponse[SubWalletTransferDetail]:
        """Get Transaction Details of Prime Wallet Internal Transfer

        `GET /open-api/v1/subwallet/transfer/detail`.
        One internal transfer by `orderViewId` or `requestId` (one of them is required). Ids are
        returned as strings (`fromWalletIdStr`/`toWalletIdStr`, per the docs example; the SDK
        types int ids).

        Args:
            wallet_id_str: Wallet id (source or destination of the transfer). Decimal string.
            order_view_id: Ceffu order id. One of `orderViewId` / `requestId` is required.
            request_id: Client `requestId` of the transfer. One of `orderViewId` / `requestId` is required.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_transfer_detail._get_kwargs(
            wallet_id_str=wallet_id_str,
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return self._client.call_raw(kwargs, _parse_get_sub_wallet_transfer_detail)


class AsyncInternalTransfersResourceWithRawResponse:
    """Internal Transfers: 3 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_sub_wallet_transfer(
        self,
        *,
        body: CreateSubWalletTransferRequest,
    ) -> APIResponse[SubWalletTransferResult]:
        """Transfer between Sub Wallet and Prime Wallet

        `POST /open-api/v1/subwallet/transfer`.
        Transfers between a Prime Wallet and its sub-wallets (or sub -> sub, Prime -> Prime)
        inside one Prime structure. Sub-wallets with `autoCollection` = 1 cannot transfer.

        Args:
            body: Internal transfer inside a Prime structure.
                coin_symbol: Coin symbol.
                amount: Amount (decimal string; the docs type it as number, Postman/SDK send a string).
                from_wallet_id: Source wallet (Prime or sub-wallet). Decimal string (send ids as strings: they
                exceed 2^53).
                to_wallet_id: Destination wallet (Prime or sub-wallet). Decimal string (send ids as strings:
                they exceed 2^53).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_sub_wallet_transfer._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_sub_wallet_transfer)

    async def get_sub_wallet_transfer_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        coin_symbol: str | Unset = UNSET,
        direction: SubWalletTransferDirection | Unset = UNSET,
        status: TransferStatus | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[SubWalletTransferPage]:
        """Get Transfer History between Sub-Wallet and Prime Wallet

        `GET /open-api/v1/subwallet/transfer/history`.
        Internal transfers of a wallet in a time range. Paginated: `pageNo` (from 1) and
        `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            wallet_id: Prime Wallet or sub-wallet id. Decimal string.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            direction: Filter by direction. Internal transfer direction: `10` Prime -> sub-wallet, `20` sub-
                wallet -> Prime, `30` sub-wallet -> sub-wallet, `40` Prime -> Prime.
            status: Filter by status. Transfer status: `10` Pending, `20` Processing, `30` Send success, `99`
                Failed.
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_transfer_history._get_kwargs(
            wallet_id=wallet_id,
            start_time=start_time,
            end_time=end_time,
            coin_symbol=coin_symbol,
            direction=direction,
            status=status,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_sub_wallet_transfer_history)

    async def get_sub_wallet_transfer_detail(
        self,
        *,
        wallet_id_str: str,
        order_view_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
    ) -> APIResponse[SubWalletTransferDetail]:
        """Get Transaction Details of Prime Wallet Internal Transfer

        `GET /open-api/v1/subwallet/transfer/detail`.
        One internal transfer by `orderViewId` or `requestId` (one of them is required). Ids are
        returned as strings (`fromWalletIdStr`/`toWalletIdStr`, per the docs example; the SDK
        types int ids).

        Args:
            wallet_id_str: Wallet id (source or destination of the transfer). Decimal string.
            order_view_id: Ceffu order id. One of `orderViewId` / `requestId` is required.
            request_id: Client `requestId` of the transfer. One of `orderViewId` / `requestId` is required.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_transfer_detail._get_kwargs(
            wallet_id_str=wallet_id_str,
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return await self._client.call_raw(kwargs, _parse_get_sub_wallet_transfer_detail)


class MirrorXResource:
    """Mirror X: 5 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_mirror_x_link_ids(
        self,
        *,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> MirrorXLinkPage:
        """Get MirrorX LinkId List

        `GET /open-api/v1/mirrorX/mirrorXLinkId/list`.
        Binance 3rd-Party-Custodian sub-accounts linked to Prime Wallets (links are applied for in
        Ceffu Web). Paginated: `pageNo` (from 1) and `pageLimit` (1-500); iterate while `pageNo <
        totalPage`.

        Args:
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_mirror_x_link_ids._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_mirror_x_link_ids)

    def iter_get_mirror_x_link_ids(
        self,
        *,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[MirrorXLink]:
        """Every item of `get_mirror_x_link_ids`, page after page.
        Args:
            page_limit: Page size, 1-500. Default not documented.

        """

        def fetch(position: int) -> MirrorXLinkPage:
            return self.get_mirror_x_link_ids(
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", MirrorXLink)

    def get_mirror_x_available_amount(
        self,
        *,
        mirror_x_link_id: str,
        coin_symbol: str,
        order_type: MirrorXOrderType,
    ) -> MirrorXAvailableAmount:
        """Check MirrorX Available amount

        `GET /open-api/v1/mirrorX/order/check`.
        Maximum amount currently available for a delegation or undelegation.

        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            order_type: Order type: `10` delegation, `20` undelegation.

        """
        kwargs = get_mirror_x_available_amount._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            coin_symbol=coin_symbol,
            order_type=order_type,
        )
        return self._client.call(kwargs, _parse_get_mirror_x_available_amount)

    def get_mirror_x_positions(
        self,
        *,
        mirror_x_link_id: str,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
        page_no: int = 1,
    ) -> MirrorXPositionPage:
        """Get MirrorX Asset Positions

        `GET /open-api/v1/mirrorX/positions/list`.
        MirrorX positions of a link, plus the exchange balance in USDT. Paginated: `pageNo` (from
        1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            exclude_zero_amount_flag: Exclude zero balances (default false).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).

        """
        kwargs = get_mirror_x_positions._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            exclude_zero_amount_flag=exclude_zero_amount_flag,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_mirror_x_positions)

    def iter_get_mirror_x_positions(
        self,
        *,
        mirror_x_link_id: str,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
    ) -> Iterator[MirrorXPosition]:
        """Every item of `get_mirror_x_positions`, page after page.
        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            exclude_zero_amount_flag: Exclude zero balances (default false).
            page_limit: Page size, 1-500 (required by this endpoint).

        """

        def fetch(position: int) -> MirrorXPositionPage:
            return self.get_mirror_x_positions(
                mirror_x_link_id=mirror_x_link_id,
                exclude_zero_amount_flag=exclude_zero_amount_flag,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", MirrorXPosition)

    def get_mirror_x_orders(
        self,
        *,
        mirror_x_link_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
        coin_symbol: str | Unset = UNSET,
        order_type: MirrorXOrderType | Unset = UNSET,
    ) -> MirrorXOrderPage:
        """Get MirrorX Orders

        `GET /open-api/v1/mirrorX/order/list`.
        MirrorX orders of a link in a time range (at most 30 days, `G20026`). Paginated: `pageNo`
        (from 1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            start_time: Start of the time range (ms since epoch, inclusive). `endTime - startTime` must not
                exceed 30 days (`G20026` otherwise).
            end_time: End of the time range (ms since epoch). `endTime - startTime` must not exceed 30 days
                (`G20026` otherwise).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            order_type: Filter by order type. MirrorX order type: `10` delegation (Ceffu -> Binance), `20`
                undelegation (Binance -> Ceffu), `30` settlement.

        """
        kwargs = get_mirror_x_orders._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
            coin_symbol=coin_symbol,
            order_type=order_type,
        )
        return self._client.call(kwargs, _parse_get_mirror_x_orders)

    def iter_get_mirror_x_orders(
        self,
        *,
        mirror_x_link_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        coin_symbol: str | Unset = UNSET,
        order_type: MirrorXOrderType | Unset = UNSET,
    ) -> Iterator[MirrorXOrder]:
        """Every item of `get_mirror_x_orders`, page after page.
        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            start_time: Start of the time range (ms since epoch, inclusive). `endTime - startTime` must not
                exceed 30 days (`G20026` otherwise).
            end_time: End of the time range (ms since epoch). `endTime - startTime` must not exceed 30 days
                (`G20026` otherwise).
            page_limit: Page size, 1-500 (required by this endpoint).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            order_type: Filter by order type. MirrorX order type: `10` delegation (Ceffu -> Binance), `20`
                undelegation (Binance -> Ceffu), `30` settlement.

        """

        def fetch(position: int) -> MirrorXOrderPage:
            return self.get_mirror_x_orders(
                mirror_x_link_id=mirror_x_link_id,
                start_time=start_time,
                end_time=end_time,
                page_limit=page_limit,
                page_no=position,
                coin_symbol=coin_symbol,
                order_type=order_type,
            )

        return pagination.iterate_pages(fetch, "data", MirrorXOrder)

    def place_mirror_x_order(
        self,
        *,
        body: PlaceMirrorXOrderRequest,
    ) -> MirrorXOrderResult:
        """Place MirrorX Orders

        `POST /open-api/v1/mirrorX/order`.
        Delegates assets to (or undelegates from) the linked Binance sub-account while they stay
        in Ceffu custody.

        Args:
            body: MirrorX delegation/undelegation order.
                mirror_x_link_id: MirrorX link id. The docs type it as integer, the official SDK sends a string;
                a numeric string is accepted either way.
                order_type: Order type: `10` delegation (Ceffu -> Binance), `20` undelegation (Binance ->
                Ceffu).
                coin_symbol: Coin symbol.
                amount: Amount.
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.

        """
        kwargs = place_mirror_x_order._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_place_mirror_x_order)


class AsyncMirrorXResource:
    """Mirror X: 5 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_mirror_x_link_ids(
        self,
        *,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> MirrorXLinkPage:
        """Get MirrorX LinkId List

        `GET /open-api/v1/mirrorX/mirrorXLinkId/list`.
        Binance 3rd-Party-Custodian sub-accounts linked to Prime Wallets (links are applied for in
        Ceffu Web). Paginated: `pageNo` (from 1) and `pageLimit` (1-500); iterate while `pageNo <
        totalPage`.

        Args:
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).

        """
        kwargs = get_mirror_x_link_ids._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_mirror_x_link_ids)

    def iter_get_mirror_x_link_ids(
        self,
        *,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[MirrorXLink]:
        """Every item of `get_mirror_x_link_ids`, page after page.
        Args:
            page_limit: Page size, 1-500. Default not documented.

        """

        async def fetch(position: int) -> MirrorXLinkPage:
            return await self.get_mirror_x_link_ids(
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", MirrorXLink)

    async def get_mirror_x_available_amount(
        self,
        *,
        mirror_x_link_id: str,
        coin_symbol: str,
        order_type: MirrorXOrderType,
    ) -> MirrorXAvailableAmount:
        """Check MirrorX Available amount

        `GET /open-api/v1/mirrorX/order/check`.
        Maximum amount currently available for a delegation or undelegation.

        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            order_type: Order type: `10` delegation, `20` undelegation.

        """
        kwargs = get_mirror_x_available_amount._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            coin_symbol=coin_symbol,
            order_type=order_type,
        )
        return await self._client.call(kwargs, _parse_get_mirror_x_available_amount)

    async def get_mirror_x_positions(
        self,
        *,
        mirror_x_link_id: str,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
        page_no: int = 1,
    ) -> MirrorXPositionPage:
        """Get MirrorX Asset Positions

        `GET /open-api/v1/mirrorX/positions/list`.
        MirrorX positions of a link, plus the exchange balance in USDT. Paginated: `pageNo` (from
        1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            exclude_zero_amount_flag: Exclude zero balances (default false).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).

        """
        kwargs = get_mirror_x_positions._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            exclude_zero_amount_flag=exclude_zero_amount_flag,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_mirror_x_positions)

    def iter_get_mirror_x_positions(
        self,
        *,
        mirror_x_link_id: str,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
    ) -> AsyncIterator[MirrorXPosition]:
        """Every item of `get_mirror_x_positions`, page after page.
        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            exclude_zero_amount_flag: Exclude zero balances (default false).
            page_limit: Page size, 1-500 (required by this endpoint).

        """

        async def fetch(position: int) -> MirrorXPositionPage:
            return await self.get_mirror_x_positions(
                mirror_x_link_id=mirror_x_link_id,
                exclude_zero_amount_flag=exclude_zero_amount_flag,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", MirrorXPosition)

    async def get_mirror_x_orders(
        self,
        *,
        mirror_x_link_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
        coin_symbol: str | Unset = UNSET,
        order_type: MirrorXOrderType | Unset = UNSET,
    ) -> MirrorXOrderPage:
        """Get MirrorX Orders

        `GET /open-api/v1/mirrorX/order/list`.
        MirrorX orders of a link in a time range (at most 30 days, `G20026`). Paginated: `pageNo`
        (from 1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            start_time: Start of the time range (ms since epoch, inclusive). `endTime - startTime` must not
                exceed 30 days (`G20026` otherwise).
            end_time: End of the time range (ms since epoch). `endTime - startTime` must not exceed 30 days
                (`G20026` otherwise).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            order_type: Filter by order type. MirrorX order type: `10` delegation (Ceffu -> Binance), `20`
                undelegation (Binance -> Ceffu), `30` settlement.

        """
        kwargs = get_mirror_x_orders._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
            coin_symbol=coin_symbol,
            order_type=order_type,
        )
        return await self._client.call(kwargs, _parse_get_mirror_x_orders)

    def iter_get_mirror_x_orders(
        self,
        *,
        mirror_x_link_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        coin_symbol: str | Unset = UNSET,
        order_type: MirrorXOrderType | Unset = UNSET,
    ) -> AsyncIterator[MirrorXOrder]:
        """Every item of `get_mirror_x_orders`, page after page.
        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            start_time: Start of the time range (ms since epoch, inclusive). `endTime - startTime` must not
                exceed 30 days (`G20026` otherwise).
            end_time: End of the time range (ms since epoch). `endTime - startTime` must not exceed 30 days
                (`G20026` otherwise).
            page_limit: Page size, 1-500 (required by this endpoint).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            order_type: Filter by order type. MirrorX order type: `10` delegation (Ceffu -> Binance), `20`
                undelegation (Binance -> Ceffu), `30` settlement.

        """

        async def fetch(position: int) -> MirrorXOrderPage:
            return await self.get_mirror_x_orders(
                mirror_x_link_id=mirror_x_link_id,
                start_time=start_time,
                end_time=end_time,
                page_limit=page_limit,
                page_no=position,
                coin_symbol=coin_symbol,
                order_type=order_type,
            )

        return pagination.aiterate_pages(fetch, "data", MirrorXOrder)

    async def place_mirror_x_order(
        self,
        *,
        body: PlaceMirrorXOrderRequest,
    ) -> MirrorXOrderResult:
        """Place MirrorX Orders

        `POST /open-api/v1/mirrorX/order`.
        Delegates assets to (or undelegates from) the linked Binance sub-account while they stay
        in Ceffu custody.

        Args:
            body: MirrorX delegation/undelegation order.
                mirror_x_link_id: MirrorX link id. The docs type it as integer, the official SDK sends a string;
                a numeric string is accepted either way.
                order_type: Order type: `10` delegation (Ceffu -> Binance), `20` undelegation (Binance ->
                Ceffu).
                coin_symbol: Coin symbol.
                amount: Amount.
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.

        """
        kwargs = place_mirror_x_order._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_place_mirror_x_order)


class MirrorXResourceWithRawResponse:
    """Mirror X: 5 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_mirror_x_link_ids(
        self,
        *,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[MirrorXLinkPage]:
        """Get MirrorX LinkId List

        `GET /open-api/v1/mirrorX/mirrorXLinkId/list`.
        Binance 3rd-Party-Custodian sub-accounts linked to Prime Wallets (links are applied for in
        Ceffu Web). Paginated: `pageNo` (from 1) and `pageLimit` (1-500); iterate while `pageNo <
        totalPage`.

        Args:
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_x_link_ids._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_mirror_x_link_ids)

    def get_mirror_x_available_amount(
        self,
        *,
        mirror_x_link_id: str,
        coin_symbol: str,
        order_type: MirrorXOrderType,
    ) -> APIResponse[MirrorXAvailableAmount]:
        """Check MirrorX Available amount

        `GET /open-api/v1/mirrorX/order/check`.
        Maximum amount currently available for a delegation or undelegation.

        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            order_type: Order type: `10` delegation, `20` undelegation.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_x_available_amount._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            coin_symbol=coin_symbol,
            order_type=order_type,
        )
        return self._client.call_raw(kwargs, _parse_get_mirror_x_available_amount)

    def get_mirror_x_positions(
        self,
        *,
        mirror_x_link_id: str,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
        page_no: int = 1,
    ) -> APIResponse[MirrorXPositionPage]:
        """Get MirrorX Asset Positions

        `GET /open-api/v1/mirrorX/positions/list`.
        MirrorX positions of a link, plus the exchange balance in USDT. Paginated: `pageNo` (from
        1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            exclude_zero_amount_flag: Exclude zero balances (default false).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_x_positions._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            exclude_zero_amount_flag=exclude_zero_amount_flag,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_mirror_x_positions)

    def get_mirror_x_orders(
        self,
        *,
        mirror_x_link_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
        coin_symbol: str | Unset = UNSET,
        order_type: MirrorXOrderType | Unset = UNSET,
    ) -> APIResponse[MirrorXOrderPage]:
        """Get MirrorX Orders

        `GET /open-api/v1/mirrorX/order/list`.
        MirrorX orders of a link in a time range (at most 30 days, `G20026`). Paginated: `pageNo`
        (from 1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            start_time: Start of the time range (ms since epoch, inclusive). `endTime - startTime` must not
                exceed 30 days (`G20026` otherwise).
            end_time: End of the time range (ms since epoch). `endTime - startTime` must not exceed 30 days
                (`G20026` otherwise).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            order_type: Filter by order type. MirrorX order type: `10` delegation (Ceffu -> Binance), `20`
                undelegation (Binance -> Ceffu), `30` settlement.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_x_orders._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
            coin_symbol=coin_symbol,
            order_type=order_type,
        )
        return self._client.call_raw(kwargs, _parse_get_mirror_x_orders)

    def place_mirror_x_order(
        self,
        *,
        body: PlaceMirrorXOrderRequest,
    ) -> APIResponse[MirrorXOrderResult]:
        """Place MirrorX Orders

        `POST /open-api/v1/mirrorX/order`.
        Delegates assets to (or undelegates from) the linked Binance sub-account while they stay
        in Ceffu custody.

        Args:
            body: MirrorX delegation/undelegation order.
                mirror_x_link_id: MirrorX link id. The docs type it as integer, the official SDK sends a string;
                a numeric string is accepted either way.
                order_type: Order type: `10` delegation (Ceffu -> Binance), `20` undelegation (Binance ->
                Ceffu).
                coin_symbol: Coin symbol.
                amount: Amount.
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = place_mirror_x_order._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_place_mirror_x_order)


class AsyncMirrorXResourceWithRawResponse:
    """Mirror X: 5 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_mirror_x_link_ids(
        self,
        *,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> APIResponse[MirrorXLinkPage]:
        """Get MirrorX LinkId List

        `GET /open-api/v1/mirrorX/mirrorXLinkId/list`.
        Binance 3rd-Party-Custodian sub-accounts linked to Prime Wallets (links are applied for in
        Ceffu Web). Paginated: `pageNo` (from 1) and `pageLimit` (1-500); iterate while `pageNo <
        totalPage`.

        Args:
            page_limit: Page size, 1-500. Default not documented.
            page_no: Page number, from 1 (default 1).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_x_link_ids._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_mirror_x_link_ids)

    async def get_mirror_x_available_amount(
        self,
        *,
        mirror_x_link_id: str,
        coin_symbol: str,
        order_type: MirrorXOrderType,
    ) -> APIResponse[MirrorXAvailableAmount]:
        """Check MirrorX Available amount

        `GET /open-api/v1/mirrorX/order/check`.
        Maximum amount currently available for a delegation or undelegation.

        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            order_type: Order type: `10` delegation, `20` undelegation.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_x_available_amount._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            coin_symbol=coin_symbol,
            order_type=order_type,
        )
        return await self._client.call_raw(kwargs, _parse_get_mirror_x_available_amount)

    async def get_mirror_x_positions(
        self,
        *,
        mirror_x_link_id: str,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
        page_no: int = 1,
    ) -> APIResponse[MirrorXPositionPage]:
        """Get MirrorX Asset Positions

        `GET /open-api/v1/mirrorX/positions/list`.
        MirrorX positions of a link, plus the exchange balance in USDT. Paginated: `pageNo` (from
        1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            exclude_zero_amount_flag: Exclude zero balances (default false).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_x_positions._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            exclude_zero_amount_flag=exclude_zero_amount_flag,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_mirror_x_positions)

    async def get_mirror_x_orders(
        self,
        *,
        mirror_x_link_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
        coin_symbol: str | Unset = UNSET,
        order_type: MirrorXOrderType | Unset = UNSET,
    ) -> APIResponse[MirrorXOrderPage]:
        """Get MirrorX Orders

        `GET /open-api/v1/mirrorX/order/list`.
        MirrorX orders of a link in a time range (at most 30 days, `G20026`). Paginated: `pageNo`
        (from 1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.

        Args:
            mirror_x_link_id: MirrorX link id (from Get MirrorX LinkId List).
            start_time: Start of the time range (ms since epoch, inclusive). `endTime - startTime` must not
                exceed 30 days (`G20026` otherwise).
            end_time: End of the time range (ms since epoch). `endTime - startTime` must not exceed 30 days
                (`G20026` otherwise).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            order_type: Filter by order type. MirrorX order type: `10` delegation (Ceffu -> Binance), `20`
                undelegation (Binance -> Ceffu), `30` settlement.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_x_orders._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
            coin_symbol=coin_symbol,
            order_type=order_type,
        )
        return await self._client.call_raw(kwargs, _parse_get_mirror_x_orders)

    async def place_mirror_x_order(
        self,
        *,
        body: PlaceMirrorXOrderRequest,
    ) -> APIResponse[MirrorXOrderResult]:
        """Place MirrorX Orders

        `POST /open-api/v1/mirrorX/order`.
        Delegates assets to (or undelegates from) the linked Binance sub-account while they stay
        in Ceffu custody.

        Args:
            body: MirrorX delegation/undelegation order.
                mirror_x_link_id: MirrorX link id. The docs type it as integer, the official SDK sends a string;
                a numeric string is accepted either way.
                order_type: Order type: `10` delegation (Ceffu -> Binance), `20` undelegation (Binance ->
                Ceffu).
                coin_symbol: Coin symbol.
                amount: Amount.
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = place_mirror_x_order._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_place_mirror_x_order)


class WebhooksResource:
    """Webhooks: 1 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def resend_webhook(
        self,
        *,
        body: ResendWebhookRequest,
    ) -> bool | None:
        """Resend webhook notifications

        `POST /open-api/entity/webhook/resend`.
        Resends all failed notifications of a webhook for an event type since a time. Note: the
        path has no version segment.

        Args:
            body: Resend failed webhook notifications.
                webhook_id: Webhook id.
                event_type: Event type (string): `"1"` Deposit success, `"2"` Deposit failed, `"3"` Withdrawal
                success, `"4"` Withdrawal failed.
                resend_from_date_time: Resend failed notifications since this time (ms since epoch; at most 180
                days ago per the SDK validator).

        """
        kwargs = resend_webhook._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_resend_webhook)


class AsyncWebhooksResource:
    """Webhooks: 1 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def resend_webhook(
        self,
        *,
        body: ResendWebhookRequest,
    ) -> bool | None:
        """Resend webhook notifications

        `POST /open-api/entity/webhook/resend`.
        Resends all failed notifications of a webhook for an event type since a time. Note: the
        path has no version segment.

        Args:
            body: Resend failed webhook notifications.
                webhook_id: Webhook id.
                event_type: Event type (string): `"1"` Deposit success, `"2"` Deposit failed, `"3"` Withdrawal
                success, `"4"` Withdrawal failed.
                resend_from_date_time: Resend failed notifications since this time (ms since epoch; at most 180
                days ago per the SDK validator).

        """
        kwargs = resend_webhook._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_resend_webhook)


class WebhooksResourceWithRawResponse:
    """Webhooks: 1 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def resend_webhook(
        self,
        *,
        body: ResendWebhookRequest,
    ) -> APIResponse[bool | None]:
        """Resend webhook notifications

        `POST /open-api/entity/webhook/resend`.
        Resends all failed notifications of a webhook for an event type since a time. Note: the
        path has no version segment.

        Args:
            body: Resend failed webhook notifications.
                webhook_id: Webhook id.
                event_type: Event type (string): `"1"` Deposit success, `"2"` Deposit failed, `"3"` Withdrawal
                success, `"4"` Withdrawal failed.
                resend_from_date_time: Resend failed notifications since this time (ms since epoch; at most 180
                days ago per the SDK validator).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = resend_webhook._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_resend_webhook)


class AsyncWebhooksResourceWithRawResponse:
    """Webhooks: 1 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def resend_webhook(
        self,
        *,
        body: ResendWebhookRequest,
    ) -> APIResponse[bool | None]:
        """Resend webhook notifications

        `POST /open-api/entity/webhook/resend`.
        Resends all failed notifications of a webhook for an event type since a time. Note: the
        path has no version segment.

        Args:
            body: Resend failed webhook notifications.
                webhook_id: Webhook id.
                event_type: Event type (string): `"1"` Deposit success, `"2"` Deposit failed, `"3"` Withdrawal
                success, `"4"` Withdrawal failed.
                resend_from_date_time: Resend failed notifications since this time (ms since epoch; at most 180
                days ago per the SDK validator).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = resend_webhook._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_resend_webhook)


class ArchiveMirrorResource:
    """Archive Mirror: 6 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_mirror_linked_uids(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        page_limit: int,
        page_no: int = 1,
    ) -> MirrorLinkPage:
        """Get Mirror Linked Binance UID List

        `GET /open-api/v1/mirror/linked/list`.
        Binance UIDs linked to Ceffu wallets for (archive) Mirror. **Archived** endpoint, still
        documented under "Archive".

        Args:
            wallet_id_str: Filter by Ceffu wallet id. Decimal string.
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).

        """
        kwargs = get_mirror_linked_uids._get_kwargs(
            wallet_id_str=wallet_id_str,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_mirror_linked_uids)

    def iter_get_mirror_linked_uids(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        page_limit: int,
    ) -> Iterator[MirrorLink]:
        """Every item of `get_mirror_linked_uids`, page after page.
        Args:
            wallet_id_str: Filter by Ceffu wallet id. Decimal string.
            page_limit: Page size, 1-500 (required by this endpoint).

        """

        def fetch(position: int) -> MirrorLinkPage:
            return self.get_mirror_linked_uids(
                wallet_id_str=wallet_id_str,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", MirrorLink)

    def apply_mirror_assets(
        self,
        *,
        body: ApplyMirrorAssetsRequest,
    ) -> MirrorApplyResult:
        """MIrror Assets Application

        `POST /open-api/v1/mirror/asset/apply`.
        Applies for mirror assets (borrow) on a Mirror link. **Archived** endpoint, still
        documented under "Archive".

        Args:
            body: Mirror assets application (borrow).
                mirror_link_id: Mirror link id (string).
                operation_type: Operation type: `1` Borrow (x-inferred). Sent as a string. The published example
                is the placeholder `"string"`.
                coin_symbol: Coin symbol, e.g. `BTC` (published example: placeholder `"string"`).
                network: Network symbol, e.g. `BTC` (published example: placeholder `"string"`).
                amount: Amount as an unsigned decimal string, e.g. `"1.5"` (at most 30 digits either side of the
                point, like every request amount). The published example is the placeholder `"string"`; the server
                rejects a non-decimal or negative amount with `G20005`.
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.

        """
        kwargs = apply_mirror_assets._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_apply_mirror_assets)

    def settle_mirror_assets(
        self,
        *,
        body: SettleMirrorAssetsRequest,
    ) -> MirrorApplyResult:
        """MIrror Assets Settlement

        `POST /open-api/v1/mirror/asset/settle`.
        Settles mirror assets on the Mirror link `mirrorLinkId`. All body fields are strings. The
        published request example uses the placeholder `"string"` for every field, so this schema
        constrains the other fields by type and length only; `amount` is an unsigned decimal
        string like every other request amount, and the server rejects values that are not valid
        (e.g. a non-decimal or negative `amount`) with `G20005`. **Archived** endpoint, still
        documented under "Archive".

        Args:
            body: Mirror assets settlement. The published request example uses the placeholder `"string"` for
                every field, so this schema constrains the other fields by type and length only; `amount` is an
                unsigned decimal string like every other request amount, and the server rejects values that are not
                valid (e.g. a non-decimal or negative `amount`) with `G20005`.
                mirror_link_id: Mirror link id (string).
                operation_type: Operation type: `2` Settle from Custody/Ceffu, `3` Settle from Binance. Sent as
                a string. The published example is the placeholder `"string"`.
                coin_symbol: Coin symbol, e.g. `BTC` (published example: placeholder `"string"`).
                network: Network symbol, e.g. `BTC` (published example: placeholder `"string"`).
                amount: Amount as an unsigned decimal string, e.g. `"1.5"` (at most 30 digits either side of the
                point, like every request amount). The published example is the placeholder `"string"`; the server
                rejects a non-decimal or negative amount with `G20005`.
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.

        """
        kwargs = settle_mirror_assets._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_settle_mirror_assets)

    def get_mirror_operation_records(
        self,
        *,
        binance_uid: str | Unset = UNSET,
        wallet_id_str: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        operation_type: MirrorOperationType | Unset = UNSET,
        status: MirrorOperationStatus | Unset = UNSET,
        page_limit: int,
        page_no: int = 1,
    ) -> MirrorRecordPage:
        """Get Mirror Operation Records

        `GET /open-api/v1/mirror/records/list`.
        Mirror operation records. One of `binanceUID` / `walletIdStr` is required. **Archived**
        endpoint, still documented under "Archive".

        Args:
            binance_uid: Binance UID. One of `binanceUID` / `walletIdStr` is required.
            wallet_id_str: Ceffu wallet id. One of `binanceUID` / `walletIdStr` is required. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            operation_type: Mirror operation type: `1` Borrow (apply), `2` Settle from Custody/Ceffu, `3` Settle
                from Binance.
            status: Mirror operation status: `20` In progress, `30` Success, `99` Failed.
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).

        """
        kwargs = get_mirror_operation_records._get_kwargs(
            binance_uid=binance_uid,
            wallet_id_str=wallet_id_str,
            coin_symbol=coin_symbol,
            network=network,
            start_time=start_time,
            end_time=end_time,
            operation_type=operation_type,
            status=status,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_mirror_operation_records)

    def iter_get_mirror_operation_records(
        self,
        *,
        binance_uid: str | Unset = UNSET,
        wallet_id_str: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        operation_type: MirrorOperationType | Unset = UNSET,
        status: MirrorOperationStatus | Unset = UNSET,
        page_limit: int,
    ) -> Iterator[MirrorRecord]:
        """Every item of `get_mirror_operation_records`, page after page.
        Args:
            binance_uid: Binance UID. One of `binanceUID` / `walletIdStr` is required.
            wallet_id_str: Ceffu wallet id. One of `binanceUID` / `walletIdStr` is required. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            operation_type: Mirror operation type: `1` Borrow (apply), `2` Settle from Custody/Ceffu, `3` Settle
                from Binance.
            status: Mirror operation status: `20` In progress, `30` Success, `99` Failed.
            page_limit: Page size, 1-500 (required by this endpoint).

        """

        def fetch(position: int) -> MirrorRecordPage:
            return self.get_mirror_operation_records(
                binance_uid=binance_uid,
                wallet_id_str=wallet_id_str,
                coin_symbol=coin_symbol,
                network=network,
                start_time=start_time,
                end_time=end_time,
                operation_type=operation_type,
                status=status,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", MirrorRecord)

    def get_mirror_positions(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        binance_uid: str | Unset = UNSET,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
        page_no: int = 1,
    ) -> MirrorPositionPage:
        """Get Mirrored Asset Positions

        `GET /open-api/v1/mirror/positions/list`.
        Mirrored asset positions. One of `walletIdStr` / `binanceUid` is required. (The docs type
        `pageLimit`/`pageNo` as strings; on the wire they are the same query digits.) **Archived**
        endpoint, still documented under "Archive".

        Args:
            wallet_id_str: Ceffu wallet id. One of `walletIdStr` / `binanceUid` is required. Decimal string.
            binance_uid: Binance UID. One of `walletIdStr` / `binanceUid` is required.
            exclude_zero_amount_flag: Exclude zero balances (default false).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).

        """
        kwargs = get_mirror_positions._get_kwargs(
            wallet_id_str=wallet_id_str,
            binance_uid=binance_uid,
            exclude_zero_amount_flag=exclude_zero_amount_flag,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_mirror_positions)

    def iter_get_mirror_positions(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        binance_uid: str | Unset = UNSET,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
    ) -> Iterator[MirrorPosition]:
        """Every item of `get_mirror_positions`, page after page.
        Args:
            wallet_id_str: Ceffu wallet id. One of `walletIdStr` / `binanceUid` is required. Decimal string.
            binance_uid: Binance UID. One of `walletIdStr` / `binanceUid` is required.
            exclude_zero_amount_flag: Exclude zero balances (default false).
            page_limit: Page size, 1-500 (required by this endpoint).

        """

        def fetch(position: int) -> MirrorPositionPage:
            return self.get_mirror_positions(
                wallet_id_str=wallet_id_str,
                binance_uid=binance_uid,
                exclude_zero_amount_flag=exclude_zero_amount_flag,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", MirrorPosition)

    def get_mirror_position_summary(
        self,
        *,
        wallet_id_str: str,
    ) -> MirrorPositionSummary:
        """Get Mirrored Asset Summary

        `GET /open-api/v1/mirror/position/summary`.
        Mirrored value of a wallet per Binance UID. **Archived** endpoint, still documented under
        "Archive".

        Args:
            wallet_id_str: Ceffu wallet id. Decimal string.

        """
        kwargs = get_mirror_position_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return self._client.call(kwargs, _parse_get_mirror_position_summary)


class AsyncArchiveMirrorResource:
    """Archive Mirror: 6 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_mirror_linked_uids(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        page_limit: int,
        page_no: int = 1,
    ) -> MirrorLinkPage:
        """Get Mirror Linked Binance UID List

        `GET /open-api/v1/mirror/linked/list`.
        Binance UIDs linked to Ceffu wallets for (archive) Mirror. **Archived** endpoint, still
        documented under "Archive".

        Args:
            wallet_id_str: Filter by Ceffu wallet id. Decimal string.
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).

        """
        kwargs = get_mirror_linked_uids._get_kwargs(
            wallet_id_str=wallet_id_str,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_mirror_linked_uids)

    def iter_get_mirror_linked_uids(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        page_limit: int,
    ) -> AsyncIterator[MirrorLink]:
        """Every item of `get_mirror_linked_uids`, page after page.
        Args:
            wallet_id_str: Filter by Ceffu wallet id. Decimal string.
            page_limit: Page size, 1-500 (required by this endpoint).

        """

        async def fetch(position: int) -> MirrorLinkPage:
            return await self.get_mirror_linked_uids(
                wallet_id_str=wallet_id_str,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", MirrorLink)

    async def apply_mirror_assets(
        self,
        *,
        body: ApplyMirrorAssetsRequest,
    ) -> MirrorApplyResult:
        """MIrror Assets Application

        `POST /open-api/v1/mirror/asset/apply`.
        Applies for mirror assets (borrow) on a Mirror link. **Archived** endpoint, still
        documented under "Archive".

        Args:
            body: Mirror assets application (borrow).
                mirror_link_id: Mirror link id (string).
                operation_type: Operation type: `1` Borrow (x-inferred). Sent as a string. The published example
                is the placeholder `"string"`.
                coin_symbol: Coin symbol, e.g. `BTC` (published example: placeholder `"string"`).
                network: Network symbol, e.g. `BTC` (published example: placeholder `"string"`).
                amount: Amount as an unsigned decimal string, e.g. `"1.5"` (at most 30 digits either side of the
                point, like every request amount). The published example is the placeholder `"string"`; the server
                rejects a non-decimal or negative amount with `G20005`.
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.

        """
        kwargs = apply_mirror_assets._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_apply_mirror_assets)

    async def settle_mirror_assets(
        self,
        *,
        body: SettleMirrorAssetsRequest,
    ) -> MirrorApplyResult:
        """MIrror Assets Settlement

        `POST /open-api/v1/mirror/asset/settle`.
        Settles mirror assets on the Mirror link `mirrorLinkId`. All body fields are strings. The
        published request example uses the placeholder `"string"` for every field, so this schema
        constrains the other fields by type and length only; `amount` is an unsigned decimal
        string like every other request amount, and the server rejects values that are not valid
        (e.g. a non-decimal or negative `amount`) with `G20005`. **Archived** endpoint, still
        documented under "Archive".

        Args:
            body: Mirror assets settlement. The published request example uses the placeholder `"string"` for
                every field, so this schema constrains the other fields by type and length only; `amount` is an
                unsigned decimal string like every other request amount, and the server rejects values that are not
                valid (e.g. a non-decimal or negative `amount`) with `G20005`.
                mirror_link_id: Mirror link id (string).
                operation_type: Operation type: `2` Settle from Custody/Ceffu, `3` Settle from Binance. Sent as
                a string. The published example is the placeholder `"string"`.
                coin_symbol: Coin symbol, e.g. `BTC` (published example: placeholder `"string"`).
                network: Network symbol, e.g. `BTC` (published example: placeholder `"string"`).
                amount: Amount as an unsigned decimal string, e.g. `"1.5"` (at most 30 digits either side of the
                point, like every request amount). The published example is the placeholder `"string"`; the server
                rejects a non-decimal or negative amount with `G20005`.
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.

        """
        kwargs = settle_mirror_assets._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_settle_mirror_assets)

    async def get_mirror_operation_records(
        self,
        *,
        binance_uid: str | Unset = UNSET,
        wallet_id_str: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        operation_type: MirrorOperationType | Unset = UNSET,
        status: MirrorOperationStatus | Unset = UNSET,
        page_limit: int,
        page_no: int = 1,
    ) -> MirrorRecordPage:
        """Get Mirror Operation Records

        `GET /open-api/v1/mirror/records/list`.
        Mirror operation records. One of `binanceUID` / `walletIdStr` is required. **Archived**
        endpoint, still documented under "Archive".

        Args:
            binance_uid: Binance UID. One of `binanceUID` / `walletIdStr` is required.
            wallet_id_str: Ceffu wallet id. One of `binanceUID` / `walletIdStr` is required. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            operation_type: Mirror operation type: `1` Borrow (apply), `2` Settle from Custody/Ceffu, `3` Settle
                from Binance.
            status: Mirror operation status: `20` In progress, `30` Success, `99` Failed.
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).

        """
        kwargs = get_mirror_operation_records._get_kwargs(
            binance_uid=binance_uid,
            wallet_id_str=wallet_id_str,
            coin_symbol=coin_symbol,
            network=network,
            start_time=start_time,
            end_time=end_time,
            operation_type=operation_type,
            status=status,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_mirror_operation_records)

    def iter_get_mirror_operation_records(
        self,
        *,
        binance_uid: str | Unset = UNSET,
        wallet_id_str: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        operation_type: MirrorOperationType | Unset = UNSET,
        status: MirrorOperationStatus | Unset = UNSET,
        page_limit: int,
    ) -> AsyncIterator[MirrorRecord]:
        """Every item of `get_mirror_operation_records`, page after page.
        Args:
            binance_uid: Binance UID. One of `binanceUID` / `walletIdStr` is required.
            wallet_id_str: Ceffu wallet id. One of `binanceUID` / `walletIdStr` is required. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            operation_type: Mirror operation type: `1` Borrow (apply), `2` Settle from Custody/Ceffu, `3` Settle
                from Binance.
            status: Mirror operation status: `20` In progress, `30` Success, `99` Failed.
            page_limit: Page size, 1-500 (required by this endpoint).

        """

        async def fetch(position: int) -> MirrorRecordPage:
            return await self.get_mirror_operation_records(
                binance_uid=binance_uid,
                wallet_id_str=wallet_id_str,
                coin_symbol=coin_symbol,
                network=network,
                start_time=start_time,
                end_time=end_time,
                operation_type=operation_type,
                status=status,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", MirrorRecord)

    async def get_mirror_positions(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        binance_uid: str | Unset = UNSET,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
        page_no: int = 1,
    ) -> MirrorPositionPage:
        """Get Mirrored Asset Positions

        `GET /open-api/v1/mirror/positions/list`.
        Mirrored asset positions. One of `walletIdStr` / `binanceUid` is required. (The docs type
        `pageLimit`/`pageNo` as strings; on the wire they are the same query digits.) **Archived**
        endpoint, still documented under "Archive".

        Args:
            wallet_id_str: Ceffu wallet id. One of `walletIdStr` / `binanceUid` is required. Decimal string.
            binance_uid: Binance UID. One of `walletIdStr` / `binanceUid` is required.
            exclude_zero_amount_flag: Exclude zero balances (default false).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).

        """
        kwargs = get_mirror_positions._get_kwargs(
            wallet_id_str=wallet_id_str,
            binance_uid=binance_uid,
            exclude_zero_amount_flag=exclude_zero_amount_flag,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_mirror_positions)

    def iter_get_mirror_positions(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        binance_uid: str | Unset = UNSET,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
    ) -> AsyncIterator[MirrorPosition]:
        """Every item of `get_mirror_positions`, page after page.
        Args:
            wallet_id_str: Ceffu wallet id. One of `walletIdStr` / `binanceUid` is required. Decimal string.
            binance_uid: Binance UID. One of `walletIdStr` / `binanceUid` is required.
            exclude_zero_amount_flag: Exclude zero balances (default false).
            page_limit: Page size, 1-500 (required by this endpoint).

        """

        async def fetch(position: int) -> MirrorPositionPage:
            return await self.get_mirror_positions(
                wallet_id_str=wallet_id_str,
                binance_uid=binance_uid,
                exclude_zero_amount_flag=exclude_zero_amount_flag,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", MirrorPosition)

    async def get_mirror_position_summary(
        self,
        *,
        wallet_id_str: str,
    ) -> MirrorPositionSummary:
        """Get Mirrored Asset Summary

        `GET /open-api/v1/mirror/position/summary`.
        Mirrored value of a wallet per Binance UID. **Archived** endpoint, still documented under
        "Archive".

        Args:
            wallet_id_str: Ceffu wallet id. Decimal string.

        """
        kwargs = get_mirror_position_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return await self._client.call(kwargs, _parse_get_mirror_position_summary)


class ArchiveMirrorResourceWithRawResponse:
    """Archive Mirror: 6 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_mirror_linked_uids(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        page_limit: int,
        page_no: int = 1,
    ) -> APIResponse[MirrorLinkPage]:
        """Get Mirror Linked Binance UID List

        `GET /open-api/v1/mirror/linked/list`.
        Binance UIDs linked to Ceffu wallets for (archive) Mirror. **Archived** endpoint, still
        documented under "Archive".

        Args:
            wallet_id_str: Filter by Ceffu wallet id. Decimal string.
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_linked_uids._get_kwargs(
            wallet_id_str=wallet_id_str,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_mirror_linked_uids)

    def apply_mirror_assets(
        self,
        *,
        body: ApplyMirrorAssetsRequest,
    ) -> APIResponse[MirrorApplyResult]:
        """MIrror Assets Application

        `POST /open-api/v1/mirror/asset/apply`.
        Applies for mirror assets (borrow) on a Mirror link. **Archived** endpoint, still
        documented under "Archive".

        Args:
            body: Mirror assets application (borrow).
                mirror_link_id: Mirror link id (string).
                operation_type: Operation type: `1` Borrow (x-inferred). Sent as a string. The published example
                is the placeholder `"string"`.
                coin_symbol: Coin symbol, e.g. `BTC` (published example: placeholder `"string"`).
                network: Network symbol, e.g. `BTC` (published example: placeholder `"string"`).
                amount: Amount as an unsigned decimal string, e.g. `"1.5"` (at most 30 digits either side of the
                point, like every request amount). The published example is the placeholder `"string"`; the server
                rejects a non-decimal or negative amount with `G20005`.
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = apply_mirror_assets._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_apply_mirror_assets)

    def settle_mirror_assets(
        self,
        *,
        body: SettleMirrorAssetsRequest,
    ) -> APIResponse[MirrorApplyResult]:
        """MIrror Assets Settlement

        `POST /open-api/v1/mirror/asset/settle`.
        Settles mirror assets on the Mirror link `mirrorLinkId`. All body fields are strings. The
        published request example uses the placeholder `"string"` for every field, so this schema
        constrains the other fields by type and length only; `amount` is an unsigned decimal
        string like every other request amount, and the server rejects values that are not valid
        (e.g. a non-decimal or negative `amount`) with `G20005`. **Archived** endpoint, still
        documented under "Archive".

        Args:
            body: Mirror assets settlement. The published request example uses the placeholder `"string"` for
                every field, so this schema constrains the other fields by type and length only; `amount` is an
                unsigned decimal string like every other request amount, and the server rejects values that are not
                valid (e.g. a non-decimal or negative `amount`) with `G20005`.
                mirror_link_id: Mirror link id (string).
                operation_type: Operation type: `2` Settle from Custody/Ceffu, `3` Settle from Binance. Sent as
                a string. The published example is the placeholder `"string"`.
                coin_symbol: Coin symbol, e.g. `BTC` (published example: placeholder `"string"`).
                network: Network symbol, e.g. `BTC` (published example: placeholder `"string"`).
                amount: Amount as an unsigned decimal string, e.g. `"1.5"` (at most 30 digits either side of the
                point, like every request amount). The published example is the placeholder `"string"`; the server
                rejects a non-decimal or negative amount with `G20005`.
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = settle_mirror_assets._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_settle_mirror_assets)

    def get_mirror_operation_records(
        self,
        *,
        binance_uid: str | Unset = UNSET,
        wallet_id_str: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        operation_type: MirrorOperationType | Unset = UNSET,
        status: MirrorOperationStatus | Unset = UNSET,
        page_limit: int,
        page_no: int = 1,
    ) -> APIResponse[MirrorRecordPage]:
        """Get Mirror Operation Records

        `GET /open-api/v1/mirror/records/list`.
        Mirror operation records. One of `binanceUID` / `walletIdStr` is required. **Archived**
        endpoint, still documented under "Archive".

        Args:
            binance_uid: Binance UID. One of `binanceUID` / `walletIdStr` is required.
            wallet_id_str: Ceffu wallet id. One of `binanceUID` / `walletIdStr` is required. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            operation_type: Mirror operation type: `1` Borrow (apply), `2` Settle from Custody/Ceffu, `3` Settle
                from Binance.
            status: Mirror operation status: `20` In progress, `30` Success, `99` Failed.
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_operation_records._get_kwargs(
            binance_uid=binance_uid,
            wallet_id_str=wallet_id_str,
            coin_symbol=coin_symbol,
            network=network,
            start_time=start_time,
            end_time=end_time,
            operation_type=operation_type,
            status=status,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_mirror_operation_records)

    def get_mirror_positions(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        binance_uid: str | Unset = UNSET,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
        page_no: int = 1,
    ) -> APIResponse[MirrorPositionPage]:
        """Get Mirrored Asset Positions

        `GET /open-api/v1/mirror/positions/list`.
        Mirrored asset positions. One of `walletIdStr` / `binanceUid` is required. (The docs type
        `pageLimit`/`pageNo` as strings; on the wire they are the same query digits.) **Archived**
        endpoint, still documented under "Archive".

        Args:
            wallet_id_str: Ceffu wallet id. One of `walletIdStr` / `binanceUid` is required. Decimal string.
            binance_uid: Binance UID. One of `walletIdStr` / `binanceUid` is required.
            exclude_zero_amount_flag: Exclude zero balances (default false).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_positions._get_kwargs(
            wallet_id_str=wallet_id_str,
            binance_uid=binance_uid,
            exclude_zero_amount_flag=exclude_zero_amount_flag,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_mirror_positions)

    def get_mirror_position_summary(
        self,
        *,
        wallet_id_str: str,
    ) -> APIResponse[MirrorPositionSummary]:
        """Get Mirrored Asset Summary

        `GET /open-api/v1/mirror/position/summary`.
        Mirrored value of a wallet per Binance UID. **Archived** endpoint, still documented under
        "Archive".

        Args:
            wallet_id_str: Ceffu wallet id. Decimal string.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_position_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return self._client.call_raw(kwargs, _parse_get_mirror_position_summary)


class AsyncArchiveMirrorResourceWithRawResponse:
    """Archive Mirror: 6 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_mirror_linked_uids(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        page_limit: int,
        page_no: int = 1,
    ) -> APIResponse[MirrorLinkPage]:
        """Get Mirror Linked Binance UID List

        `GET /open-api/v1/mirror/linked/list`.
        Binance UIDs linked to Ceffu wallets for (archive) Mirror. **Archived** endpoint, still
        documented under "Archive".

        Args:
            wallet_id_str: Filter by Ceffu wallet id. Decimal string.
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_linked_uids._get_kwargs(
            wallet_id_str=wallet_id_str,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_mirror_linked_uids)

    async def apply_mirror_assets(
        self,
        *,
        body: ApplyMirrorAssetsRequest,
    ) -> APIResponse[MirrorApplyResult]:
        """MIrror Assets Application

        `POST /open-api/v1/mirror/asset/apply`.
        Applies for mirror assets (borrow) on a Mirror link. **Archived** endpoint, still
        documented under "Archive".

        Args:
            body: Mirror assets application (borrow).
                mirror_link_id: Mirror link id (string).
                operation_type: Operation type: `1` Borrow (x-inferred). Sent as a string. The published example
                is the placeholder `"string"`.
                coin_symbol: Coin symbol, e.g. `BTC` (published example: placeholder `"string"`).
                network: Network symbol, e.g. `BTC` (published example: placeholder `"string"`).
                amount: Amount as an unsigned decimal string, e.g. `"1.5"` (at most 30 digits either side of the
                point, like every request amount). The published example is the placeholder `"string"`; the server
                rejects a non-decimal or negative amount with `G20005`.
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = apply_mirror_assets._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_apply_mirror_assets)

    async def settle_mirror_assets(
        self,
        *,
        body: SettleMirrorAssetsRequest,
    ) -> APIResponse[MirrorApplyResult]:
        """MIrror Assets Settlement

        `POST /open-api/v1/mirror/asset/settle`.
        Settles mirror assets on the Mirror link `mirrorLinkId`. All body fields are strings. The
        published request example uses the placeholder `"string"` for every field, so this schema
        constrains the other fields by type and length only; `amount` is an unsigned decimal
        string like every other request amount, and the server rejects values that are not valid
        (e.g. a non-decimal or negative `amount`) with `G20005`. **Archived** endpoint, still
        documented under "Archive".

        Args:
            body: Mirror assets settlement. The published request example uses the placeholder `"string"` for
                every field, so this schema constrains the other fields by type and length only; `amount` is an
                unsigned decimal string like every other request amount, and the server rejects values that are not
                valid (e.g. a non-decimal or negative `amount`) with `G20005`.
                mirror_link_id: Mirror link id (string).
                operation_type: Operation type: `2` Settle from Custody/Ceffu, `3` Settle from Binance. Sent as
                a string. The published example is the placeholder `"string"`.
                coin_symbol: Coin symbol, e.g. `BTC` (published example: placeholder `"string"`).
                network: Network symbol, e.g. `BTC` (published example: placeholder `"string"`).
                amount: Amount as an unsigned decimal string, e.g. `"1.5"` (at most 30 digits either side of the
                point, like every request amount). The published example is the placeholder `"string"`; the server
                rejects a non-decimal or negative amount with `G20005`.
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = settle_mirror_assets._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_settle_mirror_assets)

    async def get_mirror_operation_records(
        self,
        *,
        binance_uid: str | Unset = UNSET,
        wallet_id_str: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        operation_type: MirrorOperationType | Unset = UNSET,
        status: MirrorOperationStatus | Unset = UNSET,
        page_limit: int,
        page_no: int = 1,
    ) -> APIResponse[MirrorRecordPage]:
        """Get Mirror Operation Records

        `GET /open-api/v1/mirror/records/list`.
        Mirror operation records. One of `binanceUID` / `walletIdStr` is required. **Archived**
        endpoint, still documented under "Archive".

        Args:
            binance_uid: Binance UID. One of `binanceUID` / `walletIdStr` is required.
            wallet_id_str: Ceffu wallet id. One of `binanceUID` / `walletIdStr` is required. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            operation_type: Mirror operation type: `1` Borrow (apply), `2` Settle from Custody/Ceffu, `3` Settle
                from Binance.
            status: Mirror operation status: `20` In progress, `30` Success, `99` Failed.
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_operation_records._get_kwargs(
            binance_uid=binance_uid,
            wallet_id_str=wallet_id_str,
            coin_symbol=coin_symbol,
            network=network,
            start_time=start_time,
            end_time=end_time,
            operation_type=operation_type,
            status=status,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_mirror_operation_records)

    async def get_mirror_positions(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        binance_uid: str | Unset = UNSET,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
        page_no: int = 1,
    ) -> APIResponse[MirrorPositionPage]:
        """Get Mirrored Asset Positions

        `GET /open-api/v1/mirror/positions/list`.
        Mirrored asset positions. One of `walletIdStr` / `binanceUid` is required. (The docs type
        `pageLimit`/`pageNo` as strings; on the wire they are the same query digits.) **Archived**
        endpoint, still documented under "Archive".

        Args:
            wallet_id_str: Ceffu wallet id. One of `walletIdStr` / `binanceUid` is required. Decimal string.
            binance_uid: Binance UID. One of `walletIdStr` / `binanceUid` is required.
            exclude_zero_amount_flag: Exclude zero balances (default false).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_positions._get_kwargs(
            wallet_id_str=wallet_id_str,
            binance_uid=binance_uid,
            exclude_zero_amount_flag=exclude_zero_amount_flag,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_mirror_positions)

    async def get_mirror_position_summary(
        self,
        *,
        wallet_id_str: str,
    ) -> APIResponse[MirrorPositionSummary]:
        """Get Mirrored Asset Summary

        `GET /open-api/v1/mirror/position/summary`.
        Mirrored value of a wallet per Binance UID. **Archived** endpoint, still documented under
        "Archive".

        Args:
            wallet_id_str: Ceffu wallet id. Decimal string.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_mirror_position_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return await self._client.call_raw(kwargs, _parse_get_mirror_position_summary)


class ArchiveWalletResource:
    """Archive Wallet: 7 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def transfer_with_exchange(
        self,
        *,
        body: TransferWithExchangeRequest,
    ) -> ExchangeTransferResult:
        """Transfer with Exchange

        `POST /open-api/v1/wallet/transfer/exchange`.
        Transfers from a Prime Wallet to its bound Binance account (only Ceffu -> exchange is
        supported). **Archived** endpoint, still documented under "Archive".

        Args:
            body: Transfer from a Prime Wallet to its bound exchange (Binance) account.
                amount: Amount.
                exchange_code: Exchange code: `10` Binance.
                exchange_user_id: Exchange account id (Binance UID).
                parent_wallet_id: Source Prime Wallet (the docs type it int64). Decimal string (send ids as
                strings: they exceed 2^53).
                request_id: The docs type it int64. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                coin_symbol (optional): Coin symbol (marked optional in the docs).
                direction (optional): Direction: only `10` custody -> exchange is supported.
                status (optional): Listed as an optional request field in the docs; has no documented effect.

        """
        kwargs = transfer_with_exchange._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_transfer_with_exchange)

    def get_exchange_transfer_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        direction: ExchangeTransferDirection | Unset = UNSET,
        status: TransferStatus | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
    ) -> ExchangeTransferPage:
        """Get Transfer History with Exchange

        `GET /open-api/v1/wallet/transfer/exchange/history`.
        Transfers with exchange of a Prime Wallet in a time range. Paginated: `pageNo` (from 1)
        and `pageLimit` (1-500); iterate while `pageNo < totalPage`. **Archived** endpoint, still
        documented under "Archive".

        Args:
            wallet_id: Prime Wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            direction: Filter by direction. Exchange transfer direction: `10` custody -> exchange, `20` exchange
                -> custody (only `10` is supported for new transfers).
            status: Filter by status. Transfer status: `10` Pending, `20` Processing, `30` Send success, `99`
                Failed.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).

        """
        kwargs = get_exchange_transfer_history._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            direction=direction,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_exchange_transfer_history)

    def iter_get_exchange_transfer_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        direction: ExchangeTransferDirection | Unset = UNSET,
        status: TransferStatus | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
    ) -> Iterator[ExchangeTransfer]:
        """Every item of `get_exchange_transfer_history`, page after page.
        Args:
            wallet_id: Prime Wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            direction: Filter by direction. Exchange transfer direction: `10` custody -> exchange, `20` exchange
                -> custody (only `10` is supported for new transfers).
            status: Filter by status. Transfer status: `10` Pending, `20` Processing, `30` Send success, `99`
                Failed.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).

        """

        def fetch(position: int) -> ExchangeTransferPage:
            return self.get_exchange_transfer_history(
                wallet_id=wallet_id,
                coin_symbol=coin_symbol,
                direction=direction,
                status=status,
                start_time=start_time,
                end_time=end_time,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", ExchangeTransfer)

    def get_exchange_transfer_detail(
        self,
        *,
        wallet_id: str,
        order_view_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
    ) -> ExchangeTransfer:
        """Get Transfer Detail with Exchange

        `GET /open-api/v1/wallet/transfer/exchange/detail`.
        One transfer with exchange by `orderViewId` or `requestId` (one of them is required).
        **Archived** endpoint, still documented under "Archive".

        Args:
            wallet_id: Prime Wallet id. Decimal string.
            order_view_id: Ceffu order id. One of `orderViewId` / `requestId` is required.
            request_id: Client `requestId`. One of `orderViewId` / `requestId` is required.

        """
        kwargs = get_exchange_transfer_detail._get_kwargs(
            wallet_id=wallet_id,
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return self._client.call(kwargs, _parse_get_exchange_transfer_detail)

    def create_withdrawal_v1(
        self,
        *,
        body: CreateWithdrawalV1Request,
    ) -> WithdrawalResult:
        """Withdrawal (v1)

        `POST /open-api/v1/wallet/withdrawal`.
        v1 withdrawal from a parent Qualified or Prime Wallet. Superseded by v2 (`amount`
        semantics differ). **Archived** endpoint, still documented under "Archive".

        Args:
            body: Withdrawal (v1, archived).
                wallet_id: Source wallet (parent Qualified, Cosign or Prime Wallet; sub-wallets cannot withdraw
                - `G20017`). Decimal string (send ids as strings: they exceed 2^53).
                coin_symbol: Coin symbol, e.g. `USDT`.
                network: Network symbol, e.g. `ETH`.
                amount: Amount to withdraw. v1 semantics (fee handling differs from v2).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                withdrawal_address (optional): Destination address (must be whitelisted). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`.
                to_wallet_id_str (optional): Destination Ceffu wallet (whitelist check bypassed). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`. Decimal string (send ids as strings: they exceed 2^53).
                memo (optional): Memo/tag, when the network needs one. `null` is accepted as not sent
                (x-inferred: the docs' records show `memo` as null when there is none).
                customize_fee_amount (optional): Custom network fee (Qualified/Cosign wallets; ETH, BTC, XRP,
                TRON networks).

        """
        kwargs = create_withdrawal_v1._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_withdrawal_v1)

    def get_withdrawal_history_v1(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: TransactionStatus | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
    ) -> TransactionPage:
        """Get Withdrawal History (v1)

        `GET /open-api/v1/wallet/withdrawal/history`.
        v1 withdrawal history ("unified pageable result"). Paginated: `pageNo` (from 1) and
        `pageLimit` (1-500); iterate while `pageNo < totalPage`. **Archived** endpoint, still
        documented under "Archive".

        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            status: Filter by status. Transaction status: `10` Pending, `20` Processing, `30` Send success, `40`
                Confirmed, `99` Failed.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).

        """
        kwargs = get_withdrawal_history_v1._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_withdrawal_history_v1)

    def iter_get_withdrawal_history_v1(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: TransactionStatus | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
    ) -> Iterator[Transaction]:
        """Every item of `get_withdrawal_history_v1`, page after page.
        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            status: Filter by status. Transaction status: `10` Pending, `20` Processing, `30` Send success, `40`
                Confirmed, `99` Failed.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).

        """

        def fetch(position: int) -> TransactionPage:
            return self.get_withdrawal_history_v1(
                wallet_id=wallet_id,
                network=network,
                coin_symbol=coin_symbol,
                status=status,
                start_time=start_time,
                end_time=end_time,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", Transaction)

    def get_withdrawal_detail_v1(
        self,
        *,
        order_view_id: str,
    ) -> Transaction:
        """Get Withdrawal Details (v1)

        `GET /open-api/v1/wallet/withdrawal/detail`.
        v1 withdrawal detail by `orderViewId`. **Archived** endpoint, still documented under
        "Archive".

        Args:
            order_view_id: Ceffu order id (`orderViewId`).

        """
        kwargs = get_withdrawal_detail_v1._get_kwargs(
            order_view_id=order_view_id,
        )
        return self._client.call(kwargs, _parse_get_withdrawal_detail_v1)

    def get_sub_wallet_list_v1(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int,
        page_no: int = 1,
    ) -> WalletIdPage:
        """Get Sub-Wallet List (V1)

        `GET /open-api/v1/subwallet/list`.
        v1 sub-wallet list: a page of **int64 wallet ids** (they exceed 2^53; parse with big-int
        support). Use the v2 list for string ids. **Archived** endpoint, still documented under
        "Archive".

        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).

        """
        kwargs = get_sub_wallet_list_v1._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call(kwargs, _parse_get_sub_wallet_list_v1)

    def iter_get_sub_wallet_list_v1(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int,
    ) -> Iterator[int]:
        """Every item of `get_sub_wallet_list_v1`, page after page.
        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            page_limit: Page size, 1-500 (required by this endpoint).

        """

        def fetch(position: int) -> WalletIdPage:
            return self.get_sub_wallet_list_v1(
                parent_wallet_id=parent_wallet_id,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.iterate_pages(fetch, "data", int)


class AsyncArchiveWalletResource:
    """Archive Wallet: 7 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def transfer_with_exchange(
        self,
        *,
        body: TransferWithExchangeRequest,
    ) -> ExchangeTransferResult:
        """Transfer with Exchange

        `POST /open-api/v1/wallet/transfer/exchange`.
        Transfers from a Prime Wallet to its bound Binance account (only Ceffu -> exchange is
        supported). **Archived** endpoint, still documented under "Archive".

        Args:
            body: Transfer from a Prime Wallet to its bound exchange (Binance) account.
                amount: Amount.
                exchange_code: Exchange code: `10` Binance.
                exchange_user_id: Exchange account id (Binance UID).
                parent_wallet_id: Source Prime Wallet (the docs type it int64). Decimal string (send ids as
                strings: they exceed 2^53).
                request_id: The docs type it int64. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                coin_symbol (optional): Coin symbol (marked optional in the docs).
                direction (optional): Direction: only `10` custody -> exchange is supported.
                status (optional): Listed as an optional request field in the docs; has no documented effect.

        """
        kwargs = transfer_with_exchange._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_transfer_with_exchange)

    async def get_exchange_transfer_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        direction: ExchangeTransferDirection | Unset = UNSET,
        status: TransferStatus | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
    ) -> ExchangeTransferPage:
        """Get Transfer History with Exchange

        `GET /open-api/v1/wallet/transfer/exchange/history`.
        Transfers with exchange of a Prime Wallet in a time range. Paginated: `pageNo` (from 1)
        and `pageLimit` (1-500); iterate while `pageNo < totalPage`. **Archived** endpoint, still
        documented under "Archive".

        Args:
            wallet_id: Prime Wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            direction: Filter by direction. Exchange transfer direction: `10` custody -> exchange, `20` exchange
                -> custody (only `10` is supported for new transfers).
            status: Filter by status. Transfer status: `10` Pending, `20` Processing, `30` Send success, `99`
                Failed.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).

        """
        kwargs = get_exchange_transfer_history._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            direction=direction,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_exchange_transfer_history)

    def iter_get_exchange_transfer_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        direction: ExchangeTransferDirection | Unset = UNSET,
        status: TransferStatus | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
    ) -> AsyncIterator[ExchangeTransfer]:
        """Every item of `get_exchange_transfer_history`, page after page.
        Args:
            wallet_id: Prime Wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            direction: Filter by direction. Exchange transfer direction: `10` custody -> exchange, `20` exchange
                -> custody (only `10` is supported for new transfers).
            status: Filter by status. Transfer status: `10` Pending, `20` Processing, `30` Send success, `99`
                Failed.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).

        """

        async def fetch(position: int) -> ExchangeTransferPage:
            return await self.get_exchange_transfer_history(
                wallet_id=wallet_id,
                coin_symbol=coin_symbol,
                direction=direction,
                status=status,
                start_time=start_time,
                end_time=end_time,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", ExchangeTransfer)

    async def get_exchange_transfer_detail(
        self,
        *,
        wallet_id: str,
        order_view_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
    ) -> ExchangeTransfer:
        """Get Transfer Detail with Exchange

        `GET /open-api/v1/wallet/transfer/exchange/detail`.
        One transfer with exchange by `orderViewId` or `requestId` (one of them is required).
        **Archived** endpoint, still documented under "Archive".

        Args:
            wallet_id: Prime Wallet id. Decimal string.
            order_view_id: Ceffu order id. One of `orderViewId` / `requestId` is required.
            request_id: Client `requestId`. One of `orderViewId` / `requestId` is required.

        """
        kwargs = get_exchange_transfer_detail._get_kwargs(
            wallet_id=wallet_id,
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return await self._client.call(kwargs, _parse_get_exchange_transfer_detail)

    async def create_withdrawal_v1(
        self,
        *,
        body: CreateWithdrawalV1Request,
    ) -> WithdrawalResult:
        """Withdrawal (v1)

        `POST /open-api/v1/wallet/withdrawal`.
        v1 withdrawal from a parent Qualified or Prime Wallet. Superseded by v2 (`amount`
        semantics differ). **Archived** endpoint, still documented under "Archive".

        Args:
            body: Withdrawal (v1, archived).
                wallet_id: Source wallet (parent Qualified, Cosign or Prime Wallet; sub-wallets cannot withdraw
                - `G20017`). Decimal string (send ids as strings: they exceed 2^53).
                coin_symbol: Coin symbol, e.g. `USDT`.
                network: Network symbol, e.g. `ETH`.
                amount: Amount to withdraw. v1 semantics (fee handling differs from v2).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                withdrawal_address (optional): Destination address (must be whitelisted). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`.
                to_wallet_id_str (optional): Destination Ceffu wallet (whitelist check bypassed). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`. Decimal string (send ids as strings: they exceed 2^53).
                memo (optional): Memo/tag, when the network needs one. `null` is accepted as not sent
                (x-inferred: the docs' records show `memo` as null when there is none).
                customize_fee_amount (optional): Custom network fee (Qualified/Cosign wallets; ETH, BTC, XRP,
                TRON networks).

        """
        kwargs = create_withdrawal_v1._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_withdrawal_v1)

    async def get_withdrawal_history_v1(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: TransactionStatus | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
    ) -> TransactionPage:
        """Get Withdrawal History (v1)

        `GET /open-api/v1/wallet/withdrawal/history`.
        v1 withdrawal history ("unified pageable result"). Paginated: `pageNo` (from 1) and
        `pageLimit` (1-500); iterate while `pageNo < totalPage`. **Archived** endpoint, still
        documented under "Archive".

        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            status: Filter by status. Transaction status: `10` Pending, `20` Processing, `30` Send success, `40`
                Confirmed, `99` Failed.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).

        """
        kwargs = get_withdrawal_history_v1._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_withdrawal_history_v1)

    def iter_get_withdrawal_history_v1(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: TransactionStatus | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
    ) -> AsyncIterator[Transaction]:
        """Every item of `get_withdrawal_history_v1`, page after page.
        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            status: Filter by status. Transaction status: `10` Pending, `20` Processing, `30` Send success, `40`
                Confirmed, `99` Failed.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).

        """

        async def fetch(position: int) -> TransactionPage:
            return await self.get_withdrawal_history_v1(
                wallet_id=wallet_id,
                network=network,
                coin_symbol=coin_symbol,
                status=status,
                start_time=start_time,
                end_time=end_time,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", Transaction)

    async def get_withdrawal_detail_v1(
        self,
        *,
        order_view_id: str,
    ) -> Transaction:
        """Get Withdrawal Details (v1)

        `GET /open-api/v1/wallet/withdrawal/detail`.
        v1 withdrawal detail by `orderViewId`. **Archived** endpoint, still documented under
        "Archive".

        Args:
            order_view_id: Ceffu order id (`orderViewId`).

        """
        kwargs = get_withdrawal_detail_v1._get_kwargs(
            order_view_id=order_view_id,
        )
        return await self._client.call(kwargs, _parse_get_withdrawal_detail_v1)

    async def get_sub_wallet_list_v1(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int,
        page_no: int = 1,
    ) -> WalletIdPage:
        """Get Sub-Wallet List (V1)

        `GET /open-api/v1/subwallet/list`.
        v1 sub-wallet list: a page of **int64 wallet ids** (they exceed 2^53; parse with big-int
        support). Use the v2 list for string ids. **Archived** endpoint, still documented under
        "Archive".

        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).

        """
        kwargs = get_sub_wallet_list_v1._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call(kwargs, _parse_get_sub_wallet_list_v1)

    def iter_get_sub_wallet_list_v1(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int,
    ) -> AsyncIterator[int]:
        """Every item of `get_sub_wallet_list_v1`, page after page.
        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            page_limit: Page size, 1-500 (required by this endpoint).

        """

        async def fetch(position: int) -> WalletIdPage:
            return await self.get_sub_wallet_list_v1(
                parent_wallet_id=parent_wallet_id,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", int)


class ArchiveWalletResourceWithRawResponse:
    """Archive Wallet: 7 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def transfer_with_exchange(
        self,
        *,
        body: TransferWithExchangeRequest,
    ) -> APIResponse[ExchangeTransferResult]:
        """Transfer with Exchange

        `POST /open-api/v1/wallet/transfer/exchange`.
        Transfers from a Prime Wallet to its bound Binance account (only Ceffu -> exchange is
        supported). **Archived** endpoint, still documented under "Archive".

        Args:
            body: Transfer from a Prime Wallet to its bound exchange (Binance) account.
                amount: Amount.
                exchange_code: Exchange code: `10` Binance.
                exchange_user_id: Exchange account id (Binance UID).
                parent_wallet_id: Source Prime Wallet (the docs type it int64). Decimal string (send ids as
                strings: they exceed 2^53).
                request_id: The docs type it int64. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                coin_symbol (optional): Coin symbol (marked optional in the docs).
                direction (optional): Direction: only `10` custody -> exchange is supported.
                status (optional): Listed as an optional request field in the docs; has no documented effect.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = transfer_with_exchange._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_transfer_with_exchange)

    def get_exchange_transfer_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        direction: ExchangeTransferDirection | Unset = UNSET,
        status: TransferStatus | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
    ) -> APIResponse[ExchangeTransferPage]:
        """Get Transfer History with Exchange

        `GET /open-api/v1/wallet/transfer/exchange/history`.
        Transfers with exchange of a Prime Wallet in a time range. Paginated: `pageNo` (from 1)
        and `pageLimit` (1-500); iterate while `pageNo < totalPage`. **Archived** endpoint, still
        documented under "Archive".

        Args:
            wallet_id: Prime Wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            direction: Filter by direction. Exchange transfer direction: `10` custody -> exchange, `20` exchange
                -> custody (only `10` is supported for new transfers).
            status: Filter by status. Transfer status: `10` Pending, `20` Processing, `30` Send success, `99`
                Failed.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_exchange_transfer_history._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            direction=direction,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_exchange_transfer_history)

    def get_exchange_transfer_detail(
        self,
        *,
        wallet_id: str,
        order_view_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
    ) -> APIResponse[ExchangeTransfer]:
        """Get Transfer Detail with Exchange

        `GET /open-api/v1/wallet/transfer/exchange/detail`.
        One transfer with exchange by `orderViewId` or `requestId` (one of them is required).
        **Archived** endpoint, still documented under "Archive".

        Args:
            wallet_id: Prime Wallet id. Decimal string.
            order_view_id: Ceffu order id. One of `orderViewId` / `requestId` is required.
            request_id: Client `requestId`. One of `orderViewId` / `requestId` is required.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_exchange_transfer_detail._get_kwargs(
            wallet_id=wallet_id,
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return self._client.call_raw(kwargs, _parse_get_exchange_transfer_detail)

    def create_withdrawal_v1(
        self,
        *,
        body: CreateWithdrawalV1Request,
    ) -> APIResponse[WithdrawalResult]:
        """Withdrawal (v1)

        `POST /open-api/v1/wallet/withdrawal`.
        v1 withdrawal from a parent Qualified or Prime Wallet. Superseded by v2 (`amount`
        semantics differ). **Archived** endpoint, still documented under "Archive".

        Args:
            body: Withdrawal (v1, archived).
                wallet_id: Source wallet (parent Qualified, Cosign or Prime Wallet; sub-wallets cannot withdraw
                - `G20017`). Decimal string (send ids as strings: they exceed 2^53).
                coin_symbol: Coin symbol, e.g. `USDT`.
                network: Network symbol, e.g. `ETH`.
                amount: Amount to withdraw. v1 semantics (fee handling differs from v2).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                withdrawal_address (optional): Destination address (must be whitelisted). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`.
                to_wallet_id_str (optional): Destination Ceffu wallet (whitelist check bypassed). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`. Decimal string (send ids as strings: they exceed 2^53).
                memo (optional): Memo/tag, when the network needs one. `null` is accepted as not sent
                (x-inferred: the docs' records show `memo` as null when there is none).
                customize_fee_amount (optional): Custom network fee (Qualified/Cosign wallets; ETH, BTC, XRP,
                TRON networks).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_withdrawal_v1._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_withdrawal_v1)

    def get_withdrawal_history_v1(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: TransactionStatus | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
    ) -> APIResponse[TransactionPage]:
        """Get Withdrawal History (v1)

        `GET /open-api/v1/wallet/withdrawal/history`.
        v1 withdrawal history ("unified pageable result"). Paginated: `pageNo` (from 1) and
        `pageLimit` (1-500); iterate while `pageNo < totalPage`. **Archived** endpoint, still
        documented under "Archive".

        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            status: Filter by status. Transaction status: `10` Pending, `20` Processing, `30` Send success, `40`
                Confirmed, `99` Failed.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal_history_v1._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_withdrawal_history_v1)

    def get_withdrawal_detail_v1(
        self,
        *,
        order_view_id: str,
    ) -> APIResponse[Transaction]:
        """Get Withdrawal Details (v1)

        `GET /open-api/v1/wallet/withdrawal/detail`.
        v1 withdrawal detail by `orderViewId`. **Archived** endpoint, still documented under
        "Archive".

        Args:
            order_view_id: Ceffu order id (`orderViewId`).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal_detail_v1._get_kwargs(
            order_view_id=order_view_id,
        )
        return self._client.call_raw(kwargs, _parse_get_withdrawal_detail_v1)

    def get_sub_wallet_list_v1(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int,
        page_no: int = 1,
    ) -> APIResponse[WalletIdPage]:
        """Get Sub-Wallet List (V1)

        `GET /open-api/v1/subwallet/list`.
        v1 sub-wallet list: a page of **int64 wallet ids** (they exceed 2^53; parse with big-int
        support). Use the v2 list for string ids. **Archived** endpoint, still documented under
        "Archive".

        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_list_v1._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            page_limit=page_limit,
            page_no=page_no,
        )
        return self._client.call_raw(kwargs, _parse_get_sub_wallet_list_v1)


class AsyncArchiveWalletResourceWithRawResponse:
    """Archive Wallet: 7 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def transfer_with_exchange(
        self,
        *,
        body: TransferWithExchangeRequest,
    ) -> APIResponse[ExchangeTransferResult]:
        """Transfer with Exchange

        `POST /open-api/v1/wallet/transfer/exchange`.
        Transfers from a Prime Wallet to its bound Binance account (only Ceffu -> exchange is
        supported). **Archived** endpoint, still documented under "Archive".

        Args:
            body: Transfer from a Prime Wallet to its bound exchange (Binance) account.
                amount: Amount.
                exchange_code: Exchange code: `10` Binance.
                exchange_user_id: Exchange account id (Binance UID).
                parent_wallet_id: Source Prime Wallet (the docs type it int64). Decimal string (send ids as
                strings: they exceed 2^53).
                request_id: The docs type it int64. Client-unique idempotency key, max 70 characters (Ceffu also
                accepts a JSON integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                coin_symbol (optional): Coin symbol (marked optional in the docs).
                direction (optional): Direction: only `10` custody -> exchange is supported.
                status (optional): Listed as an optional request field in the docs; has no documented effect.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = transfer_with_exchange._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_transfer_with_exchange)

    async def get_exchange_transfer_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        direction: ExchangeTransferDirection | Unset = UNSET,
        status: TransferStatus | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
    ) -> APIResponse[ExchangeTransferPage]:
        """Get Transfer History with Exchange

        `GET /open-api/v1/wallet/transfer/exchange/history`.
        Transfers with exchange of a Prime Wallet in a time range. Paginated: `pageNo` (from 1)
        and `pageLimit` (1-500); iterate while `pageNo < totalPage`. **Archived** endpoint, still
        documented under "Archive".

        Args:
            wallet_id: Prime Wallet id. Decimal string.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            direction: Filter by direction. Exchange transfer direction: `10` custody -> exchange, `20` exchange
                -> custody (only `10` is supported for new transfers).
            status: Filter by status. Transfer status: `10` Pending, `20` Processing, `30` Send success, `99`
                Failed.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_exchange_transfer_history._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            direction=direction,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_exchange_transfer_history)

    async def get_exchange_transfer_detail(
        self,
        *,
        wallet_id: str,
        order_view_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
    ) -> APIResponse[ExchangeTransfer]:
        """Get Transfer Detail with Exchange

        `GET /open-api/v1/wallet/transfer/exchange/detail`.
        One transfer with exchange by `orderViewId` or `requestId` (one of them is required).
        **Archived** endpoint, still documented under "Archive".

        Args:
            wallet_id: Prime Wallet id. Decimal string.
            order_view_id: Ceffu order id. One of `orderViewId` / `requestId` is required.
            request_id: Client `requestId`. One of `orderViewId` / `requestId` is required.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_exchange_transfer_detail._get_kwargs(
            wallet_id=wallet_id,
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return await self._client.call_raw(kwargs, _parse_get_exchange_transfer_detail)

    async def create_withdrawal_v1(
        self,
        *,
        body: CreateWithdrawalV1Request,
    ) -> APIResponse[WithdrawalResult]:
        """Withdrawal (v1)

        `POST /open-api/v1/wallet/withdrawal`.
        v1 withdrawal from a parent Qualified or Prime Wallet. Superseded by v2 (`amount`
        semantics differ). **Archived** endpoint, still documented under "Archive".

        Args:
            body: Withdrawal (v1, archived).
                wallet_id: Source wallet (parent Qualified, Cosign or Prime Wallet; sub-wallets cannot withdraw
                - `G20017`). Decimal string (send ids as strings: they exceed 2^53).
                coin_symbol: Coin symbol, e.g. `USDT`.
                network: Network symbol, e.g. `ETH`.
                amount: Amount to withdraw. v1 semantics (fee handling differs from v2).
                request_id: Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
                integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`.
                withdrawal_address (optional): Destination address (must be whitelisted). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`.
                to_wallet_id_str (optional): Destination Ceffu wallet (whitelist check bypassed). Exactly one of
                `withdrawalAddress` / `toWalletIdStr`. Decimal string (send ids as strings: they exceed 2^53).
                memo (optional): Memo/tag, when the network needs one. `null` is accepted as not sent
                (x-inferred: the docs' records show `memo` as null when there is none).
                customize_fee_amount (optional): Custom network fee (Qualified/Cosign wallets; ETH, BTC, XRP,
                TRON networks).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_withdrawal_v1._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_withdrawal_v1)

    async def get_withdrawal_history_v1(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: TransactionStatus | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
        page_no: int = 1,
    ) -> APIResponse[TransactionPage]:
        """Get Withdrawal History (v1)

        `GET /open-api/v1/wallet/withdrawal/history`.
        v1 withdrawal history ("unified pageable result"). Paginated: `pageNo` (from 1) and
        `pageLimit` (1-500); iterate while `pageNo < totalPage`. **Archived** endpoint, still
        documented under "Archive".

        Args:
            wallet_id: Wallet id. Decimal string.
            network: Network symbol in capitals, e.g. `ETH`, `BSC`, `TRON`.
            coin_symbol: Coin symbol in capitals, e.g. `BTC`, `USDT`.
            status: Filter by status. Transaction status: `10` Pending, `20` Processing, `30` Send success, `40`
                Confirmed, `99` Failed.
            start_time: Start of the time range (ms since epoch, inclusive).
            end_time: End of the time range (ms since epoch).
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal_history_v1._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_withdrawal_history_v1)

    async def get_withdrawal_detail_v1(
        self,
        *,
        order_view_id: str,
    ) -> APIResponse[Transaction]:
        """Get Withdrawal Details (v1)

        `GET /open-api/v1/wallet/withdrawal/detail`.
        v1 withdrawal detail by `orderViewId`. **Archived** endpoint, still documented under
        "Archive".

        Args:
            order_view_id: Ceffu order id (`orderViewId`).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_withdrawal_detail_v1._get_kwargs(
            order_view_id=order_view_id,
        )
        return await self._client.call_raw(kwargs, _parse_get_withdrawal_detail_v1)

    async def get_sub_wallet_list_v1(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int,
        page_no: int = 1,
    ) -> APIResponse[WalletIdPage]:
        """Get Sub-Wallet List (V1)

        `GET /open-api/v1/subwallet/list`.
        v1 sub-wallet list: a page of **int64 wallet ids** (they exceed 2^53; parse with big-int
        support). Use the v2 list for string ids. **Archived** endpoint, still documented under
        "Archive".

        Args:
            parent_wallet_id: Parent Prime Wallet id. Decimal string.
            page_limit: Page size, 1-500 (required by this endpoint).
            page_no: Page number, from 1 (required by this endpoint).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_sub_wallet_list_v1._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            page_limit=page_limit,
            page_no=page_no,
        )
        return await self._client.call_raw(kwargs, _parse_get_sub_wallet_list_v1)


class Resources:
    """Every tag's resource, as attributes."""

    _api: SyncAPIClient

    @property
    def system(self) -> SystemResource:
        return SystemResource(self._api)

    @property
    def supported_assets(self) -> SupportedAssetsResource:
        return SupportedAssetsResource(self._api)

    @property
    def wallets(self) -> WalletsResource:
        return WalletsResource(self._api)

    @property
    def deposits(self) -> DepositsResource:
        return DepositsResource(self._api)

    @property
    def withdrawals(self) -> WithdrawalsResource:
        return WithdrawalsResource(self._api)

    @property
    def whitelisted_addresses(self) -> WhitelistedAddressesResource:
        return WhitelistedAddressesResource(self._api)

    @property
    def transactions(self) -> TransactionsResource:
        return TransactionsResource(self._api)

    @property
    def sub_wallets(self) -> SubWalletsResource:
        return SubWalletsResource(self._api)

    @property
    def sub_wallet_deposits(self) -> SubWalletDepositsResource:
        return SubWalletDepositsResource(self._api)

    @property
    def internal_transfers(self) -> InternalTransfersResource:
        return InternalTransfersResource(self._api)

    @property
    def mirror_x(self) -> MirrorXResource:
        return MirrorXResource(self._api)

    @property
    def webhooks(self) -> WebhooksResource:
        return WebhooksResource(self._api)

    @property
    def archive_mirror(self) -> ArchiveMirrorResource:
        return ArchiveMirrorResource(self._api)

    @property
    def archive_wallet(self) -> ArchiveWalletResource:
        return ArchiveWalletResource(self._api)

    @property
    def with_raw_response(self) -> ResourcesWithRawResponse:
        """The same operations, each returning an `APIResponse`: parsed result, status, headers, request id."""
        return ResourcesWithRawResponse(self._api)


class AsyncResources:
    """Every tag's resource, as attributes."""

    _api: AsyncAPIClient

    @property
    def system(self) -> AsyncSystemResource:
        return AsyncSystemResource(self._api)

    @property
    def supported_assets(self) -> AsyncSupportedAssetsResource:
        return AsyncSupportedAssetsResource(self._api)

    @property
    def wallets(self) -> AsyncWalletsResource:
        return AsyncWalletsResource(self._api)

    @property
    def deposits(self) -> AsyncDepositsResource:
        return AsyncDepositsResource(self._api)

    @property
    def withdrawals(self) -> AsyncWithdrawalsResource:
        return AsyncWithdrawalsResource(self._api)

    @property
    def whitelisted_addresses(self) -> AsyncWhitelistedAddressesResource:
        return AsyncWhitelistedAddressesResource(self._api)

    @property
    def transactions(self) -> AsyncTransactionsResource:
        return AsyncTransactionsResource(self._api)

    @property
    def sub_wallets(self) -> AsyncSubWalletsResource:
        return AsyncSubWalletsResource(self._api)

    @property
    def sub_wallet_deposits(self) -> AsyncSubWalletDepositsResource:
        return AsyncSubWalletDepositsResource(self._api)

    @property
    def internal_transfers(self) -> AsyncInternalTransfersResource:
        return AsyncInternalTransfersResource(self._api)

    @property
    def mirror_x(self) -> AsyncMirrorXResource:
        return AsyncMirrorXResource(self._api)

    @property
    def webhooks(self) -> AsyncWebhooksResource:
        return AsyncWebhooksResource(self._api)

    @property
    def archive_mirror(self) -> AsyncArchiveMirrorResource:
        return AsyncArchiveMirrorResource(self._api)

    @property
    def archive_wallet(self) -> AsyncArchiveWalletResource:
        return AsyncArchiveWalletResource(self._api)

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
    def system(self) -> SystemResourceWithRawResponse:
        return SystemResourceWithRawResponse(self._api)

    @property
    def supported_assets(self) -> SupportedAssetsResourceWithRawResponse:
        return SupportedAssetsResourceWithRawResponse(self._api)

    @property
    def wallets(self) -> WalletsResourceWithRawResponse:
        return WalletsResourceWithRawResponse(self._api)

    @property
    def deposits(self) -> DepositsResourceWithRawResponse:
        return DepositsResourceWithRawResponse(self._api)

    @property
    def withdrawals(self) -> WithdrawalsResourceWithRawResponse:
        return WithdrawalsResourceWithRawResponse(self._api)

    @property
    def whitelisted_addresses(self) -> WhitelistedAddressesResourceWithRawResponse:
        return WhitelistedAddressesResourceWithRawResponse(self._api)

    @property
    def transactions(self) -> TransactionsResourceWithRawResponse:
        return TransactionsResourceWithRawResponse(self._api)

    @property
    def sub_wallets(self) -> SubWalletsResourceWithRawResponse:
        return SubWalletsResourceWithRawResponse(self._api)

    @property
    def sub_wallet_deposits(self) -> SubWalletDepositsResourceWithRawResponse:
        return SubWalletDepositsResourceWithRawResponse(self._api)

    @property
    def internal_transfers(self) -> InternalTransfersResourceWithRawResponse:
        return InternalTransfersResourceWithRawResponse(self._api)

    @property
    def mirror_x(self) -> MirrorXResourceWithRawResponse:
        return MirrorXResourceWithRawResponse(self._api)

    @property
    def webhooks(self) -> WebhooksResourceWithRawResponse:
        return WebhooksResourceWithRawResponse(self._api)

    @property
    def archive_mirror(self) -> ArchiveMirrorResourceWithRawResponse:
        return ArchiveMirrorResourceWithRawResponse(self._api)

    @property
    def archive_wallet(self) -> ArchiveWalletResourceWithRawResponse:
        return ArchiveWalletResourceWithRawResponse(self._api)


class AsyncResourcesWithRawResponse:
    """Every tag's resource, as attributes (raw responses)."""

    _api: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._api = client

    @property
    def system(self) -> AsyncSystemResourceWithRawResponse:
        return AsyncSystemResourceWithRawResponse(self._api)

    @property
    def supported_assets(self) -> AsyncSupportedAssetsResourceWithRawResponse:
        return AsyncSupportedAssetsResourceWithRawResponse(self._api)

    @property
    def wallets(self) -> AsyncWalletsResourceWithRawResponse:
        return AsyncWalletsResourceWithRawResponse(self._api)

    @property
    def deposits(self) -> AsyncDepositsResourceWithRawResponse:
        return AsyncDepositsResourceWithRawResponse(self._api)

    @property
    def withdrawals(self) -> AsyncWithdrawalsResourceWithRawResponse:
        return AsyncWithdrawalsResourceWithRawResponse(self._api)

    @property
    def whitelisted_addresses(self) -> AsyncWhitelistedAddressesResourceWithRawResponse:
        return AsyncWhitelistedAddressesResourceWithRawResponse(self._api)

    @property
    def transactions(self) -> AsyncTransactionsResourceWithRawResponse:
        return AsyncTransactionsResourceWithRawResponse(self._api)

    @property
    def sub_wallets(self) -> AsyncSubWalletsResourceWithRawResponse:
        return AsyncSubWalletsResourceWithRawResponse(self._api)

    @property
    def sub_wallet_deposits(self) -> AsyncSubWalletDepositsResourceWithRawResponse:
        return AsyncSubWalletDepositsResourceWithRawResponse(self._api)

    @property
    def internal_transfers(self) -> AsyncInternalTransfersResourceWithRawResponse:
        return AsyncInternalTransfersResourceWithRawResponse(self._api)

    @property
    def mirror_x(self) -> AsyncMirrorXResourceWithRawResponse:
        return AsyncMirrorXResourceWithRawResponse(self._api)

    @property
    def webhooks(self) -> AsyncWebhooksResourceWithRawResponse:
        return AsyncWebhooksResourceWithRawResponse(self._api)

    @property
    def archive_mirror(self) -> AsyncArchiveMirrorResourceWithRawResponse:
        return AsyncArchiveMirrorResourceWithRawResponse(self._api)

    @property
    def archive_wallet(self) -> AsyncArchiveWalletResourceWithRawResponse:
        return AsyncArchiveWalletResourceWithRawResponse(self._api)
