from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.xcurrency_quote_expiry import XcurrencyQuoteExpiry
from ...types import Response


def _get_kwargs(
    query_no: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_mock/xcurrency/quotes/{query_no}/expire".format(
            query_no=quote(str(query_no), safe=""),
        ),
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | XcurrencyQuoteExpiry | None:
    if response.status_code == 200:
        response_200 = XcurrencyQuoteExpiry.from_dict(_loads(response.content))

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | XcurrencyQuoteExpiry]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    query_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | XcurrencyQuoteExpiry]:
    """Expire a quote now

     A later `createTopupOrder` with this quote answers `quote expired`.

    Args:
        query_no (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | XcurrencyQuoteExpiry]
    """

    kwargs = _get_kwargs(
        query_no=query_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    query_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | XcurrencyQuoteExpiry | None:
    """Expire a quote now

     A later `createTopupOrder` with this quote answers `quote expired`.

    Args:
        query_no (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | XcurrencyQuoteExpiry
    """

    return sync_detailed(
        query_no=query_no,
        client=client,
    ).parsed


async def asyncio_detailed(
    query_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | XcurrencyQuoteExpiry]:
    """Expire a quote now

     A later `createTopupOrder` with this quote answers `quote expired`.

    Args:
        query_no (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | XcurrencyQuoteExpiry]
    """

    kwargs = _get_kwargs(
        query_no=query_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    query_no: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | XcurrencyQuoteExpiry | None:
    """Expire a quote now

     A later `createTopupOrder` with this quote answers `quote expired`.

    Args:
        query_no (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | XcurrencyQuoteExpiry
    """

    return (
        await asyncio_detailed(
            query_no=query_no,
            client=client,
        )
    ).parsed
