from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="MirrorPosition")


@_attrs_define
class MirrorPosition:
    """Mirrored asset position."""

    wallet_id_str: str
    """ Ceffu wallet id (decimal string). """
    coin_symbol: str
    """ Coin symbol. """
    amount: Decimal
    """ Mirrored amount. """
    binance_uid: str | Unset = UNSET
    """ Binance UID. """
    network: None | str | Unset = UNSET
    """ Network symbol. """
    amount_in_btc: Decimal | Unset = UNSET
    """ Mirrored amount valued in BTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_id_str = self.wallet_id_str

        coin_symbol = self.coin_symbol

        amount = decimal_text(self.amount, "amount")

        binance_uid = self.binance_uid

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        amount_in_btc: str | Unset = UNSET
        if not isinstance(self.amount_in_btc, Unset):
            amount_in_btc = decimal_text(self.amount_in_btc, "amountInBTC")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletIdStr": wallet_id_str,
                "coinSymbol": coin_symbol,
                "amount": amount,
            }
        )
        if binance_uid is not UNSET:
            field_dict["binanceUID"] = binance_uid
        if network is not UNSET:
            field_dict["network"] = network
        if amount_in_btc is not UNSET:
            field_dict["amountInBTC"] = amount_in_btc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id_str = d.pop("walletIdStr")

        coin_symbol = d.pop("coinSymbol")

        amount = decimal_string(d.pop("amount"))

        binance_uid = d.pop("binanceUID", UNSET)

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        _amount_in_btc = d.pop("amountInBTC", UNSET)
        amount_in_btc: Decimal | Unset
        if isinstance(_amount_in_btc, Unset):
            amount_in_btc = UNSET
        else:
            amount_in_btc = decimal_string(_amount_in_btc)

        _mirror_position = cls(
            wallet_id_str=wallet_id_str,
            coin_symbol=coin_symbol,
            amount=amount,
            binance_uid=binance_uid,
            network=network,
            amount_in_btc=amount_in_btc,
        )

        _mirror_position.additional_properties = d
        return _mirror_position

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
