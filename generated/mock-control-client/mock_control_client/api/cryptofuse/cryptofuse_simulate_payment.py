from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.cryptofuse_payment_deposit import CryptofusePaymentDeposit
from ...models.cryptofuse_record import CryptofuseRecord
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    transaction_id: str,
    *,
    body: CryptofusePaymentDeposit,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/_mock/cryptofuse/payments/{transaction_id}/deposit".format(
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CryptofuseRecord | Error | None:
    if response.status_code == 200:
        response_200 = CryptofuseRecord.from_dict(_loads(response.content))

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
) -> Response[CryptofuseRecord | Error]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CryptofusePaymentDeposit,
) -> Response[CryptofuseRecord | Error]:
    """Simulate an on-chain payment to a Cryptofuse payment address

     Records a deposit of `amount` (in the payment's currency) to the address of a `waiting` or
    `confirming` payment: `waiting` moves to `confirming` (`deposit_received` and
    `payment_status_update` webhooks). With `confirmations` at least the chain's requirement (the
    default) the deposit is confirmed at once; when everything paid is confirmed and the total covers
    `amount_crypto` the payment is `completed` and the master account (or the payment's wallet) is
    credited minus the fee. An underpaid confirmed payment stays `confirming` until its window ends
    (clock), then becomes `partially_completed` with what arrived credited.

    Args:
        transaction_id (str):
        body (CryptofusePaymentDeposit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptofuseRecord | Error]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CryptofusePaymentDeposit,
) -> CryptofuseRecord | Error | None:
    """Simulate an on-chain payment to a Cryptofuse payment address

     Records a deposit of `amount` (in the payment's currency) to the address of a `waiting` or
    `confirming` payment: `waiting` moves to `confirming` (`deposit_received` and
    `payment_status_update` webhooks). With `confirmations` at least the chain's requirement (the
    default) the deposit is confirmed at once; when everything paid is confirmed and the total covers
    `amount_crypto` the payment is `completed` and the master account (or the payment's wallet) is
    credited minus the fee. An underpaid confirmed payment stays `confirming` until its window ends
    (clock), then becomes `partially_completed` with what arrived credited.

    Args:
        transaction_id (str):
        body (CryptofusePaymentDeposit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptofuseRecord | Error
    """

    return sync_detailed(
        transaction_id=transaction_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CryptofusePaymentDeposit,
) -> Response[CryptofuseRecord | Error]:
    """Simulate an on-chain payment to a Cryptofuse payment address

     Records a deposit of `amount` (in the payment's currency) to the address of a `waiting` or
    `confirming` payment: `waiting` moves to `confirming` (`deposit_received` and
    `payment_status_update` webhooks). With `confirmations` at least the chain's requirement (the
    default) the deposit is confirmed at once; when everything paid is confirmed and the total covers
    `amount_crypto` the payment is `completed` and the master account (or the payment's wallet) is
    credited minus the fee. An underpaid confirmed payment stays `confirming` until its window ends
    (clock), then becomes `partially_completed` with what arrived credited.

    Args:
        transaction_id (str):
        body (CryptofusePaymentDeposit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptofuseRecord | Error]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CryptofusePaymentDeposit,
) -> CryptofuseRecord | Error | None:
    """Simulate an on-chain payment to a Cryptofuse payment address

     Records a deposit of `amount` (in the payment's currency) to the address of a `waiting` or
    `confirming` payment: `waiting` moves to `confirming` (`deposit_received` and
    `payment_status_update` webhooks). With `confirmations` at least the chain's requirement (the
    default) the deposit is confirmed at once; when everything paid is confirmed and the total covers
    `amount_crypto` the payment is `completed` and the master account (or the payment's wallet) is
    credited minus the fee. An underpaid confirmed payment stays `confirming` until its window ends
    (clock), then becomes `partially_completed` with what arrived credited.

    Args:
        transaction_id (str):
        body (CryptofusePaymentDeposit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptofuseRecord | Error
    """

    return (
        await asyncio_detailed(
            transaction_id=transaction_id,
            client=client,
            body=body,
        )
    ).parsed
