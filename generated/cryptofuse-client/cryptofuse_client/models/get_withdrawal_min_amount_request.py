from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetWithdrawalMinAmountRequest")


@_attrs_define
class GetWithdrawalMinAmountRequest:
    """Currency whose withdrawal minimum is asked."""

    currency: str
    """ Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`, `BTC`. """

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        _get_withdrawal_min_amount_request = cls(
            currency=currency,
        )

        return _get_withdrawal_min_amount_request
