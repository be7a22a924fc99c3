from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="WithdrawalFee")


@_attrs_define
class WithdrawalFee:
    """Estimated withdrawal fee."""

    fee_amount: Decimal
    """ Estimated fee. """
    fee_symbol: str
    """ Fee coin symbol. """
    fast_fee_amount: Decimal | None | Unset = UNSET
    """ Fee for fast priority (Qualified/Cosign wallets). """
    slow_fee_amount: Decimal | None | Unset = UNSET
    """ Fee for slow priority (Qualified/Cosign wallets). """
    avl_fee_amount: Decimal | None | Unset = UNSET
    """ Fee for average priority (Qualified/Cosign wallets). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee_amount = decimal_text(self.fee_amount, "feeAmount")

        fee_symbol = self.fee_symbol

        fast_fee_amount: None | str | Unset
        if isinstance(self.fast_fee_amount, Unset):
            fast_fee_amount = UNSET
        elif isinstance(self.fast_fee_amount, Decimal):
            fast_fee_amount = decimal_text(self.fast_fee_amount, "fastFeeAmount")
        else:
            fast_fee_amount = self.fast_fee_amount

        slow_fee_amount: None | str | Unset
        if isinstance(self.slow_fee_amount, Unset):
            slow_fee_amount = UNSET
        elif isinstance(self.slow_fee_amount, Decimal):
            slow_fee_amount = decimal_text(self.slow_fee_amount, "slowFeeAmount")
        else:
            slow_fee_amount = self.slow_fee_amount

        avl_fee_amount: None | str | Unset
        if isinstance(self.avl_fee_amount, Unset):
            avl_fee_amount = UNSET
        elif isinstance(self.avl_fee_amount, Decimal):
            avl_fee_amount = decimal_text(self.avl_fee_amount, "avlFeeAmount")
        else:
            avl_fee_amount = self.avl_fee_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feeAmount": fee_amount,
                "feeSymbol": fee_symbol,
            }
        )
        if fast_fee_amount is not UNSET:
            field_dict["fastFeeAmount"] = fast_fee_amount
        if slow_fee_amount is not UNSET:
            field_dict["slowFeeAmount"] = slow_fee_amount
        if avl_fee_amount is not UNSET:
            field_dict["avlFeeAmount"] = avl_fee_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fee_amount = decimal_string(d.pop("feeAmount"))

        fee_symbol = d.pop("feeSymbol")

        def _parse_fast_fee_amount(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fast_fee_amount_type_0 = decimal_string(data)

                return fast_fee_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        fast_fee_amount = _parse_fast_fee_amount(d.pop("fastFeeAmount", UNSET))

        def _parse_slow_fee_amount(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                slow_fee_amount_type_0 = decimal_string(data)

                return slow_fee_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        slow_fee_amount = _parse_slow_fee_amount(d.pop("slowFeeAmount", UNSET))

        def _parse_avl_fee_amount(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                avl_fee_amount_type_0 = decimal_string(data)

                return avl_fee_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        avl_fee_amount = _parse_avl_fee_amount(d.pop("avlFeeAmount", UNSET))

        _withdrawal_fee = cls(
            fee_amount=fee_amount,
            fee_symbol=fee_symbol,
            fast_fee_amount=fast_fee_amount,
            slow_fee_amount=slow_fee_amount,
            avl_fee_amount=avl_fee_amount,
        )

        _withdrawal_fee.additional_properties = d
        return _withdrawal_fee

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
