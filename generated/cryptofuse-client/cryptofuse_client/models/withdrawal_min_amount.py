from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

T = TypeVar("T", bound="WithdrawalMinAmount")


@_attrs_define
class WithdrawalMinAmount:
    """Withdrawal limits of a currency (number or decimal string)."""

    currency: str
    """ Currency code. """
    min_amount: Decimal
    """ Minimum withdrawal amount. """
    max_amount: Decimal | None | Unset = UNSET
    """ Maximum withdrawal amount. """
    blockchain: str | Unset = UNSET
    """ Blockchain. """
    token: str | Unset = UNSET
    """ Token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        min_amount = exact_number(self.min_amount, "min_amount")

        max_amount: Decimal | None | Unset
        if isinstance(self.max_amount, Unset):
            max_amount = UNSET
        elif isinstance(self.max_amount, Decimal):
            max_amount = exact_number(self.max_amount, "max_amount")
        else:
            max_amount = self.max_amount

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

        def _parse_max_amount(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                max_amount_type_0 = decimal_number(data)

                return max_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        max_amount = _parse_max_amount(d.pop("max_amount", UNSET))

        blockchain = d.pop("blockchain", UNSET)

        token = d.pop("token", UNSET)

        _withdrawal_min_amount = cls(
            currency=currency,
            min_amount=min_amount,
            max_amount=max_amount,
            blockchain=blockchain,
            token=token,
        )

        _withdrawal_min_amount.additional_properties = d
        return _withdrawal_min_amount

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
