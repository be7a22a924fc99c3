from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.transaction_direction import TransactionDirection
from ..models.transaction_status import TransactionStatus
from ..models.transfer_type import TransferType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookTransactionData")


@_attrs_define
class WebhookTransactionData:
    """Transaction carried by a deposit/withdrawal notification."""

    order_view_id: str
    """ Ceffu order id (deduplicate deliveries on it). """
    transfer_type: TransferType
    """ Transfer type: `10` on-chain transfer, `20` internal (off-chain, Ceffu-to-Ceffu) transfer. """
    direction: TransactionDirection
    """ Direction: `10` deposit, `20` withdrawal. """
    coin_symbol: str
    """ Coin symbol. """
    amount: Decimal
    """ Amount. """
    fee_symbol: None | str
    """ Fee coin symbol. """
    status: TransactionStatus
    """ Transaction status: `10` Pending, `20` Processing, `30` Send success, `40` Confirmed, `99` Failed. """
    tx_time: int
    """ Transaction time (ms since epoch). """
    wallet_id: int
    """ Wallet id (int64; exceeds 2^53). """
    wallet_id_str: str | Unset = UNSET
    """ Wallet id (decimal string), when present. """
    network: None | str | Unset = UNSET
    """ Network symbol. """
    tx_id: None | str | Unset = UNSET
    """ On-chain transaction hash; null for internal transfers. """
    from_address: None | str | Unset = UNSET
    """ Source address. """
    to_address: None | str | Unset = UNSET
    """ Destination address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_view_id = self.order_view_id

        transfer_type = TransferType(self.transfer_type).value

        direction = TransactionDirection(self.direction).value

        coin_symbol = self.coin_symbol

        amount = decimal_text(self.amount, "amount")

        fee_symbol: None | str
        fee_symbol = self.fee_symbol

        status = TransactionStatus(self.status).value

        tx_time = self.tx_time

        wallet_id = self.wallet_id

        wallet_id_str = self.wallet_id_str

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
                "orderViewId": order_view_id,
                "transferType": transfer_type,
                "direction": direction,
                "coinSymbol": coin_symbol,
                "amount": amount,
                "feeSymbol": fee_symbol,
                "status": status,
                "txTime": tx_time,
                "walletId": wallet_id,
            }
        )
        if wallet_id_str is not UNSET:
            field_dict["walletIdStr"] = wallet_id_str
        if network is not UNSET:
            field_dict["network"] = network
        if tx_id is not UNSET:
            field_dict["txId"] = tx_id
        if from_address is not UNSET:
            field_dict["fromAddress"] = from_address
        if to_address is not UNSET:
            field_dict["toAddress"] = to_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_view_id = d.pop("orderViewId")

        transfer_type = TransferType(d.pop("transferType"))

        direction = TransactionDirection(d.pop("direction"))

        coin_symbol = d.pop("coinSymbol")

        amount = decimal_string(d.pop("amount"))

        def _parse_fee_symbol(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fee_symbol = _parse_fee_symbol(d.pop("feeSymbol"))

        status = TransactionStatus(d.pop("status"))

        tx_time = d.pop("txTime")

        wallet_id = d.pop("walletId")

        wallet_id_str = d.pop("walletIdStr", UNSET)

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

        _webhook_transaction_data = cls(
            order_view_id=order_view_id,
            transfer_type=transfer_type,
            direction=direction,
            coin_symbol=coin_symbol,
            amount=amount,
            fee_symbol=fee_symbol,
            status=status,
            tx_time=tx_time,
            wallet_id=wallet_id,
            wallet_id_str=wallet_id_str,
            network=network,
            tx_id=tx_id,
            from_address=from_address,
            to_address=to_address,
        )

        _webhook_transaction_data.additional_properties = d
        return _webhook_transaction_data

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
