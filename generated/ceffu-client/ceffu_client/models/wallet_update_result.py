from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_type import WalletType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletUpdateResult")


@_attrs_define
class WalletUpdateResult:
    """Wallet after an update."""

    wallet_id: int
    """ Wallet id (int64; prefer the id you sent as a string). """
    wallet_type: WalletType
    """ Wallet type: `10` Qualified Wallet, `11` (accepted by the docs' WalletType enum; meaning undocumented), `12`
    Cosign Wallet, `20` Prime Wallet, `21` Prime Sub-Wallet. """
    wallet_name: None | str | Unset = UNSET
    """ New wallet name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_id = self.wallet_id

        wallet_type = WalletType(self.wallet_type).value

        wallet_name: None | str | Unset
        if isinstance(self.wallet_name, Unset):
            wallet_name = UNSET
        else:
            wallet_name = self.wallet_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletId": wallet_id,
                "walletType": wallet_type,
            }
        )
        if wallet_name is not UNSET:
            field_dict["walletName"] = wallet_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id = d.pop("walletId")

        wallet_type = WalletType(d.pop("walletType"))

        def _parse_wallet_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wallet_name = _parse_wallet_name(d.pop("walletName", UNSET))

        _wallet_update_result = cls(
            wallet_id=wallet_id,
            wallet_type=wallet_type,
            wallet_name=wallet_name,
        )

        _wallet_update_result.additional_properties = d
        return _wallet_update_result

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
