from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="WithdrawalCurrency")


@_attrs_define
class WithdrawalCurrency:
    """A currency that can be withdrawn now."""

    currency: str
    """ Currency code. """
    balance: Decimal
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    name: str | Unset = UNSET
    """ Display name. """
    blockchain: str | Unset = UNSET
    """ Blockchain. """
    token: str | Unset = UNSET
    """ Token. """
    min_withdrawal: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    max_withdrawal: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        balance = decimal_text(self.balance, "balance")

        name = self.name

        blockchain = self.blockchain

        token = self.token

        min_withdrawal: str | Unset = UNSET
        if not isinstance(self.min_withdrawal, Unset):
            min_withdrawal = decimal_text(self.min_withdrawal, "min_withdrawal")

        max_withdrawal: str | Unset = UNSET
        if not isinstance(self.max_withdrawal, Unset):
            max_withdrawal = decimal_text(self.max_withdrawal, "max_withdrawal")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "balance": balance,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if blockchain is not UNSET:
            field_dict["blockchain"] = blockchain
        if token is not UNSET:
            field_dict["token"] = token
        if min_withdrawal is not UNSET:
            field_dict["min_withdrawal"] = min_withdrawal
        if max_withdrawal is not UNSET:
            field_dict["max_withdrawal"] = max_withdrawal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        balance = decimal_string(d.pop("balance"))

        name = d.pop("name", UNSET)

        blockchain = d.pop("blockchain", UNSET)

        token = d.pop("token", UNSET)

        _min_withdrawal = d.pop("min_withdrawal", UNSET)
        min_withdrawal: Decimal | Unset
        if isinstance(_min_withdrawal, Unset):
            min_withdrawal = UNSET
        else:
            min_withdrawal = decimal_string(_min_withdrawal)

        _max_withdrawal = d.pop("max_withdrawal", UNSET)
        max_withdrawal: Decimal | Unset
        if isinstance(_max_withdrawal, Unset):
            max_withdrawal = UNSET
        else:
            max_withdrawal = decimal_string(_max_withdrawal)

        _withdrawal_currency = cls(
            currency=currency,
            balance=balance,
            name=name,
            blockchain=blockchain,
            token=token,
            min_withdrawal=min_withdrawal,
            max_withdrawal=max_withdrawal,
        )

        _withdrawal_currency.additional_properties = d
        return _withdrawal_currency

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
