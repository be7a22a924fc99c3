from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrimeCoinNetwork")


@_attrs_define
class PrimeCoinNetwork:
    """Network configuration of a coin supported by Prime Wallets."""

    coin_symbol: str
    """ Coin symbol, e.g. `ETH`. """
    network: str
    """ Network symbol, e.g. `ETH`. """
    coin_full_name: str | Unset = UNSET
    """ Full coin name. """
    deposit_enable: bool | Unset = UNSET
    """ Whether deposits are enabled on this network. """
    withdrawal_enable: bool | Unset = UNSET
    """ Whether withdrawals are enabled on this network. """
    withdrawal_min: Decimal | Unset = UNSET
    """ Minimum withdrawal amount. """
    withdrawal_max: Decimal | Unset = UNSET
    """ Maximum withdrawal amount. """
    precision: int | Unset = UNSET
    """ Decimal precision of amounts on this network. """
    withdrawal_fee: Decimal | Unset = UNSET
    """ Withdrawal fee. """
    address_regex: None | str | Unset = UNSET
    """ Regular expression that valid addresses on this network match. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin_symbol = self.coin_symbol

        network = self.network

        coin_full_name = self.coin_full_name

        deposit_enable = self.deposit_enable

        withdrawal_enable = self.withdrawal_enable

        withdrawal_min: str | Unset = UNSET
        if not isinstance(self.withdrawal_min, Unset):
            withdrawal_min = decimal_text(self.withdrawal_min, "withdrawalMin")

        withdrawal_max: str | Unset = UNSET
        if not isinstance(self.withdrawal_max, Unset):
            withdrawal_max = decimal_text(self.withdrawal_max, "withdrawalMax")

        precision = self.precision

        withdrawal_fee: str | Unset = UNSET
        if not isinstance(self.withdrawal_fee, Unset):
            withdrawal_fee = decimal_text(self.withdrawal_fee, "withdrawalFee")

        address_regex: None | str | Unset
        if isinstance(self.address_regex, Unset):
            address_regex = UNSET
        else:
            address_regex = self.address_regex

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coinSymbol": coin_symbol,
                "network": network,
            }
        )
        if coin_full_name is not UNSET:
            field_dict["coinFullName"] = coin_full_name
        if deposit_enable is not UNSET:
            field_dict["depositEnable"] = deposit_enable
        if withdrawal_enable is not UNSET:
            field_dict["withdrawalEnable"] = withdrawal_enable
        if withdrawal_min is not UNSET:
            field_dict["withdrawalMin"] = withdrawal_min
        if withdrawal_max is not UNSET:
            field_dict["withdrawalMax"] = withdrawal_max
        if precision is not UNSET:
            field_dict["precision"] = precision
        if withdrawal_fee is not UNSET:
            field_dict["withdrawalFee"] = withdrawal_fee
        if address_regex is not UNSET:
            field_dict["addressRegex"] = address_regex

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coin_symbol = d.pop("coinSymbol")

        network = d.pop("network")

        coin_full_name = d.pop("coinFullName", UNSET)

        deposit_enable = d.pop("depositEnable", UNSET)

        withdrawal_enable = d.pop("withdrawalEnable", UNSET)

        _withdrawal_min = d.pop("withdrawalMin", UNSET)
        withdrawal_min: Decimal | Unset
        if isinstance(_withdrawal_min, Unset):
            withdrawal_min = UNSET
        else:
            withdrawal_min = decimal_string(_withdrawal_min)

        _withdrawal_max = d.pop("withdrawalMax", UNSET)
        withdrawal_max: Decimal | Unset
        if isinstance(_withdrawal_max, Unset):
            withdrawal_max = UNSET
        else:
            withdrawal_max = decimal_string(_withdrawal_max)

        precision = d.pop("precision", UNSET)

        _withdrawal_fee = d.pop("withdrawalFee", UNSET)
        withdrawal_fee: Decimal | Unset
        if isinstance(_withdrawal_fee, Unset):
            withdrawal_fee = UNSET
        else:
            withdrawal_fee = decimal_string(_withdrawal_fee)

        def _parse_address_regex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_regex = _parse_address_regex(d.pop("addressRegex", UNSET))

        _prime_coin_network = cls(
            coin_symbol=coin_symbol,
            network=network,
            coin_full_name=coin_full_name,
            deposit_enable=deposit_enable,
            withdrawal_enable=withdrawal_enable,
            withdrawal_min=withdrawal_min,
            withdrawal_max=withdrawal_max,
            precision=precision,
            withdrawal_fee=withdrawal_fee,
            address_regex=address_regex,
        )

        _prime_coin_network.additional_properties = d
        return _prime_coin_network

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
