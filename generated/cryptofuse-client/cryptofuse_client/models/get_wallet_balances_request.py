from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetWalletBalancesRequest")


@_attrs_define
class GetWalletBalancesRequest:
    """Wallet lookup: send exactly one of `wallet_id` / `external_id`."""

    wallet_id: str | Unset = UNSET
    """ System wallet id. """
    external_id: str | Unset = UNSET
    """ Your id for the wallet. """

    def to_dict(self) -> dict[str, Any]:
        wallet_id = self.wallet_id

        external_id = self.external_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if wallet_id is not UNSET:
            field_dict["wallet_id"] = wallet_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id = d.pop("wallet_id", UNSET)

        external_id = d.pop("external_id", UNSET)

        _get_wallet_balances_request = cls(
            wallet_id=wallet_id,
            external_id=external_id,
        )

        return _get_wallet_balances_request
