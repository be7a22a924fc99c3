from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.create_o_auth_application_request import CreateOAuthApplicationRequest
from ...models.create_o_auth_application_response import CreateOAuthApplicationResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CreateOAuthApplicationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/o/apps/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateOAuthApplicationResponse | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = CreateOAuthApplicationResponse.from_dict(_loads(response.content))

        return response_201

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
) -> Response[CreateOAuthApplicationResponse | ErrorEnvelope]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOAuthApplicationRequest,
) -> Response[CreateOAuthApplicationResponse | ErrorEnvelope]:
    """Create OAuth Application

     Creates an OAuth application (confidential client, client-credentials grant) and returns its
    `client_id` and `client_secret`. Store the secret. Scopes: read, write.

    Args:
        body (CreateOAuthApplicationRequest): New OAuth application.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOAuthApplicationResponse | ErrorEnvelope]
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
    body: CreateOAuthApplicationRequest,
) -> CreateOAuthApplicationResponse | ErrorEnvelope | None:
    """Create OAuth Application

     Creates an OAuth application (confidential client, client-credentials grant) and returns its
    `client_id` and `client_secret`. Store the secret. Scopes: read, write.

    Args:
        body (CreateOAuthApplicationRequest): New OAuth application.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOAuthApplicationResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOAuthApplicationRequest,
) -> Response[CreateOAuthApplicationResponse | ErrorEnvelope]:
    """Create OAuth Application

     Creates an OAuth application (confidential client, client-credentials grant) and returns its
    `client_id` and `client_secret`. Store the secret. Scopes: read, write.

    Args:
        body (CreateOAuthApplicationRequest): New OAuth application.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOAuthApplicationResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateOAuthApplicationRequest,
) -> CreateOAuthApplicationResponse | ErrorEnvelope | None:
    """Create OAuth Application

     Creates an OAuth application (confidential client, client-credentials grant) and returns its
    `client_id` and `client_secret`. Store the secret. Scopes: read, write.

    Args:
        body (CreateOAuthApplicationRequest): New OAuth application.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOAuthApplicationResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
