from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_order_history_request import GetOrderHistoryRequest
from ...models.get_order_history_response import GetOrderHistoryResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetOrderHistoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/spot/v1/order/history/page",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | GetOrderHistoryResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetOrderHistoryResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetOrderHistoryResponse.from_dict(data)

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

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_429

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
) -> Response[ErrorEnvelope | ErrorEnvelope | GetOrderHistoryResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetOrderHistoryRequest,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetOrderHistoryResponse]:
    """Query order history (paged)

     Orders of a pair, filtered by time (ISO 8601 `startTime`/`endTime`), status, side and type. **Pages
    by number**
    (`x-pagination: page`): request `page` (from 1) and `pageSize`; the response is
    `{total, pageNum, pageSize, data: [...]}` - iterate while `pageNum * pageSize < total`.

    Args:
        body (GetOrderHistoryRequest): Order history filters and page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetOrderHistoryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetOrderHistoryRequest,
) -> ErrorEnvelope | ErrorEnvelope | GetOrderHistoryResponse | None:
    """Query order history (paged)

     Orders of a pair, filtered by time (ISO 8601 `startTime`/`endTime`), status, side and type. **Pages
    by number**
    (`x-pagination: page`): request `page` (from 1) and `pageSize`; the response is
    `{total, pageNum, pageSize, data: [...]}` - iterate while `pageNum * pageSize < total`.

    Args:
        body (GetOrderHistoryRequest): Order history filters and page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetOrderHistoryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetOrderHistoryRequest,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetOrderHistoryResponse]:
    """Query order history (paged)

     Orders of a pair, filtered by time (ISO 8601 `startTime`/`endTime`), status, side and type. **Pages
    by number**
    (`x-pagination: page`): request `page` (from 1) and `pageSize`; the response is
    `{total, pageNum, pageSize, data: [...]}` - iterate while `pageNum * pageSize < total`.

    Args:
        body (GetOrderHistoryRequest): Order history filters and page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetOrderHistoryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetOrderHistoryRequest,
) -> ErrorEnvelope | ErrorEnvelope | GetOrderHistoryResponse | None:
    """Query order history (paged)

     Orders of a pair, filtered by time (ISO 8601 `startTime`/`endTime`), status, side and type. **Pages
    by number**
    (`x-pagination: page`): request `page` (from 1) and `pageSize`; the response is
    `{total, pageNum, pageSize, data: [...]}` - iterate while `pageNum * pageSize < total`.

    Args:
        body (GetOrderHistoryRequest): Order history filters and page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetOrderHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
