from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sub_wallet_asset_subtotal import SubWalletAssetSubtotal


T = TypeVar("T", bound="SubWalletAssetSummary")


@_attrs_define
class SubWalletAssetSummary:
    """Value of a sub-wallet, or of all sub-wallets of a Prime Wallet."""

    wallet_id_str: str
    """ Requested wallet id (decimal string). """
    total_amount_in_btc: Decimal
    """ Total value in BTC. """
    total_amount_in_usd: Decimal
    """ Total value in USD. """
    locked_amount_in_btc: Decimal | None | Unset = UNSET
    """ Locked value in BTC. """
    data: list[SubWalletAssetSubtotal] | None | Unset = UNSET
    """ Per-sub-wallet values. """
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

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

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
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_wallet_asset_subtotal import SubWalletAssetSubtotal  # noqa: PLC0415

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

        def _parse_data(data: object) -> list[SubWalletAssetSubtotal] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = SubWalletAssetSubtotal.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SubWalletAssetSubtotal] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        _sub_wallet_asset_summary = cls(
            wallet_id_str=wallet_id_str,
            total_amount_in_btc=total_amount_in_btc,
            total_amount_in_usd=total_amount_in_usd,
            locked_amount_in_btc=locked_amount_in_btc,
            data=data,
        )

        _sub_wallet_asset_summary.additional_properties = d
        return _sub_wallet_asset_summary

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
