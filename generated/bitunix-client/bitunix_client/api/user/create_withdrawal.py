from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.create_withdrawal_request import CreateWithdrawalRequest
from ...models.create_withdrawal_response import CreateWithdrawalResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CreateWithdrawalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/spot/v1/withdraw",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateWithdrawalResponse | ErrorEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CreateWithdrawalResponse | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CreateWithdrawalResponse.from_dict(data)

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
) -> Response[CreateWithdrawalResponse | ErrorEnvelope | ErrorEnvelope]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWithdrawalRequest,
) -> Response[CreateWithdrawalResponse | ErrorEnvelope | ErrorEnvelope]:
    """Submit withdrawal request

     On-chain withdrawal. Only to addresses (or accounts) added to the **quick-withdrawal** list on the
    website or app
    (otherwise `110008`); only with an API key that has the withdrawal permission. `amount` includes the
    fee:
    received = `amount` - fee (below the fee: `110007`). Coins like XRP need the tag/memo of the
    destination in
    `memo` - a wrong memo loses the funds. `data` is the withdrawal id as a bare string (the table's
    `{withdrawId}`
    object is contradicted by the example; contradiction 2). A new withdrawal starts `pending` (the
    docs' history
    example shows a fresh withdrawal as `"status": "pending"`); it may pass through `verification` when
    the app
    asks for a security check. Follow it with `listWithdrawTransfers`.

    Args:
        body (CreateWithdrawalRequest): Withdrawal to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWithdrawalResponse | ErrorEnvelope | ErrorEnvelope]
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
    body: CreateWithdrawalRequest,
) -> CreateWithdrawalResponse | ErrorEnvelope | ErrorEnvelope | None:
    """Submit withdrawal request

     On-chain withdrawal. Only to addresses (or accounts) added to the **quick-withdrawal** list on the
    website or app
    (otherwise `110008`); only with an API key that has the withdrawal permission. `amount` includes the
    fee:
    received = `amount` - fee (below the fee: `110007`). Coins like XRP need the tag/memo of the
    destination in
    `memo` - a wrong memo loses the funds. `data` is the withdrawal id as a bare string (the table's
    `{withdrawId}`
    object is contradicted by the example; contradiction 2). A new withdrawal starts `pending` (the
    docs' history
    example shows a fresh withdrawal as `"status": "pending"`); it may pass through `verification` when
    the app
    asks for a security check. Follow it with `listWithdrawTransfers`.

    Args:
        body (CreateWithdrawalRequest): Withdrawal to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWithdrawalResponse | ErrorEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWithdrawalRequest,
) -> Response[CreateWithdrawalResponse | ErrorEnvelope | ErrorEnvelope]:
    """Submit withdrawal request

     On-chain withdrawal. Only to addresses (or accounts) added to the **quick-withdrawal** list on the
    website or app
    (otherwise `110008`); only with an API key that has the withdrawal permission. `amount` includes the
    fee:
    received = `amount` - fee (below the fee: `110007`). Coins like XRP need the tag/memo of the
    destination in
    `memo` - a wrong memo loses the funds. `data` is the withdrawal id as a bare string (the table's
    `{withdrawId}`
    object is contradicted by the example; contradiction 2). A new withdrawal starts `pending` (the
    docs' history
    example shows a fresh withdrawal as `"status": "pending"`); it may pass through `verification` when
    the app
    asks for a security check. Follow it with `listWithdrawTransfers`.

    Args:
        body (CreateWithdrawalRequest): Withdrawal to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWithdrawalResponse | ErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWithdrawalRequest,
) -> CreateWithdrawalResponse | ErrorEnvelope | ErrorEnvelope | None:
    """Submit withdrawal request

     On-chain withdrawal. Only to addresses (or accounts) added to the **quick-withdrawal** list on the
    website or app
    (otherwise `110008`); only with an API key that has the withdrawal permission. `amount` includes the
    fee:
    received = `amount` - fee (below the fee: `110007`). Coins like XRP need the tag/memo of the
    destination in
    `memo` - a wrong memo loses the funds. `data` is the withdrawal id as a bare string (the table's
    `{withdrawId}`
    object is contradicted by the example; contradiction 2). A new withdrawal starts `pending` (the
    docs' history
    example shows a fresh withdrawal as `"status": "pending"`); it may pass through `verification` when
    the app
    asks for a security check. Follow it with `listWithdrawTransfers`.

    Args:
        body (CreateWithdrawalRequest): Withdrawal to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWithdrawalResponse | ErrorEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
