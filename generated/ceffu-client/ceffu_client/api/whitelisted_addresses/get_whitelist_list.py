from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_whitelist_list_response import GetWhitelistListResponse
from ...models.whitelist_address_type import WhitelistAddressType
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
    timestamp: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageLimit"] = page_limit

    params["pageNo"] = page_no

    json_address_type: int | Unset = UNSET
    if not isinstance(address_type, Unset):
        json_address_type = WhitelistAddressType(address_type).value

    params["addressType"] = json_address_type

    params["address"] = address

    params["label"] = label

    params["symbol"] = symbol

    params["network"] = network

    params["memo"] = memo

    params["whitelistId"] = whitelist_id

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["timestamp"] = timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open-api/v1/wallet/pageWhitelist",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | GetWhitelistListResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetWhitelistListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetWhitelistListResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | GetWhitelistListResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
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
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetWhitelistListResponse]:
    """Get Whitelisted Address List

     Whitelisted withdrawal addresses; all filters optional. Paginated: `pageNo` (from 1) and `pageLimit`
    (1-500); iterate while `pageNo < totalPage`.

    Args:
        page_limit (int | Unset):
        page_no (int | Unset):  Default: 1.
        address_type (WhitelistAddressType | Unset): Whitelist address type: `1` standard address,
            `2` universal address.
        address (str | Unset):
        label (str | Unset):
        symbol (str | Unset):
        network (str | Unset):
        memo (str | Unset):
        whitelist_id (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetWhitelistListResponse]
    """

    kwargs = _get_kwargs(
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
        timestamp=timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
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
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetWhitelistListResponse | None:
    """Get Whitelisted Address List

     Whitelisted withdrawal addresses; all filters optional. Paginated: `pageNo` (from 1) and `pageLimit`
    (1-500); iterate while `pageNo < totalPage`.

    Args:
        page_limit (int | Unset):
        page_no (int | Unset):  Default: 1.
        address_type (WhitelistAddressType | Unset): Whitelist address type: `1` standard address,
            `2` universal address.
        address (str | Unset):
        label (str | Unset):
        symbol (str | Unset):
        network (str | Unset):
        memo (str | Unset):
        whitelist_id (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetWhitelistListResponse
    """

    return sync_detailed(
        client=client,
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
        timestamp=timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetWhitelistListResponse]:
    """Get Whitelisted Address List

     Whitelisted withdrawal addresses; all filters optional. Paginated: `pageNo` (from 1) and `pageLimit`
    (1-500); iterate while `pageNo < totalPage`.

    Args:
        page_limit (int | Unset):
        page_no (int | Unset):  Default: 1.
        address_type (WhitelistAddressType | Unset): Whitelist address type: `1` standard address,
            `2` universal address.
        address (str | Unset):
        label (str | Unset):
        symbol (str | Unset):
        network (str | Unset):
        memo (str | Unset):
        whitelist_id (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetWhitelistListResponse]
    """

    kwargs = _get_kwargs(
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
        timestamp=timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
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
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetWhitelistListResponse | None:
    """Get Whitelisted Address List

     Whitelisted withdrawal addresses; all filters optional. Paginated: `pageNo` (from 1) and `pageLimit`
    (1-500); iterate while `pageNo < totalPage`.

    Args:
        page_limit (int | Unset):
        page_no (int | Unset):  Default: 1.
        address_type (WhitelistAddressType | Unset): Whitelist address type: `1` standard address,
            `2` universal address.
        address (str | Unset):
        label (str | Unset):
        symbol (str | Unset):
        network (str | Unset):
        memo (str | Unset):
        whitelist_id (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetWhitelistListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
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
            timestamp=timestamp,
        )
    ).parsed
