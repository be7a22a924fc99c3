from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.wallet_transaction_type import WalletTransactionType, check_wallet_transaction_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletTransaction")


@_attrs_define
class WalletTransaction:
    """A credit or debit of a wallet."""

    tx_id: str
    """ Transaction id (`tx_...`). """
    type_: WalletTransactionType
    """ `CREDIT` money into the wallet, `DEBIT` money out of it. """
    reason: str
    """ Business origin of the movement (业务来源). Documented value: `TOPUP_CREDIT` (credit from a completed top-up
    order); others are not listed, so the field is an open string. """
    amount: Decimal
    """ A decimal amount as a string; parse it as a Decimal. """
    asset: str
    """ Stablecoin symbol. """
    network: str
    """ Network symbol. """
    created_at: datetime.datetime
    """ Time of the movement, ISO-8601 UTC. """
    tx_hash: None | str | Unset = UNSET
    """ On-chain transaction hash (may be absent or null for movements that are not on-chain, x-inferred). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tx_id = self.tx_id

        type_: str = self.type_

        reason = self.reason

        amount = decimal_text(self.amount, "amount")

        asset = self.asset

        network = self.network

        created_at = self.created_at.isoformat()

        tx_hash: None | str | Unset
        if isinstance(self.tx_hash, Unset):
            tx_hash = UNSET
        else:
            tx_hash = self.tx_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "txId": tx_id,
                "type": type_,
                "reason": reason,
                "amount": amount,
                "asset": asset,
                "network": network,
                "createdAt": created_at,
            }
        )
        if tx_hash is not UNSET:
            field_dict["txHash"] = tx_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tx_id = d.pop("txId")

        type_ = check_wallet_transaction_type(d.pop("type"))

        reason = d.pop("reason")

        amount = decimal_string(d.pop("amount"))

        asset = d.pop("asset")

        network = d.pop("network")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_tx_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tx_hash = _parse_tx_hash(d.pop("txHash", UNSET))

        _wallet_transaction = cls(
            tx_id=tx_id,
            type_=type_,
            reason=reason,
            amount=amount,
            asset=asset,
            network=network,
            created_at=created_at,
            tx_hash=tx_hash,
        )

        _wallet_transaction.additional_properties = d
        return _wallet_transaction

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
