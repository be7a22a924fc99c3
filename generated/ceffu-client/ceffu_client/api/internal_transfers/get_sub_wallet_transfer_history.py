from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_sub_wallet_transfer_history_response import GetSubWalletTransferHistoryResponse
from ...models.sub_wallet_transfer_direction import SubWalletTransferDirection
from ...models.transfer_status import TransferStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    wallet_id: str,
    start_time: int,
    end_time: int,
    coin_symbol: str | Unset = UNSET,
    direction: SubWalletTransferDirection | Unset = UNSET,
    status: TransferStatus | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    page_no: int | Unset = 1,
    timestamp: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["walletId"] = wallet_id

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["coinSymbol"] = coin_symbol

    json_direction: int | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = SubWalletTransferDirection(direction).value

    params["direction"] = json_direction

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = TransferStatus(status).value

    params["status"] = json_status

    params["pageLimit"] = page_limit

    params["pageNo"] = page_no

    params["timestamp"] = timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open-api/v1/subwallet/transfer/history",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | GetSubWalletTransferHistoryResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetSubWalletTransferHistoryResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetSubWalletTransferHistoryResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | GetSubWalletTransferHistoryResponse]:
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
    start_time: int,
    end_time: int,
    coin_symbol: str | Unset = UNSET,
    direction: SubWalletTransferDirection | Unset = UNSET,
    status: TransferStatus | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    page_no: int | Unset = 1,
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetSubWalletTransferHistoryResponse]:
    """Get Transfer History between Sub-Wallet and Prime Wallet

     Internal transfers of a wallet in a time range. Paginated: `pageNo` (from 1) and `pageLimit`
    (1-500); iterate while `pageNo < totalPage`.

    Args:
        wallet_id (str):
        start_time (int):
        end_time (int):
        coin_symbol (str | Unset):
        direction (SubWalletTransferDirection | Unset): Internal transfer direction: `10` Prime ->
            sub-wallet, `20` sub-wallet -> Prime, `30` sub-wallet -> sub-wallet, `40` Prime -> Prime,
            `70` auto-collection (SDK only).
        status (TransferStatus | Unset): Transfer status: `10` Pending, `20` Processing, `30` Send
            success, `99` Failed.
        page_limit (int | Unset):
        page_no (int | Unset):  Default: 1.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetSubWalletTransferHistoryResponse]
    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        start_time=start_time,
        end_time=end_time,
        coin_symbol=coin_symbol,
        direction=direction,
        status=status,
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
    start_time: int,
    end_time: int,
    coin_symbol: str | Unset = UNSET,
    direction: SubWalletTransferDirection | Unset = UNSET,
    status: TransferStatus | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    page_no: int | Unset = 1,
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetSubWalletTransferHistoryResponse | None:
    """Get Transfer History between Sub-Wallet and Prime Wallet

     Internal transfers of a wallet in a time range. Paginated: `pageNo` (from 1) and `pageLimit`
    (1-500); iterate while `pageNo < totalPage`.

    Args:
        wallet_id (str):
        start_time (int):
        end_time (int):
        coin_symbol (str | Unset):
        direction (SubWalletTransferDirection | Unset): Internal transfer direction: `10` Prime ->
            sub-wallet, `20` sub-wallet -> Prime, `30` sub-wallet -> sub-wallet, `40` Prime -> Prime,
            `70` auto-collection (SDK only).
        status (TransferStatus | Unset): Transfer status: `10` Pending, `20` Processing, `30` Send
            success, `99` Failed.
        page_limit (int | Unset):
        page_no (int | Unset):  Default: 1.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetSubWalletTransferHistoryResponse
    """

    return sync_detailed(
        client=client,
        wallet_id=wallet_id,
        start_time=start_time,
        end_time=end_time,
        coin_symbol=coin_symbol,
        direction=direction,
        status=status,
        page_limit=page_limit,
        page_no=page_no,
        timestamp=timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    wallet_id: str,
    start_time: int,
    end_time: int,
    coin_symbol: str | Unset = UNSET,
    direction: SubWalletTransferDirection | Unset = UNSET,
    status: TransferStatus | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    page_no: int | Unset = 1,
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetSubWalletTransferHistoryResponse]:
    """Get Transfer History between Sub-Wallet and Prime Wallet

     Internal transfers of a wallet in a time range. Paginated: `pageNo` (from 1) and `pageLimit`
    (1-500); iterate while `pageNo < totalPage`.

    Args:
        wallet_id (str):
        start_time (int):
        end_time (int):
        coin_symbol (str | Unset):
        direction (SubWalletTransferDirection | Unset): Internal transfer direction: `10` Prime ->
            sub-wallet, `20` sub-wallet -> Prime, `30` sub-wallet -> sub-wallet, `40` Prime -> Prime,
            `70` auto-collection (SDK only).
        status (TransferStatus | Unset): Transfer status: `10` Pending, `20` Processing, `30` Send
            success, `99` Failed.
        page_limit (int | Unset):
        page_no (int | Unset):  Default: 1.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetSubWalletTransferHistoryResponse]
    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        start_time=start_time,
        end_time=end_time,
        coin_symbol=coin_symbol,
        direction=direction,
        status=status,
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
    start_time: int,
    end_time: int,
    coin_symbol: str | Unset = UNSET,
    direction: SubWalletTransferDirection | Unset = UNSET,
    status: TransferStatus | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    page_no: int | Unset = 1,
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetSubWalletTransferHistoryResponse | None:
    """Get Transfer History between Sub-Wallet and Prime Wallet

     Internal transfers of a wallet in a time range. Paginated: `pageNo` (from 1) and `pageLimit`
    (1-500); iterate while `pageNo < totalPage`.

    Args:
        wallet_id (str):
        start_time (int):
        end_time (int):
        coin_symbol (str | Unset):
        direction (SubWalletTransferDirection | Unset): Internal transfer direction: `10` Prime ->
            sub-wallet, `20` sub-wallet -> Prime, `30` sub-wallet -> sub-wallet, `40` Prime -> Prime,
            `70` auto-collection (SDK only).
        status (TransferStatus | Unset): Transfer status: `10` Pending, `20` Processing, `30` Send
            success, `99` Failed.
        page_limit (int | Unset):
        page_no (int | Unset):  Default: 1.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetSubWalletTransferHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            wallet_id=wallet_id,
            start_time=start_time,
            end_time=end_time,
            coin_symbol=coin_symbol,
            direction=direction,
            status=status,
            page_limit=page_limit,
            page_no=page_no,
            timestamp=timestamp,
        )
    ).parsed
