from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number
from ..models.deposit_record_status import DepositRecordStatus, check_deposit_record_status
from ..models.deposit_record_type import DepositRecordType, check_deposit_record_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="DepositRecord")


@_attrs_define
class DepositRecord:
    """An on-chain deposit (`type` `deposit`) or incoming internal transfer (`type` `inside_transfer_in`)."""

    id: int | str
    """ Deposit id (a string in the table, a number in one example; contradiction 11). """
    coin: str
    """ Coin. """
    type_: DepositRecordType
    """ `deposit` on-chain deposit; `inside_transfer_in` internal transfer from another user. """
    amount: Decimal
    """ Amount credited. """
    status: DepositRecordStatus
    """ `pending` awaiting confirmations; `cancelled` cancelled; `success` credited; `fail` failed. """
    ctime: int
    """ Creation time, Unix ms. """
    transaction_hash: None | str | Unset = UNSET
    """ On-chain transaction id (deposits only). """
    network: None | str | Unset = UNSET
    """ Network (null for internal transfers). """
    from_address: None | str | Unset = UNSET
    """ Sender - the chain address for deposits, the sender's uid for internal transfers. """
    to_address: None | str | Unset = UNSET
    """ Receiving address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        coin = self.coin

        type_: str = self.type_

        amount = exact_number(self.amount, "amount")

        status: str = self.status

        ctime = self.ctime

        transaction_hash: None | str | Unset
        if isinstance(self.transaction_hash, Unset):
            transaction_hash = UNSET
        else:
            transaction_hash = self.transaction_hash

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        from_address: None | str | Unset
        if isinstance(self.from_address, Unset):
            from_address = UNSET
        else:
            from_address = self.from_address

        to_address: None | str | Unset
        if isinstance(self.to_address, Unset):
            to_address = UNSET
        else:
            to_address = self.to_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "coin": coin,
                "type": type_,
                "amount": amount,
                "status": status,
                "ctime": ctime,
            }
        )
        if transaction_hash is not UNSET:
            field_dict["transactionHash"] = transaction_hash
        if network is not UNSET:
            field_dict["network"] = network
        if from_address is not UNSET:
            field_dict["fromAddress"] = from_address
        if to_address is not UNSET:
            field_dict["toAddress"] = to_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        coin = d.pop("coin")

        type_ = check_deposit_record_type(d.pop("type"))

        amount = decimal_number(d.pop("amount"))

        status = check_deposit_record_status(d.pop("status"))

        ctime = d.pop("ctime")

        def _parse_transaction_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_hash = _parse_transaction_hash(d.pop("transactionHash", UNSET))

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        def _parse_from_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_address = _parse_from_address(d.pop("fromAddress", UNSET))

        def _parse_to_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_address = _parse_to_address(d.pop("toAddress", UNSET))

        _deposit_record = cls(
            id=id,
            coin=coin,
            type_=type_,
            amount=amount,
            status=status,
            ctime=ctime,
            transaction_hash=transaction_hash,
            network=network,
            from_address=from_address,
            to_address=to_address,
        )

        _deposit_record.additional_properties = d
        return _deposit_record

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
