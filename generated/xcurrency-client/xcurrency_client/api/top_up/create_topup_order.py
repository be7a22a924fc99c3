from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.create_topup_order_request import CreateTopupOrderRequest
from ...models.create_topup_order_response import CreateTopupOrderResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTopupOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/topup/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTopupOrderResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CreateTopupOrderResponse.from_dict(_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_401

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
) -> Response[CreateTopupOrderResponse | ErrorEnvelope]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTopupOrderRequest,
) -> Response[CreateTopupOrderResponse | ErrorEnvelope]:
    """Create top-up order

     Creates a fiat -> stablecoin top-up of a wallet at a quoted rate (对应“提交法币转账”，返回银行/网关付款指引:
    corresponds to "submit the fiat transfer" and returns bank/gateway payment instructions). The
    amounts come from the quote (`quoteSnapshot`). The order is `TRANSFERRING` until the fiat arrives,
    then `COMPLETED` (the wallet is credited: a `CREDIT` transaction with reason `TOPUP_CREDIT`) or
    `FAILED`; each change is pushed with the `topup.status` webhook. Refused with `quote expired`, or
    below the asset/network's `minTopupFiat` in USD (x-inferred message `amount below minimum top-up`),
    or for a quote without `sourceAmount` (`quote has no sourceAmount`). A quote makes one order: the
    same `quoteId`, `walletId` and `payer` again return that order; another wallet or payer gets `quote
    already used` (x-inferred, see Money rules). The published response example nests the order in
    `data` without a key (invalid JSON); modelled as `data` = the order.

    Args:
        body (CreateTopupOrderRequest): Top-up of a wallet at a quoted rate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTopupOrderResponse | ErrorEnvelope]
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
    body: CreateTopupOrderRequest,
) -> CreateTopupOrderResponse | ErrorEnvelope | None:
    """Create top-up order

     Creates a fiat -> stablecoin top-up of a wallet at a quoted rate (对应“提交法币转账”，返回银行/网关付款指引:
    corresponds to "submit the fiat transfer" and returns bank/gateway payment instructions). The
    amounts come from the quote (`quoteSnapshot`). The order is `TRANSFERRING` until the fiat arrives,
    then `COMPLETED` (the wallet is credited: a `CREDIT` transaction with reason `TOPUP_CREDIT`) or
    `FAILED`; each change is pushed with the `topup.status` webhook. Refused with `quote expired`, or
    below the asset/network's `minTopupFiat` in USD (x-inferred message `amount below minimum top-up`),
    or for a quote without `sourceAmount` (`quote has no sourceAmount`). A quote makes one order: the
    same `quoteId`, `walletId` and `payer` again return that order; another wallet or payer gets `quote
    already used` (x-inferred, see Money rules). The published response example nests the order in
    `data` without a key (invalid JSON); modelled as `data` = the order.

    Args:
        body (CreateTopupOrderRequest): Top-up of a wallet at a quoted rate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTopupOrderResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTopupOrderRequest,
) -> Response[CreateTopupOrderResponse | ErrorEnvelope]:
    """Create top-up order

     Creates a fiat -> stablecoin top-up of a wallet at a quoted rate (对应“提交法币转账”，返回银行/网关付款指引:
    corresponds to "submit the fiat transfer" and returns bank/gateway payment instructions). The
    amounts come from the quote (`quoteSnapshot`). The order is `TRANSFERRING` until the fiat arrives,
    then `COMPLETED` (the wallet is credited: a `CREDIT` transaction with reason `TOPUP_CREDIT`) or
    `FAILED`; each change is pushed with the `topup.status` webhook. Refused with `quote expired`, or
    below the asset/network's `minTopupFiat` in USD (x-inferred message `amount below minimum top-up`),
    or for a quote without `sourceAmount` (`quote has no sourceAmount`). A quote makes one order: the
    same `quoteId`, `walletId` and `payer` again return that order; another wallet or payer gets `quote
    already used` (x-inferred, see Money rules). The published response example nests the order in
    `data` without a key (invalid JSON); modelled as `data` = the order.

    Args:
        body (CreateTopupOrderRequest): Top-up of a wallet at a quoted rate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTopupOrderResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTopupOrderRequest,
) -> CreateTopupOrderResponse | ErrorEnvelope | None:
    """Create top-up order

     Creates a fiat -> stablecoin top-up of a wallet at a quoted rate (对应“提交法币转账”，返回银行/网关付款指引:
    corresponds to "submit the fiat transfer" and returns bank/gateway payment instructions). The
    amounts come from the quote (`quoteSnapshot`). The order is `TRANSFERRING` until the fiat arrives,
    then `COMPLETED` (the wallet is credited: a `CREDIT` transaction with reason `TOPUP_CREDIT`) or
    `FAILED`; each change is pushed with the `topup.status` webhook. Refused with `quote expired`, or
    below the asset/network's `minTopupFiat` in USD (x-inferred message `amount below minimum top-up`),
    or for a quote without `sourceAmount` (`quote has no sourceAmount`). A quote makes one order: the
    same `quoteId`, `walletId` and `payer` again return that order; another wallet or payer gets `quote
    already used` (x-inferred, see Money rules). The published response example nests the order in
    `data` without a key (invalid JSON); modelled as `data` = the order.

    Args:
        body (CreateTopupOrderRequest): Top-up of a wallet at a quoted rate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTopupOrderResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
