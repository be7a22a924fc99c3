from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.mock_transaction import MockTransaction
from ...models.withdrawal_advance import WithdrawalAdvance
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_view_id: str,
    *,
    body: WithdrawalAdvance | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_mock/withdrawals/{order_view_id}/advance".format(
            order_view_id=quote(str(order_view_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MockTransaction | None:
    if response.status_code == 200:
        response_200 = MockTransaction.from_dict(_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(_loads(response.content))

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(_loads(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(_loads(response.content))

        return response_409

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
) -> Response[Error | MockTransaction]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_view_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WithdrawalAdvance | Unset = UNSET,
) -> Response[Error | MockTransaction]:
    """Advance a withdrawal

     Moves the withdrawal one step (10 -> 20 -> 30 -> 40) or straight to `to`. 40 completes it (funds
    leave, success webhook); 99 fails it (funds released, failure webhook).

    Args:
        order_view_id (str):
        body (WithdrawalAdvance | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MockTransaction]
    """

    kwargs = _get_kwargs(
        order_view_id=order_view_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_view_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WithdrawalAdvance | Unset = UNSET,
) -> Error | MockTransaction | None:
    """Advance a withdrawal

     Moves the withdrawal one step (10 -> 20 -> 30 -> 40) or straight to `to`. 40 completes it (funds
    leave, success webhook); 99 fails it (funds released, failure webhook).

    Args:
        order_view_id (str):
        body (WithdrawalAdvance | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MockTransaction
    """

    return sync_detailed(
        order_view_id=order_view_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    order_view_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WithdrawalAdvance | Unset = UNSET,
) -> Response[Error | MockTransaction]:
    """Advance a withdrawal

     Moves the withdrawal one step (10 -> 20 -> 30 -> 40) or straight to `to`. 40 completes it (funds
    leave, success webhook); 99 fails it (funds released, failure webhook).

    Args:
        order_view_id (str):
        body (WithdrawalAdvance | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MockTransaction]
    """

    kwargs = _get_kwargs(
        order_view_id=order_view_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_view_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WithdrawalAdvance | Unset = UNSET,
) -> Error | MockTransaction | None:
    """Advance a withdrawal

     Moves the withdrawal one step (10 -> 20 -> 30 -> 40) or straight to `to`. 40 completes it (funds
    leave, success webhook); 99 fails it (funds released, failure webhook).

    Args:
        order_view_id (str):
        body (WithdrawalAdvance | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MockTransaction
    """

    return (
        await asyncio_detailed(
            order_view_id=order_view_id,
            client=client,
            body=body,
        )
    ).parsed
