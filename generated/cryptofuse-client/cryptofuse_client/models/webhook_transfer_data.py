from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.transfer_status import TransferStatus, check_transfer_status
from ..models.transfer_type import TransferType, check_transfer_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookTransferData")


@_attrs_define
class WebhookTransferData:
    """The transfer result."""

    transfer_id: str
    """ Transfer id. """
    status: TransferStatus
    """ `pending` accepted, not yet booked; `completed` booked; `failed` not booked (e.g. insufficient balance). """
    transfer_type: TransferType | Unset = UNSET
    """ `to_sub` master -> wallet (transfer-to-user); `to_master` wallet -> master (withdraw-to-master). """
    wallet_id: str | Unset = UNSET
    """ System wallet id. """
    external_id: None | str | Unset = UNSET
    """ Your id for the wallet. """
    currency: str | Unset = UNSET
    """ Currency code. """
    amount: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    error_message: None | str | Unset = UNSET
    """ Reason when `failed`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        status: str = self.status

        transfer_type: str | Unset = UNSET
        if not isinstance(self.transfer_type, Unset):
            transfer_type = self.transfer_type

        wallet_id = self.wallet_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        currency = self.currency

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = decimal_text(self.amount, "amount")

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_id": transfer_id,
                "status": status,
            }
        )
        if transfer_type is not UNSET:
            field_dict["transfer_type"] = transfer_type
        if wallet_id is not UNSET:
            field_dict["wallet_id"] = wallet_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_id = d.pop("transfer_id")

        status = check_transfer_status(d.pop("status"))

        _transfer_type = d.pop("transfer_type", UNSET)
        transfer_type: TransferType | Unset
        if isinstance(_transfer_type, Unset):
            transfer_type = UNSET
        else:
            transfer_type = check_transfer_type(_transfer_type)

        wallet_id = d.pop("wallet_id", UNSET)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        currency = d.pop("currency", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = decimal_string(_amount)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        _webhook_transfer_data = cls(
            transfer_id=transfer_id,
            status=status,
            transfer_type=transfer_type,
            wallet_id=wallet_id,
            external_id=external_id,
            currency=currency,
            amount=amount,
            error_message=error_message,
        )

        _webhook_transfer_data.additional_properties = d
        return _webhook_transfer_data

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
