from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.transfer_accepted import TransferAccepted
from ...models.wallet_transfer_request import WalletTransferRequest
from ...types import Response


def _get_kwargs(
    *,
    body: WalletTransferRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/wallets/withdraw-to-master/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TransferAccepted | None:
    if response.status_code == 202:
        response_202 = TransferAccepted.from_dict(_loads(response.content))

        return response_202

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_422

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
) -> Response[ErrorEnvelope | TransferAccepted]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WalletTransferRequest,
) -> Response[ErrorEnvelope | TransferAccepted]:
    """Withdraw to Master Account (Async)

     Moves `amount` of `currency` from a wallet back to the master account. Answered **202 Accepted**;
    completes asynchronously like `transferToUser` (callback to `callback_url`, listed by
    `/wallets/transfer-history/` as `to_master`). Scopes: read, write.

    Args:
        body (WalletTransferRequest): Internal transfer between the master account and a wallet.
            Identify the wallet by exactly one of `wallet_id` / `external_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TransferAccepted]
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
    body: WalletTransferRequest,
) -> ErrorEnvelope | TransferAccepted | None:
    """Withdraw to Master Account (Async)

     Moves `amount` of `currency` from a wallet back to the master account. Answered **202 Accepted**;
    completes asynchronously like `transferToUser` (callback to `callback_url`, listed by
    `/wallets/transfer-history/` as `to_master`). Scopes: read, write.

    Args:
        body (WalletTransferRequest): Internal transfer between the master account and a wallet.
            Identify the wallet by exactly one of `wallet_id` / `external_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TransferAccepted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WalletTransferRequest,
) -> Response[ErrorEnvelope | TransferAccepted]:
    """Withdraw to Master Account (Async)

     Moves `amount` of `currency` from a wallet back to the master account. Answered **202 Accepted**;
    completes asynchronously like `transferToUser` (callback to `callback_url`, listed by
    `/wallets/transfer-history/` as `to_master`). Scopes: read, write.

    Args:
        body (WalletTransferRequest): Internal transfer between the master account and a wallet.
            Identify the wallet by exactly one of `wallet_id` / `external_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TransferAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WalletTransferRequest,
) -> ErrorEnvelope | TransferAccepted | None:
    """Withdraw to Master Account (Async)

     Moves `amount` of `currency` from a wallet back to the master account. Answered **202 Accepted**;
    completes asynchronously like `transferToUser` (callback to `callback_url`, listed by
    `/wallets/transfer-history/` as `to_master`). Scopes: read, write.

    Args:
        body (WalletTransferRequest): Internal transfer between the master account and a wallet.
            Identify the wallet by exactly one of `wallet_id` / `external_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TransferAccepted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
