from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MirrorLink")


@_attrs_define
class MirrorLink:
    """A Binance UID linked to a wallet for (archive) Mirror."""

    mirror_link_id: str
    """ Mirror link id (used by apply/settle). """
    binance_uid: str
    """ Binance UID. """
    wallet_id_str: str | Unset = UNSET
    """ Ceffu wallet id (decimal string). """
    status: int | None | Unset = UNSET
    """ Link status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mirror_link_id = self.mirror_link_id

        binance_uid = self.binance_uid

        wallet_id_str = self.wallet_id_str

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mirrorLinkId": mirror_link_id,
                "binanceUID": binance_uid,
            }
        )
        if wallet_id_str is not UNSET:
            field_dict["walletIdStr"] = wallet_id_str
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mirror_link_id = d.pop("mirrorLinkId")

        binance_uid = d.pop("binanceUID")

        wallet_id_str = d.pop("walletIdStr", UNSET)

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _mirror_link = cls(
            mirror_link_id=mirror_link_id,
            binance_uid=binance_uid,
            wallet_id_str=wallet_id_str,
            status=status,
        )

        _mirror_link.additional_properties = d
        return _mirror_link

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
