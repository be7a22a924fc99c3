from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.create_wallet_request import CreateWalletRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.wallet import Wallet
from ...types import Response


def _get_kwargs(
    *,
    body: CreateWalletRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/wallets/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorEnvelope | Wallet | None:
    if response.status_code == 201:
        response_201 = Wallet.from_dict(_loads(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_403

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
) -> Response[ErrorEnvelope | Wallet]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWalletRequest,
) -> Response[ErrorEnvelope | Wallet]:
    """Create Wallet

     Creates a wallet (sub-account) for one of your users. `external_id` must be unique in the tenant
    (otherwise 400 `duplicate_external_id`). Scopes: read, write.

    Args:
        body (CreateWalletRequest): New wallet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Wallet]
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
    client: AuthenticatedClient,
    body: CreateWalletRequest,
) -> ErrorEnvelope | Wallet | None:
    """Create Wallet

     Creates a wallet (sub-account) for one of your users. `external_id` must be unique in the tenant
    (otherwise 400 `duplicate_external_id`). Scopes: read, write.

    Args:
        body (CreateWalletRequest): New wallet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Wallet
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWalletRequest,
) -> Response[ErrorEnvelope | Wallet]:
    """Create Wallet

     Creates a wallet (sub-account) for one of your users. `external_id` must be unique in the tenant
    (otherwise 400 `duplicate_external_id`). Scopes: read, write.

    Args:
        body (CreateWalletRequest): New wallet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Wallet]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateWalletRequest,
) -> ErrorEnvelope | Wallet | None:
    """Create Wallet

     Creates a wallet (sub-account) for one of your users. `external_id` must be unique in the tenant
    (otherwise 400 `duplicate_external_id`). Scopes: read, write.

    Args:
        body (CreateWalletRequest): New wallet.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Wallet
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
