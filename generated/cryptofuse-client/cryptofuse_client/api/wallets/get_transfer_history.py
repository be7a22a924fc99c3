from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_transfer_history_request import GetTransferHistoryRequest
from ...models.get_transfer_history_response import GetTransferHistoryResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetTransferHistoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/wallets/transfer-history/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetTransferHistoryResponse | None:
    if response.status_code == 200:
        response_200 = GetTransferHistoryResponse.from_dict(_loads(response.content))

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
) -> Response[ErrorEnvelope | GetTransferHistoryResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetTransferHistoryRequest,
) -> Response[ErrorEnvelope | GetTransferHistoryResponse]:
    """Transfer History

     Internal transfers of one wallet (master -> wallet `to_sub`, wallet -> master `to_master`), filtered
    and offset-paginated (`limit`/`offset` in the body). Scopes: read, write.

    Args:
        body (GetTransferHistoryRequest): Wallet and filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetTransferHistoryResponse]
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
    body: GetTransferHistoryRequest,
) -> ErrorEnvelope | GetTransferHistoryResponse | None:
    """Transfer History

     Internal transfers of one wallet (master -> wallet `to_sub`, wallet -> master `to_master`), filtered
    and offset-paginated (`limit`/`offset` in the body). Scopes: read, write.

    Args:
        body (GetTransferHistoryRequest): Wallet and filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetTransferHistoryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetTransferHistoryRequest,
) -> Response[ErrorEnvelope | GetTransferHistoryResponse]:
    """Transfer History

     Internal transfers of one wallet (master -> wallet `to_sub`, wallet -> master `to_master`), filtered
    and offset-paginated (`limit`/`offset` in the body). Scopes: read, write.

    Args:
        body (GetTransferHistoryRequest): Wallet and filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetTransferHistoryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetTransferHistoryRequest,
) -> ErrorEnvelope | GetTransferHistoryResponse | None:
    """Transfer History

     Internal transfers of one wallet (master -> wallet `to_sub`, wallet -> master `to_master`), filtered
    and offset-paginated (`limit`/`offset` in the body). Scopes: read, write.

    Args:
        body (GetTransferHistoryRequest): Wallet and filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetTransferHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
