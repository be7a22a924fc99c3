"""Typed resources over every endpoint, one class per tag (sync and async)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

import attrs

from .._runtime import pagination
from ..models.balance import Balance
from ..models.cancel_inside_transfer_request import CancelInsideTransferRequest
from ..models.cancel_inside_transfer_response import CancelInsideTransferResponse
from ..models.cancel_orders_request import CancelOrdersRequest
from ..models.cancel_orders_response import CancelOrdersResponse
from ..models.cancel_orders_response_data_type_0 import CancelOrdersResponseDataType0
from ..models.cancel_withdrawal_request import CancelWithdrawalRequest
from ..models.cancel_withdrawal_response import CancelWithdrawalResponse
from ..models.coin import Coin
from ..models.coin_pair import CoinPair
from ..models.create_funds_transfer_request import CreateFundsTransferRequest
from ..models.create_funds_transfer_response import CreateFundsTransferResponse
from ..models.create_inside_transfer_request import CreateInsideTransferRequest
from ..models.create_inside_transfer_response import CreateInsideTransferResponse
from ..models.create_withdrawal_request import CreateWithdrawalRequest
from ..models.create_withdrawal_response import CreateWithdrawalResponse
from ..models.deal import Deal
from ..models.deposit_address import DepositAddress
from ..models.deposit_record import DepositRecord
from ..models.depth import Depth
from ..models.error_envelope import ErrorEnvelope
from ..models.get_account_response import GetAccountResponse
from ..models.get_deposit_address_request import GetDepositAddressRequest
from ..models.get_deposit_address_response import GetDepositAddressResponse
from ..models.get_depth_response import GetDepthResponse
from ..models.get_kline_history_response import GetKlineHistoryResponse
from ..models.get_kline_response import GetKlineResponse
from ..models.get_last_price_response import GetLastPriceResponse
from ..models.get_order_detail_response import GetOrderDetailResponse
from ..models.get_order_history_request import GetOrderHistoryRequest
from ..models.get_order_history_response import GetOrderHistoryResponse
from ..models.get_user_info_response import GetUserInfoResponse
from ..models.kline import Kline
from ..models.kline_interval import KlineInterval, check_kline_interval
from ..models.list_coin_networks_response import ListCoinNetworksResponse
from ..models.list_coin_pairs_response import ListCoinPairsResponse
from ..models.list_deposits_request import ListDepositsRequest
from ..models.list_deposits_response import ListDepositsResponse
from ..models.list_order_deals_request import ListOrderDealsRequest
from ..models.list_order_deals_response import ListOrderDealsResponse
from ..models.list_pending_orders_request import ListPendingOrdersRequest
from ..models.list_pending_orders_response import ListPendingOrdersResponse
from ..models.list_rates_response import ListRatesResponse
from ..models.list_withdraw_transfers_request import ListWithdrawTransfersRequest
from ..models.list_withdraw_transfers_response import ListWithdrawTransfersResponse
from ..models.order import Order
from ..models.order_page import OrderPage
from ..models.place_order_batch_request import PlaceOrderBatchRequest
from ..models.place_order_batch_response import PlaceOrderBatchResponse
from ..models.place_order_request import PlaceOrderRequest
from ..models.place_order_response import PlaceOrderResponse
from ..models.placed_order import PlacedOrder
from ..models.rate import Rate
from ..models.user_info import UserInfo
from ..models.withdraw_transfer_record import WithdrawTransferRecord
from ..types import UNSET, Unset
from .order import (
    cancel_orders,
    get_order_detail,
    get_order_history,
    list_order_deals,
    list_pending_orders,
    place_order,
    place_order_batch,
)
from .public import (
    get_depth,
    get_kline,
    get_kline_history,
    get_last_price,
    list_coin_networks,
    list_coin_pairs,
    list_rates,
)
from .user import (
    cancel_inside_transfer,
    cancel_withdrawal,
    create_funds_transfer,
    create_inside_transfer,
    create_withdrawal,
    get_account,
    get_deposit_address,
    get_user_info,
    list_deposits,
    list_withdraw_transfers,
)

if TYPE_CHECKING:
    from .._runtime.client import AsyncAPIClient, SyncAPIClient


class PublicResource:
    """Public: 7 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_last_price(
        self,
        *,
        symbol: str,
    ) -> Decimal:
        """Get the last price

        `GET /api/spot/v1/market/last_price`.
        Last traded price of a trading pair. `data` is the price itself (documented as a string).
        """
        kwargs = get_last_price._get_kwargs(
            symbol=symbol,
        )
        return (self._client.call(kwargs, GetLastPriceResponse.from_dict)).data

    def get_depth(
        self,
        *,
        symbol: str,
        precision: Decimal,
    ) -> Depth:
        """Get the order book depth

        `GET /api/spot/v1/market/depth`.
        Order book of a trading pair, aggregated to `precision`. Asks and bids are lists of
        `{price, volume}` (strings in the docs).
        """
        kwargs = get_depth._get_kwargs(
            symbol=symbol,
            precision=precision,
        )
        return (self._client.call(kwargs, GetDepthResponse.from_dict)).data

    def get_kline(
        self,
        *,
        symbol: str,
        interval: KlineInterval,
    ) -> list[Kline]:
        """Get klines

        `GET /api/spot/v1/market/kline`.
        Latest candlesticks of a trading pair. Path as documented (`market/kline`); ccxt uses
        `market/klines` (contradiction 9: the docs win).
        """
        kwargs = get_kline._get_kwargs(
            symbol=symbol,
            interval=interval,
        )
        return (self._client.call(kwargs, GetKlineResponse.from_dict)).data

    def get_kline_history(
        self,
        *,
        symbol: str,
        interval: KlineInterval | Unset = UNSET,
        end_time: int | Unset = UNSET,
        limit: int | Unset = 200,
    ) -> list[Kline]:
        """Get historical klines

        `GET /api/spot/v1/market/kline/history`.
        Candlesticks before `endTime` (open interval; default now), at most `limit` (1-500,
        default 200). Note: `endTime` is in Unix **seconds** and `limit` is typed string in the
        docs (contradiction 10).
        """
        kwargs = get_kline_history._get_kwargs(
            symbol=symbol,
            interval=interval,
            end_time=end_time,
            limit=limit,
        )
        return (self._client.call(kwargs, GetKlineHistoryResponse.from_dict)).data

    def list_coin_pairs(
        self,
    ) -> list[CoinPair]:
        """List trading pairs

        `GET /api/spot/v1/common/coin_pair/list`.
        Every spot trading pair with its precisions, minimum price and volume and display flags.
        """
        kwargs = list_coin_pairs._get_kwargs()
        return (self._client.call(kwargs, ListCoinPairsResponse.from_dict)).data

    def list_rates(
        self,
    ) -> list[Rate]:
        """List exchange rates

        `GET /api/spot/v1/common/rate/list`.
        Conversion rates between coins (`baseSymbol` in `quoteSymbol`).
        """
        kwargs = list_rates._get_kwargs()
        return (self._client.call(kwargs, ListRatesResponse.from_dict)).data

    def list_coin_networks(
        self,
    ) -> list[Coin]:
        """List coins and their networks (QueryTokenData)

        `GET /api/spot/v1/common/coin/coin_network/list`.
        The "QueryTokenData" interface the User pages refer to: every coin with its
        deposit/withdrawal switches and limits and, per network, the network name to send in
        withdraw / deposit address requests (e.g. `Tron (TRC-20)`), memo requirement,
        confirmations and limits.
        """
        kwargs = list_coin_networks._get_kwargs()
        return (self._client.call(kwargs, ListCoinNetworksResponse.from_dict)).data


class AsyncPublicResource:
    """Public: 7 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_last_price(
        self,
        *,
        symbol: str,
    ) -> Decimal:
        """Get the last price

        `GET /api/spot/v1/market/last_price`.
        Last traded price of a trading pair. `data` is the price itself (documented as a string).
        """
        kwargs = get_last_price._get_kwargs(
            symbol=symbol,
        )
        return (await self._client.call(kwargs, GetLastPriceResponse.from_dict)).data

    async def get_depth(
        self,
        *,
        symbol: str,
        precision: Decimal,
    ) -> Depth:
        """Get the order book depth

        `GET /api/spot/v1/market/depth`.
        Order book of a trading pair, aggregated to `precision`. Asks and bids are lists of
        `{price, volume}` (strings in the docs).
        """
        kwargs = get_depth._get_kwargs(
            symbol=symbol,
            precision=precision,
        )
        return (await self._client.call(kwargs, GetDepthResponse.from_dict)).data

    async def get_kline(
        self,
        *,
        symbol: str,
        interval: KlineInterval,
    ) -> list[Kline]:
        """Get klines

        `GET /api/spot/v1/market/kline`.
        Latest candlesticks of a trading pair. Path as documented (`market/kline`); ccxt uses
        `market/klines` (contradiction 9: the docs win).
        """
        kwargs = get_kline._get_kwargs(
            symbol=symbol,
            interval=interval,
        )
        return (await self._client.call(kwargs, GetKlineResponse.from_dict)).data

    async def get_kline_history(
        self,
        *,
        symbol: str,
        interval: KlineInterval | Unset = UNSET,
        end_time: int | Unset = UNSET,
        limit: int | Unset = 200,
    ) -> list[Kline]:
        """Get historical klines

        `GET /api/spot/v1/market/kline/history`.
        Candlesticks before `endTime` (open interval; default now), at most `limit` (1-500,
        default 200). Note: `endTime` is in Unix **seconds** and `limit` is typed string in the
        docs (contradiction 10).
        """
        kwargs = get_kline_history._get_kwargs(
            symbol=symbol,
            interval=interval,
            end_time=end_time,
            limit=limit,
        )
        return (await self._client.call(kwargs, GetKlineHistoryResponse.from_dict)).data

    async def list_coin_pairs(
        self,
    ) -> list[CoinPair]:
        """List trading pairs

        `GET /api/spot/v1/common/coin_pair/list`.
        Every spot trading pair with its precisions, minimum price and volume and display flags.
        """
        kwargs = list_coin_pairs._get_kwargs()
        return (await self._client.call(kwargs, ListCoinPairsResponse.from_dict)).data

    async def list_rates(
        self,
    ) -> list[Rate]:
        """List exchange rates

        `GET /api/spot/v1/common/rate/list`.
        Conversion rates between coins (`baseSymbol` in `quoteSymbol`).
        """
        kwargs = list_rates._get_kwargs()
        return (await self._client.call(kwargs, ListRatesResponse.from_dict)).data

    async def list_coin_networks(
        self,
    ) -> list[Coin]:
        """List coins and their networks (QueryTokenData)

        `GET /api/spot/v1/common/coin/coin_network/list`.
        The "QueryTokenData" interface the User pages refer to: every coin with its
        deposit/withdrawal switches and limits and, per network, the network name to send in
        withdraw / deposit address requests (e.g. `Tron (TRC-20)`), memo requirement,
        confirmations and limits.
        """
        kwargs = list_coin_networks._get_kwargs()
        return (await self._client.call(kwargs, ListCoinNetworksResponse.from_dict)).data


class UserResource:
    """User: 10 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_account(
        self,
    ) -> list[Balance]:
        """Check account balance

        `GET /api/spot/v1/user/account`.
        Spot balances per coin (`balance` available, `balanceLocked` in use by orders and
        withdrawals). No parameters.
        """
        kwargs = get_account._get_kwargs()
        return (self._client.call(kwargs, GetAccountResponse.from_dict)).data

    def get_user_info(
        self,
    ) -> UserInfo:
        """Get user info

        `GET /api/spot/v1/user/info`.
        UID of the API key's user. With a sub-account key the master account's UID is returned. No
        parameters.
        """
        kwargs = get_user_info._get_kwargs()
        return (self._client.call(kwargs, GetUserInfoResponse.from_dict)).data

    def create_withdrawal(
        self,
        *,
        body: CreateWithdrawalRequest,
    ) -> str:
        """Submit withdrawal request

        `POST /api/spot/v1/withdraw`.
        On-chain withdrawal. Only to addresses (or accounts) added to the **quick-withdrawal**
        list on the website or app
        (otherwise `110008`); only with an API key that has the withdrawal permission. `amount`
        includes the fee:
        received = `amount` - fee (below the fee: `110007`). Coins like XRP need the tag/memo of
        the destination in
        `memo` - a wrong memo loses the funds. `data` is the withdrawal id as a bare string (the
        table's `{withdrawId}`
        object is contradicted by the example; contradiction 2). A new withdrawal starts `pending`
        (the docs' history
        example shows a fresh withdrawal as `"status": "pending"`); it may pass through
        `verification` when the app
        asks for a security check. Follow it with `listWithdrawTransfers`.
        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, CreateWithdrawalResponse.from_dict)).data

    def cancel_withdrawal(
        self,
        *,
        body: CancelWithdrawalRequest,
    ) -> None:
        """Cancel withdrawal

        `POST /api/spot/v1/withdraw/cancel`.
        Cancels a withdrawal that is under manual review in the initial review stage. Once
        approved or on chain it cannot be cancelled. `data` is `null`.
        """
        kwargs = cancel_withdrawal._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, CancelWithdrawalResponse.from_dict)).data

    def create_inside_transfer(
        self,
        *,
        body: CreateInsideTransferRequest,
    ) -> str:
        """Initiate internal transfer

        `POST /api/spot/v1/inside_transfer`.
        Transfers a coin to another Bitunix user, identified by `toType`: `uid` (send `toUid`),
        `phone` (send
        `toPhoneCountryCode` and `toPhoneNumber`) or `email` (send `toEmail`). Needs the
        withdrawal permission.
        `outBizId` (optional, up to 32 characters) is the client's idempotency key: retry with the
        same value.
        `data` is the internal-transfer id as a bare string (contradiction 2).
        """
        kwargs = create_inside_transfer._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, CreateInsideTransferResponse.from_dict)).data

    def cancel_inside_transfer(
        self,
        *,
        body: CancelInsideTransferRequest,
    ) -> None:
        """Cancel internal transfer

        `POST /api/spot/v1/inside_transfer/cancel`.
        Cancels an internal transfer under manual review in the initial review stage; once
        approved it cannot be cancelled. `data` is `null` (the table's `{insideTransferId}` is
        contradicted by the example; contradiction 3).
        """
        kwargs = cancel_inside_transfer._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, CancelInsideTransferResponse.from_dict)).data

    def list_withdraw_transfers(
        self,
        *,
        body: ListWithdrawTransfersRequest,
    ) -> list[WithdrawTransferRecord]:
        """Request withdrawal history (withdrawals and internal transfers)

        `POST /api/spot/v1/withdraw_transfer/page`.
        Withdrawal and outgoing internal-transfer records. Every filter is optional. **Pages by
        time window**
        (`x-pagination: time-window`): `startTime`/`endTime` (Unix ms) and `limit` (1-100, default
        100); there is no
        page number or cursor - to read further back, repeat with `endTime` just before the oldest
        `ctime` received
        while a response is full. `transactionHash` filters withdrawals only. `data` is an array
        (the table's `object`
        is contradicted by the example; contradiction 4).
        """
        kwargs = list_withdraw_transfers._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, ListWithdrawTransfersResponse.from_dict)).data

    def create_funds_transfer(
        self,
        *,
        body: CreateFundsTransferRequest,
    ) -> str:
        """Transfer between spot and futures accounts

        `POST /api/spot/v1/funds_transfer`.
        Moves funds between the user's own accounts (`spot_futures` or `futures_spot`). `data` is
        the transfer id as a bare string (the table's `{transferId}` is contradicted by the
        example; contradiction 2).
        """
        kwargs = create_funds_transfer._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, CreateFundsTransferResponse.from_dict)).data

    def list_deposits(
        self,
        *,
        body: ListDepositsRequest,
    ) -> list[DepositRecord]:
        """Request deposit history (deposits and incoming internal transfers)

        `POST /api/spot/v1/deposit/page`.
        On-chain deposits and incoming internal transfers. Every filter is optional. **Pages by
        time window**
        (`x-pagination: time-window`): `startTime`/`endTime` (Unix ms) and `limit` (1-100, default
        100); no page number
        or cursor - move `endTime` back while a response is full.
        """
        kwargs = list_deposits._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, ListDepositsResponse.from_dict)).data

    def get_deposit_address(
        self,
        *,
        body: GetDepositAddressRequest,
    ) -> list[DepositAddress]:
        """Get deposit address

        `POST /api/spot/v1/deposit/address`.
        Deposit address (and memo/tag where the network needs one) of a coin on a network. `data`
        is an array of addresses.
        """
        kwargs = get_deposit_address._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, GetDepositAddressResponse.from_dict)).data


class AsyncUserResource:
    """User: 10 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_account(
        self,
    ) -> list[Balance]:
        """Check account balance

        `GET /api/spot/v1/user/account`.
        Spot balances per coin (`balance` available, `balanceLocked` in use by orders and
        withdrawals). No parameters.
        """
        kwargs = get_account._get_kwargs()
        return (await self._client.call(kwargs, GetAccountResponse.from_dict)).data

    async def get_user_info(
        self,
    ) -> UserInfo:
        """Get user info

        `GET /api/spot/v1/user/info`.
        UID of the API key's user. With a sub-account key the master account's UID is returned. No
        parameters.
        """
        kwargs = get_user_info._get_kwargs()
        return (await self._client.call(kwargs, GetUserInfoResponse.from_dict)).data

    async def create_withdrawal(
        self,
        *,
        body: CreateWithdrawalRequest,
    ) -> str:
        """Submit withdrawal request

        `POST /api/spot/v1/withdraw`.
        On-chain withdrawal. Only to addresses (or accounts) added to the **quick-withdrawal**
        list on the website or app
        (otherwise `110008`); only with an API key that has the withdrawal permission. `amount`
        includes the fee:
        received = `amount` - fee (below the fee: `110007`). Coins like XRP need the tag/memo of
        the destination in
        `memo` - a wrong memo loses the funds. `data` is the withdrawal id as a bare string (the
        table's `{withdrawId}`
        object is contradicted by the example; contradiction 2). A new withdrawal starts `pending`
        (the docs' history
        example shows a fresh withdrawal as `"status": "pending"`); it may pass through
        `verification` when the app
        asks for a security check. Follow it with `listWithdrawTransfers`.
        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, CreateWithdrawalResponse.from_dict)).data

    async def cancel_withdrawal(
        self,
        *,
        body: CancelWithdrawalRequest,
    ) -> None:
        """Cancel withdrawal

        `POST /api/spot/v1/withdraw/cancel`.
        Cancels a withdrawal that is under manual review in the initial review stage. Once
        approved or on chain it cannot be cancelled. `data` is `null`.
        """
        kwargs = cancel_withdrawal._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, CancelWithdrawalResponse.from_dict)).data

    async def create_inside_transfer(
        self,
        *,
        body: CreateInsideTransferRequest,
    ) -> str:
        """Initiate internal transfer

        `POST /api/spot/v1/inside_transfer`.
        Transfers a coin to another Bitunix user, identified by `toType`: `uid` (send `toUid`),
        `phone` (send
        `toPhoneCountryCode` and `toPhoneNumber`) or `email` (send `toEmail`). Needs the
        withdrawal permission.
        `outBizId` (optional, up to 32 characters) is the client's idempotency key: retry with the
        same value.
        `data` is the internal-transfer id as a bare string (contradiction 2).
        """
        kwargs = create_inside_transfer._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, CreateInsideTransferResponse.from_dict)).data

    async def cancel_inside_transfer(
        self,
        *,
        body: CancelInsideTransferRequest,
    ) -> None:
        """Cancel internal transfer

        `POST /api/spot/v1/inside_transfer/cancel`.
        Cancels an internal transfer under manual review in the initial review stage; once
        approved it cannot be cancelled. `data` is `null` (the table's `{insideTransferId}` is
        contradicted by the example; contradiction 3).
        """
        kwargs = cancel_inside_transfer._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, CancelInsideTransferResponse.from_dict)).data

    async def list_withdraw_transfers(
        self,
        *,
        body: ListWithdrawTransfersRequest,
    ) -> list[WithdrawTransferRecord]:
        """Request withdrawal history (withdrawals and internal transfers)

        `POST /api/spot/v1/withdraw_transfer/page`.
        Withdrawal and outgoing internal-transfer records. Every filter is optional. **Pages by
        time window**
        (`x-pagination: time-window`): `startTime`/`endTime` (Unix ms) and `limit` (1-100, default
        100); there is no
        page number or cursor - to read further back, repeat with `endTime` just before the oldest
        `ctime` received
        while a response is full. `transactionHash` filters withdrawals only. `data` is an array
        (the table's `object`
        is contradicted by the example; contradiction 4).
        """
        kwargs = list_withdraw_transfers._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, ListWithdrawTransfersResponse.from_dict)).data

    async def create_funds_transfer(
        self,
        *,
        body: CreateFundsTransferRequest,
    ) -> str:
        """Transfer between spot and futures accounts

        `POST /api/spot/v1/funds_transfer`.
        Moves funds between the user's own accounts (`spot_futures` or `futures_spot`). `data` is
        the transfer id as a bare string (the table's `{transferId}` is contradicted by the
        example; contradiction 2).
        """
        kwargs = create_funds_transfer._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, CreateFundsTransferResponse.from_dict)).data

    async def list_deposits(
        self,
        *,
        body: ListDepositsRequest,
    ) -> list[DepositRecord]:
        """Request deposit history (deposits and incoming internal transfers)

        `POST /api/spot/v1/deposit/page`.
        On-chain deposits and incoming internal transfers. Every filter is optional. **Pages by
        time window**
        (`x-pagination: time-window`): `startTime`/`endTime` (Unix ms) and `limit` (1-100, default
        100); no page number
        or cursor - move `endTime` back while a response is full.
        """
        kwargs = list_deposits._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, ListDepositsResponse.from_dict)).data

    async def get_deposit_address(
        self,
        *,
        body: GetDepositAddressRequest,
    ) -> list[DepositAddress]:
        """Get deposit address

        `POST /api/spot/v1/deposit/address`.
        Deposit address (and memo/tag where the network needs one) of a coin on a network. `data`
        is an array of addresses.
        """
        kwargs = get_deposit_address._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, GetDepositAddressResponse.from_dict)).data


class OrderResource:
    """Order: 7 operation(s)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def place_order(
        self,
        *,
        body: PlaceOrderRequest,
    ) -> PlacedOrder:
        """Place order

        `POST /api/spot/v1/order/place_order`.
        Places a limit (`type` 1) or market (`type` 2) order, selling (`side` 1) or buying (`side`
        2). `volume` and
        `price` are decimal strings; the meaning of `volume` is contradictory in the docs
        (contradiction 8, see the
        field). `placeStatus` `"1"` means the order was accepted.
        """
        kwargs = place_order._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, PlaceOrderResponse.from_dict)).data

    def place_order_batch(
        self,
        *,
        body: PlaceOrderBatchRequest,
    ) -> list[PlacedOrder]:
        """Place orders in batch

        `POST /api/spot/v1/order/place_order/batch`.
        Places several orders at once; each item has the single-order fields. `data` has one
        result per order, in request order. The batch page documents `volume` as base quantity for
        limit and quote amount for market orders (opposite of the single-order page; contradiction
        8).
        """
        kwargs = place_order_batch._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, PlaceOrderBatchResponse.from_dict)).data

    def cancel_orders(
        self,
        *,
        body: CancelOrdersRequest,
    ) -> CancelOrdersResponseDataType0 | None | Unset:
        """Cancel orders

        `POST /api/spot/v1/order/cancel`.
        Cancels one or more orders, each named by `orderId` and `symbol`. `data` is `null` or an
        object (not described by the docs).
        """
        kwargs = cancel_orders._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, CancelOrdersResponse.from_dict)).data

    def list_order_deals(
        self,
        *,
        body: ListOrderDealsRequest,
    ) -> list[Deal]:
        """List the fills of an order

        `POST /api/spot/v1/order/deal/list`.
        Trades (fills) of one order with price, volume, fee and maker/taker role.
        """
        kwargs = list_order_deals._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, ListOrderDealsResponse.from_dict)).data

    def get_order_history(
        self,
        *,
        body: GetOrderHistoryRequest,
    ) -> OrderPage:
        """Query order history (paged)

        `POST /api/spot/v1/order/history/page`.
        Orders of a pair, filtered by time (ISO 8601 `startTime`/`endTime`), status, side and
        type. **Pages by number**
        (`x-pagination: page`): request `page` (from 1) and `pageSize`; the response is
        `{total, pageNum, pageSize, data: [...]}` - iterate while `pageNum * pageSize < total`.
        """
        kwargs = get_order_history._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, GetOrderHistoryResponse.from_dict)).data

    def iter_get_order_history(
        self,
        *,
        body: GetOrderHistoryRequest,
    ) -> Iterator[Order]:
        """Every item of `get_order_history`, page after page."""

        def fetch(position: int) -> OrderPage:
            return self.get_order_history(
                body=attrs.evolve(body, page=position),
            )

        return pagination.iterate_pages(fetch, "data", Order)

    def list_pending_orders(
        self,
        *,
        body: ListPendingOrdersRequest,
    ) -> list[Order]:
        """List open orders

        `POST /api/spot/v1/order/pending/list`.
        Orders of a pair that are not finished (status 1 unfilled or 3 partially filled).
        """
        kwargs = list_pending_orders._get_kwargs(
            body=body,
        )
        return (self._client.call(kwargs, ListPendingOrdersResponse.from_dict)).data

    def get_order_detail(
        self,
        *,
        order_id: str,
    ) -> Order:
        """Get order detail

        `GET /api/spot/v1/order/detail`.
        One order by id.
        """
        kwargs = get_order_detail._get_kwargs(
            order_id=order_id,
        )
        return (self._client.call(kwargs, GetOrderDetailResponse.from_dict)).data


class AsyncOrderResource:
    """Order: 7 operation(s)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def place_order(
        self,
        *,
        body: PlaceOrderRequest,
    ) -> PlacedOrder:
        """Place order

        `POST /api/spot/v1/order/place_order`.
        Places a limit (`type` 1) or market (`type` 2) order, selling (`side` 1) or buying (`side`
        2). `volume` and
        `price` are decimal strings; the meaning of `volume` is contradictory in the docs
        (contradiction 8, see the
        field). `placeStatus` `"1"` means the order was accepted.
        """
        kwargs = place_order._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, PlaceOrderResponse.from_dict)).data

    async def place_order_batch(
        self,
        *,
        body: PlaceOrderBatchRequest,
    ) -> list[PlacedOrder]:
        """Place orders in batch

        `POST /api/spot/v1/order/place_order/batch`.
        Places several orders at once; each item has the single-order fields. `data` has one
        result per order, in request order. The batch page documents `volume` as base quantity for
        limit and quote amount for market orders (opposite of the single-order page; contradiction
        8).
        """
        kwargs = place_order_batch._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, PlaceOrderBatchResponse.from_dict)).data

    async def cancel_orders(
        self,
        *,
        body: CancelOrdersRequest,
    ) -> CancelOrdersResponseDataType0 | None | Unset:
        """Cancel orders

        `POST /api/spot/v1/order/cancel`.
        Cancels one or more orders, each named by `orderId` and `symbol`. `data` is `null` or an
        object (not described by the docs).
        """
        kwargs = cancel_orders._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, CancelOrdersResponse.from_dict)).data

    async def list_order_deals(
        self,
        *,
        body: ListOrderDealsRequest,
    ) -> list[Deal]:
        """List the fills of an order

        `POST /api/spot/v1/order/deal/list`.
        Trades (fills) of one order with price, volume, fee and maker/taker role.
        """
        kwargs = list_order_deals._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, ListOrderDealsResponse.from_dict)).data

    async def get_order_history(
        self,
        *,
        body: GetOrderHistoryRequest,
    ) -> OrderPage:
        """Query order history (paged)

        `POST /api/spot/v1/order/history/page`.
        Orders of a pair, filtered by time (ISO 8601 `startTime`/`endTime`), status, side and
        type. **Pages by number**
        (`x-pagination: page`): request `page` (from 1) and `pageSize`; the response is
        `{total, pageNum, pageSize, data: [...]}` - iterate while `pageNum * pageSize < total`.
        """
        kwargs = get_order_history._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, GetOrderHistoryResponse.from_dict)).data

    def iter_get_order_history(
        self,
        *,
        body: GetOrderHistoryRequest,
    ) -> AsyncIterator[Order]:
        """Every item of `get_order_history`, page after page."""

        async def fetch(position: int) -> OrderPage:
            return await self.get_order_history(
                body=attrs.evolve(body, page=position),
            )

        return pagination.aiterate_pages(fetch, "data", Order)

    async def list_pending_orders(
        self,
        *,
        body: ListPendingOrdersRequest,
    ) -> list[Order]:
        """List open orders

        `POST /api/spot/v1/order/pending/list`.
        Orders of a pair that are not finished (status 1 unfilled or 3 partially filled).
        """
        kwargs = list_pending_orders._get_kwargs(
            body=body,
        )
        return (await self._client.call(kwargs, ListPendingOrdersResponse.from_dict)).data

    async def get_order_detail(
        self,
        *,
        order_id: str,
    ) -> Order:
        """Get order detail

        `GET /api/spot/v1/order/detail`.
        One order by id.
        """
        kwargs = get_order_detail._get_kwargs(
            order_id=order_id,
        )
        return (await self._client.call(kwargs, GetOrderDetailResponse.from_dict)).data


class Resources:
    """Every tag's resource, as attributes."""

    def __init__(self, client: SyncAPIClient) -> None:
        self.public = PublicResource(client)
        self.user = UserResource(client)
        self.order = OrderResource(client)


class AsyncResources:
    """Every tag's resource, as attributes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self.public = AsyncPublicResource(client)
        self.user = AsyncUserResource(client)
        self.order = AsyncOrderResource(client)
