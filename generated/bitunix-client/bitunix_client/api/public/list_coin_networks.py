from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_coin_networks_response import ListCoinNetworksResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/spot/v1/common/coin/coin_network/list",
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | ListCoinNetworksResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | ListCoinNetworksResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ListCoinNetworksResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | ListCoinNetworksResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | ErrorEnvelope | ListCoinNetworksResponse]:
    """List coins and their networks (QueryTokenData)

     The "QueryTokenData" interface the User pages refer to: every coin with its deposit/withdrawal
    switches and limits and, per network, the network name to send in withdraw / deposit address
    requests (e.g. `Tron (TRC-20)`), memo requirement, confirmations and limits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | ListCoinNetworksResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | ErrorEnvelope | ListCoinNetworksResponse | None:
    """List coins and their networks (QueryTokenData)

     The "QueryTokenData" interface the User pages refer to: every coin with its deposit/withdrawal
    switches and limits and, per network, the network name to send in withdraw / deposit address
    requests (e.g. `Tron (TRC-20)`), memo requirement, confirmations and limits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | ListCoinNetworksResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | ErrorEnvelope | ListCoinNetworksResponse]:
    """List coins and their networks (QueryTokenData)

     The "QueryTokenData" interface the User pages refer to: every coin with its deposit/withdrawal
    switches and limits and, per network, the network name to send in withdraw / deposit address
    requests (e.g. `Tron (TRC-20)`), memo requirement, confirmations and limits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | ListCoinNetworksResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | ErrorEnvelope | ListCoinNetworksResponse | None:
    """List coins and their networks (QueryTokenData)

     The "QueryTokenData" interface the User pages refer to: every coin with its deposit/withdrawal
    switches and limits and, per network, the network name to send in withdraw / deposit address
    requests (e.g. `Tron (TRC-20)`), memo requirement, confirmations and limits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | ListCoinNetworksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
