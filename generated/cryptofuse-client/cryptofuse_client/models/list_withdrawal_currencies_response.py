from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.withdrawal_currency import WithdrawalCurrency


T = TypeVar("T", bound="ListWithdrawalCurrenciesResponse")


@_attrs_define
class ListWithdrawalCurrenciesResponse:
    """Currencies available for withdrawal."""

    currencies: list[WithdrawalCurrency]
    """ The currencies. """
    total: int
    """ Number of currencies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currencies = []
        for currencies_item_data in self.currencies:
            currencies_item = currencies_item_data.to_dict()
            currencies.append(currencies_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currencies": currencies,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.withdrawal_currency import WithdrawalCurrency  # noqa: PLC0415

        d = dict(src_dict)
        currencies = []
        _currencies = d.pop("currencies")
        for currencies_item_data in _currencies:
            currencies_item = WithdrawalCurrency.from_dict(currencies_item_data)

            currencies.append(currencies_item)

        total = d.pop("total")

        _list_withdrawal_currencies_response = cls(
            currencies=currencies,
            total=total,
        )

        _list_withdrawal_currencies_response.additional_properties = d
        return _list_withdrawal_currencies_response

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
