from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_type import WalletType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubWallet")


@_attrs_define
class SubWallet:
    """A newly created Prime sub-wallet."""

    wallet_id: int
    """ Sub-wallet id (int64; exceeds 2^53 - use `walletIdStr`). """
    wallet_id_str: str
    """ Sub-wallet id (decimal string). """
    wallet_type: WalletType
    """ Wallet type: always `21` Prime Sub-Wallet. """
    wallet_name: None | str | Unset = UNSET
    """ Sub-wallet name. """
    parent_wallet_id: int | Unset = UNSET
    """ Parent Prime Wallet id (int64). """
    parent_wallet_id_str: str | Unset = UNSET
    """ Parent Prime Wallet id (decimal string). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_id = self.wallet_id

        wallet_id_str = self.wallet_id_str

        wallet_type = WalletType(self.wallet_type).value

        wallet_name: None | str | Unset
        if isinstance(self.wallet_name, Unset):
            wallet_name = UNSET
        else:
            wallet_name = self.wallet_name

        parent_wallet_id = self.parent_wallet_id

        parent_wallet_id_str = self.parent_wallet_id_str

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletId": wallet_id,
                "walletIdStr": wallet_id_str,
                "walletType": wallet_type,
            }
        )
        if wallet_name is not UNSET:
            field_dict["walletName"] = wallet_name
        if parent_wallet_id is not UNSET:
            field_dict["parentWalletId"] = parent_wallet_id
        if parent_wallet_id_str is not UNSET:
            field_dict["parentWalletIdStr"] = parent_wallet_id_str

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id = d.pop("walletId")

        wallet_id_str = d.pop("walletIdStr")

        wallet_type = WalletType(d.pop("walletType"))

        def _parse_wallet_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wallet_name = _parse_wallet_name(d.pop("walletName", UNSET))

        parent_wallet_id = d.pop("parentWalletId", UNSET)

        parent_wallet_id_str = d.pop("parentWalletIdStr", UNSET)

        _sub_wallet = cls(
            wallet_id=wallet_id,
            wallet_id_str=wallet_id_str,
            wallet_type=wallet_type,
            wallet_name=wallet_name,
            parent_wallet_id=parent_wallet_id,
            parent_wallet_id_str=parent_wallet_id_str,
        )

        _sub_wallet.additional_properties = d
        return _sub_wallet

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
