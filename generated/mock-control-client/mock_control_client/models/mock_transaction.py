from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MockTransaction")


@_attrs_define
class MockTransaction:
    """The provider's transaction record (Ceffu `Transaction`/`TransactionV2`)."""

    order_view_id: str
    """ Order id. """
    status: int
    """ Transaction status (Ceffu 10, 20, 30, 40, 99). """
    coin_symbol: str
    """ Coin. """
    amount: str
    """ Amount (decimal string). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_view_id = self.order_view_id

        status = self.status

        coin_symbol = self.coin_symbol

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderViewId": order_view_id,
                "status": status,
                "coinSymbol": coin_symbol,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_view_id = d.pop("orderViewId")

        status = d.pop("status")

        coin_symbol = d.pop("coinSymbol")

        amount = d.pop("amount")

        _mock_transaction = cls(
            order_view_id=order_view_id,
            status=status,
            coin_symbol=coin_symbol,
            amount=amount,
        )

        _mock_transaction.additional_properties = d
        return _mock_transaction

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
