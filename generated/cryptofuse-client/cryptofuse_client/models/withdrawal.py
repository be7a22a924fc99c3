from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.withdrawal_status import WithdrawalStatus, check_withdrawal_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Withdrawal")


@_attrs_define
class Withdrawal:
    """A withdrawal (answer of create, detail, status; list entries). Decimal strings with 8 decimals; `fee` =
    `platform_fee` + `network_fee`; `amount` is sent to the address, `requested_amount` is what was asked.

    """

    withdrawal_id: UUID
    """ Withdrawal id. """
    status: WithdrawalStatus
    """ `pending` created, awaiting processing; `approved` approved for sending; `processing` being prepared;
    `submitted` broadcast; `confirmed` confirmed on chain; `completed` done; `rejected` refused (e.g. compliance,
    balance); `failed` failed on chain or in processing; `cancelled` cancelled. The current pages show `pending`,
    `completed`, `failed`, `rejected`; the full list is the List Withdrawals filter enumeration. """
    amount: Decimal
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    address: str
    """ Destination address. """
    created_at: datetime.datetime
    """ Creation time. """
    custom_id: None | str | Unset = UNSET
    """ Your reference. """
    requested_amount: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    fee: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    platform_fee: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    network_fee: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    blockchain: str | Unset = UNSET
    """ Blockchain, e.g. `TRX`. """
    token: str | Unset = UNSET
    """ Token, e.g. `USDT`. """
    currency: str | Unset = UNSET
    """ Combined currency code. """
    memo: None | str | Unset = UNSET
    """ Memo / destination tag. """
    transaction_hash: None | str | Unset = UNSET
    """ On-chain hash; null until broadcast. """
    confirmations: int | Unset = UNSET
    """ Confirmations. """
    required_confirmations: int | Unset = UNSET
    """ Confirmations needed for `completed`. """
    batch_id: None | str | Unset = UNSET
    """ Processing batch. """
    callback_url: None | str | Unset = UNSET
    """ Webhook URL of this withdrawal. """
    error_message: None | str | Unset = UNSET
    """ Reason, when `failed` or `rejected`. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Last update time. """
    completed_at: datetime.datetime | None | Unset = UNSET
    """ Completion time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        withdrawal_id = str(self.withdrawal_id)

        status: str = self.status

        amount = decimal_text(self.amount, "amount")

        address = self.address

        created_at = self.created_at.isoformat()

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        requested_amount: str | Unset = UNSET
        if not isinstance(self.requested_amount, Unset):
            requested_amount = decimal_text(self.requested_amount, "requested_amount")

        fee: str | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = decimal_text(self.fee, "fee")

        platform_fee: str | Unset = UNSET
        if not isinstance(self.platform_fee, Unset):
            platform_fee = decimal_text(self.platform_fee, "platform_fee")

        network_fee: str | Unset = UNSET
        if not isinstance(self.network_fee, Unset):
            network_fee = decimal_text(self.network_fee, "network_fee")

        blockchain = self.blockchain

        token = self.token

        currency = self.currency

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        transaction_hash: None | str | Unset
        if isinstance(self.transaction_hash, Unset):
            transaction_hash = UNSET
        else:
            transaction_hash = self.transaction_hash

        confirmations = self.confirmations

        required_confirmations = self.required_confirmations

        batch_id: None | str | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "withdrawal_id": withdrawal_id,
                "status": status,
                "amount": amount,
                "address": address,
                "created_at": created_at,
            }
        )
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if requested_amount is not UNSET:
            field_dict["requested_amount"] = requested_amount
        if fee is not UNSET:
            field_dict["fee"] = fee
        if platform_fee is not UNSET:
            field_dict["platform_fee"] = platform_fee
        if network_fee is not UNSET:
            field_dict["network_fee"] = network_fee
        if blockchain is not UNSET:
            field_dict["blockchain"] = blockchain
        if token is not UNSET:
            field_dict["token"] = token
        if currency is not UNSET:
            field_dict["currency"] = currency
        if memo is not UNSET:
            field_dict["memo"] = memo
        if transaction_hash is not UNSET:
            field_dict["transaction_hash"] = transaction_hash
        if confirmations is not UNSET:
            field_dict["confirmations"] = confirmations
        if required_confirmations is not UNSET:
            field_dict["required_confirmations"] = required_confirmations
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        withdrawal_id = UUID(d.pop("withdrawal_id"))

        status = check_withdrawal_status(d.pop("status"))

        amount = decimal_string(d.pop("amount"))

        address = d.pop("address")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_custom_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_id = _parse_custom_id(d.pop("custom_id", UNSET))

        _requested_amount = d.pop("requested_amount", UNSET)
        requested_amount: Decimal | Unset
        if isinstance(_requested_amount, Unset):
            requested_amount = UNSET
        else:
            requested_amount = decimal_string(_requested_amount)

        _fee = d.pop("fee", UNSET)
        fee: Decimal | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = decimal_string(_fee)

        _platform_fee = d.pop("platform_fee", UNSET)
        platform_fee: Decimal | Unset
        if isinstance(_platform_fee, Unset):
            platform_fee = UNSET
        else:
            platform_fee = decimal_string(_platform_fee)

        _network_fee = d.pop("network_fee", UNSET)
        network_fee: Decimal | Unset
        if isinstance(_network_fee, Unset):
            network_fee = UNSET
        else:
            network_fee = decimal_string(_network_fee)

        blockchain = d.pop("blockchain", UNSET)

        token = d.pop("token", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        def _parse_transaction_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_hash = _parse_transaction_hash(d.pop("transaction_hash", UNSET))

        confirmations = d.pop("confirmations", UNSET)

        required_confirmations = d.pop("required_confirmations", UNSET)

        def _parse_batch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        batch_id = _parse_batch_id(d.pop("batch_id", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        _withdrawal = cls(
            withdrawal_id=withdrawal_id,
            status=status,
            amount=amount,
            address=address,
            created_at=created_at,
            custom_id=custom_id,
            requested_amount=requested_amount,
            fee=fee,
            platform_fee=platform_fee,
            network_fee=network_fee,
            blockchain=blockchain,
            token=token,
            currency=currency,
            memo=memo,
            transaction_hash=transaction_hash,
            confirmations=confirmations,
            required_confirmations=required_confirmations,
            batch_id=batch_id,
            callback_url=callback_url,
            error_message=error_message,
            updated_at=updated_at,
            completed_at=completed_at,
        )

        _withdrawal.additional_properties = d
        return _withdrawal

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
