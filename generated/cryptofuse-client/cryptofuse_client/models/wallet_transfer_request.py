from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletTransferRequest")


@_attrs_define
class WalletTransferRequest:
    """Internal transfer between the master account and a wallet. Identify the wallet by exactly one of `wallet_id` /
    `external_id`.

    """

    currency: str
    """ Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`, `BTC`. """
    amount: Decimal
    """ Amount (> 0), at most 8 decimals: a decimal string as in the examples (`"100.00000000"`) or a JSON number
    (x-inferred from the backend's Django REST Framework `DecimalField`, which reads either). """
    callback_url: str
    """ Where the result is POSTed (required). """
    wallet_id: str | Unset = UNSET
    """ System wallet id. """
    external_id: str | Unset = UNSET
    """ Your id for the wallet. """

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = decimal_text(self.amount, "amount")

        callback_url = self.callback_url

        wallet_id = self.wallet_id

        external_id = self.external_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "currency": currency,
                "amount": amount,
                "callback_url": callback_url,
            }
        )
        if wallet_id is not UNSET:
            field_dict["wallet_id"] = wallet_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        amount = decimal_string(d.pop("amount"))

        callback_url = d.pop("callback_url")

        wallet_id = d.pop("wallet_id", UNSET)

        external_id = d.pop("external_id", UNSET)

        _wallet_transfer_request = cls(
            currency=currency,
            amount=amount,
            callback_url=callback_url,
            wallet_id=wallet_id,
            external_id=external_id,
        )

        return _wallet_transfer_request
