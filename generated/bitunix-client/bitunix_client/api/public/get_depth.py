from decimal import Decimal
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import decimal_text
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_depth_response import GetDepthResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    symbol: str,
    precision: Decimal,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_precision = decimal_text(precision, "precision")
    params["precision"] = json_precision

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/spot/v1/market/depth",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | GetDepthResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetDepthResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetDepthResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | GetDepthResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    precision: Decimal,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetDepthResponse]:
    """Get the order book depth

     Order book of a trading pair, aggregated to `precision`. Asks and bids are lists of `{price,
    volume}` (strings in the docs).

    Args:
        symbol (str):
        precision (Decimal):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetDepthResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        precision=precision,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    precision: Decimal,
) -> ErrorEnvelope | ErrorEnvelope | GetDepthResponse | None:
    """Get the order book depth

     Order book of a trading pair, aggregated to `precision`. Asks and bids are lists of `{price,
    volume}` (strings in the docs).

    Args:
        symbol (str):
        precision (Decimal):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetDepthResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        precision=precision,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    precision: Decimal,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetDepthResponse]:
    """Get the order book depth

     Order book of a trading pair, aggregated to `precision`. Asks and bids are lists of `{price,
    volume}` (strings in the docs).

    Args:
        symbol (str):
        precision (Decimal):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetDepthResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        precision=precision,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    precision: Decimal,
) -> ErrorEnvelope | ErrorEnvelope | GetDepthResponse | None:
    """Get the order book depth

     Order book of a trading pair, aggregated to `precision`. Asks and bids are lists of `{price,
    volume}` (strings in the docs).

    Args:
        symbol (str):
        precision (Decimal):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetDepthResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            precision=precision,
        )
    ).parsed
