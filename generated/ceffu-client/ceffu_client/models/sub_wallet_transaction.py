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

T = TypeVar("T", bound="SubWalletTransaction")


@_attrs_define
class SubWalletTransaction:
    """Deposit of a sub-wallet (Transaction with `walletIdStr` instead of `walletId`)."""

    order_view_id: str
    """ Ceffu order id. """
    direction: TransactionDirection
    """ Direction: `10` deposit, `20` withdrawal. """
    coin_symbol: str
    """ Coin symbol. """
    amount: Decimal
    """ Amount (withdrawals: includes the fee when the fee is paid in the same coin). """
    status: TransactionStatus
    """ Transaction status: `10` Pending, `20` Processing, `30` Send success, `40` Confirmed, `99` Failed. """
    wallet_id_str: str
    """ Sub-wallet id (decimal string). """
    tx_id: None | str | Unset = UNSET
    """ On-chain transaction hash; null for internal (off-chain) transfers. """
    transfer_type: TransferType | Unset = UNSET
    """ Transfer type: `10` on-chain transfer, `20` internal (off-chain, Ceffu-to-Ceffu) transfer. """
    from_address: None | str | Unset = UNSET
    """ Source address (may be null/empty for internal transfers). """
    to_address: None | str | Unset = UNSET
    """ Destination address (may be null/empty for internal transfers). """
    network: None | str | Unset = UNSET
    """ Network symbol. """
    fee_symbol: None | str | Unset = UNSET
    """ Fee coin symbol. """
    fee_amount: Decimal | None | Unset = UNSET
    """ Fee amount. """
    confirmed_block_count: int | None | Unset = UNSET
    """ Confirmations so far. """
    unlock_confirm: int | None | Unset = UNSET
    """ Confirmations needed to unlock the funds. """
    max_confirm_block: int | None | Unset = UNSET
    """ Confirmations needed to complete. """
    memo: None | str | Unset = UNSET
    """ Memo/tag. """
    tx_time: int | None | Unset = UNSET
    """ Transaction time (ms since epoch). """
    request_id: None | str | Unset = UNSET
    """ Client `requestId`, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_view_id = self.order_view_id

        direction = TransactionDirection(self.direction).value

        coin_symbol = self.coin_symbol

        amount = decimal_text(self.amount, "amount")

        status = TransactionStatus(self.status).value

        wallet_id_str = self.wallet_id_str

        tx_id: None | str | Unset
        if isinstance(self.tx_id, Unset):
            tx_id = UNSET
        else:
            tx_id = self.tx_id

        transfer_type: int | Unset = UNSET
        if not isinstance(self.transfer_type, Unset):
            transfer_type = TransferType(self.transfer_type).value

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

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        fee_symbol: None | str | Unset
        if isinstance(self.fee_symbol, Unset):
            fee_symbol = UNSET
        else:
            fee_symbol = self.fee_symbol

        fee_amount: None | str | Unset
        if isinstance(self.fee_amount, Unset):
            fee_amount = UNSET
        elif isinstance(self.fee_amount, Decimal):
            fee_amount = decimal_text(self.fee_amount, "feeAmount")
        else:
            fee_amount = self.fee_amount

        confirmed_block_count: int | None | Unset
        if isinstance(self.confirmed_block_count, Unset):
            confirmed_block_count = UNSET
        else:
            confirmed_block_count = self.confirmed_block_count

        unlock_confirm: int | None | Unset
        if isinstance(self.unlock_confirm, Unset):
            unlock_confirm = UNSET
        else:
            unlock_confirm = self.unlock_confirm

        max_confirm_block: int | None | Unset
        if isinstance(self.max_confirm_block, Unset):
            max_confirm_block = UNSET
        else:
            max_confirm_block = self.max_confirm_block

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        tx_time: int | None | Unset
        if isinstance(self.tx_time, Unset):
            tx_time = UNSET
        else:
            tx_time = self.tx_time

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderViewId": order_view_id,
                "direction": direction,
                "coinSymbol": coin_symbol,
                "amount": amount,
                "status": status,
                "walletIdStr": wallet_id_str,
            }
        )
        if tx_id is not UNSET:
            field_dict["txId"] = tx_id
        if transfer_type is not UNSET:
            field_dict["transferType"] = transfer_type
        if from_address is not UNSET:
            field_dict["fromAddress"] = from_address
        if to_address is not UNSET:
            field_dict["toAddress"] = to_address
        if network is not UNSET:
            field_dict["network"] = network
        if fee_symbol is not UNSET:
            field_dict["feeSymbol"] = fee_symbol
        if fee_amount is not UNSET:
            field_dict["feeAmount"] = fee_amount
        if confirmed_block_count is not UNSET:
            field_dict["confirmedBlockCount"] = confirmed_block_count
        if unlock_confirm is not UNSET:
            field_dict["unlockConfirm"] = unlock_confirm
        if max_confirm_block is not UNSET:
            field_dict["maxConfirmBlock"] = max_confirm_block
        if memo is not UNSET:
            field_dict["memo"] = memo
        if tx_time is not UNSET:
            field_dict["txTime"] = tx_time
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_view_id = d.pop("orderViewId")

        direction = TransactionDirection(d.pop("direction"))

        coin_symbol = d.pop("coinSymbol")

        amount = decimal_string(d.pop("amount"))

        status = TransactionStatus(d.pop("status"))

        wallet_id_str = d.pop("walletIdStr")

        def _parse_tx_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tx_id = _parse_tx_id(d.pop("txId", UNSET))

        _transfer_type = d.pop("transferType", UNSET)
        transfer_type: TransferType | Unset
        if isinstance(_transfer_type, Unset):
            transfer_type = UNSET
        else:
            transfer_type = TransferType(_transfer_type)

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

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        def _parse_fee_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fee_symbol = _parse_fee_symbol(d.pop("feeSymbol", UNSET))

        def _parse_fee_amount(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_amount_type_0 = decimal_string(data)

                return fee_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        fee_amount = _parse_fee_amount(d.pop("feeAmount", UNSET))

        def _parse_confirmed_block_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        confirmed_block_count = _parse_confirmed_block_count(d.pop("confirmedBlockCount", UNSET))

        def _parse_unlock_confirm(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unlock_confirm = _parse_unlock_confirm(d.pop("unlockConfirm", UNSET))

        def _parse_max_confirm_block(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_confirm_block = _parse_max_confirm_block(d.pop("maxConfirmBlock", UNSET))

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        def _parse_tx_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tx_time = _parse_tx_time(d.pop("txTime", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("requestId", UNSET))

        _sub_wallet_transaction = cls(
            order_view_id=order_view_id,
            direction=direction,
            coin_symbol=coin_symbol,
            amount=amount,
            status=status,
            wallet_id_str=wallet_id_str,
            tx_id=tx_id,
            transfer_type=transfer_type,
            from_address=from_address,
            to_address=to_address,
            network=network,
            fee_symbol=fee_symbol,
            fee_amount=fee_amount,
            confirmed_block_count=confirmed_block_count,
            unlock_confirm=unlock_confirm,
            max_confirm_block=max_confirm_block,
            memo=memo,
            tx_time=tx_time,
            request_id=request_id,
        )

        _sub_wallet_transaction.additional_properties = d
        return _sub_wallet_transaction

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
