from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletAssetSummary")


@_attrs_define
class WalletAssetSummary:
    """Total value of a wallet."""

    wallet_id_str: str
    """ Wallet id (decimal string). """
    total_amount_in_btc: Decimal
    """ Total value in BTC. """
    total_amount_in_usd: Decimal
    """ Total value in USD (can carry many decimals). """
    locked_amount_in_btc: Decimal | None | Unset = UNSET
    """ Locked value in BTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_id_str = self.wallet_id_str

        total_amount_in_btc = decimal_text(self.total_amount_in_btc, "totalAmountInBTC")

        total_amount_in_usd = decimal_text(self.total_amount_in_usd, "totalAmountInUSD")

        locked_amount_in_btc: None | str | Unset
        if isinstance(self.locked_amount_in_btc, Unset):
            locked_amount_in_btc = UNSET
        elif isinstance(self.locked_amount_in_btc, Decimal):
            locked_amount_in_btc = decimal_text(self.locked_amount_in_btc, "lockedAmountInBTC")
        else:
            locked_amount_in_btc = self.locked_amount_in_btc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletIdStr": wallet_id_str,
                "totalAmountInBTC": total_amount_in_btc,
                "totalAmountInUSD": total_amount_in_usd,
            }
        )
        if locked_amount_in_btc is not UNSET:
            field_dict["lockedAmountInBTC"] = locked_amount_in_btc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id_str = d.pop("walletIdStr")

        total_amount_in_btc = decimal_string(d.pop("totalAmountInBTC"))

        total_amount_in_usd = decimal_string(d.pop("totalAmountInUSD"))

        def _parse_locked_amount_in_btc(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locked_amount_in_btc_type_0 = decimal_string(data)

                return locked_amount_in_btc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        locked_amount_in_btc = _parse_locked_amount_in_btc(d.pop("lockedAmountInBTC", UNSET))

        _wallet_asset_summary = cls(
            wallet_id_str=wallet_id_str,
            total_amount_in_btc=total_amount_in_btc,
            total_amount_in_usd=total_amount_in_usd,
            locked_amount_in_btc=locked_amount_in_btc,
        )

        _wallet_asset_summary.additional_properties = d
        return _wallet_asset_summary

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
