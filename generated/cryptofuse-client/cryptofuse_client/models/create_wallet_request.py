from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateWalletRequest")


@_attrs_define
class CreateWalletRequest:
    """New wallet."""

    name: str
    """ Wallet name. """
    external_id: str
    """ Your id for the wallet; unique per tenant. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        external_id = self.external_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "external_id": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        external_id = d.pop("external_id")

        _create_wallet_request = cls(
            name=name,
            external_id=external_id,
        )

        return _create_wallet_request
