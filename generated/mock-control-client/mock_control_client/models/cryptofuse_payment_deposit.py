from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CryptofusePaymentDeposit")


@_attrs_define
class CryptofusePaymentDeposit:
    amount: str
    """ Amount received on chain, in the payment's currency (decimal string, up to 8 decimals). """
    confirmations: int | Unset = UNSET
    """ Confirmations so far (default the chain's requirement, i.e. confirmed at once). """
    transaction_hash: str | Unset = UNSET
    """ On-chain hash (default a deterministic one). """

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        confirmations = self.confirmations

        transaction_hash = self.transaction_hash

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
            }
        )
        if confirmations is not UNSET:
            field_dict["confirmations"] = confirmations
        if transaction_hash is not UNSET:
            field_dict["transaction_hash"] = transaction_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        confirmations = d.pop("confirmations", UNSET)

        transaction_hash = d.pop("transaction_hash", UNSET)

        _cryptofuse_payment_deposit = cls(
            amount=amount,
            confirmations=confirmations,
            transaction_hash=transaction_hash,
        )

        return _cryptofuse_payment_deposit
