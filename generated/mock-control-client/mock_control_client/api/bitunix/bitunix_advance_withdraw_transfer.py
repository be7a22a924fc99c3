from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.bitunix_record_advance import BitunixRecordAdvance
from ...models.bitunix_withdraw_transfer import BitunixWithdrawTransfer
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    record_id: str,
    *,
    body: BitunixRecordAdvance | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_mock/bitunix/withdraw-transfers/{record_id}/advance".format(
            record_id=quote(str(record_id), safe=""),
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
) -> BitunixWithdrawTransfer | Error | None:
    if response.status_code == 200:
        response_200 = BitunixWithdrawTransfer.from_dict(_loads(response.content))

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
) -> Response[BitunixWithdrawTransfer | Error]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    record_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BitunixRecordAdvance | Unset = UNSET,
) -> Response[BitunixWithdrawTransfer | Error]:
    """Advance a withdrawal or inside transfer

     A withdrawal starts `pending` (`to: verification` puts it into the security check first) and moves
    `verification` -> `pending` -> `approved` (still status `pending`, now with a transaction hash and
    no longer cancellable) -> `success`; an inside transfer `pending` -> `success` (the recipient is
    credited and gets an `inside_transfer_in` deposit). Without `to` one step; with `to` straight to a
    later step, or to `fail` (the locked amount is refunded). `success` delivers the withdrawal: the fee
    and the amount leave the account.

    Args:
        record_id (str):
        body (BitunixRecordAdvance | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BitunixWithdrawTransfer | Error]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    record_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BitunixRecordAdvance | Unset = UNSET,
) -> BitunixWithdrawTransfer | Error | None:
    """Advance a withdrawal or inside transfer

     A withdrawal starts `pending` (`to: verification` puts it into the security check first) and moves
    `verification` -> `pending` -> `approved` (still status `pending`, now with a transaction hash and
    no longer cancellable) -> `success`; an inside transfer `pending` -> `success` (the recipient is
    credited and gets an `inside_transfer_in` deposit). Without `to` one step; with `to` straight to a
    later step, or to `fail` (the locked amount is refunded). `success` delivers the withdrawal: the fee
    and the amount leave the account.

    Args:
        record_id (str):
        body (BitunixRecordAdvance | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BitunixWithdrawTransfer | Error
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    record_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BitunixRecordAdvance | Unset = UNSET,
) -> Response[BitunixWithdrawTransfer | Error]:
    """Advance a withdrawal or inside transfer

     A withdrawal starts `pending` (`to: verification` puts it into the security check first) and moves
    `verification` -> `pending` -> `approved` (still status `pending`, now with a transaction hash and
    no longer cancellable) -> `success`; an inside transfer `pending` -> `success` (the recipient is
    credited and gets an `inside_transfer_in` deposit). Without `to` one step; with `to` straight to a
    later step, or to `fail` (the locked amount is refunded). `success` delivers the withdrawal: the fee
    and the amount leave the account.

    Args:
        record_id (str):
        body (BitunixRecordAdvance | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BitunixWithdrawTransfer | Error]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BitunixRecordAdvance | Unset = UNSET,
) -> BitunixWithdrawTransfer | Error | None:
    """Advance a withdrawal or inside transfer

     A withdrawal starts `pending` (`to: verification` puts it into the security check first) and moves
    `verification` -> `pending` -> `approved` (still status `pending`, now with a transaction hash and
    no longer cancellable) -> `success`; an inside transfer `pending` -> `success` (the recipient is
    credited and gets an `inside_transfer_in` deposit). Without `to` one step; with `to` straight to a
    later step, or to `fail` (the locked amount is refunded). `success` delivers the withdrawal: the fee
    and the amount leave the account.

    Args:
        record_id (str):
        body (BitunixRecordAdvance | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BitunixWithdrawTransfer | Error
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            body=body,
        )
    ).parsed
