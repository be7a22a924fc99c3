from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="WithdrawalFeeEstimate")


@_attrs_define
class WithdrawalFeeEstimate:
    """Network fee estimate."""

    fee: Decimal
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    token: str | Unset = UNSET
    """ Token. """
    currency: str | Unset = UNSET
    """ Currency code. """
    blockchain: str | Unset = UNSET
    """ Blockchain. """
    chain: str | Unset = UNSET
    """ Chain identifier used for the estimate. """
    is_new_address: bool | Unset = UNSET
    """ Whether the destination has never been used (needs activation). """
    address_activation_fee: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee = decimal_text(self.fee, "fee")

        token = self.token

        currency = self.currency

        blockchain = self.blockchain

        chain = self.chain

        is_new_address = self.is_new_address

        address_activation_fee: str | Unset = UNSET
        if not isinstance(self.address_activation_fee, Unset):
            address_activation_fee = decimal_text(self.address_activation_fee, "address_activation_fee")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fee": fee,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if currency is not UNSET:
            field_dict["currency"] = currency
        if blockchain is not UNSET:
            field_dict["blockchain"] = blockchain
        if chain is not UNSET:
            field_dict["chain"] = chain
        if is_new_address is not UNSET:
            field_dict["is_new_address"] = is_new_address
        if address_activation_fee is not UNSET:
            field_dict["address_activation_fee"] = address_activation_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fee = decimal_string(d.pop("fee"))

        token = d.pop("token", UNSET)

        currency = d.pop("currency", UNSET)

        blockchain = d.pop("blockchain", UNSET)

        chain = d.pop("chain", UNSET)

        is_new_address = d.pop("is_new_address", UNSET)

        _address_activation_fee = d.pop("address_activation_fee", UNSET)
        address_activation_fee: Decimal | Unset
        if isinstance(_address_activation_fee, Unset):
            address_activation_fee = UNSET
        else:
            address_activation_fee = decimal_string(_address_activation_fee)

        _withdrawal_fee_estimate = cls(
            fee=fee,
            token=token,
            currency=currency,
            blockchain=blockchain,
            chain=chain,
            is_new_address=is_new_address,
            address_activation_fee=address_activation_fee,
        )

        _withdrawal_fee_estimate.additional_properties = d
        return _withdrawal_fee_estimate

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
