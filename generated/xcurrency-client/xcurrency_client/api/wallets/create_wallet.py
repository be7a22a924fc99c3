from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.create_wallet_request import CreateWalletRequest
from ...models.create_wallet_response import CreateWalletResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CreateWalletRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/wallets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateWalletResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CreateWalletResponse.from_dict(_loads(response.content))

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
) -> Response[CreateWalletResponse | ErrorEnvelope]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWalletRequest,
) -> Response[CreateWalletResponse | ErrorEnvelope]:
    """Create wallet

     Opens a stablecoin wallet for a customer on one asset and network (为客户开通稳定币钱包(指定资产与网络)). Only the
    pairs listed by `GET /assets/networks` are accepted (`unsupported asset/network`). Whether a second
    wallet for the same customer, asset and network is refused is not documented.

    Args:
        body (CreateWalletRequest): Wallet to open for a customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWalletResponse | ErrorEnvelope]
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
    body: CreateWalletRequest,
) -> CreateWalletResponse | ErrorEnvelope | None:
    """Create wallet

     Opens a stablecoin wallet for a customer on one asset and network (为客户开通稳定币钱包(指定资产与网络)). Only the
    pairs listed by `GET /assets/networks` are accepted (`unsupported asset/network`). Whether a second
    wallet for the same customer, asset and network is refused is not documented.

    Args:
        body (CreateWalletRequest): Wallet to open for a customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWalletResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWalletRequest,
) -> Response[CreateWalletResponse | ErrorEnvelope]:
    """Create wallet

     Opens a stablecoin wallet for a customer on one asset and network (为客户开通稳定币钱包(指定资产与网络)). Only the
    pairs listed by `GET /assets/networks` are accepted (`unsupported asset/network`). Whether a second
    wallet for the same customer, asset and network is refused is not documented.

    Args:
        body (CreateWalletRequest): Wallet to open for a customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWalletResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWalletRequest,
) -> CreateWalletResponse | ErrorEnvelope | None:
    """Create wallet

     Opens a stablecoin wallet for a customer on one asset and network (为客户开通稳定币钱包(指定资产与网络)). Only the
    pairs listed by `GET /assets/networks` are accepted (`unsupported asset/network`). Whether a second
    wallet for the same customer, asset and network is refused is not documented.

    Args:
        body (CreateWalletRequest): Wallet to open for a customer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWalletResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
