from decimal import Decimal
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import decimal_text
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_rate_response import GetRateResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    amount: Decimal | Unset = Decimal("1.0"),
    currency_from: str | Unset = "USD",
    currency_to: str,
    fee_percentage: Decimal | Unset = UNSET,
    is_fee_paid_by_user: bool | Unset = UNSET,
    full: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_amount: str | Unset = UNSET
    if not isinstance(amount, Unset):
        json_amount = decimal_text(amount, "amount")
    params["amount"] = json_amount

    params["currency_from"] = currency_from

    params["currency_to"] = currency_to

    json_fee_percentage: str | Unset = UNSET
    if not isinstance(fee_percentage, Unset):
        json_fee_percentage = decimal_text(fee_percentage, "fee_percentage")
    params["fee_percentage"] = json_fee_percentage

    params["is_fee_paid_by_user"] = is_fee_paid_by_user

    params["full"] = full

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rates/",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetRateResponse | None:
    if response.status_code == 200:
        response_200 = GetRateResponse.from_dict(_loads(response.content))

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
) -> Response[ErrorEnvelope | GetRateResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    amount: Decimal | Unset = Decimal("1.0"),
    currency_from: str | Unset = "USD",
    currency_to: str,
    fee_percentage: Decimal | Unset = UNSET,
    is_fee_paid_by_user: bool | Unset = UNSET,
    full: bool | Unset = False,
) -> Response[ErrorEnvelope | GetRateResponse]:
    """Get Exchange Rate

     Converts `amount` of `currency_from` (default USD) into `currency_to`, optionally after a fee. With
    `full=true` the fee and a timestamp are added. Numbers in the answer are JSON numbers. Scopes: read.

    Args:
        amount (Decimal | Unset):  Default: Decimal('1.0').
        currency_from (str | Unset):  Default: 'USD'.
        currency_to (str):
        fee_percentage (Decimal | Unset):
        is_fee_paid_by_user (bool | Unset):
        full (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetRateResponse]
    """

    kwargs = _get_kwargs(
        amount=amount,
        currency_from=currency_from,
        currency_to=currency_to,
        fee_percentage=fee_percentage,
        is_fee_paid_by_user=is_fee_paid_by_user,
        full=full,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    amount: Decimal | Unset = Decimal("1.0"),
    currency_from: str | Unset = "USD",
    currency_to: str,
    fee_percentage: Decimal | Unset = UNSET,
    is_fee_paid_by_user: bool | Unset = UNSET,
    full: bool | Unset = False,
) -> ErrorEnvelope | GetRateResponse | None:
    """Get Exchange Rate

     Converts `amount` of `currency_from` (default USD) into `currency_to`, optionally after a fee. With
    `full=true` the fee and a timestamp are added. Numbers in the answer are JSON numbers. Scopes: read.

    Args:
        amount (Decimal | Unset):  Default: Decimal('1.0').
        currency_from (str | Unset):  Default: 'USD'.
        currency_to (str):
        fee_percentage (Decimal | Unset):
        is_fee_paid_by_user (bool | Unset):
        full (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetRateResponse
    """

    return sync_detailed(
        client=client,
        amount=amount,
        currency_from=currency_from,
        currency_to=currency_to,
        fee_percentage=fee_percentage,
        is_fee_paid_by_user=is_fee_paid_by_user,
        full=full,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    amount: Decimal | Unset = Decimal("1.0"),
    currency_from: str | Unset = "USD",
    currency_to: str,
    fee_percentage: Decimal | Unset = UNSET,
    is_fee_paid_by_user: bool | Unset = UNSET,
    full: bool | Unset = False,
) -> Response[ErrorEnvelope | GetRateResponse]:
    """Get Exchange Rate

     Converts `amount` of `currency_from` (default USD) into `currency_to`, optionally after a fee. With
    `full=true` the fee and a timestamp are added. Numbers in the answer are JSON numbers. Scopes: read.

    Args:
        amount (Decimal | Unset):  Default: Decimal('1.0').
        currency_from (str | Unset):  Default: 'USD'.
        currency_to (str):
        fee_percentage (Decimal | Unset):
        is_fee_paid_by_user (bool | Unset):
        full (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetRateResponse]
    """

    kwargs = _get_kwargs(
        amount=amount,
        currency_from=currency_from,
        currency_to=currency_to,
        fee_percentage=fee_percentage,
        is_fee_paid_by_user=is_fee_paid_by_user,
        full=full,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    amount: Decimal | Unset = Decimal("1.0"),
    currency_from: str | Unset = "USD",
    currency_to: str,
    fee_percentage: Decimal | Unset = UNSET,
    is_fee_paid_by_user: bool | Unset = UNSET,
    full: bool | Unset = False,
) -> ErrorEnvelope | GetRateResponse | None:
    """Get Exchange Rate

     Converts `amount` of `currency_from` (default USD) into `currency_to`, optionally after a fee. With
    `full=true` the fee and a timestamp are added. Numbers in the answer are JSON numbers. Scopes: read.

    Args:
        amount (Decimal | Unset):  Default: Decimal('1.0').
        currency_from (str | Unset):  Default: 'USD'.
        currency_to (str):
        fee_percentage (Decimal | Unset):
        is_fee_paid_by_user (bool | Unset):
        full (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetRateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            amount=amount,
            currency_from=currency_from,
            currency_to=currency_to,
            fee_percentage=fee_percentage,
            is_fee_paid_by_user=is_fee_paid_by_user,
            full=full,
        )
    ).parsed
