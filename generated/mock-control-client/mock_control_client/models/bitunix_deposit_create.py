from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.bitunix_deposit_create_status import BitunixDepositCreateStatus, check_bitunix_deposit_create_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="BitunixDepositCreate")


@_attrs_define
class BitunixDepositCreate:
    address: str
    """ A deposit address handed out by `getDepositAddress`. """
    coin: str
    """ Coin, e.g. `USDT`. """
    network: str
    """ Bitunix network name, e.g. `Tron (TRC-20)`. """
    amount: str
    """ Amount (decimal string; at most the network's decimals). """
    memo: str | Unset = UNSET
    """ The tag handed out with the address (XRP). """
    status: BitunixDepositCreateStatus | Unset = UNSET
    """ `success` (default) credits at once; `pending` waits; `fail` never credits. """
    from_address: str | Unset = UNSET
    """ Sender address (default a generated one). """
    transaction_hash: str | Unset = UNSET
    """ On-chain transaction id (default a generated one). """

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        coin = self.coin

        network = self.network

        amount = self.amount

        memo = self.memo

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        from_address = self.from_address

        transaction_hash = self.transaction_hash

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address": address,
                "coin": coin,
                "network": network,
                "amount": amount,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo
        if status is not UNSET:
            field_dict["status"] = status
        if from_address is not UNSET:
            field_dict["fromAddress"] = from_address
        if transaction_hash is not UNSET:
            field_dict["transactionHash"] = transaction_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        coin = d.pop("coin")

        network = d.pop("network")

        amount = d.pop("amount")

        memo = d.pop("memo", UNSET)

        _status = d.pop("status", UNSET)
        status: BitunixDepositCreateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_bitunix_deposit_create_status(_status)

        from_address = d.pop("fromAddress", UNSET)

        transaction_hash = d.pop("transactionHash", UNSET)

        _bitunix_deposit_create = cls(
            address=address,
            coin=coin,
            network=network,
            amount=amount,
            memo=memo,
            status=status,
            from_address=from_address,
            transaction_hash=transaction_hash,
        )

        return _bitunix_deposit_create
