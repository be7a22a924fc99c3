from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_token_request import GetTokenRequest
from ...models.get_token_response import GetTokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payout/oauth/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetTokenResponse | None:
    if response.status_code == 200:
        response_200 = GetTokenResponse.from_dict(_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_400

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
) -> Response[ErrorEnvelope | GetTokenResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTokenRequest,
) -> Response[ErrorEnvelope | GetTokenResponse]:
    """Get token

     Issues the `token` header value from the App Key and Secret Key. The token expires one hour after
    issue; get a new one before it expires or after a `token expired` / `token invalid` rejection. From
    the legacy payout api-reference §1.1 (x-inferred to authenticate the top-up API too). The reference
    lists no headers for this call: it is unauthenticated (`security: []`); sending `appkey` is
    harmless.

    Args:
        body (GetTokenRequest): App credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetTokenResponse]
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
    body: GetTokenRequest,
) -> ErrorEnvelope | GetTokenResponse | None:
    """Get token

     Issues the `token` header value from the App Key and Secret Key. The token expires one hour after
    issue; get a new one before it expires or after a `token expired` / `token invalid` rejection. From
    the legacy payout api-reference §1.1 (x-inferred to authenticate the top-up API too). The reference
    lists no headers for this call: it is unauthenticated (`security: []`); sending `appkey` is
    harmless.

    Args:
        body (GetTokenRequest): App credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTokenRequest,
) -> Response[ErrorEnvelope | GetTokenResponse]:
    """Get token

     Issues the `token` header value from the App Key and Secret Key. The token expires one hour after
    issue; get a new one before it expires or after a `token expired` / `token invalid` rejection. From
    the legacy payout api-reference §1.1 (x-inferred to authenticate the top-up API too). The reference
    lists no headers for this call: it is unauthenticated (`security: []`); sending `appkey` is
    harmless.

    Args:
        body (GetTokenRequest): App credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetTokenRequest,
) -> ErrorEnvelope | GetTokenResponse | None:
    """Get token

     Issues the `token` header value from the App Key and Secret Key. The token expires one hour after
    issue; get a new one before it expires or after a `token expired` / `token invalid` rejection. From
    the legacy payout api-reference §1.1 (x-inferred to authenticate the top-up API too). The reference
    lists no headers for this call: it is unauthenticated (`security: []`); sending `appkey` is
    harmless.

    Args:
        body (GetTokenRequest): App credentials.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
