from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_mirror_x_available_amount_response import GetMirrorXAvailableAmountResponse
from ...models.mirror_x_order_type import MirrorXOrderType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    mirror_x_link_id: str,
    coin_symbol: str,
    order_type: MirrorXOrderType,
    timestamp: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mirrorXLinkId"] = mirror_x_link_id

    params["coinSymbol"] = coin_symbol

    json_order_type = MirrorXOrderType(order_type).value
    params["orderType"] = json_order_type

    params["timestamp"] = timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open-api/v1/mirrorX/order/check",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | GetMirrorXAvailableAmountResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetMirrorXAvailableAmountResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetMirrorXAvailableAmountResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | GetMirrorXAvailableAmountResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    mirror_x_link_id: str,
    coin_symbol: str,
    order_type: MirrorXOrderType,
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetMirrorXAvailableAmountResponse]:
    """Check MirrorX Available amount

     Maximum amount currently available for a delegation or undelegation.

    Args:
        mirror_x_link_id (str):
        coin_symbol (str):
        order_type (MirrorXOrderType): MirrorX order type: `10` delegation (Ceffu -> Binance),
            `20` undelegation (Binance -> Ceffu), `30` settlement.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetMirrorXAvailableAmountResponse]
    """

    kwargs = _get_kwargs(
        mirror_x_link_id=mirror_x_link_id,
        coin_symbol=coin_symbol,
        order_type=order_type,
        timestamp=timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    mirror_x_link_id: str,
    coin_symbol: str,
    order_type: MirrorXOrderType,
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetMirrorXAvailableAmountResponse | None:
    """Check MirrorX Available amount

     Maximum amount currently available for a delegation or undelegation.

    Args:
        mirror_x_link_id (str):
        coin_symbol (str):
        order_type (MirrorXOrderType): MirrorX order type: `10` delegation (Ceffu -> Binance),
            `20` undelegation (Binance -> Ceffu), `30` settlement.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetMirrorXAvailableAmountResponse
    """

    return sync_detailed(
        client=client,
        mirror_x_link_id=mirror_x_link_id,
        coin_symbol=coin_symbol,
        order_type=order_type,
        timestamp=timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mirror_x_link_id: str,
    coin_symbol: str,
    order_type: MirrorXOrderType,
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetMirrorXAvailableAmountResponse]:
    """Check MirrorX Available amount

     Maximum amount currently available for a delegation or undelegation.

    Args:
        mirror_x_link_id (str):
        coin_symbol (str):
        order_type (MirrorXOrderType): MirrorX order type: `10` delegation (Ceffu -> Binance),
            `20` undelegation (Binance -> Ceffu), `30` settlement.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetMirrorXAvailableAmountResponse]
    """

    kwargs = _get_kwargs(
        mirror_x_link_id=mirror_x_link_id,
        coin_symbol=coin_symbol,
        order_type=order_type,
        timestamp=timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mirror_x_link_id: str,
    coin_symbol: str,
    order_type: MirrorXOrderType,
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetMirrorXAvailableAmountResponse | None:
    """Check MirrorX Available amount

     Maximum amount currently available for a delegation or undelegation.

    Args:
        mirror_x_link_id (str):
        coin_symbol (str):
        order_type (MirrorXOrderType): MirrorX order type: `10` delegation (Ceffu -> Binance),
            `20` undelegation (Binance -> Ceffu), `30` settlement.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetMirrorXAvailableAmountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            mirror_x_link_id=mirror_x_link_id,
            coin_symbol=coin_symbol,
            order_type=order_type,
            timestamp=timestamp,
        )
    ).parsed
