from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateAddressRequest")


@_attrs_define
class ValidateAddressRequest:
    """Address to validate. Send at least one of `currency`, `blockchain`, `type`."""

    address: str
    """ The address. """
    currency: str | Unset = UNSET
    """ Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`, `BTC`. """
    blockchain: str | Unset = UNSET
    """ Blockchain, e.g. `ARB`. """
    type_: str | Unset = UNSET
    """ Address type, e.g. `EVM`, `TRX`, `SOL`, `BTC`. """
    token: str | Unset = UNSET
    """ Token, e.g. `USDT`. """
    memo: str | Unset = UNSET
    """ Memo / destination tag to validate with the address. """

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        currency = self.currency

        blockchain = self.blockchain

        type_ = self.type_

        token = self.token

        memo = self.memo

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address": address,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if blockchain is not UNSET:
            field_dict["blockchain"] = blockchain
        if type_ is not UNSET:
            field_dict["type"] = type_
        if token is not UNSET:
            field_dict["token"] = token
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        currency = d.pop("currency", UNSET)

        blockchain = d.pop("blockchain", UNSET)

        type_ = d.pop("type", UNSET)

        token = d.pop("token", UNSET)

        memo = d.pop("memo", UNSET)

        _validate_address_request = cls(
            address=address,
            currency=currency,
            blockchain=blockchain,
            type_=type_,
            token=token,
            memo=memo,
        )

        return _validate_address_request
