from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSubWalletTransferRequest")


@_attrs_define
class CreateSubWalletTransferRequest:
    """Internal transfer inside a Prime structure."""

    coin_symbol: str
    """ Coin symbol. """
    amount: Decimal
    """ Amount (decimal string; the docs type it as number, Postman/SDK send a string). """
    from_wallet_id: str
    """ Source wallet (Prime or sub-wallet). Decimal string (send ids as strings: they exceed 2^53). """
    to_wallet_id: str
    """ Destination wallet (Prime or sub-wallet). Decimal string (send ids as strings: they exceed 2^53). """
    request_id: str
    """ Client-unique idempotency key, max 70 characters (Ceffu also accepts a JSON integer). A duplicate is
    rejected with `G20015`; a malformed one with `G20014`. """
    timestamp: int | Unset = UNSET
    """ Request time in milliseconds since the Unix epoch; part of the signed data. Not listed as required because
    the client's signer stamps it on every request; the server's authentication layer rejects a request without it
    with `G20006` (and a stale one with `G20007`). """

    def to_dict(self) -> dict[str, Any]:
        coin_symbol = self.coin_symbol

        amount = decimal_text(self.amount, "amount")

        from_wallet_id = self.from_wallet_id

        to_wallet_id = self.to_wallet_id

        request_id = self.request_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "coinSymbol": coin_symbol,
                "amount": amount,
                "fromWalletId": from_wallet_id,
                "toWalletId": to_wallet_id,
                "requestId": request_id,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coin_symbol = d.pop("coinSymbol")

        amount = decimal_string(d.pop("amount"))

        from_wallet_id = d.pop("fromWalletId")

        to_wallet_id = d.pop("toWalletId")

        request_id = d.pop("requestId")

        timestamp = d.pop("timestamp", UNSET)

        _create_sub_wallet_transfer_request = cls(
            coin_symbol=coin_symbol,
            amount=amount,
            from_wallet_id=from_wallet_id,
            to_wallet_id=to_wallet_id,
            request_id=request_id,
            timestamp=timestamp,
        )

        return _create_sub_wallet_transfer_request
