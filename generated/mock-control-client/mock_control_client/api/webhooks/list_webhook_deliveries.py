from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.delivery_list import DeliveryList
from ...models.error import Error
from ...models.list_webhook_deliveries_state import ListWebhookDeliveriesState
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state: ListWebhookDeliveriesState | Unset = UNSET,
    event: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state

    params["state"] = json_state

    params["event"] = event

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/_mock/webhooks/deliveries",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeliveryList | Error | None:
    if response.status_code == 200:
        response_200 = DeliveryList.from_dict(_loads(response.content))

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
) -> Response[DeliveryList | Error]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: ListWebhookDeliveriesState | Unset = UNSET,
    event: str | Unset = UNSET,
) -> Response[DeliveryList | Error]:
    """Read the webhook delivery log

     Every webhook delivery with its attempts (time, HTTP status or transport error), oldest first.

    Args:
        state (ListWebhookDeliveriesState | Unset):
        event (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryList | Error]
    """

    kwargs = _get_kwargs(
        state=state,
        event=event,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    state: ListWebhookDeliveriesState | Unset = UNSET,
    event: str | Unset = UNSET,
) -> DeliveryList | Error | None:
    """Read the webhook delivery log

     Every webhook delivery with its attempts (time, HTTP status or transport error), oldest first.

    Args:
        state (ListWebhookDeliveriesState | Unset):
        event (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryList | Error
    """

    return sync_detailed(
        client=client,
        state=state,
        event=event,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: ListWebhookDeliveriesState | Unset = UNSET,
    event: str | Unset = UNSET,
) -> Response[DeliveryList | Error]:
    """Read the webhook delivery log

     Every webhook delivery with its attempts (time, HTTP status or transport error), oldest first.

    Args:
        state (ListWebhookDeliveriesState | Unset):
        event (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryList | Error]
    """

    kwargs = _get_kwargs(
        state=state,
        event=event,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    state: ListWebhookDeliveriesState | Unset = UNSET,
    event: str | Unset = UNSET,
) -> DeliveryList | Error | None:
    """Read the webhook delivery log

     Every webhook delivery with its attempts (time, HTTP status or transport error), oldest first.

    Args:
        state (ListWebhookDeliveriesState | Unset):
        event (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            state=state,
            event=event,
        )
    ).parsed
