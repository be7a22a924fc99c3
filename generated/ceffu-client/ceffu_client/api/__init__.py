"""Typed resources over every endpoint, one class per tag (sync and async)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

import attrs

from .._runtime import pagination
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
from ..models.exchange_transfer_page import ExchangeTransferPage
from ..models.exchange_transfer_result import ExchangeTransferResult
from ..models.get_cosign_wallet_coins_response import GetCosignWalletCoinsResponse
from ..models.get_deposit_address_response import GetDepositAddressResponse
from ..models.get_deposit_detail_response import GetDepositDetailResponse
from ..models.get_deposit_history_response import GetDepositHistoryResponse
from ..models.get_exchange_transfer_detail_response import GetExchangeTransferDetailResponse
from ..models.get_exchange_transfer_history_direction import (
    GetExchangeTransferHistoryDirection,
    check_get_exchange_transfer_history_direction,
)
from ..models.get_exchange_transfer_history_response import GetExchangeTransferHistoryResponse
from ..models.get_exchange_transfer_history_status import (
    GetExchangeTransferHistoryStatus,
    check_get_exchange_transfer_history_status,
)
from ..models.get_mirror_linked_uids_response import GetMirrorLinkedUidsResponse
from ..models.get_mirror_operation_records_operation_type import (
    GetMirrorOperationRecordsOperationType,
    check_get_mirror_operation_records_operation_type,
)
from ..models.get_mirror_operation_records_response import GetMirrorOperationRecordsResponse
from ..models.get_mirror_operation_records_status import (
    GetMirrorOperationRecordsStatus,
    check_get_mirror_operation_records_status,
)
from ..models.get_mirror_position_summary_response import GetMirrorPositionSummaryResponse
from ..models.get_mirror_positions_response import GetMirrorPositionsResponse
from ..models.get_mirror_x_available_amount_order_type import (
    GetMirrorXAvailableAmountOrderType,
    check_get_mirror_x_available_amount_order_type,
)
from ..models.get_mirror_x_available_amount_response import GetMirrorXAvailableAmountResponse
from ..models.get_mirror_x_link_ids_response import GetMirrorXLinkIdsResponse
from ..models.get_mirror_x_orders_order_type import GetMirrorXOrdersOrderType, check_get_mirror_x_orders_order_type
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
from ..models.get_sub_wallet_transfer_history_direction import (
    GetSubWalletTransferHistoryDirection,
    check_get_sub_wallet_transfer_history_direction,
)
from ..models.get_sub_wallet_transfer_history_response import GetSubWalletTransferHistoryResponse
from ..models.get_sub_wallet_transfer_history_status import (
    GetSubWalletTransferHistoryStatus,
    check_get_sub_wallet_transfer_history_status,
)
from ..models.get_system_status_biz_type import GetSystemStatusBizType, check_get_system_status_biz_type
from ..models.get_system_status_response import GetSystemStatusResponse
from ..models.get_system_status_wallet_type import GetSystemStatusWalletType, check_get_system_status_wallet_type
from ..models.get_transaction_history_response import GetTransactionHistoryResponse
from ..models.get_wallet_asset_list_response import GetWalletAssetListResponse
from ..models.get_wallet_asset_summary_response import GetWalletAssetSummaryResponse
from ..models.get_wallet_list_response import GetWalletListResponse
from ..models.get_whitelist_list_address_type import GetWhitelistListAddressType, check_get_whitelist_list_address_type
from ..models.get_whitelist_list_response import GetWhitelistListResponse
from ..models.get_whitelist_options_response import GetWhitelistOptionsResponse
from ..models.get_withdrawal_detail_response import GetWithdrawalDetailResponse
from ..models.get_withdrawal_detail_v1_response import GetWithdrawalDetailV1Response
from ..models.get_withdrawal_fee_response import GetWithdrawalFeeResponse
from ..models.get_withdrawal_history_response import GetWithdrawalHistoryResponse
from ..models.get_withdrawal_history_status import GetWithdrawalHistoryStatus, check_get_withdrawal_history_status
from ..models.get_withdrawal_history_v1_response import GetWithdrawalHistoryV1Response
from ..models.get_withdrawal_history_v1_status import (
    GetWithdrawalHistoryV1Status,
    check_get_withdrawal_history_v1_status,
)
from ..models.mirror_apply_result import MirrorApplyResult
from ..models.mirror_link import MirrorLink
from ..models.mirror_link_page import MirrorLinkPage
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
from ..models.sub_wallet_transfer_page import SubWalletTransferPage
from ..models.sub_wallet_transfer_result import SubWalletTransferResult
from ..models.sub_wallet_update_result import SubWalletUpdateResult
from ..models.system_status import SystemStatus
from ..models.transaction import Transaction
from ..models.transaction_history_page import TransactionHistoryPage
from ..models.transaction_history_record import TransactionHistoryRecord
from ..models.transaction_history_request import TransactionHistoryRequest
from ..models.transaction_page import TransactionPage
from ..models.transaction_v2 import TransactionV2
from ..models.transaction_v2_page import TransactionV2Page
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
from ..models.wallet_update_result import WalletUpdateResult
from ..models.whitelist_address import WhitelistAddress
from ..models.whitelist_address_page import WhitelistAddressPage
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


class SystemResource:
    """System: 1 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_system_status(
        self,
        *,
        biz_type: GetSystemStatusBizType,
        wallet_type: GetSystemStatusWalletType,
    ) -> SystemStatus:
        """Get System status

        `GET /open-api/v1/system/status`.
        Returns whether a business line (deposit, withdrawal, transfer to Binance) is operating
        normally or under maintenance for a wallet type.
        """
        kwargs = get_system_status._get_kwargs(
            biz_type=biz_type,
            wallet_type=wallet_type,
        )
        return (self._client.call(kwargs, GetSystemStatusResponse.from_dict)).data


class AsyncSystemResource:
    """System: 1 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_system_status(
        self,
        *,
        biz_type: GetSystemStatusBizType,
        wallet_type: GetSystemStatusWalletType,
    ) -> SystemStatus:
        """Get System status

        `GET /open-api/v1/system/status`.
        Returns whether a business line (deposit, withdrawal, transfer to Binance) is operating
        normally or under maintenance for a wallet type.
        """
        kwargs = get_system_status._get_kwargs(
            biz_type=biz_type,
            wallet_type=wallet_type,
        )
        return (await self._client.call(kwargs, GetSystemStatusResponse.from_dict)).data


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
        return (self._client.call(kwargs, GetPrimeWalletCoinsResponse.from_dict)).data

    def get_qualified_wallet_coins(
        self,
    ) -> list[WalletCoin]:
        """Get Qualified Wallet supported coins list

        `GET /open-api/v1/wallet/qualified/coin`.
        Coin/network pairs supported by Qualified Wallets.
        """
        kwargs = get_qualified_wallet_coins._get_kwargs()
        return (self._client.call(kwargs, GetQualifiedWalletCoinsResponse.from_dict)).data

    def get_cosign_wallet_coins(
        self,
    ) -> list[WalletCoin]:
        """Get Cosign Wallet supported coins list

        `GET /open-api/v1/wallet/cosign/coin`.
        Coin/network pairs supported by Cosign Wallets (same shape as the Qualified list).
        """
        kwargs = get_cosign_wallet_coins._get_kwargs()
        return (self._client.call(kwargs, GetCosignWalletCoinsResponse.from_dict)).data


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
        return (await self._client.call(kwargs, GetPrimeWalletCoinsResponse.from_dict)).data

    async def get_qualified_wallet_coins(
        self,
    ) -> list[WalletCoin]:
        """Get Qualified Wallet supported coins list

        `GET /open-api/v1/wallet/qualified/coin`.
        Coin/network pairs supported by Qualified Wallets.
        """
        kwargs = get_qualified_wallet_coins._get_kwargs()
        return (await self._client.call(kwargs, GetQualifiedWalletCoinsResponse.from_dict)).data

    async def get_cosign_wallet_coins(
        self,
    ) -> list[WalletCoin]:
        """Get Cosign Wallet supported coins list

        `GET /open-api/v1/wallet/cosign/coin`.
        Coin/network pairs supported by Cosign Wallets (same shape as the Qualified list).
        """
        kwargs = get_cosign_wallet_coins._get_kwargs()
        return (await self._client.call(kwargs, GetCosignWalletCoinsResponse.from_dict)).data


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
        """
        kwargs = create_wallet._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, CreateWalletResponse.from_dict)).data

    def update_wallet(
        self,
        *,
        body: UpdateWalletRequest,
    ) -> WalletUpdateResult:
        """Update Wallet Details

        `POST /open-api/v1/wallet/updateWallet`.
        Updates the name of a parent wallet.
        """
        kwargs = update_wallet._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, UpdateWalletResponse.from_dict)).data

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
        """
        kwargs = get_wallet_list._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
        )
        return (self._client.call(kwargs, GetWalletListResponse.from_dict)).data

    def iter_get_wallet_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[Wallet]:
        """Every item of `get_wallet_list`, page after page."""

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
        """
        kwargs = get_wallet_asset_list._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (self._client.call(kwargs, GetWalletAssetListResponse.from_dict)).data

    def iter_get_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[Asset]:
        """Every item of `get_wallet_asset_list`, page after page."""

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
        """
        kwargs = get_wallet_asset_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return (self._client.call(kwargs, GetWalletAssetSummaryResponse.from_dict)).data


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
        """
        kwargs = create_wallet._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, CreateWalletResponse.from_dict)).data

    async def update_wallet(
        self,
        *,
        body: UpdateWalletRequest,
    ) -> WalletUpdateResult:
        """Update Wallet Details

        `POST /open-api/v1/wallet/updateWallet`.
        Updates the name of a parent wallet.
        """
        kwargs = update_wallet._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, UpdateWalletResponse.from_dict)).data

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
        """
        kwargs = get_wallet_list._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
        )
        return (await self._client.call(kwargs, GetWalletListResponse.from_dict)).data

    def iter_get_wallet_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[Wallet]:
        """Every item of `get_wallet_list`, page after page."""

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
        """
        kwargs = get_wallet_asset_list._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (await self._client.call(kwargs, GetWalletAssetListResponse.from_dict)).data

    def iter_get_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[Asset]:
        """Every item of `get_wallet_asset_list`, page after page."""

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
        """
        kwargs = get_wallet_asset_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return (await self._client.call(kwargs, GetWalletAssetSummaryResponse.from_dict)).data


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
        """
        kwargs = get_deposit_address._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
        )
        return (self._client.call(kwargs, GetDepositAddressResponse.from_dict)).data

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
        return (self._client.call(kwargs, GetDepositHistoryResponse.from_dict)).data

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
        """Every item of `get_deposit_history`, page after page."""

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
        """
        kwargs = get_deposit_detail._get_kwargs(
            tx_id=tx_id,
            order_view_id=order_view_id,
            memo=memo,
            address=address,
        )
        return (self._client.call(kwargs, GetDepositDetailResponse.from_dict)).data


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
        """
        kwargs = get_deposit_address._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
        )
        return (await self._client.call(kwargs, GetDepositAddressResponse.from_dict)).data

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
        return (await self._client.call(kwargs, GetDepositHistoryResponse.from_dict)).data

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
        """Every item of `get_deposit_history`, page after page."""

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
        """
        kwargs = get_deposit_detail._get_kwargs(
            tx_id=tx_id,
            order_view_id=order_view_id,
            memo=memo,
            address=address,
        )
        return (await self._client.call(kwargs, GetDepositDetailResponse.from_dict)).data


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
        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, CreateWithdrawalResponse.from_dict)).data

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
        """
        kwargs = get_withdrawal_fee._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            amount=amount,
            to_wallet_id_str=to_wallet_id_str,
        )
        return (self._client.call(kwargs, GetWithdrawalFeeResponse.from_dict)).data

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
        status: GetWithdrawalHistoryStatus | Unset = UNSET,
    ) -> TransactionV2Page:
        """Get Withdrawal History

        `GET /open-api/v2/wallet/withdrawal/history`.
        Withdrawals of a wallet in a time range (v2 shape). Amount includes the fee when the fee
        is paid in the same coin. The docs mark `pageLimit`/`pageNo` required here (Postman/SDK
        treat them as optional). Paginated: `pageNo` (from 1) and `pageLimit` (1-500); iterate
        while `pageNo < totalPage`.
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
        return (self._client.call(kwargs, GetWithdrawalHistoryResponse.from_dict)).data

    def iter_get_withdrawal_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: GetWithdrawalHistoryStatus | Unset = UNSET,
    ) -> Iterator[TransactionV2]:
        """Every item of `get_withdrawal_history`, page after page."""

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
        """
        kwargs = get_withdrawal_detail._get_kwargs(
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return (self._client.call(kwargs, GetWithdrawalDetailResponse.from_dict)).data


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
        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, CreateWithdrawalResponse.from_dict)).data

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
        """
        kwargs = get_withdrawal_fee._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            amount=amount,
            to_wallet_id_str=to_wallet_id_str,
        )
        return (await self._client.call(kwargs, GetWithdrawalFeeResponse.from_dict)).data

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
        status: GetWithdrawalHistoryStatus | Unset = UNSET,
    ) -> TransactionV2Page:
        """Get Withdrawal History

        `GET /open-api/v2/wallet/withdrawal/history`.
        Withdrawals of a wallet in a time range (v2 shape). Amount includes the fee when the fee
        is paid in the same coin. The docs mark `pageLimit`/`pageNo` required here (Postman/SDK
        treat them as optional). Paginated: `pageNo` (from 1) and `pageLimit` (1-500); iterate
        while `pageNo < totalPage`.
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
        return (await self._client.call(kwargs, GetWithdrawalHistoryResponse.from_dict)).data

    def iter_get_withdrawal_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: GetWithdrawalHistoryStatus | Unset = UNSET,
    ) -> AsyncIterator[TransactionV2]:
        """Every item of `get_withdrawal_history`, page after page."""

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
        """
        kwargs = get_withdrawal_detail._get_kwargs(
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return (await self._client.call(kwargs, GetWithdrawalDetailResponse.from_dict)).data


class WhitelistedAddressesResource:
    """Whitelisted Addresses: 3 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_whitelist_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
        address_type: GetWhitelistListAddressType | Unset = UNSET,
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
        return (self._client.call(kwargs, GetWhitelistListResponse.from_dict)).data

    def iter_get_whitelist_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
        address_type: GetWhitelistListAddressType | Unset = UNSET,
        address: str | Unset = UNSET,
        label: str | Unset = UNSET,
        symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        whitelist_id: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
    ) -> Iterator[WhitelistAddress]:
        """Every item of `get_whitelist_list`, page after page."""

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
        return (self._client.call(kwargs, GetWhitelistOptionsResponse.from_dict)).data

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
        """
        kwargs = add_whitelist_address._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, AddWhitelistAddressResponse.from_dict)).data


class AsyncWhitelistedAddressesResource:
    """Whitelisted Addresses: 3 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_whitelist_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
        address_type: GetWhitelistListAddressType | Unset = UNSET,
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
        return (await self._client.call(kwargs, GetWhitelistListResponse.from_dict)).data

    def iter_get_whitelist_list(
        self,
        *,
        page_limit: int | Unset = UNSET,
        address_type: GetWhitelistListAddressType | Unset = UNSET,
        address: str | Unset = UNSET,
        label: str | Unset = UNSET,
        symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        memo: str | Unset = UNSET,
        whitelist_id: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
    ) -> AsyncIterator[WhitelistAddress]:
        """Every item of `get_whitelist_list`, page after page."""

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
        return (await self._client.call(kwargs, GetWhitelistOptionsResponse.from_dict)).data

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
        """
        kwargs = add_whitelist_address._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, AddWhitelistAddressResponse.from_dict)).data


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
        """
        kwargs = get_transaction_history._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, GetTransactionHistoryResponse.from_dict)).data

    def iter_get_transaction_history(
        self,
        *,
        body: TransactionHistoryRequest,
    ) -> Iterator[TransactionHistoryRecord]:
        """Every item of `get_transaction_history`, page after page."""

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
        """
        kwargs = get_transaction_history._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, GetTransactionHistoryResponse.from_dict)).data

    def iter_get_transaction_history(
        self,
        *,
        body: TransactionHistoryRequest,
    ) -> AsyncIterator[TransactionHistoryRecord]:
        """Every item of `get_transaction_history`, page after page."""

        async def fetch(position: int) -> TransactionHistoryPage:
            return await self.get_transaction_history(
                body=attrs.evolve(body, page_no=position),
            )

        return pagination.aiterate_pages(fetch, "data", TransactionHistoryRecord)


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
        """
        kwargs = create_sub_wallet._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, CreateSubWalletResponse.from_dict)).data

    def update_sub_wallet(
        self,
        *,
        body: UpdateSubWalletRequest,
    ) -> SubWalletUpdateResult:
        """Update Sub-Wallet Details

        `POST /open-api/v1/subwallet/updateSubWallet`.
        Updates the name and/or auto-collection flag of a sub-wallet.
        """
        kwargs = update_sub_wallet._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, UpdateSubWalletResponse.from_dict)).data

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
        """
        kwargs = get_sub_wallet_list._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (self._client.call(kwargs, GetSubWalletListResponse.from_dict)).data

    def iter_get_sub_wallet_list(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[SubWalletInfo]:
        """Every item of `get_sub_wallet_list`, page after page."""

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
        """
        kwargs = get_sub_wallet_asset_list._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (self._client.call(kwargs, GetSubWalletAssetListResponse.from_dict)).data

    def iter_get_sub_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[Asset]:
        """Every item of `get_sub_wallet_asset_list`, page after page."""

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
        """
        kwargs = get_sub_wallet_asset_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return (self._client.call(kwargs, GetSubWalletAssetSummaryResponse.from_dict)).data


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
        """
        kwargs = create_sub_wallet._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, CreateSubWalletResponse.from_dict)).data

    async def update_sub_wallet(
        self,
        *,
        body: UpdateSubWalletRequest,
    ) -> SubWalletUpdateResult:
        """Update Sub-Wallet Details

        `POST /open-api/v1/subwallet/updateSubWallet`.
        Updates the name and/or auto-collection flag of a sub-wallet.
        """
        kwargs = update_sub_wallet._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, UpdateSubWalletResponse.from_dict)).data

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
        """
        kwargs = get_sub_wallet_list._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (await self._client.call(kwargs, GetSubWalletListResponse.from_dict)).data

    def iter_get_sub_wallet_list(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[SubWalletInfo]:
        """Every item of `get_sub_wallet_list`, page after page."""

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
        """
        kwargs = get_sub_wallet_asset_list._get_kwargs(
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (await self._client.call(kwargs, GetSubWalletAssetListResponse.from_dict)).data

    def iter_get_sub_wallet_asset_list(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[Asset]:
        """Every item of `get_sub_wallet_asset_list`, page after page."""

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
        """
        kwargs = get_sub_wallet_asset_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return (await self._client.call(kwargs, GetSubWalletAssetSummaryResponse.from_dict)).data


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
        """
        kwargs = get_sub_wallet_deposit_address._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
        )
        return (self._client.call(kwargs, GetSubWalletDepositAddressResponse.from_dict)).data

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
        """
        kwargs = get_sub_wallet_deposit_address_list._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (self._client.call(kwargs, GetSubWalletDepositAddressListResponse.from_dict)).data

    def iter_get_sub_wallet_deposit_address_list(
        self,
        *,
        parent_wallet_id: str,
        coin_symbol: str,
        network: str,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[SubWalletDepositAddress]:
        """Every item of `get_sub_wallet_deposit_address_list`, page after page."""

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
        return (self._client.call(kwargs, GetSubWalletDepositHistoryResponse.from_dict)).data

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
        """Every item of `get_sub_wallet_deposit_history`, page after page."""

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
        return (self._client.call(kwargs, GetSubWalletDepositHistoryByPrimeResponse.from_dict)).data

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
        """Every item of `get_sub_wallet_deposit_history_by_prime`, page after page."""

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
        """
        kwargs = get_sub_wallet_deposit_address._get_kwargs(
            wallet_id=wallet_id,
            network=network,
            coin_symbol=coin_symbol,
        )
        return (await self._client.call(kwargs, GetSubWalletDepositAddressResponse.from_dict)).data

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
        """
        kwargs = get_sub_wallet_deposit_address_list._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (await self._client.call(kwargs, GetSubWalletDepositAddressListResponse.from_dict)).data

    def iter_get_sub_wallet_deposit_address_list(
        self,
        *,
        parent_wallet_id: str,
        coin_symbol: str,
        network: str,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[SubWalletDepositAddress]:
        """Every item of `get_sub_wallet_deposit_address_list`, page after page."""

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
        return (await self._client.call(kwargs, GetSubWalletDepositHistoryResponse.from_dict)).data

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
        """Every item of `get_sub_wallet_deposit_history`, page after page."""

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
        return (await self._client.call(kwargs, GetSubWalletDepositHistoryByPrimeResponse.from_dict)).data

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
        """Every item of `get_sub_wallet_deposit_history_by_prime`, page after page."""

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
        """
        kwargs = create_sub_wallet_transfer._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, CreateSubWalletTransferResponse.from_dict)).data

    def get_sub_wallet_transfer_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        coin_symbol: str | Unset = UNSET,
        direction: GetSubWalletTransferHistoryDirection | Unset = UNSET,
        status: GetSubWalletTransferHistoryStatus | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> SubWalletTransferPage:
        """Get Transfer History between Sub-Wallet and Prime Wallet

        `GET /open-api/v1/subwallet/transfer/history`.
        Internal transfers of a wallet in a time range. Paginated: `pageNo` (from 1) and
        `pageLimit` (1-500); iterate while `pageNo < totalPage`.
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
        return (self._client.call(kwargs, GetSubWalletTransferHistoryResponse.from_dict)).data

    def iter_get_sub_wallet_transfer_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        coin_symbol: str | Unset = UNSET,
        direction: GetSubWalletTransferHistoryDirection | Unset = UNSET,
        status: GetSubWalletTransferHistoryStatus | Unset = UNSET,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[SubWalletTransfer]:
        """Every item of `get_sub_wallet_transfer_history`, page after page."""

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
        """
        kwargs = get_sub_wallet_transfer_detail._get_kwargs(
            wallet_id_str=wallet_id_str,
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return (self._client.call(kwargs, GetSubWalletTransferDetailResponse.from_dict)).data


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
        """
        kwargs = create_sub_wallet_transfer._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, CreateSubWalletTransferResponse.from_dict)).data

    async def get_sub_wallet_transfer_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        coin_symbol: str | Unset = UNSET,
        direction: GetSubWalletTransferHistoryDirection | Unset = UNSET,
        status: GetSubWalletTransferHistoryStatus | Unset = UNSET,
        page_limit: int | Unset = UNSET,
        page_no: int | Unset = 1,
    ) -> SubWalletTransferPage:
        """Get Transfer History between Sub-Wallet and Prime Wallet

        `GET /open-api/v1/subwallet/transfer/history`.
        Internal transfers of a wallet in a time range. Paginated: `pageNo` (from 1) and
        `pageLimit` (1-500); iterate while `pageNo < totalPage`.
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
        return (await self._client.call(kwargs, GetSubWalletTransferHistoryResponse.from_dict)).data

    def iter_get_sub_wallet_transfer_history(
        self,
        *,
        wallet_id: str,
        start_time: int,
        end_time: int,
        coin_symbol: str | Unset = UNSET,
        direction: GetSubWalletTransferHistoryDirection | Unset = UNSET,
        status: GetSubWalletTransferHistoryStatus | Unset = UNSET,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[SubWalletTransfer]:
        """Every item of `get_sub_wallet_transfer_history`, page after page."""

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
        """
        kwargs = get_sub_wallet_transfer_detail._get_kwargs(
            wallet_id_str=wallet_id_str,
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return (await self._client.call(kwargs, GetSubWalletTransferDetailResponse.from_dict)).data


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
        """
        kwargs = get_mirror_x_link_ids._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
        )
        return (self._client.call(kwargs, GetMirrorXLinkIdsResponse.from_dict)).data

    def iter_get_mirror_x_link_ids(
        self,
        *,
        page_limit: int | Unset = UNSET,
    ) -> Iterator[MirrorXLink]:
        """Every item of `get_mirror_x_link_ids`, page after page."""

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
        order_type: GetMirrorXAvailableAmountOrderType,
    ) -> MirrorXAvailableAmount:
        """Check MirrorX Available amount

        `GET /open-api/v1/mirrorX/order/check`.
        Maximum amount currently available for a delegation or undelegation.
        """
        kwargs = get_mirror_x_available_amount._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            coin_symbol=coin_symbol,
            order_type=order_type,
        )
        return (self._client.call(kwargs, GetMirrorXAvailableAmountResponse.from_dict)).data

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
        """
        kwargs = get_mirror_x_positions._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            exclude_zero_amount_flag=exclude_zero_amount_flag,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (self._client.call(kwargs, GetMirrorXPositionsResponse.from_dict)).data

    def iter_get_mirror_x_positions(
        self,
        *,
        mirror_x_link_id: str,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
    ) -> Iterator[MirrorXPosition]:
        """Every item of `get_mirror_x_positions`, page after page."""

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
        order_type: GetMirrorXOrdersOrderType | Unset = UNSET,
    ) -> MirrorXOrderPage:
        """Get MirrorX Orders

        `GET /open-api/v1/mirrorX/order/list`.
        MirrorX orders of a link in a time range (at most 30 days, `G20026`). Paginated: `pageNo`
        (from 1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.
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
        return (self._client.call(kwargs, GetMirrorXOrdersResponse.from_dict)).data

    def iter_get_mirror_x_orders(
        self,
        *,
        mirror_x_link_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        coin_symbol: str | Unset = UNSET,
        order_type: GetMirrorXOrdersOrderType | Unset = UNSET,
    ) -> Iterator[MirrorXOrder]:
        """Every item of `get_mirror_x_orders`, page after page."""

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
        """
        kwargs = place_mirror_x_order._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, PlaceMirrorXOrderResponse.from_dict)).data


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
        """
        kwargs = get_mirror_x_link_ids._get_kwargs(
            page_limit=page_limit,
            page_no=page_no,
        )
        return (await self._client.call(kwargs, GetMirrorXLinkIdsResponse.from_dict)).data

    def iter_get_mirror_x_link_ids(
        self,
        *,
        page_limit: int | Unset = UNSET,
    ) -> AsyncIterator[MirrorXLink]:
        """Every item of `get_mirror_x_link_ids`, page after page."""

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
        order_type: GetMirrorXAvailableAmountOrderType,
    ) -> MirrorXAvailableAmount:
        """Check MirrorX Available amount

        `GET /open-api/v1/mirrorX/order/check`.
        Maximum amount currently available for a delegation or undelegation.
        """
        kwargs = get_mirror_x_available_amount._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            coin_symbol=coin_symbol,
            order_type=order_type,
        )
        return (await self._client.call(kwargs, GetMirrorXAvailableAmountResponse.from_dict)).data

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
        """
        kwargs = get_mirror_x_positions._get_kwargs(
            mirror_x_link_id=mirror_x_link_id,
            exclude_zero_amount_flag=exclude_zero_amount_flag,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (await self._client.call(kwargs, GetMirrorXPositionsResponse.from_dict)).data

    def iter_get_mirror_x_positions(
        self,
        *,
        mirror_x_link_id: str,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
    ) -> AsyncIterator[MirrorXPosition]:
        """Every item of `get_mirror_x_positions`, page after page."""

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
        order_type: GetMirrorXOrdersOrderType | Unset = UNSET,
    ) -> MirrorXOrderPage:
        """Get MirrorX Orders

        `GET /open-api/v1/mirrorX/order/list`.
        MirrorX orders of a link in a time range (at most 30 days, `G20026`). Paginated: `pageNo`
        (from 1) and `pageLimit` (1-500); iterate while `pageNo < totalPage`.
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
        return (await self._client.call(kwargs, GetMirrorXOrdersResponse.from_dict)).data

    def iter_get_mirror_x_orders(
        self,
        *,
        mirror_x_link_id: str,
        start_time: int,
        end_time: int,
        page_limit: int,
        coin_symbol: str | Unset = UNSET,
        order_type: GetMirrorXOrdersOrderType | Unset = UNSET,
    ) -> AsyncIterator[MirrorXOrder]:
        """Every item of `get_mirror_x_orders`, page after page."""

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
        """
        kwargs = place_mirror_x_order._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, PlaceMirrorXOrderResponse.from_dict)).data


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
        """
        kwargs = resend_webhook._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, ResendWebhookResponse.from_dict)).data


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
        """
        kwargs = resend_webhook._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, ResendWebhookResponse.from_dict)).data


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
        """
        kwargs = get_mirror_linked_uids._get_kwargs(
            wallet_id_str=wallet_id_str,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (self._client.call(kwargs, GetMirrorLinkedUidsResponse.from_dict)).data

    def iter_get_mirror_linked_uids(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        page_limit: int,
    ) -> Iterator[MirrorLink]:
        """Every item of `get_mirror_linked_uids`, page after page."""

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
        """
        kwargs = apply_mirror_assets._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, ApplyMirrorAssetsResponse.from_dict)).data

    def settle_mirror_assets(
        self,
        *,
        body: SettleMirrorAssetsRequest,
    ) -> MirrorApplyResult:
        """MIrror Assets Settlement

        `POST /open-api/v1/mirror/asset/settle`.
        Settles mirror assets on the Mirror link `mirrorLinkId`. All body fields are strings. The
        published request example uses the placeholder `"string"` for every field, so this schema
        only constrains the type and length; the server rejects values that are not valid (e.g. a
        non-decimal `amount`) with `G20005`. **Archived** endpoint, still documented under
        "Archive".
        """
        kwargs = settle_mirror_assets._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, SettleMirrorAssetsResponse.from_dict)).data

    def get_mirror_operation_records(
        self,
        *,
        binance_uid: str | Unset = UNSET,
        wallet_id_str: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        operation_type: GetMirrorOperationRecordsOperationType | Unset = UNSET,
        status: GetMirrorOperationRecordsStatus | Unset = UNSET,
        page_limit: int,
        page_no: int = 1,
    ) -> MirrorRecordPage:
        """Get Mirror Operation Records

        `GET /open-api/v1/mirror/records/list`.
        Mirror operation records. One of `binanceUID` / `walletIdStr` is required. **Archived**
        endpoint, still documented under "Archive".
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
        return (self._client.call(kwargs, GetMirrorOperationRecordsResponse.from_dict)).data

    def iter_get_mirror_operation_records(
        self,
        *,
        binance_uid: str | Unset = UNSET,
        wallet_id_str: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        operation_type: GetMirrorOperationRecordsOperationType | Unset = UNSET,
        status: GetMirrorOperationRecordsStatus | Unset = UNSET,
        page_limit: int,
    ) -> Iterator[MirrorRecord]:
        """Every item of `get_mirror_operation_records`, page after page."""

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
        """
        kwargs = get_mirror_positions._get_kwargs(
            wallet_id_str=wallet_id_str,
            binance_uid=binance_uid,
            exclude_zero_amount_flag=exclude_zero_amount_flag,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (self._client.call(kwargs, GetMirrorPositionsResponse.from_dict)).data

    def iter_get_mirror_positions(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        binance_uid: str | Unset = UNSET,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
    ) -> Iterator[MirrorPosition]:
        """Every item of `get_mirror_positions`, page after page."""

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
        """
        kwargs = get_mirror_position_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return (self._client.call(kwargs, GetMirrorPositionSummaryResponse.from_dict)).data


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
        """
        kwargs = get_mirror_linked_uids._get_kwargs(
            wallet_id_str=wallet_id_str,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (await self._client.call(kwargs, GetMirrorLinkedUidsResponse.from_dict)).data

    def iter_get_mirror_linked_uids(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        page_limit: int,
    ) -> AsyncIterator[MirrorLink]:
        """Every item of `get_mirror_linked_uids`, page after page."""

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
        """
        kwargs = apply_mirror_assets._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, ApplyMirrorAssetsResponse.from_dict)).data

    async def settle_mirror_assets(
        self,
        *,
        body: SettleMirrorAssetsRequest,
    ) -> MirrorApplyResult:
        """MIrror Assets Settlement

        `POST /open-api/v1/mirror/asset/settle`.
        Settles mirror assets on the Mirror link `mirrorLinkId`. All body fields are strings. The
        published request example uses the placeholder `"string"` for every field, so this schema
        only constrains the type and length; the server rejects values that are not valid (e.g. a
        non-decimal `amount`) with `G20005`. **Archived** endpoint, still documented under
        "Archive".
        """
        kwargs = settle_mirror_assets._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, SettleMirrorAssetsResponse.from_dict)).data

    async def get_mirror_operation_records(
        self,
        *,
        binance_uid: str | Unset = UNSET,
        wallet_id_str: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        operation_type: GetMirrorOperationRecordsOperationType | Unset = UNSET,
        status: GetMirrorOperationRecordsStatus | Unset = UNSET,
        page_limit: int,
        page_no: int = 1,
    ) -> MirrorRecordPage:
        """Get Mirror Operation Records

        `GET /open-api/v1/mirror/records/list`.
        Mirror operation records. One of `binanceUID` / `walletIdStr` is required. **Archived**
        endpoint, still documented under "Archive".
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
        return (await self._client.call(kwargs, GetMirrorOperationRecordsResponse.from_dict)).data

    def iter_get_mirror_operation_records(
        self,
        *,
        binance_uid: str | Unset = UNSET,
        wallet_id_str: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        network: str | Unset = UNSET,
        start_time: int,
        end_time: int,
        operation_type: GetMirrorOperationRecordsOperationType | Unset = UNSET,
        status: GetMirrorOperationRecordsStatus | Unset = UNSET,
        page_limit: int,
    ) -> AsyncIterator[MirrorRecord]:
        """Every item of `get_mirror_operation_records`, page after page."""

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
        """
        kwargs = get_mirror_positions._get_kwargs(
            wallet_id_str=wallet_id_str,
            binance_uid=binance_uid,
            exclude_zero_amount_flag=exclude_zero_amount_flag,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (await self._client.call(kwargs, GetMirrorPositionsResponse.from_dict)).data

    def iter_get_mirror_positions(
        self,
        *,
        wallet_id_str: str | Unset = UNSET,
        binance_uid: str | Unset = UNSET,
        exclude_zero_amount_flag: bool | Unset = False,
        page_limit: int,
    ) -> AsyncIterator[MirrorPosition]:
        """Every item of `get_mirror_positions`, page after page."""

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
        """
        kwargs = get_mirror_position_summary._get_kwargs(
            wallet_id_str=wallet_id_str,
        )
        return (await self._client.call(kwargs, GetMirrorPositionSummaryResponse.from_dict)).data


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
        """
        kwargs = transfer_with_exchange._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, TransferWithExchangeResponse.from_dict)).data

    def get_exchange_transfer_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        direction: GetExchangeTransferHistoryDirection | Unset = UNSET,
        status: GetExchangeTransferHistoryStatus | Unset = UNSET,
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
        return (self._client.call(kwargs, GetExchangeTransferHistoryResponse.from_dict)).data

    def iter_get_exchange_transfer_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        direction: GetExchangeTransferHistoryDirection | Unset = UNSET,
        status: GetExchangeTransferHistoryStatus | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
    ) -> Iterator[ExchangeTransfer]:
        """Every item of `get_exchange_transfer_history`, page after page."""

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
        """
        kwargs = get_exchange_transfer_detail._get_kwargs(
            wallet_id=wallet_id,
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return (self._client.call(kwargs, GetExchangeTransferDetailResponse.from_dict)).data

    def create_withdrawal_v1(
        self,
        *,
        body: CreateWithdrawalV1Request,
    ) -> WithdrawalResult:
        """Withdrawal (v1)

        `POST /open-api/v1/wallet/withdrawal`.
        v1 withdrawal from a parent Qualified or Prime Wallet. Superseded by v2 (`amount`
        semantics differ). **Archived** endpoint, still documented under "Archive".
        """
        kwargs = create_withdrawal_v1._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, CreateWithdrawalV1Response.from_dict)).data

    def get_withdrawal_history_v1(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: GetWithdrawalHistoryV1Status | Unset = UNSET,
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
        return (self._client.call(kwargs, GetWithdrawalHistoryV1Response.from_dict)).data

    def iter_get_withdrawal_history_v1(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: GetWithdrawalHistoryV1Status | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
    ) -> Iterator[Transaction]:
        """Every item of `get_withdrawal_history_v1`, page after page."""

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
        """
        kwargs = get_withdrawal_detail_v1._get_kwargs(
            order_view_id=order_view_id,
        )
        return (self._client.call(kwargs, GetWithdrawalDetailV1Response.from_dict)).data

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
        """
        kwargs = get_sub_wallet_list_v1._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (self._client.call(kwargs, GetSubWalletListV1Response.from_dict)).data

    def iter_get_sub_wallet_list_v1(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int,
    ) -> Iterator[int]:
        """Every item of `get_sub_wallet_list_v1`, page after page."""

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
        """
        kwargs = transfer_with_exchange._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, TransferWithExchangeResponse.from_dict)).data

    async def get_exchange_transfer_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        direction: GetExchangeTransferHistoryDirection | Unset = UNSET,
        status: GetExchangeTransferHistoryStatus | Unset = UNSET,
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
        return (await self._client.call(kwargs, GetExchangeTransferHistoryResponse.from_dict)).data

    def iter_get_exchange_transfer_history(
        self,
        *,
        wallet_id: str,
        coin_symbol: str | Unset = UNSET,
        direction: GetExchangeTransferHistoryDirection | Unset = UNSET,
        status: GetExchangeTransferHistoryStatus | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
    ) -> AsyncIterator[ExchangeTransfer]:
        """Every item of `get_exchange_transfer_history`, page after page."""

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
        """
        kwargs = get_exchange_transfer_detail._get_kwargs(
            wallet_id=wallet_id,
            order_view_id=order_view_id,
            request_id=request_id,
        )
        return (await self._client.call(kwargs, GetExchangeTransferDetailResponse.from_dict)).data

    async def create_withdrawal_v1(
        self,
        *,
        body: CreateWithdrawalV1Request,
    ) -> WithdrawalResult:
        """Withdrawal (v1)

        `POST /open-api/v1/wallet/withdrawal`.
        v1 withdrawal from a parent Qualified or Prime Wallet. Superseded by v2 (`amount`
        semantics differ). **Archived** endpoint, still documented under "Archive".
        """
        kwargs = create_withdrawal_v1._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, CreateWithdrawalV1Response.from_dict)).data

    async def get_withdrawal_history_v1(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: GetWithdrawalHistoryV1Status | Unset = UNSET,
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
        return (await self._client.call(kwargs, GetWithdrawalHistoryV1Response.from_dict)).data

    def iter_get_withdrawal_history_v1(
        self,
        *,
        wallet_id: str,
        network: str | Unset = UNSET,
        coin_symbol: str | Unset = UNSET,
        status: GetWithdrawalHistoryV1Status | Unset = UNSET,
        start_time: int,
        end_time: int,
        page_limit: int,
    ) -> AsyncIterator[Transaction]:
        """Every item of `get_withdrawal_history_v1`, page after page."""

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
        """
        kwargs = get_withdrawal_detail_v1._get_kwargs(
            order_view_id=order_view_id,
        )
        return (await self._client.call(kwargs, GetWithdrawalDetailV1Response.from_dict)).data

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
        """
        kwargs = get_sub_wallet_list_v1._get_kwargs(
            parent_wallet_id=parent_wallet_id,
            page_limit=page_limit,
            page_no=page_no,
        )
        return (await self._client.call(kwargs, GetSubWalletListV1Response.from_dict)).data

    def iter_get_sub_wallet_list_v1(
        self,
        *,
        parent_wallet_id: str,
        page_limit: int,
    ) -> AsyncIterator[int]:
        """Every item of `get_sub_wallet_list_v1`, page after page."""

        async def fetch(position: int) -> WalletIdPage:
            return await self.get_sub_wallet_list_v1(
                parent_wallet_id=parent_wallet_id,
                page_limit=page_limit,
                page_no=position,
            )

        return pagination.aiterate_pages(fetch, "data", int)


class Resources:
    """Every tag's resource, as attributes."""

    def __init__(self, client: SyncAPIClient) -> None:
        self.system = SystemResource(client)
        self.supported_assets = SupportedAssetsResource(client)
        self.wallets = WalletsResource(client)
        self.deposits = DepositsResource(client)
        self.withdrawals = WithdrawalsResource(client)
        self.whitelisted_addresses = WhitelistedAddressesResource(client)
        self.transactions = TransactionsResource(client)
        self.sub_wallets = SubWalletsResource(client)
        self.sub_wallet_deposits = SubWalletDepositsResource(client)
        self.internal_transfers = InternalTransfersResource(client)
        self.mirror_x = MirrorXResource(client)
        self.webhooks = WebhooksResource(client)
        self.archive_mirror = ArchiveMirrorResource(client)
        self.archive_wallet = ArchiveWalletResource(client)


class AsyncResources:
    """Every tag's resource, as attributes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self.system = AsyncSystemResource(client)
        self.supported_assets = AsyncSupportedAssetsResource(client)
        self.wallets = AsyncWalletsResource(client)
        self.deposits = AsyncDepositsResource(client)
        self.withdrawals = AsyncWithdrawalsResource(client)
        self.whitelisted_addresses = AsyncWhitelistedAddressesResource(client)
        self.transactions = AsyncTransactionsResource(client)
        self.sub_wallets = AsyncSubWalletsResource(client)
        self.sub_wallet_deposits = AsyncSubWalletDepositsResource(client)
        self.internal_transfers = AsyncInternalTransfersResource(client)
        self.mirror_x = AsyncMirrorXResource(client)
        self.webhooks = AsyncWebhooksResource(client)
        self.archive_mirror = AsyncArchiveMirrorResource(client)
        self.archive_wallet = AsyncArchiveWalletResource(client)
