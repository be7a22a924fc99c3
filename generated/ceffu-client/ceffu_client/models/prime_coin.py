from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prime_coin_network import PrimeCoinNetwork


T = TypeVar("T", bound="PrimeCoin")


@_attrs_define
class PrimeCoin:
    """Coin supported by Prime Wallets."""

    coin_symbol: str
    """ Coin symbol, e.g. `ETH`. """
    network_config_list: list[PrimeCoinNetwork]
    """ Per-network configuration. """
    coin_id: int | Unset = UNSET
    """ Ceffu coin id. """
    coin_full_name: str | Unset = UNSET
    """ Full coin name. """
    deposit_enable: bool | Unset = UNSET
    """ Whether deposits are enabled. """
    withdrawal_enable: bool | Unset = UNSET
    """ Whether withdrawals are enabled. """
    transfer_precision: int | Unset = UNSET
    """ Decimal precision for internal transfers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin_symbol = self.coin_symbol

        network_config_list = []
        for network_config_list_item_data in self.network_config_list:
            network_config_list_item = network_config_list_item_data.to_dict()
            network_config_list.append(network_config_list_item)

        coin_id = self.coin_id

        coin_full_name = self.coin_full_name

        deposit_enable = self.deposit_enable

        withdrawal_enable = self.withdrawal_enable

        transfer_precision = self.transfer_precision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coinSymbol": coin_symbol,
                "networkConfigList": network_config_list,
            }
        )
        if coin_id is not UNSET:
            field_dict["coinId"] = coin_id
        if coin_full_name is not UNSET:
            field_dict["coinFullName"] = coin_full_name
        if deposit_enable is not UNSET:
            field_dict["depositEnable"] = deposit_enable
        if withdrawal_enable is not UNSET:
            field_dict["withdrawalEnable"] = withdrawal_enable
        if transfer_precision is not UNSET:
            field_dict["transferPrecision"] = transfer_precision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prime_coin_network import PrimeCoinNetwork  # noqa: PLC0415

        d = dict(src_dict)
        coin_symbol = d.pop("coinSymbol")

        network_config_list = []
        _network_config_list = d.pop("networkConfigList")
        for network_config_list_item_data in _network_config_list:
            network_config_list_item = PrimeCoinNetwork.from_dict(network_config_list_item_data)

            network_config_list.append(network_config_list_item)

        coin_id = d.pop("coinId", UNSET)

        coin_full_name = d.pop("coinFullName", UNSET)

        deposit_enable = d.pop("depositEnable", UNSET)

        withdrawal_enable = d.pop("withdrawalEnable", UNSET)

        transfer_precision = d.pop("transferPrecision", UNSET)

        _prime_coin = cls(
            coin_symbol=coin_symbol,
            network_config_list=network_config_list,
            coin_id=coin_id,
            coin_full_name=coin_full_name,
            deposit_enable=deposit_enable,
            withdrawal_enable=withdrawal_enable,
            transfer_precision=transfer_precision,
        )

        _prime_coin.additional_properties = d
        return _prime_coin

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
