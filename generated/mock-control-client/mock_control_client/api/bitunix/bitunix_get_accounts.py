from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.bitunix_accounts import BitunixAccounts
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    uid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_mock/bitunix/accounts/{uid}".format(
            uid=quote(str(uid), safe=""),
        ),
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BitunixAccounts | Error | None:
    if response.status_code == 200:
        response_200 = BitunixAccounts.from_dict(_loads(response.content))

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
) -> Response[BitunixAccounts | Error]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BitunixAccounts | Error]:
    """Read a user's spot and futures balances

     Spot balances (as `getAccount` shows them) and the futures balances `createFundsTransfer` moves
    funds to, which the spot API cannot read.

    Args:
        uid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BitunixAccounts | Error]
    """

    kwargs = _get_kwargs(
        uid=uid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uid: int,
    *,
    client: AuthenticatedClient | Client,
) -> BitunixAccounts | Error | None:
    """Read a user's spot and futures balances

     Spot balances (as `getAccount` shows them) and the futures balances `createFundsTransfer` moves
    funds to, which the spot API cannot read.

    Args:
        uid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BitunixAccounts | Error
    """

    return sync_detailed(
        uid=uid,
        client=client,
    ).parsed


async def asyncio_detailed(
    uid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BitunixAccounts | Error]:
    """Read a user's spot and futures balances

     Spot balances (as `getAccount` shows them) and the futures balances `createFundsTransfer` moves
    funds to, which the spot API cannot read.

    Args:
        uid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BitunixAccounts | Error]
    """

    kwargs = _get_kwargs(
        uid=uid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uid: int,
    *,
    client: AuthenticatedClient | Client,
) -> BitunixAccounts | Error | None:
    """Read a user's spot and futures balances

     Spot balances (as `getAccount` shows them) and the futures balances `createFundsTransfer` moves
    funds to, which the spot API cannot read.

    Args:
        uid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BitunixAccounts | Error
    """

    return (
        await asyncio_detailed(
            uid=uid,
            client=client,
        )
    ).parsed
