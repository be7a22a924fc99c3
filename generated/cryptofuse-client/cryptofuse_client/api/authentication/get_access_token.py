from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_access_token_response import GetAccessTokenResponse
from ...models.o_auth_error import OAuthError
from ...models.token_request import TokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/o/token/",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetAccessTokenResponse | OAuthError | None:
    if response.status_code == 200:
        response_200 = GetAccessTokenResponse.from_dict(_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(_loads(response.content))

        return response_401

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_429

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
) -> Response[ErrorEnvelope | GetAccessTokenResponse | OAuthError]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ErrorEnvelope | GetAccessTokenResponse | OAuthError]:
    """Get OAuth Token

     Issues an access token with the client-credentials grant. Public endpoint (no bearer token). Send
    `grant_type=client_credentials`, the space-separated `scope` (`read write` or `read write admin`)
    and the client credentials, either as the form fields `client_id`/`client_secret` or as HTTP Basic
    (`Authorization: Basic base64(client_id:client_secret)`). Errors follow RFC 6749 section 5.2.

    Args:
        body (TokenRequest): Client-credentials token request (form-encoded).
            `client_id`/`client_secret` may be omitted when they are sent by HTTP Basic.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetAccessTokenResponse | OAuthError]
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
    body: TokenRequest,
) -> ErrorEnvelope | GetAccessTokenResponse | OAuthError | None:
    """Get OAuth Token

     Issues an access token with the client-credentials grant. Public endpoint (no bearer token). Send
    `grant_type=client_credentials`, the space-separated `scope` (`read write` or `read write admin`)
    and the client credentials, either as the form fields `client_id`/`client_secret` or as HTTP Basic
    (`Authorization: Basic base64(client_id:client_secret)`). Errors follow RFC 6749 section 5.2.

    Args:
        body (TokenRequest): Client-credentials token request (form-encoded).
            `client_id`/`client_secret` may be omitted when they are sent by HTTP Basic.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetAccessTokenResponse | OAuthError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ErrorEnvelope | GetAccessTokenResponse | OAuthError]:
    """Get OAuth Token

     Issues an access token with the client-credentials grant. Public endpoint (no bearer token). Send
    `grant_type=client_credentials`, the space-separated `scope` (`read write` or `read write admin`)
    and the client credentials, either as the form fields `client_id`/`client_secret` or as HTTP Basic
    (`Authorization: Basic base64(client_id:client_secret)`). Errors follow RFC 6749 section 5.2.

    Args:
        body (TokenRequest): Client-credentials token request (form-encoded).
            `client_id`/`client_secret` may be omitted when they are sent by HTTP Basic.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetAccessTokenResponse | OAuthError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> ErrorEnvelope | GetAccessTokenResponse | OAuthError | None:
    """Get OAuth Token

     Issues an access token with the client-credentials grant. Public endpoint (no bearer token). Send
    `grant_type=client_credentials`, the space-separated `scope` (`read write` or `read write admin`)
    and the client credentials, either as the form fields `client_id`/`client_secret` or as HTTP Basic
    (`Authorization: Basic base64(client_id:client_secret)`). Errors follow RFC 6749 section 5.2.

    Args:
        body (TokenRequest): Client-credentials token request (form-encoded).
            `client_id`/`client_secret` may be omitted when they are sent by HTTP Basic.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetAccessTokenResponse | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
