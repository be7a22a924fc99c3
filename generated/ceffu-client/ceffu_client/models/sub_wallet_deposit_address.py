from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubWalletDepositAddress")


@_attrs_define
class SubWalletDepositAddress:
    """Deposit address of one sub-wallet."""

    wallet_address: str
    """ Deposit address. """
    wallet_id: int
    """ Sub-wallet id (int64). """
    memo: str | Unset = UNSET
    """ Memo/tag; empty string when not applicable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_address = self.wallet_address

        wallet_id = self.wallet_id

        memo = self.memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletAddress": wallet_address,
                "walletId": wallet_id,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_address = d.pop("walletAddress")

        wallet_id = d.pop("walletId")

        memo = d.pop("memo", UNSET)

        _sub_wallet_deposit_address = cls(
            wallet_address=wallet_address,
            wallet_id=wallet_id,
            memo=memo,
        )

        _sub_wallet_deposit_address.additional_properties = d
        return _sub_wallet_deposit_address

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
