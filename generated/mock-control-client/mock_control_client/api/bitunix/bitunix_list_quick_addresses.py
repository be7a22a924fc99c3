from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.bitunix_quick_address_list import BitunixQuickAddressList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    uid: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["uid"] = uid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_mock/bitunix/quick-withdraw-addresses",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BitunixQuickAddressList | Error | None:
    if response.status_code == 200:
        response_200 = BitunixQuickAddressList.from_dict(_loads(response.content))

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
) -> Response[BitunixQuickAddressList | Error]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    uid: int | Unset = UNSET,
) -> Response[BitunixQuickAddressList | Error]:
    """List quick-withdrawal addresses

     The quick-withdrawal list (the only addresses `createWithdrawal` accepts), of one user or of all.

    Args:
        uid (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BitunixQuickAddressList | Error]
    """

    kwargs = _get_kwargs(
        uid=uid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    uid: int | Unset = UNSET,
) -> BitunixQuickAddressList | Error | None:
    """List quick-withdrawal addresses

     The quick-withdrawal list (the only addresses `createWithdrawal` accepts), of one user or of all.

    Args:
        uid (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BitunixQuickAddressList | Error
    """

    return sync_detailed(
        client=client,
        uid=uid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    uid: int | Unset = UNSET,
) -> Response[BitunixQuickAddressList | Error]:
    """List quick-withdrawal addresses

     The quick-withdrawal list (the only addresses `createWithdrawal` accepts), of one user or of all.

    Args:
        uid (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BitunixQuickAddressList | Error]
    """

    kwargs = _get_kwargs(
        uid=uid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    uid: int | Unset = UNSET,
) -> BitunixQuickAddressList | Error | None:
    """List quick-withdrawal addresses

     The quick-withdrawal list (the only addresses `createWithdrawal` accepts), of one user or of all.

    Args:
        uid (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BitunixQuickAddressList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            uid=uid,
        )
    ).parsed
