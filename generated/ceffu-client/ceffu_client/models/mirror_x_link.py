from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mirror_x_link_status import MirrorXLinkStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MirrorXLink")


@_attrs_define
class MirrorXLink:
    """A Binance (3rd-party-custodian) sub-account linked to a Prime Wallet."""

    mirror_x_link_id: str
    """ MirrorX link id. """
    binance_uid: str
    """ Binance UID. """
    wallet_id_str: str
    """ Prime Wallet id (decimal string). """
    status: MirrorXLinkStatus
    """ MirrorX link status (names from the official SDK): `0` Under review, `1` Approved, `2` Rejected, `3`
    Approving, `4` Unbinding, `5` Unbound, `10` Processing, `11` Request rejected, `12` Request expired, `13`
    Request cancelled. """
    label: None | str | Unset = UNSET
    """ Label. """
    create_date: str | Unset = UNSET
    """ Creation date as returned by Ceffu. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mirror_x_link_id = self.mirror_x_link_id

        binance_uid = self.binance_uid

        wallet_id_str = self.wallet_id_str

        status = MirrorXLinkStatus(self.status).value

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        create_date = self.create_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mirrorXLinkId": mirror_x_link_id,
                "binanceUID": binance_uid,
                "walletIdStr": wallet_id_str,
                "status": status,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if create_date is not UNSET:
            field_dict["createDate"] = create_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mirror_x_link_id = d.pop("mirrorXLinkId")

        binance_uid = d.pop("binanceUID")

        wallet_id_str = d.pop("walletIdStr")

        status = MirrorXLinkStatus(d.pop("status"))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        create_date = d.pop("createDate", UNSET)

        _mirror_x_link = cls(
            mirror_x_link_id=mirror_x_link_id,
            binance_uid=binance_uid,
            wallet_id_str=wallet_id_str,
            status=status,
            label=label,
            create_date=create_date,
        )

        _mirror_x_link.additional_properties = d
        return _mirror_x_link

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
