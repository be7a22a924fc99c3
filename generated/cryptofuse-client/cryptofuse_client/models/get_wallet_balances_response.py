from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wallet_balance import WalletBalance


T = TypeVar("T", bound="GetWalletBalancesResponse")


@_attrs_define
class GetWalletBalancesResponse:
    """One wallet's balances."""

    wallet_id: str
    """ System wallet id. """
    balances: list[WalletBalance]
    """ Balances per currency. """
    external_id: None | str | Unset = UNSET
    """ Your id for the wallet. """
    name: str | Unset = UNSET
    """ Wallet name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_id = self.wallet_id

        balances = []
        for balances_item_data in self.balances:
            balances_item = balances_item_data.to_dict()
            balances.append(balances_item)

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wallet_id": wallet_id,
                "balances": balances,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wallet_balance import WalletBalance  # noqa: PLC0415

        d = dict(src_dict)
        wallet_id = d.pop("wallet_id")

        balances = []
        _balances = d.pop("balances")
        for balances_item_data in _balances:
            balances_item = WalletBalance.from_dict(balances_item_data)

            balances.append(balances_item)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        name = d.pop("name", UNSET)

        _get_wallet_balances_response = cls(
            wallet_id=wallet_id,
            balances=balances,
            external_id=external_id,
            name=name,
        )

        _get_wallet_balances_response.additional_properties = d
        return _get_wallet_balances_response

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
