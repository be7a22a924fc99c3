from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_topup_orders_response import ListTopupOrdersResponse
from ...models.topup_order_status_filter import TopupOrderStatusFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    wallet_id: str | Unset = UNSET,
    status: TopupOrderStatusFilter | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pages: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["walletId"] = wallet_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["pageSize"] = page_size

    params["pages"] = pages

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/topup/orders",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ListTopupOrdersResponse | None:
    if response.status_code == 200:
        response_200 = ListTopupOrdersResponse.from_dict(_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_401

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
) -> Response[ErrorEnvelope | ListTopupOrdersResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    wallet_id: str | Unset = UNSET,
    status: TopupOrderStatusFilter | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pages: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ListTopupOrdersResponse]:
    """List top-up orders

     Top-up orders, page-paginated: `pageSize` and `pages` (page number from 1); the envelope carries
    `total`. Filters `walletId` and `status` (the published example filters `status=CREDITED`, which is
    not an order status: accepted here as an alias of `COMPLETED`, x-inferred). Defaults and the sort
    order are not documented.

    Args:
        wallet_id (str | Unset):
        status (TopupOrderStatusFilter | Unset): `TRANSFERRING`, `COMPLETED`, `FAILED` as in
            `TopupOrderStatus`; `CREDITED` appears only in the published list example and is read as
            `COMPLETED` (x-inferred).
        page_size (int | Unset):
        pages (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListTopupOrdersResponse]
    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        status=status,
        page_size=page_size,
        pages=pages,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    wallet_id: str | Unset = UNSET,
    status: TopupOrderStatusFilter | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pages: int | Unset = UNSET,
) -> ErrorEnvelope | ListTopupOrdersResponse | None:
    """List top-up orders

     Top-up orders, page-paginated: `pageSize` and `pages` (page number from 1); the envelope carries
    `total`. Filters `walletId` and `status` (the published example filters `status=CREDITED`, which is
    not an order status: accepted here as an alias of `COMPLETED`, x-inferred). Defaults and the sort
    order are not documented.

    Args:
        wallet_id (str | Unset):
        status (TopupOrderStatusFilter | Unset): `TRANSFERRING`, `COMPLETED`, `FAILED` as in
            `TopupOrderStatus`; `CREDITED` appears only in the published list example and is read as
            `COMPLETED` (x-inferred).
        page_size (int | Unset):
        pages (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListTopupOrdersResponse
    """

    return sync_detailed(
        client=client,
        wallet_id=wallet_id,
        status=status,
        page_size=page_size,
        pages=pages,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    wallet_id: str | Unset = UNSET,
    status: TopupOrderStatusFilter | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pages: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ListTopupOrdersResponse]:
    """List top-up orders

     Top-up orders, page-paginated: `pageSize` and `pages` (page number from 1); the envelope carries
    `total`. Filters `walletId` and `status` (the published example filters `status=CREDITED`, which is
    not an order status: accepted here as an alias of `COMPLETED`, x-inferred). Defaults and the sort
    order are not documented.

    Args:
        wallet_id (str | Unset):
        status (TopupOrderStatusFilter | Unset): `TRANSFERRING`, `COMPLETED`, `FAILED` as in
            `TopupOrderStatus`; `CREDITED` appears only in the published list example and is read as
            `COMPLETED` (x-inferred).
        page_size (int | Unset):
        pages (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListTopupOrdersResponse]
    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        status=status,
        page_size=page_size,
        pages=pages,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    wallet_id: str | Unset = UNSET,
    status: TopupOrderStatusFilter | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pages: int | Unset = UNSET,
) -> ErrorEnvelope | ListTopupOrdersResponse | None:
    """List top-up orders

     Top-up orders, page-paginated: `pageSize` and `pages` (page number from 1); the envelope carries
    `total`. Filters `walletId` and `status` (the published example filters `status=CREDITED`, which is
    not an order status: accepted here as an alias of `COMPLETED`, x-inferred). Defaults and the sort
    order are not documented.

    Args:
        wallet_id (str | Unset):
        status (TopupOrderStatusFilter | Unset): `TRANSFERRING`, `COMPLETED`, `FAILED` as in
            `TopupOrderStatus`; `CREDITED` appears only in the published list example and is read as
            `COMPLETED` (x-inferred).
        page_size (int | Unset):
        pages (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListTopupOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            wallet_id=wallet_id,
            status=status,
            page_size=page_size,
            pages=pages,
        )
    ).parsed
