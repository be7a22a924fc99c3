from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubWalletAssetSubtotal")


@_attrs_define
class SubWalletAssetSubtotal:
    """Value of one sub-wallet."""

    wallet_id_str: str
    """ Sub-wallet id (decimal string). """
    sub_total_amount_in_btc: Decimal | Unset = UNSET
    """ Value in BTC. """
    sub_total_amount_in_usd: Decimal | Unset = UNSET
    """ Value in USD. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_id_str = self.wallet_id_str

        sub_total_amount_in_btc: str | Unset = UNSET
        if not isinstance(self.sub_total_amount_in_btc, Unset):
            sub_total_amount_in_btc = decimal_text(self.sub_total_amount_in_btc, "subTotalAmountInBTC")

        sub_total_amount_in_usd: str | Unset = UNSET
        if not isinstance(self.sub_total_amount_in_usd, Unset):
            sub_total_amount_in_usd = decimal_text(self.sub_total_amount_in_usd, "subTotalAmountInUSD")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletIdStr": wallet_id_str,
            }
        )
        if sub_total_amount_in_btc is not UNSET:
            field_dict["subTotalAmountInBTC"] = sub_total_amount_in_btc
        if sub_total_amount_in_usd is not UNSET:
            field_dict["subTotalAmountInUSD"] = sub_total_amount_in_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id_str = d.pop("walletIdStr")

        _sub_total_amount_in_btc = d.pop("subTotalAmountInBTC", UNSET)
        sub_total_amount_in_btc: Decimal | Unset
        if isinstance(_sub_total_amount_in_btc, Unset):
            sub_total_amount_in_btc = UNSET
        else:
            sub_total_amount_in_btc = decimal_string(_sub_total_amount_in_btc)

        _sub_total_amount_in_usd = d.pop("subTotalAmountInUSD", UNSET)
        sub_total_amount_in_usd: Decimal | Unset
        if isinstance(_sub_total_amount_in_usd, Unset):
            sub_total_amount_in_usd = UNSET
        else:
            sub_total_amount_in_usd = decimal_string(_sub_total_amount_in_usd)

        _sub_wallet_asset_subtotal = cls(
            wallet_id_str=wallet_id_str,
            sub_total_amount_in_btc=sub_total_amount_in_btc,
            sub_total_amount_in_usd=sub_total_amount_in_usd,
        )

        _sub_wallet_asset_subtotal.additional_properties = d
        return _sub_wallet_asset_subtotal

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
