import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_withdrawals_response import ListWithdrawalsResponse
from ...models.list_withdrawals_sort import ListWithdrawalsSort
from ...models.withdrawal_status import WithdrawalStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: WithdrawalStatus | Unset = UNSET,
    blockchain: str | Unset = UNSET,
    token: str | Unset = UNSET,
    custom_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    sort: ListWithdrawalsSort | Unset = "created_desc",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["blockchain"] = blockchain

    params["token"] = token

    params["custom_id"] = custom_id

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["limit"] = limit

    params["offset"] = offset

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/withdrawal/",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ListWithdrawalsResponse | None:
    if response.status_code == 200:
        response_200 = ListWithdrawalsResponse.from_dict(_loads(response.content))

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
) -> Response[ErrorEnvelope | ListWithdrawalsResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: WithdrawalStatus | Unset = UNSET,
    blockchain: str | Unset = UNSET,
    token: str | Unset = UNSET,
    custom_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    sort: ListWithdrawalsSort | Unset = "created_desc",
) -> Response[ErrorEnvelope | ListWithdrawalsResponse]:
    """List Withdrawals

     Lists withdrawals with filters and offset-based pagination. Scopes: read, write.

    Args:
        status (WithdrawalStatus | Unset): `pending` created, awaiting processing; `approved`
            approved for sending; `processing` being prepared; `submitted` broadcast; `confirmed`
            confirmed on chain; `completed` done; `rejected` refused (e.g. compliance, balance);
            `failed` failed on chain or in processing; `cancelled` cancelled. The current pages show
            `pending`, `completed`, `failed`, `rejected`; the full list is the List Withdrawals filter
            enumeration.
        blockchain (str | Unset):
        token (str | Unset):
        custom_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        sort (ListWithdrawalsSort | Unset):  Default: 'created_desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListWithdrawalsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        blockchain=blockchain,
        token=token,
        custom_id=custom_id,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: WithdrawalStatus | Unset = UNSET,
    blockchain: str | Unset = UNSET,
    token: str | Unset = UNSET,
    custom_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    sort: ListWithdrawalsSort | Unset = "created_desc",
) -> ErrorEnvelope | ListWithdrawalsResponse | None:
    """List Withdrawals

     Lists withdrawals with filters and offset-based pagination. Scopes: read, write.

    Args:
        status (WithdrawalStatus | Unset): `pending` created, awaiting processing; `approved`
            approved for sending; `processing` being prepared; `submitted` broadcast; `confirmed`
            confirmed on chain; `completed` done; `rejected` refused (e.g. compliance, balance);
            `failed` failed on chain or in processing; `cancelled` cancelled. The current pages show
            `pending`, `completed`, `failed`, `rejected`; the full list is the List Withdrawals filter
            enumeration.
        blockchain (str | Unset):
        token (str | Unset):
        custom_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        sort (ListWithdrawalsSort | Unset):  Default: 'created_desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListWithdrawalsResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        blockchain=blockchain,
        token=token,
        custom_id=custom_id,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: WithdrawalStatus | Unset = UNSET,
    blockchain: str | Unset = UNSET,
    token: str | Unset = UNSET,
    custom_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    sort: ListWithdrawalsSort | Unset = "created_desc",
) -> Response[ErrorEnvelope | ListWithdrawalsResponse]:
    """List Withdrawals

     Lists withdrawals with filters and offset-based pagination. Scopes: read, write.

    Args:
        status (WithdrawalStatus | Unset): `pending` created, awaiting processing; `approved`
            approved for sending; `processing` being prepared; `submitted` broadcast; `confirmed`
            confirmed on chain; `completed` done; `rejected` refused (e.g. compliance, balance);
            `failed` failed on chain or in processing; `cancelled` cancelled. The current pages show
            `pending`, `completed`, `failed`, `rejected`; the full list is the List Withdrawals filter
            enumeration.
        blockchain (str | Unset):
        token (str | Unset):
        custom_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        sort (ListWithdrawalsSort | Unset):  Default: 'created_desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListWithdrawalsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        blockchain=blockchain,
        token=token,
        custom_id=custom_id,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: WithdrawalStatus | Unset = UNSET,
    blockchain: str | Unset = UNSET,
    token: str | Unset = UNSET,
    custom_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    sort: ListWithdrawalsSort | Unset = "created_desc",
) -> ErrorEnvelope | ListWithdrawalsResponse | None:
    """List Withdrawals

     Lists withdrawals with filters and offset-based pagination. Scopes: read, write.

    Args:
        status (WithdrawalStatus | Unset): `pending` created, awaiting processing; `approved`
            approved for sending; `processing` being prepared; `submitted` broadcast; `confirmed`
            confirmed on chain; `completed` done; `rejected` refused (e.g. compliance, balance);
            `failed` failed on chain or in processing; `cancelled` cancelled. The current pages show
            `pending`, `completed`, `failed`, `rejected`; the full list is the List Withdrawals filter
            enumeration.
        blockchain (str | Unset):
        token (str | Unset):
        custom_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        sort (ListWithdrawalsSort | Unset):  Default: 'created_desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListWithdrawalsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            blockchain=blockchain,
            token=token,
            custom_id=custom_id,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            offset=offset,
            sort=sort,
        )
    ).parsed
