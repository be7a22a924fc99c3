from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.estimate_withdrawal_request import EstimateWithdrawalRequest
from ...models.withdrawal_estimate import WithdrawalEstimate
from ...types import Response


def _get_kwargs(
    *,
    body: EstimateWithdrawalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/withdrawal/estimate/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WithdrawalEstimate | None:
    if response.status_code == 200:
        response_200 = WithdrawalEstimate.from_dict(_loads(response.content))

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
) -> Response[ErrorEnvelope | WithdrawalEstimate]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EstimateWithdrawalRequest,
) -> Response[ErrorEnvelope | WithdrawalEstimate]:
    """Estimate Withdrawal

     Full withdrawal simulation: requested amount, fee breakdown and the amount that would be sent,
    without creating anything. `fee` = `platform_fee` + `network_fee`; `amount` = `requested_amount` -
    `fee` always (with `final_amount: true` the sent `amount` is what the recipient gets and
    `requested_amount` = `amount` + `fee`). Send exactly one of `currency` / (`blockchain` + `token`).
    Scopes: read, write.

    Args:
        body (EstimateWithdrawalRequest): Withdrawal simulation request. Send exactly one of
            `currency` / (`blockchain` + `token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WithdrawalEstimate]
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
    body: EstimateWithdrawalRequest,
) -> ErrorEnvelope | WithdrawalEstimate | None:
    """Estimate Withdrawal

     Full withdrawal simulation: requested amount, fee breakdown and the amount that would be sent,
    without creating anything. `fee` = `platform_fee` + `network_fee`; `amount` = `requested_amount` -
    `fee` always (with `final_amount: true` the sent `amount` is what the recipient gets and
    `requested_amount` = `amount` + `fee`). Send exactly one of `currency` / (`blockchain` + `token`).
    Scopes: read, write.

    Args:
        body (EstimateWithdrawalRequest): Withdrawal simulation request. Send exactly one of
            `currency` / (`blockchain` + `token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WithdrawalEstimate
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EstimateWithdrawalRequest,
) -> Response[ErrorEnvelope | WithdrawalEstimate]:
    """Estimate Withdrawal

     Full withdrawal simulation: requested amount, fee breakdown and the amount that would be sent,
    without creating anything. `fee` = `platform_fee` + `network_fee`; `amount` = `requested_amount` -
    `fee` always (with `final_amount: true` the sent `amount` is what the recipient gets and
    `requested_amount` = `amount` + `fee`). Send exactly one of `currency` / (`blockchain` + `token`).
    Scopes: read, write.

    Args:
        body (EstimateWithdrawalRequest): Withdrawal simulation request. Send exactly one of
            `currency` / (`blockchain` + `token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WithdrawalEstimate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EstimateWithdrawalRequest,
) -> ErrorEnvelope | WithdrawalEstimate | None:
    """Estimate Withdrawal

     Full withdrawal simulation: requested amount, fee breakdown and the amount that would be sent,
    without creating anything. `fee` = `platform_fee` + `network_fee`; `amount` = `requested_amount` -
    `fee` always (with `final_amount: true` the sent `amount` is what the recipient gets and
    `requested_amount` = `amount` + `fee`). Send exactly one of `currency` / (`blockchain` + `token`).
    Scopes: read, write.

    Args:
        body (EstimateWithdrawalRequest): Withdrawal simulation request. Send exactly one of
            `currency` / (`blockchain` + `token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WithdrawalEstimate
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
