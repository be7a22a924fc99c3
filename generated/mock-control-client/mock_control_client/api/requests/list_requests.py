from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.request_list import RequestList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    operation: str | Unset = UNSET,
    status: int | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["operation"] = operation

    params["status"] = status

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_mock/requests",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RequestList | None:
    if response.status_code == 200:
        response_200 = RequestList.from_dict(_loads(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | RequestList]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    operation: str | Unset = UNSET,
    status: int | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Error | RequestList]:
    """Read the request journal

     The last requests to the provider API (control requests are not journaled), oldest first: method,
    path
    (without query string), operationId, HTTP status, provider code, duration and, for a refused
    request,
    the reason (the field that failed validation, a bad signature, a stale timestamp...). Never headers
    or
    bodies. The mock keeps the last 1000; a reset empties the journal.

    Args:
        operation (str | Unset):
        status (int | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RequestList]
    """

    kwargs = _get_kwargs(
        operation=operation,
        status=status,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    operation: str | Unset = UNSET,
    status: int | Unset = UNSET,
    limit: int | Unset = 100,
) -> Error | RequestList | None:
    """Read the request journal

     The last requests to the provider API (control requests are not journaled), oldest first: method,
    path
    (without query string), operationId, HTTP status, provider code, duration and, for a refused
    request,
    the reason (the field that failed validation, a bad signature, a stale timestamp...). Never headers
    or
    bodies. The mock keeps the last 1000; a reset empties the journal.

    Args:
        operation (str | Unset):
        status (int | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RequestList
    """

    return sync_detailed(
        client=client,
        operation=operation,
        status=status,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    operation: str | Unset = UNSET,
    status: int | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Error | RequestList]:
    """Read the request journal

     The last requests to the provider API (control requests are not journaled), oldest first: method,
    path
    (without query string), operationId, HTTP status, provider code, duration and, for a refused
    request,
    the reason (the field that failed validation, a bad signature, a stale timestamp...). Never headers
    or
    bodies. The mock keeps the last 1000; a reset empties the journal.

    Args:
        operation (str | Unset):
        status (int | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RequestList]
    """

    kwargs = _get_kwargs(
        operation=operation,
        status=status,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    operation: str | Unset = UNSET,
    status: int | Unset = UNSET,
    limit: int | Unset = 100,
) -> Error | RequestList | None:
    """Read the request journal

     The last requests to the provider API (control requests are not journaled), oldest first: method,
    path
    (without query string), operationId, HTTP status, provider code, duration and, for a refused
    request,
    the reason (the field that failed validation, a bad signature, a stale timestamp...). Never headers
    or
    bodies. The mock keeps the last 1000; a reset empties the journal.

    Args:
        operation (str | Unset):
        status (int | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RequestList
    """

    return (
        await asyncio_detailed(
            client=client,
            operation=operation,
            status=status,
            limit=limit,
        )
    ).parsed
