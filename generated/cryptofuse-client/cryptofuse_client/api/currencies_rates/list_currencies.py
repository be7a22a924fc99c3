from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.currency_list_full import CurrencyListFull
from ...models.currency_list_simple import CurrencyListSimple
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    full: bool | Unset = False,
    min_max: bool | Unset = False,
    include_usd: bool | Unset = False,
    withdrawal: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["full"] = full

    params["min_max"] = min_max

    params["include_usd"] = include_usd

    params["withdrawal"] = withdrawal

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/currencies/",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CurrencyListFull | CurrencyListSimple | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CurrencyListFull | CurrencyListSimple:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_list_currencies_response_type_0 = CurrencyListFull.from_dict(data)

                return componentsschemas_list_currencies_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_list_currencies_response_type_1 = CurrencyListSimple.from_dict(data)

            return componentsschemas_list_currencies_response_type_1

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
) -> Response[CurrencyListFull | CurrencyListSimple | ErrorEnvelope]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    full: bool | Unset = False,
    min_max: bool | Unset = False,
    include_usd: bool | Unset = False,
    withdrawal: bool | Unset = False,
) -> Response[CurrencyListFull | CurrencyListSimple | ErrorEnvelope]:
    """Get Available Currencies

     Currencies available for deposits (default) or withdrawals (`withdrawal=true`). Without `full` the
    answer is a list of codes; with `full=true` a list of objects (with `min_max=true` the limits, with
    `include_usd=true` also in USD). Scopes: read, write.

    Args:
        full (bool | Unset):  Default: False.
        min_max (bool | Unset):  Default: False.
        include_usd (bool | Unset):  Default: False.
        withdrawal (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurrencyListFull | CurrencyListSimple | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        full=full,
        min_max=min_max,
        include_usd=include_usd,
        withdrawal=withdrawal,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    full: bool | Unset = False,
    min_max: bool | Unset = False,
    include_usd: bool | Unset = False,
    withdrawal: bool | Unset = False,
) -> CurrencyListFull | CurrencyListSimple | ErrorEnvelope | None:
    """Get Available Currencies

     Currencies available for deposits (default) or withdrawals (`withdrawal=true`). Without `full` the
    answer is a list of codes; with `full=true` a list of objects (with `min_max=true` the limits, with
    `include_usd=true` also in USD). Scopes: read, write.

    Args:
        full (bool | Unset):  Default: False.
        min_max (bool | Unset):  Default: False.
        include_usd (bool | Unset):  Default: False.
        withdrawal (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurrencyListFull | CurrencyListSimple | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        full=full,
        min_max=min_max,
        include_usd=include_usd,
        withdrawal=withdrawal,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    full: bool | Unset = False,
    min_max: bool | Unset = False,
    include_usd: bool | Unset = False,
    withdrawal: bool | Unset = False,
) -> Response[CurrencyListFull | CurrencyListSimple | ErrorEnvelope]:
    """Get Available Currencies

     Currencies available for deposits (default) or withdrawals (`withdrawal=true`). Without `full` the
    answer is a list of codes; with `full=true` a list of objects (with `min_max=true` the limits, with
    `include_usd=true` also in USD). Scopes: read, write.

    Args:
        full (bool | Unset):  Default: False.
        min_max (bool | Unset):  Default: False.
        include_usd (bool | Unset):  Default: False.
        withdrawal (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurrencyListFull | CurrencyListSimple | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        full=full,
        min_max=min_max,
        include_usd=include_usd,
        withdrawal=withdrawal,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    full: bool | Unset = False,
    min_max: bool | Unset = False,
    include_usd: bool | Unset = False,
    withdrawal: bool | Unset = False,
) -> CurrencyListFull | CurrencyListSimple | ErrorEnvelope | None:
    """Get Available Currencies

     Currencies available for deposits (default) or withdrawals (`withdrawal=true`). Without `full` the
    answer is a list of codes; with `full=true` a list of objects (with `min_max=true` the limits, with
    `include_usd=true` also in USD). Scopes: read, write.

    Args:
        full (bool | Unset):  Default: False.
        min_max (bool | Unset):  Default: False.
        include_usd (bool | Unset):  Default: False.
        withdrawal (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurrencyListFull | CurrencyListSimple | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            full=full,
            min_max=min_max,
            include_usd=include_usd,
            withdrawal=withdrawal,
        )
    ).parsed
