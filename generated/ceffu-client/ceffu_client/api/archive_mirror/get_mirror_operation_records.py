from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_mirror_operation_records_response import GetMirrorOperationRecordsResponse
from ...models.mirror_operation_status import MirrorOperationStatus
from ...models.mirror_operation_type import MirrorOperationType
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
    timestamp: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["binanceUID"] = binance_uid

    params["walletIdStr"] = wallet_id_str

    params["coinSymbol"] = coin_symbol

    params["network"] = network

    params["startTime"] = start_time

    params["endTime"] = end_time

    json_operation_type: int | Unset = UNSET
    if not isinstance(operation_type, Unset):
        json_operation_type = MirrorOperationType(operation_type).value

    params["operationType"] = json_operation_type

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = MirrorOperationStatus(status).value

    params["status"] = json_status

    params["pageLimit"] = page_limit

    params["pageNo"] = page_no

    params["timestamp"] = timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open-api/v1/mirror/records/list",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | GetMirrorOperationRecordsResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetMirrorOperationRecordsResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetMirrorOperationRecordsResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | GetMirrorOperationRecordsResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
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
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetMirrorOperationRecordsResponse]:
    """Get Mirror Operation Records

     Mirror operation records. One of `binanceUID` / `walletIdStr` is required. **Archived** endpoint,
    still documented under "Archive".

    Args:
        binance_uid (str | Unset):
        wallet_id_str (str | Unset):
        coin_symbol (str | Unset):
        network (str | Unset):
        start_time (int):
        end_time (int):
        operation_type (MirrorOperationType | Unset): Mirror operation type: `1` Borrow (apply),
            `2` Settle from Custody/Ceffu, `3` Settle from Binance.
        status (MirrorOperationStatus | Unset): Mirror operation status: `20` In progress, `30`
            Success, `99` Failed.
        page_limit (int):
        page_no (int):  Default: 1.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetMirrorOperationRecordsResponse]
    """

    kwargs = _get_kwargs(
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
        timestamp=timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
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
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetMirrorOperationRecordsResponse | None:
    """Get Mirror Operation Records

     Mirror operation records. One of `binanceUID` / `walletIdStr` is required. **Archived** endpoint,
    still documented under "Archive".

    Args:
        binance_uid (str | Unset):
        wallet_id_str (str | Unset):
        coin_symbol (str | Unset):
        network (str | Unset):
        start_time (int):
        end_time (int):
        operation_type (MirrorOperationType | Unset): Mirror operation type: `1` Borrow (apply),
            `2` Settle from Custody/Ceffu, `3` Settle from Binance.
        status (MirrorOperationStatus | Unset): Mirror operation status: `20` In progress, `30`
            Success, `99` Failed.
        page_limit (int):
        page_no (int):  Default: 1.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetMirrorOperationRecordsResponse
    """

    return sync_detailed(
        client=client,
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
        timestamp=timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetMirrorOperationRecordsResponse]:
    """Get Mirror Operation Records

     Mirror operation records. One of `binanceUID` / `walletIdStr` is required. **Archived** endpoint,
    still documented under "Archive".

    Args:
        binance_uid (str | Unset):
        wallet_id_str (str | Unset):
        coin_symbol (str | Unset):
        network (str | Unset):
        start_time (int):
        end_time (int):
        operation_type (MirrorOperationType | Unset): Mirror operation type: `1` Borrow (apply),
            `2` Settle from Custody/Ceffu, `3` Settle from Binance.
        status (MirrorOperationStatus | Unset): Mirror operation status: `20` In progress, `30`
            Success, `99` Failed.
        page_limit (int):
        page_no (int):  Default: 1.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetMirrorOperationRecordsResponse]
    """

    kwargs = _get_kwargs(
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
        timestamp=timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
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
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetMirrorOperationRecordsResponse | None:
    """Get Mirror Operation Records

     Mirror operation records. One of `binanceUID` / `walletIdStr` is required. **Archived** endpoint,
    still documented under "Archive".

    Args:
        binance_uid (str | Unset):
        wallet_id_str (str | Unset):
        coin_symbol (str | Unset):
        network (str | Unset):
        start_time (int):
        end_time (int):
        operation_type (MirrorOperationType | Unset): Mirror operation type: `1` Borrow (apply),
            `2` Settle from Custody/Ceffu, `3` Settle from Binance.
        status (MirrorOperationStatus | Unset): Mirror operation status: `20` In progress, `30`
            Success, `99` Failed.
        page_limit (int):
        page_no (int):  Default: 1.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetMirrorOperationRecordsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
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
            timestamp=timestamp,
        )
    ).parsed
