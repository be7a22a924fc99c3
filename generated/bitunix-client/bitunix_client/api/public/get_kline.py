from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_kline_response import GetKlineResponse
from ...models.kline_interval import KlineInterval
from ...types import UNSET, Response


def _get_kwargs(
    *,
    symbol: str,
    interval: KlineInterval,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_interval: str = interval
    params["interval"] = json_interval

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/spot/v1/market/kline",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | GetKlineResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetKlineResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetKlineResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | GetKlineResponse]:
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
    interval: KlineInterval,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetKlineResponse]:
    """Get klines

     Latest candlesticks of a trading pair. Path as documented (`market/kline`); ccxt uses
    `market/klines` (contradiction 9: the docs win).

    Args:
        symbol (str):
        interval (KlineInterval): Kline interval: `1`, `3`, `5`, `15`, `30`, `60`, `120`, `240`,
            `360`, `720` = that many minutes; `D` one day; `W` one week; `M` one month.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetKlineResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        interval=interval,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    interval: KlineInterval,
) -> ErrorEnvelope | ErrorEnvelope | GetKlineResponse | None:
    """Get klines

     Latest candlesticks of a trading pair. Path as documented (`market/kline`); ccxt uses
    `market/klines` (contradiction 9: the docs win).

    Args:
        symbol (str):
        interval (KlineInterval): Kline interval: `1`, `3`, `5`, `15`, `30`, `60`, `120`, `240`,
            `360`, `720` = that many minutes; `D` one day; `W` one week; `M` one month.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetKlineResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        interval=interval,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    interval: KlineInterval,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetKlineResponse]:
    """Get klines

     Latest candlesticks of a trading pair. Path as documented (`market/kline`); ccxt uses
    `market/klines` (contradiction 9: the docs win).

    Args:
        symbol (str):
        interval (KlineInterval): Kline interval: `1`, `3`, `5`, `15`, `30`, `60`, `120`, `240`,
            `360`, `720` = that many minutes; `D` one day; `W` one week; `M` one month.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetKlineResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        interval=interval,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    interval: KlineInterval,
) -> ErrorEnvelope | ErrorEnvelope | GetKlineResponse | None:
    """Get klines

     Latest candlesticks of a trading pair. Path as documented (`market/kline`); ccxt uses
    `market/klines` (contradiction 9: the docs win).

    Args:
        symbol (str):
        interval (KlineInterval): Kline interval: `1`, `3`, `5`, `15`, `30`, `60`, `120`, `240`,
            `360`, `720` = that many minutes; `D` one day; `W` one week; `M` one month.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetKlineResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            interval=interval,
        )
    ).parsed
