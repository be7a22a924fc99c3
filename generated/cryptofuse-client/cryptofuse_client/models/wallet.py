from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wallet_balance import WalletBalance


T = TypeVar("T", bound="Wallet")


@_attrs_define
class Wallet:
    """A wallet (sub-account)."""

    id: int | str
    """ Wallet id (integer in the overview example, UUID string in the Create Wallet page); used in
    `/wallets/{id}/`. """
    name: str
    """ Wallet name. """
    wallet_id: str
    """ System wallet id, e.g. `w_abc123`; used by balances, transfers and transfer history. """
    external_id: None | str | Unset = UNSET
    """ Your id for the wallet (unique per tenant). """
    created: datetime.datetime | Unset = UNSET
    """ Creation time. """
    updated: datetime.datetime | Unset = UNSET
    """ Last update time. """
    balances: list[WalletBalance] | Unset = UNSET
    """ Balances per currency (empty for a new wallet). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        wallet_id = self.wallet_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        updated: str | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.isoformat()

        balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = []
            for balances_item_data in self.balances:
                balances_item = balances_item_data.to_dict()
                balances.append(balances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "wallet_id": wallet_id,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if balances is not UNSET:
            field_dict["balances"] = balances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wallet_balance import WalletBalance  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name")

        wallet_id = d.pop("wallet_id")

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _updated = d.pop("updated", UNSET)
        updated: datetime.datetime | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = datetime.datetime.fromisoformat(_updated)

        _balances = d.pop("balances", UNSET)
        balances: list[WalletBalance] | Unset = UNSET
        if _balances is not UNSET:
            balances = []
            for balances_item_data in _balances:
                balances_item = WalletBalance.from_dict(balances_item_data)

                balances.append(balances_item)

        _wallet = cls(
            id=id,
            name=name,
            wallet_id=wallet_id,
            external_id=external_id,
            created=created,
            updated=updated,
            balances=balances,
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
