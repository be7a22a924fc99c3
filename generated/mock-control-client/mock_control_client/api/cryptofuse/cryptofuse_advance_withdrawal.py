from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.cryptofuse_record import CryptofuseRecord
from ...models.cryptofuse_withdrawal_advance import CryptofuseWithdrawalAdvance
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    withdrawal_id: str,
    *,
    body: CryptofuseWithdrawalAdvance | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_mock/cryptofuse/withdrawals/{withdrawal_id}/advance".format(
            withdrawal_id=quote(str(withdrawal_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CryptofuseRecord | Error | None:
    if response.status_code == 200:
        response_200 = CryptofuseRecord.from_dict(_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(_loads(response.content))

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(_loads(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(_loads(response.content))

        return response_409

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
) -> Response[CryptofuseRecord | Error]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    withdrawal_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CryptofuseWithdrawalAdvance | Unset = UNSET,
) -> Response[CryptofuseRecord | Error]:
    """Advance a Cryptofuse withdrawal

     Moves a withdrawal one step along `pending` -> `approved` -> `processing` -> `submitted` ->
    `confirmed` -> `completed`, or straight to `to` (a later step, or `rejected` / `failed` /
    `cancelled`, which refund the debited amount). `completed` sends the funds (amount + network fee
    leave, the platform fee is kept). Fires `withdrawal_status_update`.

    Args:
        withdrawal_id (str):
        body (CryptofuseWithdrawalAdvance | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptofuseRecord | Error]
    """

    kwargs = _get_kwargs(
        withdrawal_id=withdrawal_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    withdrawal_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CryptofuseWithdrawalAdvance | Unset = UNSET,
) -> CryptofuseRecord | Error | None:
    """Advance a Cryptofuse withdrawal

     Moves a withdrawal one step along `pending` -> `approved` -> `processing` -> `submitted` ->
    `confirmed` -> `completed`, or straight to `to` (a later step, or `rejected` / `failed` /
    `cancelled`, which refund the debited amount). `completed` sends the funds (amount + network fee
    leave, the platform fee is kept). Fires `withdrawal_status_update`.

    Args:
        withdrawal_id (str):
        body (CryptofuseWithdrawalAdvance | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptofuseRecord | Error
    """

    return sync_detailed(
        withdrawal_id=withdrawal_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    withdrawal_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CryptofuseWithdrawalAdvance | Unset = UNSET,
) -> Response[CryptofuseRecord | Error]:
    """Advance a Cryptofuse withdrawal

     Moves a withdrawal one step along `pending` -> `approved` -> `processing` -> `submitted` ->
    `confirmed` -> `completed`, or straight to `to` (a later step, or `rejected` / `failed` /
    `cancelled`, which refund the debited amount). `completed` sends the funds (amount + network fee
    leave, the platform fee is kept). Fires `withdrawal_status_update`.

    Args:
        withdrawal_id (str):
        body (CryptofuseWithdrawalAdvance | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptofuseRecord | Error]
    """

    kwargs = _get_kwargs(
        withdrawal_id=withdrawal_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    withdrawal_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CryptofuseWithdrawalAdvance | Unset = UNSET,
) -> CryptofuseRecord | Error | None:
    """Advance a Cryptofuse withdrawal

     Moves a withdrawal one step along `pending` -> `approved` -> `processing` -> `submitted` ->
    `confirmed` -> `completed`, or straight to `to` (a later step, or `rejected` / `failed` /
    `cancelled`, which refund the debited amount). `completed` sends the funds (amount + network fee
    leave, the platform fee is kept). Fires `withdrawal_status_update`.

    Args:
        withdrawal_id (str):
        body (CryptofuseWithdrawalAdvance | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptofuseRecord | Error
    """

    return (
        await asyncio_detailed(
            withdrawal_id=withdrawal_id,
            client=client,
            body=body,
        )
    ).parsed
