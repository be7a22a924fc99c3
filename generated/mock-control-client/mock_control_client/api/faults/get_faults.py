from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fault_config import FaultConfig
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_mock/faults",
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FaultConfig | None:
    if response.status_code == 200:
        response_200 = FaultConfig.from_dict(_loads(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | FaultConfig]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | FaultConfig]:
    """Read the fault injection configuration

     The fault injection settings applied to provider requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FaultConfig]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Error | FaultConfig | None:
    """Read the fault injection configuration

     The fault injection settings applied to provider requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FaultConfig
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | FaultConfig]:
    """Read the fault injection configuration

     The fault injection settings applied to provider requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FaultConfig]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Error | FaultConfig | None:
    """Read the fault injection configuration

     The fault injection settings applied to provider requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FaultConfig
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
