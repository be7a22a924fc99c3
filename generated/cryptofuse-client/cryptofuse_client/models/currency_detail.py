from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrencyDetail")


@_attrs_define
class CurrencyDetail:
    """A currency with details (`full=true`); limits with `min_max=true`, USD limits with `include_usd=true`."""

    currency: str
    """ Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`, `BTC`. """
    name: str | Unset = UNSET
    """ Display name, e.g. `Tether USD`. """
    token: str | Unset = UNSET
    """ Token, lower case here (`usdt`). """
    blockchain: str | Unset = UNSET
    """ Blockchain, lower case here (`trx`). """
    is_popular: bool | Unset = UNSET
    """ Shown as popular. """
    is_stable: bool | Unset = UNSET
    """ Stablecoin. """
    min_amount: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    max_amount: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    min_amount_usd: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    max_amount_usd: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        name = self.name

        token = self.token

        blockchain = self.blockchain

        is_popular = self.is_popular

        is_stable = self.is_stable

        min_amount: str | Unset = UNSET
        if not isinstance(self.min_amount, Unset):
            min_amount = decimal_text(self.min_amount, "min_amount")

        max_amount: str | Unset = UNSET
        if not isinstance(self.max_amount, Unset):
            max_amount = decimal_text(self.max_amount, "max_amount")

        min_amount_usd: str | Unset = UNSET
        if not isinstance(self.min_amount_usd, Unset):
            min_amount_usd = decimal_text(self.min_amount_usd, "min_amount_usd")

        max_amount_usd: str | Unset = UNSET
        if not isinstance(self.max_amount_usd, Unset):
            max_amount_usd = decimal_text(self.max_amount_usd, "max_amount_usd")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if token is not UNSET:
            field_dict["token"] = token
        if blockchain is not UNSET:
            field_dict["blockchain"] = blockchain
        if is_popular is not UNSET:
            field_dict["is_popular"] = is_popular
        if is_stable is not UNSET:
            field_dict["is_stable"] = is_stable
        if min_amount is not UNSET:
            field_dict["min_amount"] = min_amount
        if max_amount is not UNSET:
            field_dict["max_amount"] = max_amount
        if min_amount_usd is not UNSET:
            field_dict["min_amount_usd"] = min_amount_usd
        if max_amount_usd is not UNSET:
            field_dict["max_amount_usd"] = max_amount_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        name = d.pop("name", UNSET)

        token = d.pop("token", UNSET)

        blockchain = d.pop("blockchain", UNSET)

        is_popular = d.pop("is_popular", UNSET)

        is_stable = d.pop("is_stable", UNSET)

        _min_amount = d.pop("min_amount", UNSET)
        min_amount: Decimal | Unset
        if isinstance(_min_amount, Unset):
            min_amount = UNSET
        else:
            min_amount = decimal_string(_min_amount)

        _max_amount = d.pop("max_amount", UNSET)
        max_amount: Decimal | Unset
        if isinstance(_max_amount, Unset):
            max_amount = UNSET
        else:
            max_amount = decimal_string(_max_amount)

        _min_amount_usd = d.pop("min_amount_usd", UNSET)
        min_amount_usd: Decimal | Unset
        if isinstance(_min_amount_usd, Unset):
            min_amount_usd = UNSET
        else:
            min_amount_usd = decimal_string(_min_amount_usd)

        _max_amount_usd = d.pop("max_amount_usd", UNSET)
        max_amount_usd: Decimal | Unset
        if isinstance(_max_amount_usd, Unset):
            max_amount_usd = UNSET
        else:
            max_amount_usd = decimal_string(_max_amount_usd)

        _currency_detail = cls(
            currency=currency,
            name=name,
            token=token,
            blockchain=blockchain,
            is_popular=is_popular,
            is_stable=is_stable,
            min_amount=min_amount,
            max_amount=max_amount,
            min_amount_usd=min_amount_usd,
            max_amount_usd=max_amount_usd,
        )

        _currency_detail.additional_properties = d
        return _currency_detail

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
