from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimateWithdrawalRequest")


@_attrs_define
class EstimateWithdrawalRequest:
    """Withdrawal simulation request. Send exactly one of `currency` / (`blockchain` + `token`)."""

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
    """ Destination address (optional). """
    final_amount: bool | Unset = False
    """ `true`: `amount` is what the recipient receives (`requested_amount` = `amount` + `fee` in the answer). """

    def to_dict(self) -> dict[str, Any]:
        amount = exact_number(self.amount, "amount")

        currency = self.currency

        blockchain = self.blockchain

        token = self.token

        address = self.address

        final_amount = self.final_amount

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
        if final_amount is not UNSET:
            field_dict["final_amount"] = final_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = decimal_number(d.pop("amount"))

        currency = d.pop("currency", UNSET)

        blockchain = d.pop("blockchain", UNSET)

        token = d.pop("token", UNSET)

        address = d.pop("address", UNSET)

        final_amount = d.pop("final_amount", UNSET)

        _estimate_withdrawal_request = cls(
            amount=amount,
            currency=currency,
            blockchain=blockchain,
            token=token,
            address=address,
            final_amount=final_amount,
        )

        return _estimate_withdrawal_request
