from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.withdrawal import Withdrawal
from ...types import Response


def _get_kwargs(
    withdrawal_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/withdrawal/{withdrawal_id}/".format(
            withdrawal_id=quote(str(withdrawal_id), safe=""),
        ),
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Withdrawal | None:
    if response.status_code == 200:
        response_200 = Withdrawal.from_dict(_loads(response.content))

        return response_200

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
) -> Response[ErrorEnvelope | Withdrawal]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    withdrawal_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | Withdrawal]:
    """Get Withdrawal Details

     Detail of a withdrawal: amounts, fee breakdown, status, transaction hash and confirmations. Scopes:
    read, write.

    Args:
        withdrawal_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Withdrawal]
    """

    kwargs = _get_kwargs(
        withdrawal_id=withdrawal_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    withdrawal_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | Withdrawal | None:
    """Get Withdrawal Details

     Detail of a withdrawal: amounts, fee breakdown, status, transaction hash and confirmations. Scopes:
    read, write.

    Args:
        withdrawal_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Withdrawal
    """

    return sync_detailed(
        withdrawal_id=withdrawal_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    withdrawal_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | Withdrawal]:
    """Get Withdrawal Details

     Detail of a withdrawal: amounts, fee breakdown, status, transaction hash and confirmations. Scopes:
    read, write.

    Args:
        withdrawal_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Withdrawal]
    """

    kwargs = _get_kwargs(
        withdrawal_id=withdrawal_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    withdrawal_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | Withdrawal | None:
    """Get Withdrawal Details

     Detail of a withdrawal: amounts, fee breakdown, status, transaction hash and confirmations. Scopes:
    read, write.

    Args:
        withdrawal_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Withdrawal
    """

    return (
        await asyncio_detailed(
            withdrawal_id=withdrawal_id,
            client=client,
        )
    ).parsed
