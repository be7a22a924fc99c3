from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.settings import Settings
from ...models.settings_update import SettingsUpdate
from ...types import Response


def _get_kwargs(
    *,
    body: SettingsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_mock/settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Settings | None:
    if response.status_code == 200:
        response_200 = Settings.from_dict(_loads(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Settings]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SettingsUpdate,
) -> Response[Error | Settings]:
    """Change the mock's settings

     Fields left out keep their value.

    Args:
        body (SettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Settings]
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
    client: AuthenticatedClient | Client,
    body: SettingsUpdate,
) -> Error | Settings | None:
    """Change the mock's settings

     Fields left out keep their value.

    Args:
        body (SettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Settings
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SettingsUpdate,
) -> Response[Error | Settings]:
    """Change the mock's settings

     Fields left out keep their value.

    Args:
        body (SettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Settings]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SettingsUpdate,
) -> Error | Settings | None:
    """Change the mock's settings

     Fields left out keep their value.

    Args:
        body (SettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Settings
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
