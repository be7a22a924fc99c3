from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_number, exact_number
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
    to_uid: int | None | Unset = UNSET
    """ Recipient UID (with `toType` = `uid`). Optional; `null` is accepted as absent (x-inferred from the records
    of the docs, which show this field as `null` when unset). """
    to_phone_country_code: None | str | Unset = UNSET
    """ Recipient phone area code (with `toType` = `phone`). Optional; `null` is accepted as absent (x-inferred from
    the records of the docs, which show this field as `null` when unset). """
    to_phone_number: None | str | Unset = UNSET
    """ Recipient mobile number (with `toType` = `phone`). Optional; `null` is accepted as absent (x-inferred from
    the records of the docs, which show this field as `null` when unset). """
    to_email: None | str | Unset = UNSET
    """ Recipient email address (with `toType` = `email`). Optional; `null` is accepted as absent (x-inferred from
    the records of the docs, which show this field as `null` when unset). """
    remark: str | Unset = UNSET
    """ Free-text remark, up to 256 characters (current page; contradiction 14). Filterable exactly in the history.
    """

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        amount = exact_number(self.amount, "amount")

        to_type: str = self.to_type

        out_biz_id = self.out_biz_id

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

        amount = decimal_number(d.pop("amount"))

        to_type = check_recipient_type(d.pop("toType"))

        out_biz_id = d.pop("outBizId", UNSET)

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
