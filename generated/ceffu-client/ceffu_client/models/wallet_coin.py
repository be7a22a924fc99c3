from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletCoin")


@_attrs_define
class WalletCoin:
    """Coin/network supported by Qualified or Cosign Wallets (one entry per coin and network)."""

    coin_symbol: str
    """ Coin symbol, e.g. `BTC`. """
    network: str
    """ Network symbol, e.g. `BTC`. """
    coin_id: int | Unset = UNSET
    """ Ceffu coin id. """
    coin_full_name: None | str | Unset = UNSET
    """ Full coin name. """
    protocol: None | str | Unset = UNSET
    """ Token protocol, e.g. `ERC20`. """
    deposit_enable: bool | Unset = UNSET
    """ Whether deposits are enabled. """
    withdrawal_enable: bool | Unset = UNSET
    """ Whether withdrawals are enabled. """
    withdrawal_min: Decimal | Unset = UNSET
    """ Minimum withdrawal amount. """
    withdrawal_max: Decimal | None | Unset = UNSET
    """ Maximum withdrawal amount (null = no maximum). """
    precision: int | Unset = UNSET
    """ Decimal precision of amounts. """
    address_regex: None | str | Unset = UNSET
    """ Regular expression that valid addresses match. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin_symbol = self.coin_symbol

        network = self.network

        coin_id = self.coin_id

        coin_full_name: None | str | Unset
        if isinstance(self.coin_full_name, Unset):
            coin_full_name = UNSET
        else:
            coin_full_name = self.coin_full_name

        protocol: None | str | Unset
        if isinstance(self.protocol, Unset):
            protocol = UNSET
        else:
            protocol = self.protocol

        deposit_enable = self.deposit_enable

        withdrawal_enable = self.withdrawal_enable

        withdrawal_min: str | Unset = UNSET
        if not isinstance(self.withdrawal_min, Unset):
            withdrawal_min = decimal_text(self.withdrawal_min, "withdrawalMin")

        withdrawal_max: None | str | Unset
        if isinstance(self.withdrawal_max, Unset):
            withdrawal_max = UNSET
        elif isinstance(self.withdrawal_max, Decimal):
            withdrawal_max = decimal_text(self.withdrawal_max, "withdrawalMax")
        else:
            withdrawal_max = self.withdrawal_max

        precision = self.precision

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
        if coin_id is not UNSET:
            field_dict["coinId"] = coin_id
        if coin_full_name is not UNSET:
            field_dict["coinFullName"] = coin_full_name
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
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
        if address_regex is not UNSET:
            field_dict["addressRegex"] = address_regex

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coin_symbol = d.pop("coinSymbol")

        network = d.pop("network")

        coin_id = d.pop("coinId", UNSET)

        def _parse_coin_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coin_full_name = _parse_coin_full_name(d.pop("coinFullName", UNSET))

        def _parse_protocol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        protocol = _parse_protocol(d.pop("protocol", UNSET))

        deposit_enable = d.pop("depositEnable", UNSET)

        withdrawal_enable = d.pop("withdrawalEnable", UNSET)

        _withdrawal_min = d.pop("withdrawalMin", UNSET)
        withdrawal_min: Decimal | Unset
        if isinstance(_withdrawal_min, Unset):
            withdrawal_min = UNSET
        else:
            withdrawal_min = decimal_string(_withdrawal_min)

        def _parse_withdrawal_max(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawal_max_type_0 = decimal_string(data)

                return withdrawal_max_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        withdrawal_max = _parse_withdrawal_max(d.pop("withdrawalMax", UNSET))

        precision = d.pop("precision", UNSET)

        def _parse_address_regex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_regex = _parse_address_regex(d.pop("addressRegex", UNSET))

        _wallet_coin = cls(
            coin_symbol=coin_symbol,
            network=network,
            coin_id=coin_id,
            coin_full_name=coin_full_name,
            protocol=protocol,
            deposit_enable=deposit_enable,
            withdrawal_enable=withdrawal_enable,
            withdrawal_min=withdrawal_min,
            withdrawal_max=withdrawal_max,
            precision=precision,
            address_regex=address_regex,
        )

        _wallet_coin.additional_properties = d
        return _wallet_coin

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
