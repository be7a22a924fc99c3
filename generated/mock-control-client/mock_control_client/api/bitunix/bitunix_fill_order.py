from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.bitunix_order import BitunixOrder
from ...models.bitunix_order_fill import BitunixOrderFill
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: str,
    *,
    body: BitunixOrderFill | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_mock/bitunix/orders/{order_id}/fill".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BitunixOrder | Error | None:
    if response.status_code == 200:
        response_200 = BitunixOrder.from_dict(_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(_loads(response.content))

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(_loads(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(_loads(response.content))

        return response_409

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
) -> Response[BitunixOrder | Error]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BitunixOrderFill | Unset = UNSET,
) -> Response[BitunixOrder | Error]:
    """Fill an open limit order

     Fills an open (status 1 or 3) limit order as maker, like a counterparty would - by default all that
    is left at its limit price; `volume` fills part of it, `price` at a price no worse than the limit.
    Balances, fee (0.1% of what is received), deals and status follow.

    Args:
        order_id (str):
        body (BitunixOrderFill | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BitunixOrder | Error]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BitunixOrderFill | Unset = UNSET,
) -> BitunixOrder | Error | None:
    """Fill an open limit order

     Fills an open (status 1 or 3) limit order as maker, like a counterparty would - by default all that
    is left at its limit price; `volume` fills part of it, `price` at a price no worse than the limit.
    Balances, fee (0.1% of what is received), deals and status follow.

    Args:
        order_id (str):
        body (BitunixOrderFill | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BitunixOrder | Error
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BitunixOrderFill | Unset = UNSET,
) -> Response[BitunixOrder | Error]:
    """Fill an open limit order

     Fills an open (status 1 or 3) limit order as maker, like a counterparty would - by default all that
    is left at its limit price; `volume` fills part of it, `price` at a price no worse than the limit.
    Balances, fee (0.1% of what is received), deals and status follow.

    Args:
        order_id (str):
        body (BitunixOrderFill | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BitunixOrder | Error]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BitunixOrderFill | Unset = UNSET,
) -> BitunixOrder | Error | None:
    """Fill an open limit order

     Fills an open (status 1 or 3) limit order as maker, like a counterparty would - by default all that
    is left at its limit price; `volume` fills part of it, `price` at a price no worse than the limit.
    Balances, fee (0.1% of what is received), deals and status follow.

    Args:
        order_id (str):
        body (BitunixOrderFill | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BitunixOrder | Error
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
