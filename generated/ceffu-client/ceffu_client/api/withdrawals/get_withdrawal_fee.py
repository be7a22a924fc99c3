from decimal import Decimal
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import decimal_text
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_withdrawal_fee_response import GetWithdrawalFeeResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    wallet_id: str,
    coin_symbol: str,
    network: str,
    amount: Decimal | Unset = UNSET,
    to_wallet_id_str: str | Unset = UNSET,
    timestamp: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["walletId"] = wallet_id

    params["coinSymbol"] = coin_symbol

    params["network"] = network

    json_amount: str | Unset = UNSET
    if not isinstance(amount, Unset):
        json_amount = decimal_text(amount, "amount")
    params["amount"] = json_amount

    params["toWalletIdStr"] = to_wallet_id_str

    params["timestamp"] = timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open-api/v1/wallet/withdrawal/fee",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | GetWithdrawalFeeResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetWithdrawalFeeResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetWithdrawalFeeResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | GetWithdrawalFeeResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    wallet_id: str,
    coin_symbol: str,
    network: str,
    amount: Decimal | Unset = UNSET,
    to_wallet_id_str: str | Unset = UNSET,
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetWithdrawalFeeResponse]:
    """Get Withdrawal Fee (estimated)

     Estimated network fee of a withdrawal.

    Args:
        wallet_id (str):
        coin_symbol (str):
        network (str):
        amount (Decimal | Unset):
        to_wallet_id_str (str | Unset):
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetWithdrawalFeeResponse]
    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        coin_symbol=coin_symbol,
        network=network,
        amount=amount,
        to_wallet_id_str=to_wallet_id_str,
        timestamp=timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    wallet_id: str,
    coin_symbol: str,
    network: str,
    amount: Decimal | Unset = UNSET,
    to_wallet_id_str: str | Unset = UNSET,
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetWithdrawalFeeResponse | None:
    """Get Withdrawal Fee (estimated)

     Estimated network fee of a withdrawal.

    Args:
        wallet_id (str):
        coin_symbol (str):
        network (str):
        amount (Decimal | Unset):
        to_wallet_id_str (str | Unset):
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetWithdrawalFeeResponse
    """

    return sync_detailed(
        client=client,
        wallet_id=wallet_id,
        coin_symbol=coin_symbol,
        network=network,
        amount=amount,
        to_wallet_id_str=to_wallet_id_str,
        timestamp=timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    wallet_id: str,
    coin_symbol: str,
    network: str,
    amount: Decimal | Unset = UNSET,
    to_wallet_id_str: str | Unset = UNSET,
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetWithdrawalFeeResponse]:
    """Get Withdrawal Fee (estimated)

     Estimated network fee of a withdrawal.

    Args:
        wallet_id (str):
        coin_symbol (str):
        network (str):
        amount (Decimal | Unset):
        to_wallet_id_str (str | Unset):
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetWithdrawalFeeResponse]
    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        coin_symbol=coin_symbol,
        network=network,
        amount=amount,
        to_wallet_id_str=to_wallet_id_str,
        timestamp=timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    wallet_id: str,
    coin_symbol: str,
    network: str,
    amount: Decimal | Unset = UNSET,
    to_wallet_id_str: str | Unset = UNSET,
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetWithdrawalFeeResponse | None:
    """Get Withdrawal Fee (estimated)

     Estimated network fee of a withdrawal.

    Args:
        wallet_id (str):
        coin_symbol (str):
        network (str):
        amount (Decimal | Unset):
        to_wallet_id_str (str | Unset):
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetWithdrawalFeeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            wallet_id=wallet_id,
            coin_symbol=coin_symbol,
            network=network,
            amount=amount,
            to_wallet_id_str=to_wallet_id_str,
            timestamp=timestamp,
        )
    ).parsed
