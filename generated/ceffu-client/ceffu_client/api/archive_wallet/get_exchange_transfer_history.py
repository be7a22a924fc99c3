from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.exchange_transfer_direction import ExchangeTransferDirection
from ...models.get_exchange_transfer_history_response import GetExchangeTransferHistoryResponse
from ...models.transfer_status import TransferStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    wallet_id: str,
    coin_symbol: str | Unset = UNSET,
    direction: ExchangeTransferDirection | Unset = UNSET,
    status: TransferStatus | Unset = UNSET,
    start_time: int,
    end_time: int,
    page_limit: int,
    page_no: int = 1,
    timestamp: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["walletId"] = wallet_id

    params["coinSymbol"] = coin_symbol

    json_direction: int | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = ExchangeTransferDirection(direction).value

    params["direction"] = json_direction

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = TransferStatus(status).value

    params["status"] = json_status

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["pageLimit"] = page_limit

    params["pageNo"] = page_no

    params["timestamp"] = timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open-api/v1/wallet/transfer/exchange/history",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | GetExchangeTransferHistoryResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetExchangeTransferHistoryResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetExchangeTransferHistoryResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_404

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _status(code: int) -> HTTPStatus | int:
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ErrorEnvelope | GetExchangeTransferHistoryResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    wallet_id: str,
    coin_symbol: str | Unset = UNSET,
    direction: ExchangeTransferDirection | Unset = UNSET,
    status: TransferStatus | Unset = UNSET,
    start_time: int,
    end_time: int,
    page_limit: int,
    page_no: int = 1,
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetExchangeTransferHistoryResponse]:
    """Get Transfer History with Exchange

     Transfers with exchange of a Prime Wallet in a time range. Paginated: `pageNo` (from 1) and
    `pageLimit` (1-500); iterate while `pageNo < totalPage`. **Archived** endpoint, still documented
    under "Archive".

    Args:
        wallet_id (str):
        coin_symbol (str | Unset):
        direction (ExchangeTransferDirection | Unset): Exchange transfer direction: `10` custody
            -> exchange, `20` exchange -> custody (only `10` is supported for new transfers).
        status (TransferStatus | Unset): Transfer status: `10` Pending, `20` Processing, `30` Send
            success, `99` Failed.
        start_time (int):
        end_time (int):
        page_limit (int):
        page_no (int):  Default: 1.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetExchangeTransferHistoryResponse]
    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        coin_symbol=coin_symbol,
        direction=direction,
        status=status,
        start_time=start_time,
        end_time=end_time,
        page_limit=page_limit,
        page_no=page_no,
        timestamp=timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    wallet_id: str,
    coin_symbol: str | Unset = UNSET,
    direction: ExchangeTransferDirection | Unset = UNSET,
    status: TransferStatus | Unset = UNSET,
    start_time: int,
    end_time: int,
    page_limit: int,
    page_no: int = 1,
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetExchangeTransferHistoryResponse | None:
    """Get Transfer History with Exchange

     Transfers with exchange of a Prime Wallet in a time range. Paginated: `pageNo` (from 1) and
    `pageLimit` (1-500); iterate while `pageNo < totalPage`. **Archived** endpoint, still documented
    under "Archive".

    Args:
        wallet_id (str):
        coin_symbol (str | Unset):
        direction (ExchangeTransferDirection | Unset): Exchange transfer direction: `10` custody
            -> exchange, `20` exchange -> custody (only `10` is supported for new transfers).
        status (TransferStatus | Unset): Transfer status: `10` Pending, `20` Processing, `30` Send
            success, `99` Failed.
        start_time (int):
        end_time (int):
        page_limit (int):
        page_no (int):  Default: 1.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetExchangeTransferHistoryResponse
    """

    return sync_detailed(
        client=client,
        wallet_id=wallet_id,
        coin_symbol=coin_symbol,
        direction=direction,
        status=status,
        start_time=start_time,
        end_time=end_time,
        page_limit=page_limit,
        page_no=page_no,
        timestamp=timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    wallet_id: str,
    coin_symbol: str | Unset = UNSET,
    direction: ExchangeTransferDirection | Unset = UNSET,
    status: TransferStatus | Unset = UNSET,
    start_time: int,
    end_time: int,
    page_limit: int,
    page_no: int = 1,
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetExchangeTransferHistoryResponse]:
    """Get Transfer History with Exchange

     Transfers with exchange of a Prime Wallet in a time range. Paginated: `pageNo` (from 1) and
    `pageLimit` (1-500); iterate while `pageNo < totalPage`. **Archived** endpoint, still documented
    under "Archive".

    Args:
        wallet_id (str):
        coin_symbol (str | Unset):
        direction (ExchangeTransferDirection | Unset): Exchange transfer direction: `10` custody
            -> exchange, `20` exchange -> custody (only `10` is supported for new transfers).
        status (TransferStatus | Unset): Transfer status: `10` Pending, `20` Processing, `30` Send
            success, `99` Failed.
        start_time (int):
        end_time (int):
        page_limit (int):
        page_no (int):  Default: 1.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetExchangeTransferHistoryResponse]
    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        coin_symbol=coin_symbol,
        direction=direction,
        status=status,
        start_time=start_time,
        end_time=end_time,
        page_limit=page_limit,
        page_no=page_no,
        timestamp=timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    wallet_id: str,
    coin_symbol: str | Unset = UNSET,
    direction: ExchangeTransferDirection | Unset = UNSET,
    status: TransferStatus | Unset = UNSET,
    start_time: int,
    end_time: int,
    page_limit: int,
    page_no: int = 1,
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetExchangeTransferHistoryResponse | None:
    """Get Transfer History with Exchange

     Transfers with exchange of a Prime Wallet in a time range. Paginated: `pageNo` (from 1) and
    `pageLimit` (1-500); iterate while `pageNo < totalPage`. **Archived** endpoint, still documented
    under "Archive".

    Args:
        wallet_id (str):
        coin_symbol (str | Unset):
        direction (ExchangeTransferDirection | Unset): Exchange transfer direction: `10` custody
            -> exchange, `20` exchange -> custody (only `10` is supported for new transfers).
        status (TransferStatus | Unset): Transfer status: `10` Pending, `20` Processing, `30` Send
            success, `99` Failed.
        start_time (int):
        end_time (int):
        page_limit (int):
        page_no (int):  Default: 1.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetExchangeTransferHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            direction=direction,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page_limit=page_limit,
            page_no=page_no,
            timestamp=timestamp,
        )
    ).parsed
