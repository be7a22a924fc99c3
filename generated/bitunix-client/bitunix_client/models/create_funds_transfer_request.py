from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_number, exact_number
from ..models.create_funds_transfer_request_type import (
    CreateFundsTransferRequestType,
    check_create_funds_transfer_request_type,
)

T = TypeVar("T", bound="CreateFundsTransferRequest")


@_attrs_define
class CreateFundsTransferRequest:
    """Transfer between the user's spot and futures accounts."""

    type_: CreateFundsTransferRequestType
    """ `spot_futures` from spot to futures; `futures_spot` from futures to spot. """
    coin: str
    """ Coin, as `name` in the QueryTokenData list. """
    amount: Decimal
    """ Amount (JSON number in the example, `100.01`); send the exact decimal digits. """

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        coin = self.coin

        amount = exact_number(self.amount, "amount")

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "coin": coin,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_create_funds_transfer_request_type(d.pop("type"))

        coin = d.pop("coin")

        amount = decimal_number(d.pop("amount"))

        _create_funds_transfer_request = cls(
            type_=type_,
            coin=coin,
            amount=amount,
        )

        return _create_funds_transfer_request
