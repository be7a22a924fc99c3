from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimateWithdrawalFeeRequest")


@_attrs_define
class EstimateWithdrawalFeeRequest:
    """Fee estimate request. Send exactly one of `currency` / (`blockchain` + `token`)."""

    amount: Decimal
    """ Crypto amount. A JSON number (the seed's examples, `100.00`) or a decimal string (`"100.00"`): both
    accepted, x-inferred from the backend's Django REST Framework `DecimalField`, which reads either. Positive and
    at most 1000000000, else `invalid_amount` (422). """
    currency: str | Unset = UNSET
    """ Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`, `BTC`. """
    blockchain: str | Unset = UNSET
    """ Blockchain (with `token`). """
    token: str | Unset = UNSET
    """ Token (with `blockchain`). """
    address: str | Unset = UNSET
    """ Destination address (to detect new-address activation fees). """

    def to_dict(self) -> dict[str, Any]:
        amount = exact_number(self.amount, "amount")

        currency = self.currency

        blockchain = self.blockchain

        token = self.token

        address = self.address

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if blockchain is not UNSET:
            field_dict["blockchain"] = blockchain
        if token is not UNSET:
            field_dict["token"] = token
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = decimal_number(d.pop("amount"))

        currency = d.pop("currency", UNSET)

        blockchain = d.pop("blockchain", UNSET)

        token = d.pop("token", UNSET)

        address = d.pop("address", UNSET)

        _estimate_withdrawal_fee_request = cls(
            amount=amount,
            currency=currency,
            blockchain=blockchain,
            token=token,
            address=address,
        )

        return _estimate_withdrawal_fee_request
