from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.o_auth_application import OAuthApplication
from ...models.o_auth_application_page import OAuthApplicationPage
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/o/apps/",
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | list[OAuthApplication] | OAuthApplicationPage | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[OAuthApplication] | OAuthApplicationPage:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_list_o_auth_applications_response_type_0 = []
                _componentsschemas_list_o_auth_applications_response_type_0 = data
                for (
                    componentsschemas_list_o_auth_applications_response_type_0_item_data
                ) in _componentsschemas_list_o_auth_applications_response_type_0:
                    componentsschemas_list_o_auth_applications_response_type_0_item = OAuthApplication.from_dict(
                        componentsschemas_list_o_auth_applications_response_type_0_item_data
                    )

                    componentsschemas_list_o_auth_applications_response_type_0.append(
                        componentsschemas_list_o_auth_applications_response_type_0_item
                    )

                return componentsschemas_list_o_auth_applications_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_list_o_auth_applications_response_type_1 = OAuthApplicationPage.from_dict(data)

            return componentsschemas_list_o_auth_applications_response_type_1

        response_200 = _parse_response_200(_loads(response.content))

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
) -> Response[ErrorEnvelope | list[OAuthApplication] | OAuthApplicationPage]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | list[OAuthApplication] | OAuthApplicationPage]:
    """List OAuth Applications

     Lists the OAuth applications of the tenant. Scopes: read, write. The docs show two shapes (a bare
    array, and `{count, results}`); both are accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[OAuthApplication] | OAuthApplicationPage]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | list[OAuthApplication] | OAuthApplicationPage | None:
    """List OAuth Applications

     Lists the OAuth applications of the tenant. Scopes: read, write. The docs show two shapes (a bare
    array, and `{count, results}`); both are accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[OAuthApplication] | OAuthApplicationPage
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | list[OAuthApplication] | OAuthApplicationPage]:
    """List OAuth Applications

     Lists the OAuth applications of the tenant. Scopes: read, write. The docs show two shapes (a bare
    array, and `{count, results}`); both are accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[OAuthApplication] | OAuthApplicationPage]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | list[OAuthApplication] | OAuthApplicationPage | None:
    """List OAuth Applications

     Lists the OAuth applications of the tenant. Scopes: read, write. The docs show two shapes (a bare
    array, and `{count, results}`); both are accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[OAuthApplication] | OAuthApplicationPage
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
