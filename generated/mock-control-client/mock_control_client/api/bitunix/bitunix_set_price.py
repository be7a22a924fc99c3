from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.bitunix_price_result import BitunixPriceResult
from ...models.bitunix_price_update import BitunixPriceUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    symbol: str,
    *,
    body: BitunixPriceUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_mock/bitunix/markets/{symbol}/price".format(
            symbol=quote(str(symbol), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BitunixPriceResult | Error | None:
    if response.status_code == 200:
        response_200 = BitunixPriceResult.from_dict(_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(_loads(response.content))

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(_loads(response.content))

        return response_404

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
) -> Response[BitunixPriceResult | Error]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    symbol: str,
    *,
    client: AuthenticatedClient | Client,
    body: BitunixPriceUpdate,
) -> Response[BitunixPriceResult | Error]:
    """Move a pair's last price

     Sets the last price the simulated book, klines and rates are built around. Resting limit orders the
    new price reaches (buys at or above it, sells at or below it) fill completely at their own price, as
    maker.

    Args:
        symbol (str):
        body (BitunixPriceUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BitunixPriceResult | Error]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    symbol: str,
    *,
    client: AuthenticatedClient | Client,
    body: BitunixPriceUpdate,
) -> BitunixPriceResult | Error | None:
    """Move a pair's last price

     Sets the last price the simulated book, klines and rates are built around. Resting limit orders the
    new price reaches (buys at or above it, sells at or below it) fill completely at their own price, as
    maker.

    Args:
        symbol (str):
        body (BitunixPriceUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BitunixPriceResult | Error
    """

    return sync_detailed(
        symbol=symbol,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    symbol: str,
    *,
    client: AuthenticatedClient | Client,
    body: BitunixPriceUpdate,
) -> Response[BitunixPriceResult | Error]:
    """Move a pair's last price

     Sets the last price the simulated book, klines and rates are built around. Resting limit orders the
    new price reaches (buys at or above it, sells at or below it) fill completely at their own price, as
    maker.

    Args:
        symbol (str):
        body (BitunixPriceUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BitunixPriceResult | Error]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    symbol: str,
    *,
    client: AuthenticatedClient | Client,
    body: BitunixPriceUpdate,
) -> BitunixPriceResult | Error | None:
    """Move a pair's last price

     Sets the last price the simulated book, klines and rates are built around. Resting limit orders the
    new price reaches (buys at or above it, sells at or below it) fill completely at their own price, as
    maker.

    Args:
        symbol (str):
        body (BitunixPriceUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BitunixPriceResult | Error
    """

    return (
        await asyncio_detailed(
            symbol=symbol,
            client=client,
            body=body,
        )
    ).parsed
