from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text

if TYPE_CHECKING:
    from ..models.mirror_position_subtotal import MirrorPositionSubtotal


T = TypeVar("T", bound="MirrorPositionSummary")


@_attrs_define
class MirrorPositionSummary:
    """Mirrored asset summary of a wallet."""

    wallet_id_str: str
    """ Ceffu wallet id (decimal string). """
    total_amount_in_btc: Decimal
    """ Total mirrored value in BTC. """
    data: list[MirrorPositionSubtotal]
    """ Per-Binance-UID values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_id_str = self.wallet_id_str

        total_amount_in_btc = decimal_text(self.total_amount_in_btc, "totalAmountInBTC")

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletIdStr": wallet_id_str,
                "totalAmountInBTC": total_amount_in_btc,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mirror_position_subtotal import MirrorPositionSubtotal  # noqa: PLC0415

        d = dict(src_dict)
        wallet_id_str = d.pop("walletIdStr")

        total_amount_in_btc = decimal_string(d.pop("totalAmountInBTC"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = MirrorPositionSubtotal.from_dict(data_item_data)

            data.append(data_item)

        _mirror_position_summary = cls(
            wallet_id_str=wallet_id_str,
            total_amount_in_btc=total_amount_in_btc,
            data=data,
        )

        _mirror_position_summary.additional_properties = d
        return _mirror_position_summary

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
