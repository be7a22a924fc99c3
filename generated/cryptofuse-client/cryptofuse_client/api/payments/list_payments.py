from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_payments_response import ListPaymentsResponse
from ...models.payment_status import PaymentStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    status: PaymentStatus | Unset = UNSET,
    currency: str | Unset = UNSET,
    blockchain: str | Unset = UNSET,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["currency"] = currency

    params["blockchain"] = blockchain

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ListPaymentsResponse | None:
    if response.status_code == 200:
        response_200 = ListPaymentsResponse.from_dict(_loads(response.content))

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
) -> Response[ErrorEnvelope | ListPaymentsResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    status: PaymentStatus | Unset = UNSET,
    currency: str | Unset = UNSET,
    blockchain: str | Unset = UNSET,
    token: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ListPaymentsResponse]:
    """List Payments

     Lists payments, newest first, with offset-based pagination. Scopes: read, write.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        status (PaymentStatus | Unset): `waiting` created, awaiting funds; `confirming` funds
            seen, awaiting confirmations; `confirmed` confirmations reached (listed as a filter value
            by the current List Payments page); `sending` being credited/forwarded (same source);
            `completed` fully paid and credited; `partially_completed` partly paid and the window
            expired (the received amount is credited); `expired` nothing paid in time; `failed`
            failed.
        currency (str | Unset):
        blockchain (str | Unset):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListPaymentsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        status=status,
        currency=currency,
        blockchain=blockchain,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    status: PaymentStatus | Unset = UNSET,
    currency: str | Unset = UNSET,
    blockchain: str | Unset = UNSET,
    token: str | Unset = UNSET,
) -> ErrorEnvelope | ListPaymentsResponse | None:
    """List Payments

     Lists payments, newest first, with offset-based pagination. Scopes: read, write.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        status (PaymentStatus | Unset): `waiting` created, awaiting funds; `confirming` funds
            seen, awaiting confirmations; `confirmed` confirmations reached (listed as a filter value
            by the current List Payments page); `sending` being credited/forwarded (same source);
            `completed` fully paid and credited; `partially_completed` partly paid and the window
            expired (the received amount is credited); `expired` nothing paid in time; `failed`
            failed.
        currency (str | Unset):
        blockchain (str | Unset):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListPaymentsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        status=status,
        currency=currency,
        blockchain=blockchain,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    status: PaymentStatus | Unset = UNSET,
    currency: str | Unset = UNSET,
    blockchain: str | Unset = UNSET,
    token: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ListPaymentsResponse]:
    """List Payments

     Lists payments, newest first, with offset-based pagination. Scopes: read, write.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        status (PaymentStatus | Unset): `waiting` created, awaiting funds; `confirming` funds
            seen, awaiting confirmations; `confirmed` confirmations reached (listed as a filter value
            by the current List Payments page); `sending` being credited/forwarded (same source);
            `completed` fully paid and credited; `partially_completed` partly paid and the window
            expired (the received amount is credited); `expired` nothing paid in time; `failed`
            failed.
        currency (str | Unset):
        blockchain (str | Unset):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListPaymentsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        status=status,
        currency=currency,
        blockchain=blockchain,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    status: PaymentStatus | Unset = UNSET,
    currency: str | Unset = UNSET,
    blockchain: str | Unset = UNSET,
    token: str | Unset = UNSET,
) -> ErrorEnvelope | ListPaymentsResponse | None:
    """List Payments

     Lists payments, newest first, with offset-based pagination. Scopes: read, write.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        status (PaymentStatus | Unset): `waiting` created, awaiting funds; `confirming` funds
            seen, awaiting confirmations; `confirmed` confirmations reached (listed as a filter value
            by the current List Payments page); `sending` being credited/forwarded (same source);
            `completed` fully paid and credited; `partially_completed` partly paid and the window
            expired (the received amount is credited); `expired` nothing paid in time; `failed`
            failed.
        currency (str | Unset):
        blockchain (str | Unset):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListPaymentsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            status=status,
            currency=currency,
            blockchain=blockchain,
            token=token,
        )
    ).parsed
