from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number

T = TypeVar("T", bound="Rate")


@_attrs_define
class Rate:
    """Conversion rate of one coin into another."""

    base_symbol: str
    """ Coin being priced. """
    quote_symbol: str
    """ Coin the rate is expressed in. """
    rate: Decimal
    """ Price of one `baseSymbol` in `quoteSymbol`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_symbol = self.base_symbol

        quote_symbol = self.quote_symbol

        rate = exact_number(self.rate, "rate")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseSymbol": base_symbol,
                "quoteSymbol": quote_symbol,
                "rate": rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_symbol = d.pop("baseSymbol")

        quote_symbol = d.pop("quoteSymbol")

        rate = decimal_number(d.pop("rate"))

        _rate = cls(
            base_symbol=base_symbol,
            quote_symbol=quote_symbol,
            rate=rate,
        )

        _rate.additional_properties = d
        return _rate

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
