from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.address_validation import AddressValidation
from ...models.error_envelope import ErrorEnvelope
from ...models.validate_address_request import ValidateAddressRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ValidateAddressRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/withdrawal/validate-address/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddressValidation | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AddressValidation.from_dict(_loads(response.content))

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
) -> Response[AddressValidation | ErrorEnvelope]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ValidateAddressRequest,
) -> Response[AddressValidation | ErrorEnvelope]:
    """Validate Address

     Checks whether `address` is valid for a currency, blockchain or address type. Send at least one of
    `currency`, `blockchain`, `type`. An invalid address is answered 200 with `is_valid: false` and an
    `error_message`. Scopes: read, write.

    Args:
        body (ValidateAddressRequest): Address to validate. Send at least one of `currency`,
            `blockchain`, `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddressValidation | ErrorEnvelope]
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
    body: ValidateAddressRequest,
) -> AddressValidation | ErrorEnvelope | None:
    """Validate Address

     Checks whether `address` is valid for a currency, blockchain or address type. Send at least one of
    `currency`, `blockchain`, `type`. An invalid address is answered 200 with `is_valid: false` and an
    `error_message`. Scopes: read, write.

    Args:
        body (ValidateAddressRequest): Address to validate. Send at least one of `currency`,
            `blockchain`, `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddressValidation | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ValidateAddressRequest,
) -> Response[AddressValidation | ErrorEnvelope]:
    """Validate Address

     Checks whether `address` is valid for a currency, blockchain or address type. Send at least one of
    `currency`, `blockchain`, `type`. An invalid address is answered 200 with `is_valid: false` and an
    `error_message`. Scopes: read, write.

    Args:
        body (ValidateAddressRequest): Address to validate. Send at least one of `currency`,
            `blockchain`, `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddressValidation | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ValidateAddressRequest,
) -> AddressValidation | ErrorEnvelope | None:
    """Validate Address

     Checks whether `address` is valid for a currency, blockchain or address type. Send at least one of
    `currency`, `blockchain`, `type`. An invalid address is answered 200 with `is_valid: false` and an
    `error_message`. Scopes: read, write.

    Args:
        body (ValidateAddressRequest): Address to validate. Send at least one of `currency`,
            `blockchain`, `type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddressValidation | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
