from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="WithdrawalEstimate")


@_attrs_define
class WithdrawalEstimate:
    """Withdrawal simulation (nothing is created)."""

    requested_amount: Decimal
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    fee: Decimal
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    amount: Decimal
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    withdrawal_id: None | Unset = UNSET
    """ Always null (nothing is created). """
    status: Literal["estimate"] | Unset = UNSET
    """ Always `estimate`. """
    currency: str | Unset = UNSET
    """ Currency code. """
    blockchain: str | Unset = UNSET
    """ Blockchain. """
    token: str | Unset = UNSET
    """ Token. """
    platform_fee: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    network_fee: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested_amount = decimal_text(self.requested_amount, "requested_amount")

        fee = decimal_text(self.fee, "fee")

        amount = decimal_text(self.amount, "amount")

        withdrawal_id = self.withdrawal_id

        status = self.status

        currency = self.currency

        blockchain = self.blockchain

        token = self.token

        platform_fee: str | Unset = UNSET
        if not isinstance(self.platform_fee, Unset):
            platform_fee = decimal_text(self.platform_fee, "platform_fee")

        network_fee: str | Unset = UNSET
        if not isinstance(self.network_fee, Unset):
            network_fee = decimal_text(self.network_fee, "network_fee")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requested_amount": requested_amount,
                "fee": fee,
                "amount": amount,
            }
        )
        if withdrawal_id is not UNSET:
            field_dict["withdrawal_id"] = withdrawal_id
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if blockchain is not UNSET:
            field_dict["blockchain"] = blockchain
        if token is not UNSET:
            field_dict["token"] = token
        if platform_fee is not UNSET:
            field_dict["platform_fee"] = platform_fee
        if network_fee is not UNSET:
            field_dict["network_fee"] = network_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requested_amount = decimal_string(d.pop("requested_amount"))

        fee = decimal_string(d.pop("fee"))

        amount = decimal_string(d.pop("amount"))

        withdrawal_id = d.pop("withdrawal_id", UNSET)

        status = cast(Literal["estimate"] | Unset, d.pop("status", UNSET))
        if status != "estimate" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'estimate', got '{status}'")

        currency = d.pop("currency", UNSET)

        blockchain = d.pop("blockchain", UNSET)

        token = d.pop("token", UNSET)

        _platform_fee = d.pop("platform_fee", UNSET)
        platform_fee: Decimal | Unset
        if isinstance(_platform_fee, Unset):
            platform_fee = UNSET
        else:
            platform_fee = decimal_string(_platform_fee)

        _network_fee = d.pop("network_fee", UNSET)
        network_fee: Decimal | Unset
        if isinstance(_network_fee, Unset):
            network_fee = UNSET
        else:
            network_fee = decimal_string(_network_fee)

        _withdrawal_estimate = cls(
            requested_amount=requested_amount,
            fee=fee,
            amount=amount,
            withdrawal_id=withdrawal_id,
            status=status,
            currency=currency,
            blockchain=blockchain,
            token=token,
            platform_fee=platform_fee,
            network_fee=network_fee,
        )

        _withdrawal_estimate.additional_properties = d
        return _withdrawal_estimate

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
