"""Typed resources over every endpoint, one class per tag (sync and async)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

import attrs

from .._runtime import pagination
from .._runtime.client import APIResponse
from .._runtime.jsonutil import decimal_number, decimal_text, exact_number
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


def _parse_get_last_price(response: Any) -> Decimal:
    return GetLastPriceResponse.from_dict(response).data


def _parse_get_depth(response: Any) -> Depth:
    return GetDepthResponse.from_dict(response).data


def _parse_get_kline(response: Any) -> list[Kline]:
    return GetKlineResponse.from_dict(response).data


def _parse_get_kline_history(response: Any) -> list[Kline]:
    return GetKlineHistoryResponse.from_dict(response).data


def _parse_list_coin_pairs(response: Any) -> list[CoinPair]:
    return ListCoinPairsResponse.from_dict(response).data


def _parse_list_rates(response: Any) -> list[Rate]:
    return ListRatesResponse.from_dict(response).data


def _parse_list_coin_networks(response: Any) -> list[Coin]:
    return ListCoinNetworksResponse.from_dict(response).data


def _parse_get_account(response: Any) -> list[Balance]:
    return GetAccountResponse.from_dict(response).data


def _parse_get_user_info(response: Any) -> UserInfo:
    return GetUserInfoResponse.from_dict(response).data


def _parse_create_withdrawal(response: Any) -> str:
    return CreateWithdrawalResponse.from_dict(response).data


def _parse_cancel_withdrawal(response: Any) -> None:
    return CancelWithdrawalResponse.from_dict(response).data


def _parse_create_inside_transfer(response: Any) -> str:
    return CreateInsideTransferResponse.from_dict(response).data


def _parse_cancel_inside_transfer(response: Any) -> None:
    return CancelInsideTransferResponse.from_dict(response).data


def _parse_list_withdraw_transfers(response: Any) -> list[WithdrawTransferRecord]:
    return ListWithdrawTransfersResponse.from_dict(response).data


def _parse_create_funds_transfer(response: Any) -> str:
    return CreateFundsTransferResponse.from_dict(response).data


def _parse_list_deposits(response: Any) -> list[DepositRecord]:
    return ListDepositsResponse.from_dict(response).data


def _parse_get_deposit_address(response: Any) -> list[DepositAddress]:
    return GetDepositAddressResponse.from_dict(response).data


def _parse_place_order(response: Any) -> PlacedOrder:
    return PlaceOrderResponse.from_dict(response).data


def _parse_place_order_batch(response: Any) -> list[PlacedOrder]:
    return PlaceOrderBatchResponse.from_dict(response).data


def _parse_cancel_orders(response: Any) -> CancelOrdersResponseDataType0 | None | Unset:
    return CancelOrdersResponse.from_dict(response).data


def _parse_list_order_deals(response: Any) -> list[Deal]:
    return ListOrderDealsResponse.from_dict(response).data


def _parse_get_order_history(response: Any) -> OrderPage:
    return GetOrderHistoryResponse.from_dict(response).data


def _parse_list_pending_orders(response: Any) -> list[Order]:
    return ListPendingOrdersResponse.from_dict(response).data


def _parse_get_order_detail(response: Any) -> Order:
    return GetOrderDetailResponse.from_dict(response).data


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

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).

        """
        kwargs = get_last_price._get_kwargs(
            symbol=symbol,
        )
        return self._client.call(kwargs, _parse_get_last_price)

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

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).
            precision: Aggregation precision (documented type `number`), e.g. one of the pair's `precisions`
                from the coin pair list such as `0.01`. Bounds are spec-side.

        """
        kwargs = get_depth._get_kwargs(
            symbol=symbol,
            precision=precision,
        )
        return self._client.call(kwargs, _parse_get_depth)

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

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).
            interval: Kline interval: minutes `1`, `3`, `5`, `15`, `30`, `60`, `120`, `240`, `360`, `720`, or
                `D` day, `W` week, `M` month. The docs give a default of `1min` although the parameter is mandatory
                and `1min` is not a listed value (contradiction 9).

        """
        kwargs = get_kline._get_kwargs(
            symbol=symbol,
            interval=interval,
        )
        return self._client.call(kwargs, _parse_get_kline)

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

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).
            interval: Kline interval: minutes `1`, `3`, `5`, `15`, `30`, `60`, `120`, `240`, `360`, `720`, or
                `D` day, `W` week, `M` month. The docs give the default as `1min` (not a listed value; contradiction
                9), i.e. one minute.
            end_time: End of the range in Unix **seconds** (exclusive). Default now.
            limit: Number of klines, 1-500 (default 200). Typed string in the docs; sent as decimal digits in
                the query string.

        """
        kwargs = get_kline_history._get_kwargs(
            symbol=symbol,
            interval=interval,
            end_time=end_time,
            limit=limit,
        )
        return self._client.call(kwargs, _parse_get_kline_history)

    def list_coin_pairs(
        self,
    ) -> list[CoinPair]:
        """List trading pairs

        `GET /api/spot/v1/common/coin_pair/list`.
        Every spot trading pair with its precisions, minimum price and volume and display flags.


        """
        kwargs = list_coin_pairs._get_kwargs()
        return self._client.call(kwargs, _parse_list_coin_pairs)

    def list_rates(
        self,
    ) -> list[Rate]:
        """List exchange rates

        `GET /api/spot/v1/common/rate/list`.
        Conversion rates between coins (`baseSymbol` in `quoteSymbol`).


        """
        kwargs = list_rates._get_kwargs()
        return self._client.call(kwargs, _parse_list_rates)

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
        return self._client.call(kwargs, _parse_list_coin_networks)


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

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).

        """
        kwargs = get_last_price._get_kwargs(
            symbol=symbol,
        )
        return await self._client.call(kwargs, _parse_get_last_price)

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

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).
            precision: Aggregation precision (documented type `number`), e.g. one of the pair's `precisions`
                from the coin pair list such as `0.01`. Bounds are spec-side.

        """
        kwargs = get_depth._get_kwargs(
            symbol=symbol,
            precision=precision,
        )
        return await self._client.call(kwargs, _parse_get_depth)

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

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).
            interval: Kline interval: minutes `1`, `3`, `5`, `15`, `30`, `60`, `120`, `240`, `360`, `720`, or
                `D` day, `W` week, `M` month. The docs give a default of `1min` although the parameter is mandatory
                and `1min` is not a listed value (contradiction 9).

        """
        kwargs = get_kline._get_kwargs(
            symbol=symbol,
            interval=interval,
        )
        return await self._client.call(kwargs, _parse_get_kline)

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

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).
            interval: Kline interval: minutes `1`, `3`, `5`, `15`, `30`, `60`, `120`, `240`, `360`, `720`, or
                `D` day, `W` week, `M` month. The docs give the default as `1min` (not a listed value; contradiction
                9), i.e. one minute.
            end_time: End of the range in Unix **seconds** (exclusive). Default now.
            limit: Number of klines, 1-500 (default 200). Typed string in the docs; sent as decimal digits in
                the query string.

        """
        kwargs = get_kline_history._get_kwargs(
            symbol=symbol,
            interval=interval,
            end_time=end_time,
            limit=limit,
        )
        return await self._client.call(kwargs, _parse_get_kline_history)

    async def list_coin_pairs(
        self,
    ) -> list[CoinPair]:
        """List trading pairs

        `GET /api/spot/v1/common/coin_pair/list`.
        Every spot trading pair with its precisions, minimum price and volume and display flags.


        """
        kwargs = list_coin_pairs._get_kwargs()
        return await self._client.call(kwargs, _parse_list_coin_pairs)

    async def list_rates(
        self,
    ) -> list[Rate]:
        """List exchange rates

        `GET /api/spot/v1/common/rate/list`.
        Conversion rates between coins (`baseSymbol` in `quoteSymbol`).


        """
        kwargs = list_rates._get_kwargs()
        return await self._client.call(kwargs, _parse_list_rates)

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
        return await self._client.call(kwargs, _parse_list_coin_networks)


class PublicResourceWithRawResponse:
    """Public: 7 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_last_price(
        self,
        *,
        symbol: str,
    ) -> APIResponse[Decimal]:
        """Get the last price

        `GET /api/spot/v1/market/last_price`.
        Last traded price of a trading pair. `data` is the price itself (documented as a string).

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_last_price._get_kwargs(
            symbol=symbol,
        )
        return self._client.call_raw(kwargs, _parse_get_last_price)

    def get_depth(
        self,
        *,
        symbol: str,
        precision: Decimal,
    ) -> APIResponse[Depth]:
        """Get the order book depth

        `GET /api/spot/v1/market/depth`.
        Order book of a trading pair, aggregated to `precision`. Asks and bids are lists of
        `{price, volume}` (strings in the docs).

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).
            precision: Aggregation precision (documented type `number`), e.g. one of the pair's `precisions`
                from the coin pair list such as `0.01`. Bounds are spec-side.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_depth._get_kwargs(
            symbol=symbol,
            precision=precision,
        )
        return self._client.call_raw(kwargs, _parse_get_depth)

    def get_kline(
        self,
        *,
        symbol: str,
        interval: KlineInterval,
    ) -> APIResponse[list[Kline]]:
        """Get klines

        `GET /api/spot/v1/market/kline`.
        Latest candlesticks of a trading pair. Path as documented (`market/kline`); ccxt uses
        `market/klines` (contradiction 9: the docs win).

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).
            interval: Kline interval: minutes `1`, `3`, `5`, `15`, `30`, `60`, `120`, `240`, `360`, `720`, or
                `D` day, `W` week, `M` month. The docs give a default of `1min` although the parameter is mandatory
                and `1min` is not a listed value (contradiction 9).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_kline._get_kwargs(
            symbol=symbol,
            interval=interval,
        )
        return self._client.call_raw(kwargs, _parse_get_kline)

    def get_kline_history(
        self,
        *,
        symbol: str,
        interval: KlineInterval | Unset = UNSET,
        end_time: int | Unset = UNSET,
        limit: int | Unset = 200,
    ) -> APIResponse[list[Kline]]:
        """Get historical klines

        `GET /api/spot/v1/market/kline/history`.
        Candlesticks before `endTime` (open interval; default now), at most `limit` (1-500,
        default 200). Note: `endTime` is in Unix **seconds** and `limit` is typed string in the
        docs (contradiction 10).

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).
            interval: Kline interval: minutes `1`, `3`, `5`, `15`, `30`, `60`, `120`, `240`, `360`, `720`, or
                `D` day, `W` week, `M` month. The docs give the default as `1min` (not a listed value; contradiction
                9), i.e. one minute.
            end_time: End of the range in Unix **seconds** (exclusive). Default now.
            limit: Number of klines, 1-500 (default 200). Typed string in the docs; sent as decimal digits in
                the query string.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_kline_history._get_kwargs(
            symbol=symbol,
            interval=interval,
            end_time=end_time,
            limit=limit,
        )
        return self._client.call_raw(kwargs, _parse_get_kline_history)

    def list_coin_pairs(
        self,
    ) -> APIResponse[list[CoinPair]]:
        """List trading pairs

        `GET /api/spot/v1/common/coin_pair/list`.
        Every spot trading pair with its precisions, minimum price and volume and display flags.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_coin_pairs._get_kwargs()
        return self._client.call_raw(kwargs, _parse_list_coin_pairs)

    def list_rates(
        self,
    ) -> APIResponse[list[Rate]]:
        """List exchange rates

        `GET /api/spot/v1/common/rate/list`.
        Conversion rates between coins (`baseSymbol` in `quoteSymbol`).



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_rates._get_kwargs()
        return self._client.call_raw(kwargs, _parse_list_rates)

    def list_coin_networks(
        self,
    ) -> APIResponse[list[Coin]]:
        """List coins and their networks (QueryTokenData)

        `GET /api/spot/v1/common/coin/coin_network/list`.
        The "QueryTokenData" interface the User pages refer to: every coin with its
        deposit/withdrawal switches and limits and, per network, the network name to send in
        withdraw / deposit address requests (e.g. `Tron (TRC-20)`), memo requirement,
        confirmations and limits.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_coin_networks._get_kwargs()
        return self._client.call_raw(kwargs, _parse_list_coin_networks)


class AsyncPublicResourceWithRawResponse:
    """Public: 7 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_last_price(
        self,
        *,
        symbol: str,
    ) -> APIResponse[Decimal]:
        """Get the last price

        `GET /api/spot/v1/market/last_price`.
        Last traded price of a trading pair. `data` is the price itself (documented as a string).

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_last_price._get_kwargs(
            symbol=symbol,
        )
        return await self._client.call_raw(kwargs, _parse_get_last_price)

    async def get_depth(
        self,
        *,
        symbol: str,
        precision: Decimal,
    ) -> APIResponse[Depth]:
        """Get the order book depth

        `GET /api/spot/v1/market/depth`.
        Order book of a trading pair, aggregated to `precision`. Asks and bids are lists of
        `{price, volume}` (strings in the docs).

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).
            precision: Aggregation precision (documented type `number`), e.g. one of the pair's `precisions`
                from the coin pair list such as `0.01`. Bounds are spec-side.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_depth._get_kwargs(
            symbol=symbol,
            precision=precision,
        )
        return await self._client.call_raw(kwargs, _parse_get_depth)

    async def get_kline(
        self,
        *,
        symbol: str,
        interval: KlineInterval,
    ) -> APIResponse[list[Kline]]:
        """Get klines

        `GET /api/spot/v1/market/kline`.
        Latest candlesticks of a trading pair. Path as documented (`market/kline`); ccxt uses
        `market/klines` (contradiction 9: the docs win).

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).
            interval: Kline interval: minutes `1`, `3`, `5`, `15`, `30`, `60`, `120`, `240`, `360`, `720`, or
                `D` day, `W` week, `M` month. The docs give a default of `1min` although the parameter is mandatory
                and `1min` is not a listed value (contradiction 9).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_kline._get_kwargs(
            symbol=symbol,
            interval=interval,
        )
        return await self._client.call_raw(kwargs, _parse_get_kline)

    async def get_kline_history(
        self,
        *,
        symbol: str,
        interval: KlineInterval | Unset = UNSET,
        end_time: int | Unset = UNSET,
        limit: int | Unset = 200,
    ) -> APIResponse[list[Kline]]:
        """Get historical klines

        `GET /api/spot/v1/market/kline/history`.
        Candlesticks before `endTime` (open interval; default now), at most `limit` (1-500,
        default 200). Note: `endTime` is in Unix **seconds** and `limit` is typed string in the
        docs (contradiction 10).

        Args:
            symbol: Trading pair, e.g. `BTCUSDT` (see the coin pair list).
            interval: Kline interval: minutes `1`, `3`, `5`, `15`, `30`, `60`, `120`, `240`, `360`, `720`, or
                `D` day, `W` week, `M` month. The docs give the default as `1min` (not a listed value; contradiction
                9), i.e. one minute.
            end_time: End of the range in Unix **seconds** (exclusive). Default now.
            limit: Number of klines, 1-500 (default 200). Typed string in the docs; sent as decimal digits in
                the query string.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_kline_history._get_kwargs(
            symbol=symbol,
            interval=interval,
            end_time=end_time,
            limit=limit,
        )
        return await self._client.call_raw(kwargs, _parse_get_kline_history)

    async def list_coin_pairs(
        self,
    ) -> APIResponse[list[CoinPair]]:
        """List trading pairs

        `GET /api/spot/v1/common/coin_pair/list`.
        Every spot trading pair with its precisions, minimum price and volume and display flags.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_coin_pairs._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_list_coin_pairs)

    async def list_rates(
        self,
    ) -> APIResponse[list[Rate]]:
        """List exchange rates

        `GET /api/spot/v1/common/rate/list`.
        Conversion rates between coins (`baseSymbol` in `quoteSymbol`).



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_rates._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_list_rates)

    async def list_coin_networks(
        self,
    ) -> APIResponse[list[Coin]]:
        """List coins and their networks (QueryTokenData)

        `GET /api/spot/v1/common/coin/coin_network/list`.
        The "QueryTokenData" interface the User pages refer to: every coin with its
        deposit/withdrawal switches and limits and, per network, the network name to send in
        withdraw / deposit address requests (e.g. `Tron (TRC-20)`), memo requirement,
        confirmations and limits.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_coin_networks._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_list_coin_networks)


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
        return self._client.call(kwargs, _parse_get_account)

    def get_user_info(
        self,
    ) -> UserInfo:
        """Get user info

        `GET /api/spot/v1/user/info`.
        UID of the API key's user. With a sub-account key the master account's UID is returned. No
        parameters.


        """
        kwargs = get_user_info._get_kwargs()
        return self._client.call(kwargs, _parse_get_user_info)

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

        Args:
            body: Withdrawal to create.
                coin: Coin, as `name` in the QueryTokenData list (e.g. `TRX`).
                network: Network, as `network` in the coin's `networks` (e.g. `Tron (TRC-20)`).
                address: Destination address; must be on the account's quick-withdrawal list (else `110008`).
                amount: Amount to withdraw, fee included (received = amount - fee; below the fee `110007`). A
                JSON number in the docs' example (`20.00`); send the exact decimal digits. Decimals per the
                QueryTokenData list.
                memo (optional): Tag or memo of the destination (XRP and similar). Optional; `null` is accepted
                as absent (x-inferred from the records of the docs, which show this field as `null` when unset).

        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_withdrawal)

    def cancel_withdrawal(
        self,
        *,
        body: CancelWithdrawalRequest,
    ) -> None:
        """Cancel withdrawal

        `POST /api/spot/v1/withdraw/cancel`.
        Cancels a withdrawal that is under manual review in the initial review stage. Once
        approved or on chain it cannot be cancelled. `data` is `null`.

        Args:
            body: Withdrawal to cancel.
                withdraw_id: Withdrawal id returned by `createWithdrawal`.

        """
        kwargs = cancel_withdrawal._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_cancel_withdrawal)

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

        Args:
            body: Internal transfer. Send the recipient field(s) matching `toType`: `uid` -> `toUid`; `phone` ->
                `toPhoneCountryCode` + `toPhoneNumber`; `email` -> `toEmail`.
                coin: Coin, as `name` in the QueryTokenData list.
                amount: Amount (JSON number in the example, `10`); send the exact decimal digits.
                to_type: Internal transfer recipient kind: `uid` by UID (`toUid`); `phone` by mobile number
                (`toPhoneCountryCode` + `toPhoneNumber`); `email` by email address (`toEmail`).
                out_biz_id (optional): Client idempotency key (up to 32 characters); a retry with the same value
                does not transfer twice. From the current page (not in the seed table; contradiction 14).
                to_uid (optional): Recipient UID (with `toType` = `uid`). Optional; `null` is accepted as absent
                (x-inferred from the records of the docs, which show this field as `null` when unset).
                to_phone_country_code (optional): Recipient phone area code (with `toType` = `phone`). Optional;
                `null` is accepted as absent (x-inferred from the records of the docs, which show this field as
                `null` when unset).
                to_phone_number (optional): Recipient mobile number (with `toType` = `phone`). Optional; `null`
                is accepted as absent (x-inferred from the records of the docs, which show this field as `null` when
                unset).
                to_email (optional): Recipient email address (with `toType` = `email`). Optional; `null` is
                accepted as absent (x-inferred from the records of the docs, which show this field as `null` when
                unset).
                remark (optional): Free-text remark, up to 256 characters (current page; contradiction 14).
                Filterable exactly in the history.

        """
        kwargs = create_inside_transfer._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_inside_transfer)

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

        Args:
            body: Internal transfer to cancel.
                inside_transfer_id: Internal transfer id returned by `createInsideTransfer`.

        """
        kwargs = cancel_inside_transfer._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_cancel_inside_transfer)

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

        Args:
            body: Withdrawal/internal-transfer history filters, all optional. Time-window pagination.
                id (optional): Withdrawal id or internal transfer id.
                out_biz_id (optional): Client idempotency key of an internal transfer (current page).
                coin (optional): Coin.
                transaction_hash (optional): On-chain transaction id; only with withdrawals. Optional; `null` is
                accepted as absent (x-inferred from the records of the docs, which show this field as `null` when
                unset).
                type_ (optional): `withdraw` withdrawals; `inside_transfer` (seed table) / `inside_transfer_out`
                (record table, current page) internal transfers (contradiction 5).
                start_time (optional): Window start, Unix ms (e.g. `1597026383085`).
                end_time (optional): Window end, Unix ms (e.g. `1597026683085`).
                remark (optional): Exact remark of an internal transfer (current page).
                limit (optional): Maximum records, 1-100 (default 100).

        """
        kwargs = list_withdraw_transfers._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_list_withdraw_transfers)

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

        Args:
            body: Transfer between the user's spot and futures accounts.
                type_: `spot_futures` from spot to futures; `futures_spot` from futures to spot.
                coin: Coin, as `name` in the QueryTokenData list.
                amount: Amount (JSON number in the example, `100.01`); send the exact decimal digits.

        """
        kwargs = create_funds_transfer._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_create_funds_transfer)

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

        Args:
            body: Deposit history filters, all optional. Time-window pagination.
                id (optional): Deposit id.
                coin (optional): Coin.
                type_ (optional): `deposit` on-chain deposits; `inside_transfer_in` incoming internal transfers.
                transaction_hash (optional): On-chain transaction id. Optional; `null` is accepted as absent
                (x-inferred from the records of the docs, which show this field as `null` when unset).
                start_time (optional): Window start, Unix ms.
                end_time (optional): Window end, Unix ms.
                limit (optional): Maximum records, 1-100 (default 100).

        """
        kwargs = list_deposits._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_list_deposits)

    def get_deposit_address(
        self,
        *,
        body: GetDepositAddressRequest,
    ) -> list[DepositAddress]:
        """Get deposit address

        `POST /api/spot/v1/deposit/address`.
        Deposit address (and memo/tag where the network needs one) of a coin on a network. `data`
        is an array of addresses.

        Args:
            body: Coin and network of the deposit address.
                coin: Coin, as `name` in the QueryTokenData list.
                network: Network, as `network` in the coin's `networks`.

        """
        kwargs = get_deposit_address._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_get_deposit_address)


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
        return await self._client.call(kwargs, _parse_get_account)

    async def get_user_info(
        self,
    ) -> UserInfo:
        """Get user info

        `GET /api/spot/v1/user/info`.
        UID of the API key's user. With a sub-account key the master account's UID is returned. No
        parameters.


        """
        kwargs = get_user_info._get_kwargs()
        return await self._client.call(kwargs, _parse_get_user_info)

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

        Args:
            body: Withdrawal to create.
                coin: Coin, as `name` in the QueryTokenData list (e.g. `TRX`).
                network: Network, as `network` in the coin's `networks` (e.g. `Tron (TRC-20)`).
                address: Destination address; must be on the account's quick-withdrawal list (else `110008`).
                amount: Amount to withdraw, fee included (received = amount - fee; below the fee `110007`). A
                JSON number in the docs' example (`20.00`); send the exact decimal digits. Decimals per the
                QueryTokenData list.
                memo (optional): Tag or memo of the destination (XRP and similar). Optional; `null` is accepted
                as absent (x-inferred from the records of the docs, which show this field as `null` when unset).

        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_withdrawal)

    async def cancel_withdrawal(
        self,
        *,
        body: CancelWithdrawalRequest,
    ) -> None:
        """Cancel withdrawal

        `POST /api/spot/v1/withdraw/cancel`.
        Cancels a withdrawal that is under manual review in the initial review stage. Once
        approved or on chain it cannot be cancelled. `data` is `null`.

        Args:
            body: Withdrawal to cancel.
                withdraw_id: Withdrawal id returned by `createWithdrawal`.

        """
        kwargs = cancel_withdrawal._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_cancel_withdrawal)

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

        Args:
            body: Internal transfer. Send the recipient field(s) matching `toType`: `uid` -> `toUid`; `phone` ->
                `toPhoneCountryCode` + `toPhoneNumber`; `email` -> `toEmail`.
                coin: Coin, as `name` in the QueryTokenData list.
                amount: Amount (JSON number in the example, `10`); send the exact decimal digits.
                to_type: Internal transfer recipient kind: `uid` by UID (`toUid`); `phone` by mobile number
                (`toPhoneCountryCode` + `toPhoneNumber`); `email` by email address (`toEmail`).
                out_biz_id (optional): Client idempotency key (up to 32 characters); a retry with the same value
                does not transfer twice. From the current page (not in the seed table; contradiction 14).
                to_uid (optional): Recipient UID (with `toType` = `uid`). Optional; `null` is accepted as absent
                (x-inferred from the records of the docs, which show this field as `null` when unset).
                to_phone_country_code (optional): Recipient phone area code (with `toType` = `phone`). Optional;
                `null` is accepted as absent (x-inferred from the records of the docs, which show this field as
                `null` when unset).
                to_phone_number (optional): Recipient mobile number (with `toType` = `phone`). Optional; `null`
                is accepted as absent (x-inferred from the records of the docs, which show this field as `null` when
                unset).
                to_email (optional): Recipient email address (with `toType` = `email`). Optional; `null` is
                accepted as absent (x-inferred from the records of the docs, which show this field as `null` when
                unset).
                remark (optional): Free-text remark, up to 256 characters (current page; contradiction 14).
                Filterable exactly in the history.

        """
        kwargs = create_inside_transfer._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_inside_transfer)

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

        Args:
            body: Internal transfer to cancel.
                inside_transfer_id: Internal transfer id returned by `createInsideTransfer`.

        """
        kwargs = cancel_inside_transfer._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_cancel_inside_transfer)

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

        Args:
            body: Withdrawal/internal-transfer history filters, all optional. Time-window pagination.
                id (optional): Withdrawal id or internal transfer id.
                out_biz_id (optional): Client idempotency key of an internal transfer (current page).
                coin (optional): Coin.
                transaction_hash (optional): On-chain transaction id; only with withdrawals. Optional; `null` is
                accepted as absent (x-inferred from the records of the docs, which show this field as `null` when
                unset).
                type_ (optional): `withdraw` withdrawals; `inside_transfer` (seed table) / `inside_transfer_out`
                (record table, current page) internal transfers (contradiction 5).
                start_time (optional): Window start, Unix ms (e.g. `1597026383085`).
                end_time (optional): Window end, Unix ms (e.g. `1597026683085`).
                remark (optional): Exact remark of an internal transfer (current page).
                limit (optional): Maximum records, 1-100 (default 100).

        """
        kwargs = list_withdraw_transfers._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_list_withdraw_transfers)

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

        Args:
            body: Transfer between the user's spot and futures accounts.
                type_: `spot_futures` from spot to futures; `futures_spot` from futures to spot.
                coin: Coin, as `name` in the QueryTokenData list.
                amount: Amount (JSON number in the example, `100.01`); send the exact decimal digits.

        """
        kwargs = create_funds_transfer._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_create_funds_transfer)

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

        Args:
            body: Deposit history filters, all optional. Time-window pagination.
                id (optional): Deposit id.
                coin (optional): Coin.
                type_ (optional): `deposit` on-chain deposits; `inside_transfer_in` incoming internal transfers.
                transaction_hash (optional): On-chain transaction id. Optional; `null` is accepted as absent
                (x-inferred from the records of the docs, which show this field as `null` when unset).
                start_time (optional): Window start, Unix ms.
                end_time (optional): Window end, Unix ms.
                limit (optional): Maximum records, 1-100 (default 100).

        """
        kwargs = list_deposits._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_list_deposits)

    async def get_deposit_address(
        self,
        *,
        body: GetDepositAddressRequest,
    ) -> list[DepositAddress]:
        """Get deposit address

        `POST /api/spot/v1/deposit/address`.
        Deposit address (and memo/tag where the network needs one) of a coin on a network. `data`
        is an array of addresses.

        Args:
            body: Coin and network of the deposit address.
                coin: Coin, as `name` in the QueryTokenData list.
                network: Network, as `network` in the coin's `networks`.

        """
        kwargs = get_deposit_address._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_get_deposit_address)


class UserResourceWithRawResponse:
    """User: 10 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_account(
        self,
    ) -> APIResponse[list[Balance]]:
        """Check account balance

        `GET /api/spot/v1/user/account`.
        Spot balances per coin (`balance` available, `balanceLocked` in use by orders and
        withdrawals). No parameters.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_account._get_kwargs()
        return self._client.call_raw(kwargs, _parse_get_account)

    def get_user_info(
        self,
    ) -> APIResponse[UserInfo]:
        """Get user info

        `GET /api/spot/v1/user/info`.
        UID of the API key's user. With a sub-account key the master account's UID is returned. No
        parameters.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_user_info._get_kwargs()
        return self._client.call_raw(kwargs, _parse_get_user_info)

    def create_withdrawal(
        self,
        *,
        body: CreateWithdrawalRequest,
    ) -> APIResponse[str]:
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

        Args:
            body: Withdrawal to create.
                coin: Coin, as `name` in the QueryTokenData list (e.g. `TRX`).
                network: Network, as `network` in the coin's `networks` (e.g. `Tron (TRC-20)`).
                address: Destination address; must be on the account's quick-withdrawal list (else `110008`).
                amount: Amount to withdraw, fee included (received = amount - fee; below the fee `110007`). A
                JSON number in the docs' example (`20.00`); send the exact decimal digits. Decimals per the
                QueryTokenData list.
                memo (optional): Tag or memo of the destination (XRP and similar). Optional; `null` is accepted
                as absent (x-inferred from the records of the docs, which show this field as `null` when unset).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_withdrawal)

    def cancel_withdrawal(
        self,
        *,
        body: CancelWithdrawalRequest,
    ) -> APIResponse[None]:
        """Cancel withdrawal

        `POST /api/spot/v1/withdraw/cancel`.
        Cancels a withdrawal that is under manual review in the initial review stage. Once
        approved or on chain it cannot be cancelled. `data` is `null`.

        Args:
            body: Withdrawal to cancel.
                withdraw_id: Withdrawal id returned by `createWithdrawal`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cancel_withdrawal._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_cancel_withdrawal)

    def create_inside_transfer(
        self,
        *,
        body: CreateInsideTransferRequest,
    ) -> APIResponse[str]:
        """Initiate internal transfer

        `POST /api/spot/v1/inside_transfer`.
        Transfers a coin to another Bitunix user, identified by `toType`: `uid` (send `toUid`),
        `phone` (send
        `toPhoneCountryCode` and `toPhoneNumber`) or `email` (send `toEmail`). Needs the
        withdrawal permission.
        `outBizId` (optional, up to 32 characters) is the client's idempotency key: retry with the
        same value.
        `data` is the internal-transfer id as a bare string (contradiction 2).

        Args:
            body: Internal transfer. Send the recipient field(s) matching `toType`: `uid` -> `toUid`; `phone` ->
                `toPhoneCountryCode` + `toPhoneNumber`; `email` -> `toEmail`.
                coin: Coin, as `name` in the QueryTokenData list.
                amount: Amount (JSON number in the example, `10`); send the exact decimal digits.
                to_type: Internal transfer recipient kind: `uid` by UID (`toUid`); `phone` by mobile number
                (`toPhoneCountryCode` + `toPhoneNumber`); `email` by email address (`toEmail`).
                out_biz_id (optional): Client idempotency key (up to 32 characters); a retry with the same value
                does not transfer twice. From the current page (not in the seed table; contradiction 14).
                to_uid (optional): Recipient UID (with `toType` = `uid`). Optional; `null` is accepted as absent
                (x-inferred from the records of the docs, which show this field as `null` when unset).
                to_phone_country_code (optional): Recipient phone area code (with `toType` = `phone`). Optional;
                `null` is accepted as absent (x-inferred from the records of the docs, which show this field as
                `null` when unset).
                to_phone_number (optional): Recipient mobile number (with `toType` = `phone`). Optional; `null`
                is accepted as absent (x-inferred from the records of the docs, which show this field as `null` when
                unset).
                to_email (optional): Recipient email address (with `toType` = `email`). Optional; `null` is
                accepted as absent (x-inferred from the records of the docs, which show this field as `null` when
                unset).
                remark (optional): Free-text remark, up to 256 characters (current page; contradiction 14).
                Filterable exactly in the history.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_inside_transfer._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_inside_transfer)

    def cancel_inside_transfer(
        self,
        *,
        body: CancelInsideTransferRequest,
    ) -> APIResponse[None]:
        """Cancel internal transfer

        `POST /api/spot/v1/inside_transfer/cancel`.
        Cancels an internal transfer under manual review in the initial review stage; once
        approved it cannot be cancelled. `data` is `null` (the table's `{insideTransferId}` is
        contradicted by the example; contradiction 3).

        Args:
            body: Internal transfer to cancel.
                inside_transfer_id: Internal transfer id returned by `createInsideTransfer`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cancel_inside_transfer._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_cancel_inside_transfer)

    def list_withdraw_transfers(
        self,
        *,
        body: ListWithdrawTransfersRequest,
    ) -> APIResponse[list[WithdrawTransferRecord]]:
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

        Args:
            body: Withdrawal/internal-transfer history filters, all optional. Time-window pagination.
                id (optional): Withdrawal id or internal transfer id.
                out_biz_id (optional): Client idempotency key of an internal transfer (current page).
                coin (optional): Coin.
                transaction_hash (optional): On-chain transaction id; only with withdrawals. Optional; `null` is
                accepted as absent (x-inferred from the records of the docs, which show this field as `null` when
                unset).
                type_ (optional): `withdraw` withdrawals; `inside_transfer` (seed table) / `inside_transfer_out`
                (record table, current page) internal transfers (contradiction 5).
                start_time (optional): Window start, Unix ms (e.g. `1597026383085`).
                end_time (optional): Window end, Unix ms (e.g. `1597026683085`).
                remark (optional): Exact remark of an internal transfer (current page).
                limit (optional): Maximum records, 1-100 (default 100).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_withdraw_transfers._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_list_withdraw_transfers)

    def create_funds_transfer(
        self,
        *,
        body: CreateFundsTransferRequest,
    ) -> APIResponse[str]:
        """Transfer between spot and futures accounts

        `POST /api/spot/v1/funds_transfer`.
        Moves funds between the user's own accounts (`spot_futures` or `futures_spot`). `data` is
        the transfer id as a bare string (the table's `{transferId}` is contradicted by the
        example; contradiction 2).

        Args:
            body: Transfer between the user's spot and futures accounts.
                type_: `spot_futures` from spot to futures; `futures_spot` from futures to spot.
                coin: Coin, as `name` in the QueryTokenData list.
                amount: Amount (JSON number in the example, `100.01`); send the exact decimal digits.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_funds_transfer._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_create_funds_transfer)

    def list_deposits(
        self,
        *,
        body: ListDepositsRequest,
    ) -> APIResponse[list[DepositRecord]]:
        """Request deposit history (deposits and incoming internal transfers)

        `POST /api/spot/v1/deposit/page`.
        On-chain deposits and incoming internal transfers. Every filter is optional. **Pages by
        time window**
        (`x-pagination: time-window`): `startTime`/`endTime` (Unix ms) and `limit` (1-100, default
        100); no page number
        or cursor - move `endTime` back while a response is full.

        Args:
            body: Deposit history filters, all optional. Time-window pagination.
                id (optional): Deposit id.
                coin (optional): Coin.
                type_ (optional): `deposit` on-chain deposits; `inside_transfer_in` incoming internal transfers.
                transaction_hash (optional): On-chain transaction id. Optional; `null` is accepted as absent
                (x-inferred from the records of the docs, which show this field as `null` when unset).
                start_time (optional): Window start, Unix ms.
                end_time (optional): Window end, Unix ms.
                limit (optional): Maximum records, 1-100 (default 100).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_deposits._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_list_deposits)

    def get_deposit_address(
        self,
        *,
        body: GetDepositAddressRequest,
    ) -> APIResponse[list[DepositAddress]]:
        """Get deposit address

        `POST /api/spot/v1/deposit/address`.
        Deposit address (and memo/tag where the network needs one) of a coin on a network. `data`
        is an array of addresses.

        Args:
            body: Coin and network of the deposit address.
                coin: Coin, as `name` in the QueryTokenData list.
                network: Network, as `network` in the coin's `networks`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_deposit_address._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_get_deposit_address)


class AsyncUserResourceWithRawResponse:
    """User: 10 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_account(
        self,
    ) -> APIResponse[list[Balance]]:
        """Check account balance

        `GET /api/spot/v1/user/account`.
        Spot balances per coin (`balance` available, `balanceLocked` in use by orders and
        withdrawals). No parameters.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_account._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_get_account)

    async def get_user_info(
        self,
    ) -> APIResponse[UserInfo]:
        """Get user info

        `GET /api/spot/v1/user/info`.
        UID of the API key's user. With a sub-account key the master account's UID is returned. No
        parameters.



        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_user_info._get_kwargs()
        return await self._client.call_raw(kwargs, _parse_get_user_info)

    async def create_withdrawal(
        self,
        *,
        body: CreateWithdrawalRequest,
    ) -> APIResponse[str]:
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

        Args:
            body: Withdrawal to create.
                coin: Coin, as `name` in the QueryTokenData list (e.g. `TRX`).
                network: Network, as `network` in the coin's `networks` (e.g. `Tron (TRC-20)`).
                address: Destination address; must be on the account's quick-withdrawal list (else `110008`).
                amount: Amount to withdraw, fee included (received = amount - fee; below the fee `110007`). A
                JSON number in the docs' example (`20.00`); send the exact decimal digits. Decimals per the
                QueryTokenData list.
                memo (optional): Tag or memo of the destination (XRP and similar). Optional; `null` is accepted
                as absent (x-inferred from the records of the docs, which show this field as `null` when unset).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_withdrawal._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_withdrawal)

    async def cancel_withdrawal(
        self,
        *,
        body: CancelWithdrawalRequest,
    ) -> APIResponse[None]:
        """Cancel withdrawal

        `POST /api/spot/v1/withdraw/cancel`.
        Cancels a withdrawal that is under manual review in the initial review stage. Once
        approved or on chain it cannot be cancelled. `data` is `null`.

        Args:
            body: Withdrawal to cancel.
                withdraw_id: Withdrawal id returned by `createWithdrawal`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cancel_withdrawal._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_cancel_withdrawal)

    async def create_inside_transfer(
        self,
        *,
        body: CreateInsideTransferRequest,
    ) -> APIResponse[str]:
        """Initiate internal transfer

        `POST /api/spot/v1/inside_transfer`.
        Transfers a coin to another Bitunix user, identified by `toType`: `uid` (send `toUid`),
        `phone` (send
        `toPhoneCountryCode` and `toPhoneNumber`) or `email` (send `toEmail`). Needs the
        withdrawal permission.
        `outBizId` (optional, up to 32 characters) is the client's idempotency key: retry with the
        same value.
        `data` is the internal-transfer id as a bare string (contradiction 2).

        Args:
            body: Internal transfer. Send the recipient field(s) matching `toType`: `uid` -> `toUid`; `phone` ->
                `toPhoneCountryCode` + `toPhoneNumber`; `email` -> `toEmail`.
                coin: Coin, as `name` in the QueryTokenData list.
                amount: Amount (JSON number in the example, `10`); send the exact decimal digits.
                to_type: Internal transfer recipient kind: `uid` by UID (`toUid`); `phone` by mobile number
                (`toPhoneCountryCode` + `toPhoneNumber`); `email` by email address (`toEmail`).
                out_biz_id (optional): Client idempotency key (up to 32 characters); a retry with the same value
                does not transfer twice. From the current page (not in the seed table; contradiction 14).
                to_uid (optional): Recipient UID (with `toType` = `uid`). Optional; `null` is accepted as absent
                (x-inferred from the records of the docs, which show this field as `null` when unset).
                to_phone_country_code (optional): Recipient phone area code (with `toType` = `phone`). Optional;
                `null` is accepted as absent (x-inferred from the records of the docs, which show this field as
                `null` when unset).
                to_phone_number (optional): Recipient mobile number (with `toType` = `phone`). Optional; `null`
                is accepted as absent (x-inferred from the records of the docs, which show this field as `null` when
                unset).
                to_email (optional): Recipient email address (with `toType` = `email`). Optional; `null` is
                accepted as absent (x-inferred from the records of the docs, which show this field as `null` when
                unset).
                remark (optional): Free-text remark, up to 256 characters (current page; contradiction 14).
                Filterable exactly in the history.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_inside_transfer._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_inside_transfer)

    async def cancel_inside_transfer(
        self,
        *,
        body: CancelInsideTransferRequest,
    ) -> APIResponse[None]:
        """Cancel internal transfer

        `POST /api/spot/v1/inside_transfer/cancel`.
        Cancels an internal transfer under manual review in the initial review stage; once
        approved it cannot be cancelled. `data` is `null` (the table's `{insideTransferId}` is
        contradicted by the example; contradiction 3).

        Args:
            body: Internal transfer to cancel.
                inside_transfer_id: Internal transfer id returned by `createInsideTransfer`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cancel_inside_transfer._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_cancel_inside_transfer)

    async def list_withdraw_transfers(
        self,
        *,
        body: ListWithdrawTransfersRequest,
    ) -> APIResponse[list[WithdrawTransferRecord]]:
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

        Args:
            body: Withdrawal/internal-transfer history filters, all optional. Time-window pagination.
                id (optional): Withdrawal id or internal transfer id.
                out_biz_id (optional): Client idempotency key of an internal transfer (current page).
                coin (optional): Coin.
                transaction_hash (optional): On-chain transaction id; only with withdrawals. Optional; `null` is
                accepted as absent (x-inferred from the records of the docs, which show this field as `null` when
                unset).
                type_ (optional): `withdraw` withdrawals; `inside_transfer` (seed table) / `inside_transfer_out`
                (record table, current page) internal transfers (contradiction 5).
                start_time (optional): Window start, Unix ms (e.g. `1597026383085`).
                end_time (optional): Window end, Unix ms (e.g. `1597026683085`).
                remark (optional): Exact remark of an internal transfer (current page).
                limit (optional): Maximum records, 1-100 (default 100).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_withdraw_transfers._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_list_withdraw_transfers)

    async def create_funds_transfer(
        self,
        *,
        body: CreateFundsTransferRequest,
    ) -> APIResponse[str]:
        """Transfer between spot and futures accounts

        `POST /api/spot/v1/funds_transfer`.
        Moves funds between the user's own accounts (`spot_futures` or `futures_spot`). `data` is
        the transfer id as a bare string (the table's `{transferId}` is contradicted by the
        example; contradiction 2).

        Args:
            body: Transfer between the user's spot and futures accounts.
                type_: `spot_futures` from spot to futures; `futures_spot` from futures to spot.
                coin: Coin, as `name` in the QueryTokenData list.
                amount: Amount (JSON number in the example, `100.01`); send the exact decimal digits.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = create_funds_transfer._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_create_funds_transfer)

    async def list_deposits(
        self,
        *,
        body: ListDepositsRequest,
    ) -> APIResponse[list[DepositRecord]]:
        """Request deposit history (deposits and incoming internal transfers)

        `POST /api/spot/v1/deposit/page`.
        On-chain deposits and incoming internal transfers. Every filter is optional. **Pages by
        time window**
        (`x-pagination: time-window`): `startTime`/`endTime` (Unix ms) and `limit` (1-100, default
        100); no page number
        or cursor - move `endTime` back while a response is full.

        Args:
            body: Deposit history filters, all optional. Time-window pagination.
                id (optional): Deposit id.
                coin (optional): Coin.
                type_ (optional): `deposit` on-chain deposits; `inside_transfer_in` incoming internal transfers.
                transaction_hash (optional): On-chain transaction id. Optional; `null` is accepted as absent
                (x-inferred from the records of the docs, which show this field as `null` when unset).
                start_time (optional): Window start, Unix ms.
                end_time (optional): Window end, Unix ms.
                limit (optional): Maximum records, 1-100 (default 100).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_deposits._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_list_deposits)

    async def get_deposit_address(
        self,
        *,
        body: GetDepositAddressRequest,
    ) -> APIResponse[list[DepositAddress]]:
        """Get deposit address

        `POST /api/spot/v1/deposit/address`.
        Deposit address (and memo/tag where the network needs one) of a coin on a network. `data`
        is an array of addresses.

        Args:
            body: Coin and network of the deposit address.
                coin: Coin, as `name` in the QueryTokenData list.
                network: Network, as `network` in the coin's `networks`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_deposit_address._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_get_deposit_address)


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

        Args:
            body: One order.
                side: `1` Sell; `2` Buy.
                type_: `1` Limit; `2` Market.
                volume: Order volume, decimal string. Contradictory in the docs (contradiction 8): the single-
                order page says a limit order's volume is the **quote** quantity and a market order's the **base**
                quantity; the batch and WebSocket pages say limit = base quantity, market = quote amount. Precision
                errors give `10058`.
                price: Limit price, decimal string. Documented as mandatory for both types; ignored for market
                orders (x-inferred).
                symbol: Trading pair, e.g. `BTCUSDT`.

        """
        kwargs = place_order._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_place_order)

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

        Args:
            body: Orders to place in one call.
                order_list: Orders (the maximum per batch is not documented; 100 is a spec-side bound).

        """
        kwargs = place_order_batch._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_place_order_batch)

    def cancel_orders(
        self,
        *,
        body: CancelOrdersRequest,
    ) -> CancelOrdersResponseDataType0 | None | Unset:
        """Cancel orders

        `POST /api/spot/v1/order/cancel`.
        Cancels one or more orders, each named by `orderId` and `symbol`. `data` is `null` or an
        object (not described by the docs).

        Args:
            body: Orders to cancel.
                order_id_list: Orders to cancel (maximum not documented; 100 is a spec-side bound).

        """
        kwargs = cancel_orders._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_cancel_orders)

    def list_order_deals(
        self,
        *,
        body: ListOrderDealsRequest,
    ) -> list[Deal]:
        """List the fills of an order

        `POST /api/spot/v1/order/deal/list`.
        Trades (fills) of one order with price, volume, fee and maker/taker role.

        Args:
            body: Order whose fills to list.
                order_id: Order id.
                symbol: Trading pair.

        """
        kwargs = list_order_deals._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_list_order_deals)

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

        Args:
            body: Order history filters and page.
                symbol: Trading pair (mandatory).
                page (optional): Page number, from 1.
                page_size (optional): Page size (bounds not documented; 1-100 is a spec-side bound).
                start_time (optional): Window start, ISO 8601.
                end_time (optional): Window end, ISO 8601.
                status (optional): `1` Unfilled; `2` Filled; `3` Partially filled; `4` Cancelled; `7` Partially
                filled, then cancelled.
                side (optional): `1` Sell; `2` Buy.
                type_ (optional): `1` Limit; `2` Market.

        """
        kwargs = get_order_history._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_get_order_history)

    def iter_get_order_history(
        self,
        *,
        body: GetOrderHistoryRequest,
    ) -> Iterator[Order]:
        """Every item of `get_order_history`, page after page.
        Args:
            body: Order history filters and page.
                symbol: Trading pair (mandatory).
                page (optional): Page number, from 1.
                page_size (optional): Page size (bounds not documented; 1-100 is a spec-side bound).
                start_time (optional): Window start, ISO 8601.
                end_time (optional): Window end, ISO 8601.
                status (optional): `1` Unfilled; `2` Filled; `3` Partially filled; `4` Cancelled; `7` Partially
                filled, then cancelled.
                side (optional): `1` Sell; `2` Buy.
                type_ (optional): `1` Limit; `2` Market.

        """

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

        Args:
            body: Pair whose open orders to list.
                symbol: Trading pair.

        """
        kwargs = list_pending_orders._get_kwargs(
            body=body,
        )
        return self._client.call(kwargs, _parse_list_pending_orders)

    def get_order_detail(
        self,
        *,
        order_id: str,
    ) -> Order:
        """Get order detail

        `GET /api/spot/v1/order/detail`.
        One order by id.

        Args:
            order_id: Order id (as returned by place_order).

        """
        kwargs = get_order_detail._get_kwargs(
            order_id=order_id,
        )
        return self._client.call(kwargs, _parse_get_order_detail)


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

        Args:
            body: One order.
                side: `1` Sell; `2` Buy.
                type_: `1` Limit; `2` Market.
                volume: Order volume, decimal string. Contradictory in the docs (contradiction 8): the single-
                order page says a limit order's volume is the **quote** quantity and a market order's the **base**
                quantity; the batch and WebSocket pages say limit = base quantity, market = quote amount. Precision
                errors give `10058`.
                price: Limit price, decimal string. Documented as mandatory for both types; ignored for market
                orders (x-inferred).
                symbol: Trading pair, e.g. `BTCUSDT`.

        """
        kwargs = place_order._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_place_order)

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

        Args:
            body: Orders to place in one call.
                order_list: Orders (the maximum per batch is not documented; 100 is a spec-side bound).

        """
        kwargs = place_order_batch._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_place_order_batch)

    async def cancel_orders(
        self,
        *,
        body: CancelOrdersRequest,
    ) -> CancelOrdersResponseDataType0 | None | Unset:
        """Cancel orders

        `POST /api/spot/v1/order/cancel`.
        Cancels one or more orders, each named by `orderId` and `symbol`. `data` is `null` or an
        object (not described by the docs).

        Args:
            body: Orders to cancel.
                order_id_list: Orders to cancel (maximum not documented; 100 is a spec-side bound).

        """
        kwargs = cancel_orders._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_cancel_orders)

    async def list_order_deals(
        self,
        *,
        body: ListOrderDealsRequest,
    ) -> list[Deal]:
        """List the fills of an order

        `POST /api/spot/v1/order/deal/list`.
        Trades (fills) of one order with price, volume, fee and maker/taker role.

        Args:
            body: Order whose fills to list.
                order_id: Order id.
                symbol: Trading pair.

        """
        kwargs = list_order_deals._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_list_order_deals)

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

        Args:
            body: Order history filters and page.
                symbol: Trading pair (mandatory).
                page (optional): Page number, from 1.
                page_size (optional): Page size (bounds not documented; 1-100 is a spec-side bound).
                start_time (optional): Window start, ISO 8601.
                end_time (optional): Window end, ISO 8601.
                status (optional): `1` Unfilled; `2` Filled; `3` Partially filled; `4` Cancelled; `7` Partially
                filled, then cancelled.
                side (optional): `1` Sell; `2` Buy.
                type_ (optional): `1` Limit; `2` Market.

        """
        kwargs = get_order_history._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_get_order_history)

    def iter_get_order_history(
        self,
        *,
        body: GetOrderHistoryRequest,
    ) -> AsyncIterator[Order]:
        """Every item of `get_order_history`, page after page.
        Args:
            body: Order history filters and page.
                symbol: Trading pair (mandatory).
                page (optional): Page number, from 1.
                page_size (optional): Page size (bounds not documented; 1-100 is a spec-side bound).
                start_time (optional): Window start, ISO 8601.
                end_time (optional): Window end, ISO 8601.
                status (optional): `1` Unfilled; `2` Filled; `3` Partially filled; `4` Cancelled; `7` Partially
                filled, then cancelled.
                side (optional): `1` Sell; `2` Buy.
                type_ (optional): `1` Limit; `2` Market.

        """

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

        Args:
            body: Pair whose open orders to list.
                symbol: Trading pair.

        """
        kwargs = list_pending_orders._get_kwargs(
            body=body,
        )
        return await self._client.call(kwargs, _parse_list_pending_orders)

    async def get_order_detail(
        self,
        *,
        order_id: str,
    ) -> Order:
        """Get order detail

        `GET /api/spot/v1/order/detail`.
        One order by id.

        Args:
            order_id: Order id (as returned by place_order).

        """
        kwargs = get_order_detail._get_kwargs(
            order_id=order_id,
        )
        return await self._client.call(kwargs, _parse_get_order_detail)


class OrderResourceWithRawResponse:
    """Order: 7 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def place_order(
        self,
        *,
        body: PlaceOrderRequest,
    ) -> APIResponse[PlacedOrder]:
        """Place order

        `POST /api/spot/v1/order/place_order`.
        Places a limit (`type` 1) or market (`type` 2) order, selling (`side` 1) or buying (`side`
        2). `volume` and
        `price` are decimal strings; the meaning of `volume` is contradictory in the docs
        (contradiction 8, see the
        field). `placeStatus` `"1"` means the order was accepted.

        Args:
            body: One order.
                side: `1` Sell; `2` Buy.
                type_: `1` Limit; `2` Market.
                volume: Order volume, decimal string. Contradictory in the docs (contradiction 8): the single-
                order page says a limit order's volume is the **quote** quantity and a market order's the **base**
                quantity; the batch and WebSocket pages say limit = base quantity, market = quote amount. Precision
                errors give `10058`.
                price: Limit price, decimal string. Documented as mandatory for both types; ignored for market
                orders (x-inferred).
                symbol: Trading pair, e.g. `BTCUSDT`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = place_order._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_place_order)

    def place_order_batch(
        self,
        *,
        body: PlaceOrderBatchRequest,
    ) -> APIResponse[list[PlacedOrder]]:
        """Place orders in batch

        `POST /api/spot/v1/order/place_order/batch`.
        Places several orders at once; each item has the single-order fields. `data` has one
        result per order, in request order. The batch page documents `volume` as base quantity for
        limit and quote amount for market orders (opposite of the single-order page; contradiction
        8).

        Args:
            body: Orders to place in one call.
                order_list: Orders (the maximum per batch is not documented; 100 is a spec-side bound).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = place_order_batch._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_place_order_batch)

    def cancel_orders(
        self,
        *,
        body: CancelOrdersRequest,
    ) -> APIResponse[CancelOrdersResponseDataType0 | None | Unset]:
        """Cancel orders

        `POST /api/spot/v1/order/cancel`.
        Cancels one or more orders, each named by `orderId` and `symbol`. `data` is `null` or an
        object (not described by the docs).

        Args:
            body: Orders to cancel.
                order_id_list: Orders to cancel (maximum not documented; 100 is a spec-side bound).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cancel_orders._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_cancel_orders)

    def list_order_deals(
        self,
        *,
        body: ListOrderDealsRequest,
    ) -> APIResponse[list[Deal]]:
        """List the fills of an order

        `POST /api/spot/v1/order/deal/list`.
        Trades (fills) of one order with price, volume, fee and maker/taker role.

        Args:
            body: Order whose fills to list.
                order_id: Order id.
                symbol: Trading pair.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_order_deals._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_list_order_deals)

    def get_order_history(
        self,
        *,
        body: GetOrderHistoryRequest,
    ) -> APIResponse[OrderPage]:
        """Query order history (paged)

        `POST /api/spot/v1/order/history/page`.
        Orders of a pair, filtered by time (ISO 8601 `startTime`/`endTime`), status, side and
        type. **Pages by number**
        (`x-pagination: page`): request `page` (from 1) and `pageSize`; the response is
        `{total, pageNum, pageSize, data: [...]}` - iterate while `pageNum * pageSize < total`.

        Args:
            body: Order history filters and page.
                symbol: Trading pair (mandatory).
                page (optional): Page number, from 1.
                page_size (optional): Page size (bounds not documented; 1-100 is a spec-side bound).
                start_time (optional): Window start, ISO 8601.
                end_time (optional): Window end, ISO 8601.
                status (optional): `1` Unfilled; `2` Filled; `3` Partially filled; `4` Cancelled; `7` Partially
                filled, then cancelled.
                side (optional): `1` Sell; `2` Buy.
                type_ (optional): `1` Limit; `2` Market.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_order_history._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_get_order_history)

    def list_pending_orders(
        self,
        *,
        body: ListPendingOrdersRequest,
    ) -> APIResponse[list[Order]]:
        """List open orders

        `POST /api/spot/v1/order/pending/list`.
        Orders of a pair that are not finished (status 1 unfilled or 3 partially filled).

        Args:
            body: Pair whose open orders to list.
                symbol: Trading pair.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_pending_orders._get_kwargs(
            body=body,
        )
        return self._client.call_raw(kwargs, _parse_list_pending_orders)

    def get_order_detail(
        self,
        *,
        order_id: str,
    ) -> APIResponse[Order]:
        """Get order detail

        `GET /api/spot/v1/order/detail`.
        One order by id.

        Args:
            order_id: Order id (as returned by place_order).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_order_detail._get_kwargs(
            order_id=order_id,
        )
        return self._client.call_raw(kwargs, _parse_get_order_detail)


class AsyncOrderResourceWithRawResponse:
    """Order: 7 operation(s), each returning the HTTP answer with the result."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def place_order(
        self,
        *,
        body: PlaceOrderRequest,
    ) -> APIResponse[PlacedOrder]:
        """Place order

        `POST /api/spot/v1/order/place_order`.
        Places a limit (`type` 1) or market (`type` 2) order, selling (`side` 1) or buying (`side`
        2). `volume` and
        `price` are decimal strings; the meaning of `volume` is contradictory in the docs
        (contradiction 8, see the
        field). `placeStatus` `"1"` means the order was accepted.

        Args:
            body: One order.
                side: `1` Sell; `2` Buy.
                type_: `1` Limit; `2` Market.
                volume: Order volume, decimal string. Contradictory in the docs (contradiction 8): the single-
                order page says a limit order's volume is the **quote** quantity and a market order's the **base**
                quantity; the batch and WebSocket pages say limit = base quantity, market = quote amount. Precision
                errors give `10058`.
                price: Limit price, decimal string. Documented as mandatory for both types; ignored for market
                orders (x-inferred).
                symbol: Trading pair, e.g. `BTCUSDT`.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = place_order._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_place_order)

    async def place_order_batch(
        self,
        *,
        body: PlaceOrderBatchRequest,
    ) -> APIResponse[list[PlacedOrder]]:
        """Place orders in batch

        `POST /api/spot/v1/order/place_order/batch`.
        Places several orders at once; each item has the single-order fields. `data` has one
        result per order, in request order. The batch page documents `volume` as base quantity for
        limit and quote amount for market orders (opposite of the single-order page; contradiction
        8).

        Args:
            body: Orders to place in one call.
                order_list: Orders (the maximum per batch is not documented; 100 is a spec-side bound).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = place_order_batch._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_place_order_batch)

    async def cancel_orders(
        self,
        *,
        body: CancelOrdersRequest,
    ) -> APIResponse[CancelOrdersResponseDataType0 | None | Unset]:
        """Cancel orders

        `POST /api/spot/v1/order/cancel`.
        Cancels one or more orders, each named by `orderId` and `symbol`. `data` is `null` or an
        object (not described by the docs).

        Args:
            body: Orders to cancel.
                order_id_list: Orders to cancel (maximum not documented; 100 is a spec-side bound).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = cancel_orders._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_cancel_orders)

    async def list_order_deals(
        self,
        *,
        body: ListOrderDealsRequest,
    ) -> APIResponse[list[Deal]]:
        """List the fills of an order

        `POST /api/spot/v1/order/deal/list`.
        Trades (fills) of one order with price, volume, fee and maker/taker role.

        Args:
            body: Order whose fills to list.
                order_id: Order id.
                symbol: Trading pair.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_order_deals._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_list_order_deals)

    async def get_order_history(
        self,
        *,
        body: GetOrderHistoryRequest,
    ) -> APIResponse[OrderPage]:
        """Query order history (paged)

        `POST /api/spot/v1/order/history/page`.
        Orders of a pair, filtered by time (ISO 8601 `startTime`/`endTime`), status, side and
        type. **Pages by number**
        (`x-pagination: page`): request `page` (from 1) and `pageSize`; the response is
        `{total, pageNum, pageSize, data: [...]}` - iterate while `pageNum * pageSize < total`.

        Args:
            body: Order history filters and page.
                symbol: Trading pair (mandatory).
                page (optional): Page number, from 1.
                page_size (optional): Page size (bounds not documented; 1-100 is a spec-side bound).
                start_time (optional): Window start, ISO 8601.
                end_time (optional): Window end, ISO 8601.
                status (optional): `1` Unfilled; `2` Filled; `3` Partially filled; `4` Cancelled; `7` Partially
                filled, then cancelled.
                side (optional): `1` Sell; `2` Buy.
                type_ (optional): `1` Limit; `2` Market.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_order_history._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_get_order_history)

    async def list_pending_orders(
        self,
        *,
        body: ListPendingOrdersRequest,
    ) -> APIResponse[list[Order]]:
        """List open orders

        `POST /api/spot/v1/order/pending/list`.
        Orders of a pair that are not finished (status 1 unfilled or 3 partially filled).

        Args:
            body: Pair whose open orders to list.
                symbol: Trading pair.


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = list_pending_orders._get_kwargs(
            body=body,
        )
        return await self._client.call_raw(kwargs, _parse_list_pending_orders)

    async def get_order_detail(
        self,
        *,
        order_id: str,
    ) -> APIResponse[Order]:
        """Get order detail

        `GET /api/spot/v1/order/detail`.
        One order by id.

        Args:
            order_id: Order id (as returned by place_order).


        Returns the parsed result with the HTTP status, headers and request id.
        """
        kwargs = get_order_detail._get_kwargs(
            order_id=order_id,
        )
        return await self._client.call_raw(kwargs, _parse_get_order_detail)


class Resources:
    """Every tag's resource, as attributes."""

    _api: SyncAPIClient

    @property
    def public(self) -> PublicResource:
        return PublicResource(self._api)

    @property
    def user(self) -> UserResource:
        return UserResource(self._api)

    @property
    def order(self) -> OrderResource:
        return OrderResource(self._api)

    @property
    def with_raw_response(self) -> ResourcesWithRawResponse:
        """The same operations, each returning an `APIResponse`: parsed result, status, headers, request id."""
        return ResourcesWithRawResponse(self._api)


class AsyncResources:
    """Every tag's resource, as attributes."""

    _api: AsyncAPIClient

    @property
    def public(self) -> AsyncPublicResource:
        return AsyncPublicResource(self._api)

    @property
    def user(self) -> AsyncUserResource:
        return AsyncUserResource(self._api)

    @property
    def order(self) -> AsyncOrderResource:
        return AsyncOrderResource(self._api)

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
    def public(self) -> PublicResourceWithRawResponse:
        return PublicResourceWithRawResponse(self._api)

    @property
    def user(self) -> UserResourceWithRawResponse:
        return UserResourceWithRawResponse(self._api)

    @property
    def order(self) -> OrderResourceWithRawResponse:
        return OrderResourceWithRawResponse(self._api)


class AsyncResourcesWithRawResponse:
    """Every tag's resource, as attributes (raw responses)."""

    _api: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._api = client

    @property
    def public(self) -> AsyncPublicResourceWithRawResponse:
        return AsyncPublicResourceWithRawResponse(self._api)

    @property
    def user(self) -> AsyncUserResourceWithRawResponse:
        return AsyncUserResourceWithRawResponse(self._api)

    @property
    def order(self) -> AsyncOrderResourceWithRawResponse:
        return AsyncOrderResourceWithRawResponse(self._api)
