from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMinAmount")


@_attrs_define
class PaymentMinAmount:
    """Payment limits of a currency (JSON numbers)."""

    currency: str
    """ Currency code. """
    min_amount: Decimal
    """ Minimum amount (in the currency). """
    max_amount: Decimal | Unset = UNSET
    """ Maximum amount (in the currency). """
    blockchain: str | Unset = UNSET
    """ Blockchain, e.g. `TRX`. """
    token: str | Unset = UNSET
    """ Token, e.g. `USDT`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        min_amount = exact_number(self.min_amount, "min_amount")

        max_amount: Decimal | Unset = UNSET
        if not isinstance(self.max_amount, Unset):
            max_amount = exact_number(self.max_amount, "max_amount")

        blockchain = self.blockchain

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "min_amount": min_amount,
            }
        )
        if max_amount is not UNSET:
            field_dict["max_amount"] = max_amount
        if blockchain is not UNSET:
            field_dict["blockchain"] = blockchain
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        min_amount = decimal_number(d.pop("min_amount"))

        _max_amount = d.pop("max_amount", UNSET)
        max_amount: Decimal | Unset
        if isinstance(_max_amount, Unset):
            max_amount = UNSET
        else:
            max_amount = decimal_number(_max_amount)

        blockchain = d.pop("blockchain", UNSET)

        token = d.pop("token", UNSET)

        _payment_min_amount = cls(
            currency=currency,
            min_amount=min_amount,
            max_amount=max_amount,
            blockchain=blockchain,
            token=token,
        )

        _payment_min_amount.additional_properties = d
        return _payment_min_amount

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
