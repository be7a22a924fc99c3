from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.clock import Clock
from ...models.error import Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_mock/clock",
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Clock | Error | None:
    if response.status_code == 200:
        response_200 = Clock.from_dict(_loads(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Clock | Error]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Clock | Error]:
    """Read the mock's clock

     Current time on the mock's clock and its offset from real time (both ms).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Clock | Error]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Clock | Error | None:
    """Read the mock's clock

     Current time on the mock's clock and its offset from real time (both ms).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Clock | Error
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Clock | Error]:
    """Read the mock's clock

     Current time on the mock's clock and its offset from real time (both ms).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Clock | Error]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Clock | Error | None:
    """Read the mock's clock

     Current time on the mock's clock and its offset from real time (both ms).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Clock | Error
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
