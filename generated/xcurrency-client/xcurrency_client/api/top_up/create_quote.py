from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.create_quote_request import CreateQuoteRequest
from ...models.create_quote_response import CreateQuoteResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CreateQuoteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/global/payout/rate/query/price",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateQuoteResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CreateQuoteResponse.from_dict(_loads(response.content))

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
) -> Response[CreateQuoteResponse | ErrorEnvelope]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateQuoteRequest,
) -> Response[CreateQuoteResponse | ErrorEnvelope]:
    """Create quote

     Quotes the rate from a fiat `sourceCurrency` to a stablecoin `targetCurrency` ("The API is used to
    get the currency rate"; the payout API's "Get a rate", SDK path `/payout/payment/query/price`).
    `data.queryNo` is the quote id that `createTopupOrder` takes as `quoteId`. A quote expires (`quote
    expired` at order time); its validity is not documented. The page's body/response demos are empty;
    the field tables are used.

    Args:
        body (CreateQuoteRequest): Currency pair to quote.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateQuoteResponse | ErrorEnvelope]
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
    body: CreateQuoteRequest,
) -> CreateQuoteResponse | ErrorEnvelope | None:
    """Create quote

     Quotes the rate from a fiat `sourceCurrency` to a stablecoin `targetCurrency` ("The API is used to
    get the currency rate"; the payout API's "Get a rate", SDK path `/payout/payment/query/price`).
    `data.queryNo` is the quote id that `createTopupOrder` takes as `quoteId`. A quote expires (`quote
    expired` at order time); its validity is not documented. The page's body/response demos are empty;
    the field tables are used.

    Args:
        body (CreateQuoteRequest): Currency pair to quote.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateQuoteResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateQuoteRequest,
) -> Response[CreateQuoteResponse | ErrorEnvelope]:
    """Create quote

     Quotes the rate from a fiat `sourceCurrency` to a stablecoin `targetCurrency` ("The API is used to
    get the currency rate"; the payout API's "Get a rate", SDK path `/payout/payment/query/price`).
    `data.queryNo` is the quote id that `createTopupOrder` takes as `quoteId`. A quote expires (`quote
    expired` at order time); its validity is not documented. The page's body/response demos are empty;
    the field tables are used.

    Args:
        body (CreateQuoteRequest): Currency pair to quote.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateQuoteResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateQuoteRequest,
) -> CreateQuoteResponse | ErrorEnvelope | None:
    """Create quote

     Quotes the rate from a fiat `sourceCurrency` to a stablecoin `targetCurrency` ("The API is used to
    get the currency rate"; the payout API's "Get a rate", SDK path `/payout/payment/query/price`).
    `data.queryNo` is the quote id that `createTopupOrder` takes as `quoteId`. A quote expires (`quote
    expired` at order time); its validity is not documented. The page's body/response demos are empty;
    the field tables are used.

    Args:
        body (CreateQuoteRequest): Currency pair to quote.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateQuoteResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
