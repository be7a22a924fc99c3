from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="MirrorXPosition")


@_attrs_define
class MirrorXPosition:
    """MirrorX position of one coin."""

    mirror_x_link_id: str
    """ MirrorX link id. """
    coin_symbol: str
    """ Coin symbol. """
    mirror_x_balance: Decimal
    """ Balance mirrored to Binance. """
    binance_uid: str | Unset = UNSET
    """ Binance UID. """
    wallet_id_str: str | Unset = UNSET
    """ Prime Wallet id (decimal string). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mirror_x_link_id = self.mirror_x_link_id

        coin_symbol = self.coin_symbol

        mirror_x_balance = decimal_text(self.mirror_x_balance, "mirrorXBalance")

        binance_uid = self.binance_uid

        wallet_id_str = self.wallet_id_str

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mirrorXLinkId": mirror_x_link_id,
                "coinSymbol": coin_symbol,
                "mirrorXBalance": mirror_x_balance,
            }
        )
        if binance_uid is not UNSET:
            field_dict["binanceUID"] = binance_uid
        if wallet_id_str is not UNSET:
            field_dict["walletIdStr"] = wallet_id_str

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mirror_x_link_id = d.pop("mirrorXLinkId")

        coin_symbol = d.pop("coinSymbol")

        mirror_x_balance = decimal_string(d.pop("mirrorXBalance"))

        binance_uid = d.pop("binanceUID", UNSET)

        wallet_id_str = d.pop("walletIdStr", UNSET)

        _mirror_x_position = cls(
            mirror_x_link_id=mirror_x_link_id,
            coin_symbol=coin_symbol,
            mirror_x_balance=mirror_x_balance,
            binance_uid=binance_uid,
            wallet_id_str=wallet_id_str,
        )

        _mirror_x_position.additional_properties = d
        return _mirror_x_position

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
