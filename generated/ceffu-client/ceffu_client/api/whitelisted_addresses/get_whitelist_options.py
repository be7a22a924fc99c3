from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_whitelist_options_response import GetWhitelistOptionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    timestamp: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["timestamp"] = timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open-api/v1/wallet/whitelist/options",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | GetWhitelistOptionsResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetWhitelistOptionsResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetWhitelistOptionsResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorEnvelope.from_dict(data)

            return response_200_type_1

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

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_404

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
) -> Response[ErrorEnvelope | ErrorEnvelope | GetWhitelistOptionsResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetWhitelistOptionsResponse]:
    """Get Correspondent's Options

     Allowed values for the travel-rule fields of Add/Edit Whitelisted Address.

    Args:
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetWhitelistOptionsResponse]
    """

    kwargs = _get_kwargs(
        timestamp=timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetWhitelistOptionsResponse | None:
    """Get Correspondent's Options

     Allowed values for the travel-rule fields of Add/Edit Whitelisted Address.

    Args:
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetWhitelistOptionsResponse
    """

    return sync_detailed(
        client=client,
        timestamp=timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetWhitelistOptionsResponse]:
    """Get Correspondent's Options

     Allowed values for the travel-rule fields of Add/Edit Whitelisted Address.

    Args:
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetWhitelistOptionsResponse]
    """

    kwargs = _get_kwargs(
        timestamp=timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetWhitelistOptionsResponse | None:
    """Get Correspondent's Options

     Allowed values for the travel-rule fields of Add/Edit Whitelisted Address.

    Args:
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetWhitelistOptionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            timestamp=timestamp,
        )
    ).parsed
