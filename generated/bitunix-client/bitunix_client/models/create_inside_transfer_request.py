from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.recipient_type import RecipientType, check_recipient_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInsideTransferRequest")


@_attrs_define
class CreateInsideTransferRequest:
    """Internal transfer. Send the recipient field(s) matching `toType`: `uid` -> `toUid`; `phone` -> `toPhoneCountryCode`
    + `toPhoneNumber`; `email` -> `toEmail`.

    """

    coin: str
    """ Coin, as `name` in the QueryTokenData list. """
    amount: Decimal
    """ Amount (JSON number in the example, `10`); send the exact decimal digits. """
    to_type: RecipientType
    """ Internal transfer recipient kind: `uid` by UID (`toUid`); `phone` by mobile number (`toPhoneCountryCode` +
    `toPhoneNumber`); `email` by email address (`toEmail`). """
    out_biz_id: str | Unset = UNSET
    """ Client idempotency key (up to 32 characters); a retry with the same value does not transfer twice. From the
    current page (not in the seed table; contradiction 14). """
    to_uid: int | Unset = UNSET
    """ Recipient UID (with `toType` = `uid`). """
    to_phone_country_code: str | Unset = UNSET
    """ Recipient phone area code (with `toType` = `phone`). """
    to_phone_number: str | Unset = UNSET
    """ Recipient mobile number (with `toType` = `phone`). """
    to_email: str | Unset = UNSET
    """ Recipient email address (with `toType` = `email`). """
    remark: str | Unset = UNSET
    """ Free-text remark, up to 256 characters (current page; contradiction 14). Filterable exactly in the history.
    """

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        amount = self.amount

        to_type: str = self.to_type

        out_biz_id = self.out_biz_id

        to_uid = self.to_uid

        to_phone_country_code = self.to_phone_country_code

        to_phone_number = self.to_phone_number

        to_email = self.to_email

        remark = self.remark

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "coin": coin,
                "amount": amount,
                "toType": to_type,
            }
        )
        if out_biz_id is not UNSET:
            field_dict["outBizId"] = out_biz_id
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
        coin = d.pop("coin")

        amount = Decimal(d.pop("amount"))

        to_type = check_recipient_type(d.pop("toType"))

        out_biz_id = d.pop("outBizId", UNSET)

        to_uid = d.pop("toUid", UNSET)

        to_phone_country_code = d.pop("toPhoneCountryCode", UNSET)

        to_phone_number = d.pop("toPhoneNumber", UNSET)

        to_email = d.pop("toEmail", UNSET)

        remark = d.pop("remark", UNSET)

        _create_inside_transfer_request = cls(
            coin=coin,
            amount=amount,
            to_type=to_type,
            out_biz_id=out_biz_id,
            to_uid=to_uid,
            to_phone_country_code=to_phone_country_code,
            to_phone_number=to_phone_number,
            to_email=to_email,
            remark=remark,
        )

        return _create_inside_transfer_request
