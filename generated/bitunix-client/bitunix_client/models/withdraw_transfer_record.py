from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_number, exact_number
from ..models.recipient_type import RecipientType, check_recipient_type
from ..models.withdraw_status import WithdrawStatus, check_withdraw_status
from ..models.withdraw_transfer_record_type import WithdrawTransferRecordType, check_withdraw_transfer_record_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WithdrawTransferRecord")


@_attrs_define
class WithdrawTransferRecord:
    """A withdrawal (`type` `withdraw`) or outgoing internal transfer (`type` `inside_transfer_out`). Fields that only
    apply to one kind are `null` on the other. The table's `toAddress` comes as `address` in the example (and the
    example adds `memo`): both declared (contradiction 4).

    """

    id: str
    """ Withdrawal id / internal transfer id. """
    coin: str
    """ Coin. """
    network: None | str
    """ Network (mandatory in the table; null assumed for internal transfers). """
    amount: Decimal
    """ Amount actually received (request amount minus fee). """
    fee_coin: None | str
    """ Coin the fee is charged in (null in the example although marked mandatory). """
    fee: Decimal | None
    """ Fee (null in the example although marked mandatory). """
    type_: WithdrawTransferRecordType
    """ `withdraw` on-chain withdrawal; `inside_transfer_out` internal transfer to another user. """
    status: WithdrawStatus
    """ `verification` awaiting the user's security verification in the app (current docs only; contradiction 6);
    `pending` being processed / under review; `cancelled` cancelled; `success` completed; `fail` failed. """
    ctime: int
    """ Creation time, Unix ms. """
    out_biz_id: None | str | Unset = UNSET
    """ Client idempotency key given on inside_transfer. """
    to_address: None | str | Unset = UNSET
    """ Destination address (withdrawals only) - the table's name. """
    address: None | str | Unset = UNSET
    """ Destination address (withdrawals only) - the name used by the example. """
    memo: None | str | Unset = UNSET
    """ Tag/memo of the destination (in the example only). """
    transaction_hash: None | str | Unset = UNSET
    """ On-chain transaction id (withdrawals only, once broadcast). """
    to_type: None | RecipientType | Unset = UNSET
    """ Internal transfer recipient kind; null for withdrawals. """
    to_uid: int | None | Unset = UNSET
    """ Recipient UID (when `toType` = `uid`). """
    to_phone_country_code: None | str | Unset = UNSET
    """ Recipient phone country code (when `toType` = `phone`). """
    to_phone_number: None | str | Unset = UNSET
    """ Recipient phone number (when `toType` = `phone`). """
    to_email: None | str | Unset = UNSET
    """ Recipient email (when `toType` = `email`). """
    remark: None | str | Unset = UNSET
    """ Remark given on inside_transfer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        coin = self.coin

        network: None | str
        network = self.network

        amount = exact_number(self.amount, "amount")

        fee_coin: None | str
        fee_coin = self.fee_coin

        fee: Decimal | None
        if isinstance(self.fee, Decimal):
            fee = exact_number(self.fee, "fee")
        else:
            fee = self.fee

        type_: str = self.type_

        status: str = self.status

        ctime = self.ctime

        out_biz_id: None | str | Unset
        if isinstance(self.out_biz_id, Unset):
            out_biz_id = UNSET
        else:
            out_biz_id = self.out_biz_id

        to_address: None | str | Unset
        if isinstance(self.to_address, Unset):
            to_address = UNSET
        else:
            to_address = self.to_address

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

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

        to_type: None | str | Unset
        if isinstance(self.to_type, Unset):
            to_type = UNSET
        elif isinstance(self.to_type, str):
            to_type = self.to_type
        else:
            to_type = self.to_type

        to_uid: int | None | Unset
        if isinstance(self.to_uid, Unset):
            to_uid = UNSET
        else:
            to_uid = self.to_uid

        to_phone_country_code: None | str | Unset
        if isinstance(self.to_phone_country_code, Unset):
            to_phone_country_code = UNSET
        else:
            to_phone_country_code = self.to_phone_country_code

        to_phone_number: None | str | Unset
        if isinstance(self.to_phone_number, Unset):
            to_phone_number = UNSET
        else:
            to_phone_number = self.to_phone_number

        to_email: None | str | Unset
        if isinstance(self.to_email, Unset):
            to_email = UNSET
        else:
            to_email = self.to_email

        remark: None | str | Unset
        if isinstance(self.remark, Unset):
            remark = UNSET
        else:
            remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "coin": coin,
                "network": network,
                "amount": amount,
                "feeCoin": fee_coin,
                "fee": fee,
                "type": type_,
                "status": status,
                "ctime": ctime,
            }
        )
        if out_biz_id is not UNSET:
            field_dict["outBizId"] = out_biz_id
        if to_address is not UNSET:
            field_dict["toAddress"] = to_address
        if address is not UNSET:
            field_dict["address"] = address
        if memo is not UNSET:
            field_dict["memo"] = memo
        if transaction_hash is not UNSET:
            field_dict["transactionHash"] = transaction_hash
        if to_type is not UNSET:
            field_dict["toType"] = to_type
        if to_uid is not UNSET:
            field_dict["toUid"] = to_uid
        if to_phone_country_code is not UNSET:
            field_dict["toPhoneCountryCode"] = to_phone_country_code
        if to_phone_number is not UNSET:
            field_dict["toPhoneNumber"] = to_phone_number
        if to_email is not UNSET:
            field_dict["toEmail"] = to_email
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        coin = d.pop("coin")

        def _parse_network(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        network = _parse_network(d.pop("network"))

        amount = decimal_number(d.pop("amount"))

        def _parse_fee_coin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fee_coin = _parse_fee_coin(d.pop("feeCoin"))

        def _parse_fee(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, int | Decimal | str) and not isinstance(data, bool)):
                    raise TypeError()
                fee_type_0 = decimal_number(data)

                return fee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        fee = _parse_fee(d.pop("fee"))

        type_ = check_withdraw_transfer_record_type(d.pop("type"))

        status = check_withdraw_status(d.pop("status"))

        ctime = d.pop("ctime")

        def _parse_out_biz_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_biz_id = _parse_out_biz_id(d.pop("outBizId", UNSET))

        def _parse_to_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_address = _parse_to_address(d.pop("toAddress", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

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

        transaction_hash = _parse_transaction_hash(d.pop("transactionHash", UNSET))

        def _parse_to_type(data: object) -> None | RecipientType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_type_0 = check_recipient_type(data)

                return to_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecipientType | Unset, data)

        to_type = _parse_to_type(d.pop("toType", UNSET))

        def _parse_to_uid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        to_uid = _parse_to_uid(d.pop("toUid", UNSET))

        def _parse_to_phone_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_phone_country_code = _parse_to_phone_country_code(d.pop("toPhoneCountryCode", UNSET))

        def _parse_to_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_phone_number = _parse_to_phone_number(d.pop("toPhoneNumber", UNSET))

        def _parse_to_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_email = _parse_to_email(d.pop("toEmail", UNSET))

        def _parse_remark(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remark = _parse_remark(d.pop("remark", UNSET))

        _withdraw_transfer_record = cls(
            id=id,
            coin=coin,
            network=network,
            amount=amount,
            fee_coin=fee_coin,
            fee=fee,
            type_=type_,
            status=status,
            ctime=ctime,
            out_biz_id=out_biz_id,
            to_address=to_address,
            address=address,
            memo=memo,
            transaction_hash=transaction_hash,
            to_type=to_type,
            to_uid=to_uid,
            to_phone_country_code=to_phone_country_code,
            to_phone_number=to_phone_number,
            to_email=to_email,
            remark=remark,
        )

        _withdraw_transfer_record.additional_properties = d
        return _withdraw_transfer_record

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
