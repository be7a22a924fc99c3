from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_type import WalletType

T = TypeVar("T", bound="Wallet")


@_attrs_define
class Wallet:
    """A parent wallet (Qualified, Cosign or Prime)."""

    wallet_id: int
    """ Wallet id as a JSON number. Exceeds 2^53: JavaScript/float parsers round it - use `walletIdStr`. """
    wallet_id_str: str
    """ Wallet id as a decimal string (exact). """
    wallet_name: str
    """ Wallet name. """
    wallet_type: WalletType
    """ Wallet type: `10` Qualified Wallet, `11` (accepted by the docs' WalletType enum; meaning undocumented), `12`
    Cosign Wallet, `20` Prime Wallet, `21` Prime Sub-Wallet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_id = self.wallet_id

        wallet_id_str = self.wallet_id_str

        wallet_name = self.wallet_name

        wallet_type = WalletType(self.wallet_type).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletId": wallet_id,
                "walletIdStr": wallet_id_str,
                "walletName": wallet_name,
                "walletType": wallet_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id = d.pop("walletId")

        wallet_id_str = d.pop("walletIdStr")

        wallet_name = d.pop("walletName")

        wallet_type = WalletType(d.pop("walletType"))

        _wallet = cls(
            wallet_id=wallet_id,
            wallet_id_str=wallet_id_str,
            wallet_name=wallet_name,
            wallet_type=wallet_type,
        )

        _wallet.additional_properties = d
        return _wallet

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
