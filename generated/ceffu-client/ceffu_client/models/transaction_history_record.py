from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionHistoryRecord")


@_attrs_define
class TransactionHistoryRecord:
    """One entry of the transaction history (`AssetLogVo`)."""

    wallet_id: str
    """ Wallet id (decimal string in this endpoint). """
    symbol: str
    """ Coin symbol. """
    transaction_type: str
    """ Transaction type label, e.g. `Receive`. """
    amount: Decimal
    """ Amount. """
    ts: int
    """ Time (ms since epoch). """
    wallet_name: str | Unset = UNSET
    """ Wallet name. """
    network: None | str | Unset = UNSET
    """ Network symbol. """
    tx_id: None | str | Unset = UNSET
    """ On-chain transaction hash; empty for off-chain records. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_id = self.wallet_id

        symbol = self.symbol

        transaction_type = self.transaction_type

        amount = decimal_text(self.amount, "amount")

        ts = self.ts

        wallet_name = self.wallet_name

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        tx_id: None | str | Unset
        if isinstance(self.tx_id, Unset):
            tx_id = UNSET
        else:
            tx_id = self.tx_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletId": wallet_id,
                "symbol": symbol,
                "transactionType": transaction_type,
                "amount": amount,
                "ts": ts,
            }
        )
        if wallet_name is not UNSET:
            field_dict["walletName"] = wallet_name
        if network is not UNSET:
            field_dict["network"] = network
        if tx_id is not UNSET:
            field_dict["txId"] = tx_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wallet_id = d.pop("walletId")

        symbol = d.pop("symbol")

        transaction_type = d.pop("transactionType")

        amount = decimal_string(d.pop("amount"))

        ts = d.pop("ts")

        wallet_name = d.pop("walletName", UNSET)

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        def _parse_tx_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tx_id = _parse_tx_id(d.pop("txId", UNSET))

        _transaction_history_record = cls(
            wallet_id=wallet_id,
            symbol=symbol,
            transaction_type=transaction_type,
            amount=amount,
            ts=ts,
            wallet_name=wallet_name,
            network=network,
            tx_id=tx_id,
        )

        _transaction_history_record.additional_properties = d
        return _transaction_history_record

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
