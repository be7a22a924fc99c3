from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_wallet_transactions_response import ListWalletTransactionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    wallet_id: str,
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/wallets/{wallet_id}/transactions".format(
            wallet_id=quote(str(wallet_id), safe=""),
        ),
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ListWalletTransactionsResponse | None:
    if response.status_code == 200:
        response_200 = ListWalletTransactionsResponse.from_dict(_loads(response.content))

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
) -> Response[ErrorEnvelope | ListWalletTransactionsResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    wallet_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ListWalletTransactionsResponse]:
    """Get wallet transactions

     Credits and debits of a wallet (a completed top-up appears as a `CREDIT` with reason
    `TOPUP_CREDIT`), cursor-paginated: pass `data.nextCursor` as `cursor` until it is `null`. Order
    (newest first) is not documented.

    Args:
        wallet_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListWalletTransactionsResponse]
    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    wallet_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ErrorEnvelope | ListWalletTransactionsResponse | None:
    """Get wallet transactions

     Credits and debits of a wallet (a completed top-up appears as a `CREDIT` with reason
    `TOPUP_CREDIT`), cursor-paginated: pass `data.nextCursor` as `cursor` until it is `null`. Order
    (newest first) is not documented.

    Args:
        wallet_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListWalletTransactionsResponse
    """

    return sync_detailed(
        wallet_id=wallet_id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    wallet_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ListWalletTransactionsResponse]:
    """Get wallet transactions

     Credits and debits of a wallet (a completed top-up appears as a `CREDIT` with reason
    `TOPUP_CREDIT`), cursor-paginated: pass `data.nextCursor` as `cursor` until it is `null`. Order
    (newest first) is not documented.

    Args:
        wallet_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListWalletTransactionsResponse]
    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    wallet_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ErrorEnvelope | ListWalletTransactionsResponse | None:
    """Get wallet transactions

     Credits and debits of a wallet (a completed top-up appears as a `CREDIT` with reason
    `TOPUP_CREDIT`), cursor-paginated: pass `data.nextCursor` as `cursor` until it is `null`. Order
    (newest first) is not documented.

    Args:
        wallet_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListWalletTransactionsResponse
    """

    return (
        await asyncio_detailed(
            wallet_id=wallet_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
