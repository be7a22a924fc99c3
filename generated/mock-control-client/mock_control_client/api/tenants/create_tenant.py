from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.tenant import Tenant
from ...models.tenant_create import TenantCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TenantCreate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_mock/tenants",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Tenant | None:
    if response.status_code == 200:
        response_200 = Tenant.from_dict(_loads(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Tenant]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TenantCreate | Unset = UNSET,
) -> Response[Error | Tenant]:
    """Create an isolated tenant

     A new tenant, seeded like a fresh mock, with fresh credentials in the provider's own formats (Ceffu
    an RSA key pair, Bitunix an API key and secret, xCurrency an app key, secret and RSA key, Cryptofuse
    an OAuth client). Requests made with them see only this tenant's state; `env` holds the `export`
    lines the provider's generated client reads. Shared by every worker serving the same store.

    Args:
        body (TenantCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Tenant]
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
    body: TenantCreate | Unset = UNSET,
) -> Error | Tenant | None:
    """Create an isolated tenant

     A new tenant, seeded like a fresh mock, with fresh credentials in the provider's own formats (Ceffu
    an RSA key pair, Bitunix an API key and secret, xCurrency an app key, secret and RSA key, Cryptofuse
    an OAuth client). Requests made with them see only this tenant's state; `env` holds the `export`
    lines the provider's generated client reads. Shared by every worker serving the same store.

    Args:
        body (TenantCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Tenant
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TenantCreate | Unset = UNSET,
) -> Response[Error | Tenant]:
    """Create an isolated tenant

     A new tenant, seeded like a fresh mock, with fresh credentials in the provider's own formats (Ceffu
    an RSA key pair, Bitunix an API key and secret, xCurrency an app key, secret and RSA key, Cryptofuse
    an OAuth client). Requests made with them see only this tenant's state; `env` holds the `export`
    lines the provider's generated client reads. Shared by every worker serving the same store.

    Args:
        body (TenantCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Tenant]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TenantCreate | Unset = UNSET,
) -> Error | Tenant | None:
    """Create an isolated tenant

     A new tenant, seeded like a fresh mock, with fresh credentials in the provider's own formats (Ceffu
    an RSA key pair, Bitunix an API key and secret, xCurrency an app key, secret and RSA key, Cryptofuse
    an OAuth client). Requests made with them see only this tenant's state; `env` holds the `export`
    lines the provider's generated client reads. Shared by every worker serving the same store.

    Args:
        body (TenantCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Tenant
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
