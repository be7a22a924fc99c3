from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text

T = TypeVar("T", bound="MirrorPositionSubtotal")


@_attrs_define
class MirrorPositionSubtotal:
    """Mirrored value per Binance UID."""

    binance_uid: str
    """ Binance UID. """
    subtotal_amount_in_btc: Decimal
    """ Value in BTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        binance_uid = self.binance_uid

        subtotal_amount_in_btc = decimal_text(self.subtotal_amount_in_btc, "subtotalAmountInBTC")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "binanceUid": binance_uid,
                "subtotalAmountInBTC": subtotal_amount_in_btc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        binance_uid = d.pop("binanceUid")

        subtotal_amount_in_btc = decimal_string(d.pop("subtotalAmountInBTC"))

        _mirror_position_subtotal = cls(
            binance_uid=binance_uid,
            subtotal_amount_in_btc=subtotal_amount_in_btc,
        )

        _mirror_position_subtotal.additional_properties = d
        return _mirror_position_subtotal

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
