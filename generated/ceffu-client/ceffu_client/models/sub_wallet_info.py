from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_collection import AutoCollection
from ..models.wallet_type import WalletType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubWalletInfo")


@_attrs_define
class SubWalletInfo:
    """A sub-wallet in the v2 list."""

    wallet_id_str: str
    """ Sub-wallet id (decimal string). """
    wallet_id: int
    """ Sub-wallet id (int64). """
    wallet_type: WalletType
    """ Wallet type: `21` Prime Sub-Wallet. """
    wallet_name: None | str | Unset = UNSET
    """ Sub-wallet name. """
    auto_collection: AutoCollection | Unset = UNSET
    """ Auto-collection: `0` disabled (default), `1` enabled (sub-wallet balances are swept to the parent Prime
    Wallet). """
    request_id: None | str | Unset = UNSET
    """ Client `requestId` (null). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_id_str = self.wallet_id_str

        wallet_id = self.wallet_id

        wallet_type = WalletType(self.wallet_type).value

        wallet_name: None | str | Unset
        if isinstance(self.wallet_name, Unset):
            wallet_name = UNSET
        else:
            wallet_name = self.wallet_name

        auto_collection: int | Unset = UNSET
        if not isinstance(self.auto_collection, Unset):
            auto_collection = AutoCollection(self.auto_collection).value

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletIdStr": wallet_id_str,
                "walletId": wallet_id,
                "walletType": wallet_type,
            }
        )
        if wallet_name is not UNSET:
            field_dict["walletName"] = wallet_name
        if auto_collection is not UNSET:
            field_dict["autoCollection"] = auto_collection
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id_str = d.pop("walletIdStr")

        wallet_id = d.pop("walletId")

        wallet_type = WalletType(d.pop("walletType"))

        def _parse_wallet_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wallet_name = _parse_wallet_name(d.pop("walletName", UNSET))

        _auto_collection = d.pop("autoCollection", UNSET)
        auto_collection: AutoCollection | Unset
        if isinstance(_auto_collection, Unset):
            auto_collection = UNSET
        else:
            auto_collection = AutoCollection(_auto_collection)

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("requestId", UNSET))

        _sub_wallet_info = cls(
            wallet_id_str=wallet_id_str,
            wallet_id=wallet_id,
            wallet_type=wallet_type,
            wallet_name=wallet_name,
            auto_collection=auto_collection,
            request_id=request_id,
        )

        _sub_wallet_info.additional_properties = d
        return _sub_wallet_info

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
