from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookDepositData")


@_attrs_define
class WebhookDepositData:
    """The deposit detected."""

    transaction_id: UUID
    """ Payment id. """
    deposit_id: str | Unset = UNSET
    """ Deposit id. """
    amount: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    currency: str | Unset = UNSET
    """ Currency code. """
    transaction_hash: str | Unset = UNSET
    """ On-chain hash. """
    confirmations: int | Unset = UNSET
    """ Confirmations. """
    timestamp: datetime.datetime | Unset = UNSET
    """ When the deposit was seen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = str(self.transaction_id)

        deposit_id = self.deposit_id

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = decimal_text(self.amount, "amount")

        currency = self.currency

        transaction_hash = self.transaction_hash

        confirmations = self.confirmations

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
            }
        )
        if deposit_id is not UNSET:
            field_dict["deposit_id"] = deposit_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if transaction_hash is not UNSET:
            field_dict["transaction_hash"] = transaction_hash
        if confirmations is not UNSET:
            field_dict["confirmations"] = confirmations
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction_id = UUID(d.pop("transaction_id"))

        deposit_id = d.pop("deposit_id", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = decimal_string(_amount)

        currency = d.pop("currency", UNSET)

        transaction_hash = d.pop("transaction_hash", UNSET)

        confirmations = d.pop("confirmations", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _webhook_deposit_data = cls(
            transaction_id=transaction_id,
            deposit_id=deposit_id,
            amount=amount,
            currency=currency,
            transaction_hash=transaction_hash,
            confirmations=confirmations,
            timestamp=timestamp,
        )

        _webhook_deposit_data.additional_properties = d
        return _webhook_deposit_data

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
