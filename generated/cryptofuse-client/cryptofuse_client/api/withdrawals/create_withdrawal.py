from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.create_withdrawal_request import CreateWithdrawalRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.withdrawal import Withdrawal
from ...types import Response


def _get_kwargs(
    *,
    body: CreateWithdrawalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/withdrawal/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Withdrawal | None:
    if response.status_code == 201:
        response_201 = Withdrawal.from_dict(_loads(response.content))

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
) -> Response[ErrorEnvelope | Withdrawal]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWithdrawalRequest,
) -> Response[ErrorEnvelope | Withdrawal]:
    """Create Withdrawal

     Creates a withdrawal to an external `address`. Send exactly one of `amount` (crypto amount) /
    `price_amount` (fiat amount in `price_currency`), and exactly one of `currency` / (`blockchain` +
    `token`). With `final_amount: true` the amount is what the recipient receives (fees added on top).
    Holds `requested_amount` = `amount` + `fee` on the master balance, or the wallet `account_id`, until
    it completes (see Money rules). Scopes: read, write.

    Args:
        body (CreateWithdrawalRequest): New withdrawal. Send exactly one of `amount` /
            `price_amount`, and exactly one of `currency` / (`blockchain` + `token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Withdrawal]
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
    body: CreateWithdrawalRequest,
) -> ErrorEnvelope | Withdrawal | None:
    """Create Withdrawal

     Creates a withdrawal to an external `address`. Send exactly one of `amount` (crypto amount) /
    `price_amount` (fiat amount in `price_currency`), and exactly one of `currency` / (`blockchain` +
    `token`). With `final_amount: true` the amount is what the recipient receives (fees added on top).
    Holds `requested_amount` = `amount` + `fee` on the master balance, or the wallet `account_id`, until
    it completes (see Money rules). Scopes: read, write.

    Args:
        body (CreateWithdrawalRequest): New withdrawal. Send exactly one of `amount` /
            `price_amount`, and exactly one of `currency` / (`blockchain` + `token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Withdrawal
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWithdrawalRequest,
) -> Response[ErrorEnvelope | Withdrawal]:
    """Create Withdrawal

     Creates a withdrawal to an external `address`. Send exactly one of `amount` (crypto amount) /
    `price_amount` (fiat amount in `price_currency`), and exactly one of `currency` / (`blockchain` +
    `token`). With `final_amount: true` the amount is what the recipient receives (fees added on top).
    Holds `requested_amount` = `amount` + `fee` on the master balance, or the wallet `account_id`, until
    it completes (see Money rules). Scopes: read, write.

    Args:
        body (CreateWithdrawalRequest): New withdrawal. Send exactly one of `amount` /
            `price_amount`, and exactly one of `currency` / (`blockchain` + `token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Withdrawal]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateWithdrawalRequest,
) -> ErrorEnvelope | Withdrawal | None:
    """Create Withdrawal

     Creates a withdrawal to an external `address`. Send exactly one of `amount` (crypto amount) /
    `price_amount` (fiat amount in `price_currency`), and exactly one of `currency` / (`blockchain` +
    `token`). With `final_amount: true` the amount is what the recipient receives (fees added on top).
    Holds `requested_amount` = `amount` + `fee` on the master balance, or the wallet `account_id`, until
    it completes (see Money rules). Scopes: read, write.

    Args:
        body (CreateWithdrawalRequest): New withdrawal. Send exactly one of `amount` /
            `price_amount`, and exactly one of `currency` / (`blockchain` + `token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Withdrawal
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
