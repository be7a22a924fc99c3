from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.state_snapshot import StateSnapshot
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_mock/state",
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | StateSnapshot | None:
    if response.status_code == 200:
        response_200 = StateSnapshot.from_dict(_loads(response.content))

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | StateSnapshot]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | StateSnapshot]:
    """Dump the whole state

     The calling tenant's rows in the mock's store (every table, including webhook targets and
    deliveries) and the shared settings (clock offset, faults, provider settings). The inner layout is
    an implementation detail. Scoped by the X-Mock-Tenant header like every control call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StateSnapshot]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Error | StateSnapshot | None:
    """Dump the whole state

     The calling tenant's rows in the mock's store (every table, including webhook targets and
    deliveries) and the shared settings (clock offset, faults, provider settings). The inner layout is
    an implementation detail. Scoped by the X-Mock-Tenant header like every control call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StateSnapshot
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | StateSnapshot]:
    """Dump the whole state

     The calling tenant's rows in the mock's store (every table, including webhook targets and
    deliveries) and the shared settings (clock offset, faults, provider settings). The inner layout is
    an implementation detail. Scoped by the X-Mock-Tenant header like every control call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StateSnapshot]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Error | StateSnapshot | None:
    """Dump the whole state

     The calling tenant's rows in the mock's store (every table, including webhook targets and
    deliveries) and the shared settings (clock offset, faults, provider settings). The inner layout is
    an implementation detail. Scoped by the X-Mock-Tenant header like every control call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StateSnapshot
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
