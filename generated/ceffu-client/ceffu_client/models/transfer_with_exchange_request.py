from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.exchange_code import ExchangeCode
from ..models.exchange_transfer_direction import ExchangeTransferDirection
from ..models.transfer_status import TransferStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferWithExchangeRequest")


@_attrs_define
class TransferWithExchangeRequest:
    """Transfer from a Prime Wallet to its bound exchange (Binance) account."""

    amount: Decimal
    """ Amount. """
    exchange_code: ExchangeCode
    """ Exchange code: `10` Binance. """
    exchange_user_id: str
    """ Exchange account id (Binance UID). """
    parent_wallet_id: str
    """ Source Prime Wallet (the docs type it int64). Decimal string (send ids as strings: they exceed 2^53). """
    request_id: str
    """ The docs type it int64. Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON
    integer). A duplicate is rejected with `G20015`; a malformed one with `G20014`. """
    coin_symbol: str | Unset = UNSET
    """ Coin symbol (marked optional in the docs). """
    direction: ExchangeTransferDirection | Unset = UNSET
    """ Direction: only `10` custody -> exchange is supported. """
    status: TransferStatus | Unset = UNSET
    """ Listed as an optional request field in the docs; has no documented effect. """
    timestamp: int | Unset = UNSET
    """ Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because
    the client's signer stamps it on every request; the server's authentication layer rejects a request without it
    with `G20006` (and a stale one with `G20007`). """

    def to_dict(self) -> dict[str, Any]:
        amount = decimal_text(self.amount, "amount")

        exchange_code = ExchangeCode(self.exchange_code).value

        exchange_user_id = self.exchange_user_id

        parent_wallet_id = self.parent_wallet_id

        request_id = self.request_id

        coin_symbol = self.coin_symbol

        direction: int | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = ExchangeTransferDirection(self.direction).value

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = TransferStatus(self.status).value

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "exchangeCode": exchange_code,
                "exchangeUserId": exchange_user_id,
                "parentWalletId": parent_wallet_id,
                "requestId": request_id,
            }
        )
        if coin_symbol is not UNSET:
            field_dict["coinSymbol"] = coin_symbol
        if direction is not UNSET:
            field_dict["direction"] = direction
        if status is not UNSET:
            field_dict["status"] = status
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = decimal_string(d.pop("amount"))

        exchange_code = ExchangeCode(d.pop("exchangeCode"))

        exchange_user_id = d.pop("exchangeUserId")

        parent_wallet_id = d.pop("parentWalletId")

        request_id = d.pop("requestId")

        coin_symbol = d.pop("coinSymbol", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: ExchangeTransferDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = ExchangeTransferDirection(_direction)

        _status = d.pop("status", UNSET)
        status: TransferStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TransferStatus(_status)

        timestamp = d.pop("timestamp", UNSET)

        _transfer_with_exchange_request = cls(
            amount=amount,
            exchange_code=exchange_code,
            exchange_user_id=exchange_user_id,
            parent_wallet_id=parent_wallet_id,
            request_id=request_id,
            coin_symbol=coin_symbol,
            direction=direction,
            status=status,
            timestamp=timestamp,
        )

        return _transfer_with_exchange_request
