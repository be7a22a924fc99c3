from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_system_status_response import GetSystemStatusResponse
from ...models.system_status_biz_type import SystemStatusBizType
from ...models.wallet_type import WalletType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    biz_type: SystemStatusBizType,
    wallet_type: WalletType,
    timestamp: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_biz_type = SystemStatusBizType(biz_type).value
    params["bizType"] = json_biz_type

    json_wallet_type = WalletType(wallet_type).value
    params["walletType"] = json_wallet_type

    params["timestamp"] = timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open-api/v1/system/status",
        "params": params,
    }

    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | GetSystemStatusResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetSystemStatusResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetSystemStatusResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | GetSystemStatusResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    biz_type: SystemStatusBizType,
    wallet_type: WalletType,
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetSystemStatusResponse]:
    """Get System status

     Returns whether a business line (deposit, withdrawal, transfer to Binance) is operating normally or
    under maintenance for a wallet type.

    Args:
        biz_type (SystemStatusBizType): Business type of the system status enquiry: `10` Deposit,
            `20` Withdrawal, `30` Transfer to Binance exchange. (Not the transaction-history business
            types: the official Node SDK validates this against 10 = Withdrawal / 15 = Deposit; the
            docs win.)
        wallet_type (WalletType): Wallet type: `10` Qualified Wallet, `11` (accepted by the docs'
            WalletType enum; meaning undocumented), `12` Cosign Wallet, `20` Prime Wallet, `21` Prime
            Sub-Wallet.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetSystemStatusResponse]
    """

    kwargs = _get_kwargs(
        biz_type=biz_type,
        wallet_type=wallet_type,
        timestamp=timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    biz_type: SystemStatusBizType,
    wallet_type: WalletType,
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetSystemStatusResponse | None:
    """Get System status

     Returns whether a business line (deposit, withdrawal, transfer to Binance) is operating normally or
    under maintenance for a wallet type.

    Args:
        biz_type (SystemStatusBizType): Business type of the system status enquiry: `10` Deposit,
            `20` Withdrawal, `30` Transfer to Binance exchange. (Not the transaction-history business
            types: the official Node SDK validates this against 10 = Withdrawal / 15 = Deposit; the
            docs win.)
        wallet_type (WalletType): Wallet type: `10` Qualified Wallet, `11` (accepted by the docs'
            WalletType enum; meaning undocumented), `12` Cosign Wallet, `20` Prime Wallet, `21` Prime
            Sub-Wallet.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetSystemStatusResponse
    """

    return sync_detailed(
        client=client,
        biz_type=biz_type,
        wallet_type=wallet_type,
        timestamp=timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    biz_type: SystemStatusBizType,
    wallet_type: WalletType,
    timestamp: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ErrorEnvelope | GetSystemStatusResponse]:
    """Get System status

     Returns whether a business line (deposit, withdrawal, transfer to Binance) is operating normally or
    under maintenance for a wallet type.

    Args:
        biz_type (SystemStatusBizType): Business type of the system status enquiry: `10` Deposit,
            `20` Withdrawal, `30` Transfer to Binance exchange. (Not the transaction-history business
            types: the official Node SDK validates this against 10 = Withdrawal / 15 = Deposit; the
            docs win.)
        wallet_type (WalletType): Wallet type: `10` Qualified Wallet, `11` (accepted by the docs'
            WalletType enum; meaning undocumented), `12` Cosign Wallet, `20` Prime Wallet, `21` Prime
            Sub-Wallet.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | GetSystemStatusResponse]
    """

    kwargs = _get_kwargs(
        biz_type=biz_type,
        wallet_type=wallet_type,
        timestamp=timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    biz_type: SystemStatusBizType,
    wallet_type: WalletType,
    timestamp: int | Unset = UNSET,
) -> ErrorEnvelope | ErrorEnvelope | GetSystemStatusResponse | None:
    """Get System status

     Returns whether a business line (deposit, withdrawal, transfer to Binance) is operating normally or
    under maintenance for a wallet type.

    Args:
        biz_type (SystemStatusBizType): Business type of the system status enquiry: `10` Deposit,
            `20` Withdrawal, `30` Transfer to Binance exchange. (Not the transaction-history business
            types: the official Node SDK validates this against 10 = Withdrawal / 15 = Deposit; the
            docs win.)
        wallet_type (WalletType): Wallet type: `10` Qualified Wallet, `11` (accepted by the docs'
            WalletType enum; meaning undocumented), `12` Cosign Wallet, `20` Prime Wallet, `21` Prime
            Sub-Wallet.
        timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | GetSystemStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            biz_type=biz_type,
            wallet_type=wallet_type,
            timestamp=timestamp,
        )
    ).parsed
