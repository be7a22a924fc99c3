from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWithdrawalRequest")


@_attrs_define
class CreateWithdrawalRequest:
    """New withdrawal. Send exactly one of `amount` / `price_amount`, and exactly one of `currency` / (`blockchain` +
    `token`).

    """

    address: str
    """ Destination address. """
    amount: Decimal | Unset = UNSET
    """ Crypto amount, at most 8 decimals. A JSON number (the seed's examples, `100.00`) or a decimal string
    (`"100.00"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`, which reads
    either. Positive and at most 1000000000, else `invalid_amount` (422). """
    price_amount: Decimal | Unset = UNSET
    """ Fiat amount in `price_currency`, converted at the current rate; exact (at most 2 decimals by value, finer is
    refused with `invalid_amount`, 422). A JSON number (the seed's examples, `100.00`) or a decimal string
    (`"100.00"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`, which reads
    either. Positive and at most 1000000000, else `invalid_amount` (422). """
    price_currency: str | Unset = "USD"
    """ Currency of `price_amount` (default `USD`). """
    final_amount: bool | Unset = False
    """ `true`: `amount` is what the recipient receives and the fees are added on top (`requested_amount` = `amount`
    + `fee` is what leaves the balance); `false`: `amount` is what leaves the balance and the recipient gets
    `amount` - `fee`. """
    currency: str | Unset = UNSET
    """ Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`, `BTC`. """
    blockchain: str | Unset = UNSET
    """ Blockchain (with `token`), e.g. `TRX`. """
    token: str | Unset = UNSET
    """ Token (with `blockchain`), e.g. `USDT`. """
    memo: str | Unset = UNSET
    """ Memo / destination tag (XRP, XLM). """
    custom_id: str | Unset = UNSET
    """ Your reference. """
    callback_url: str | Unset = UNSET
    """ Webhook URL for this withdrawal. """
    account_id: str | Unset = UNSET
    """ Wallet to debit; the default (master) wallet when omitted. """

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        amount: Decimal | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = exact_number(self.amount, "amount")

        price_amount: Decimal | Unset = UNSET
        if not isinstance(self.price_amount, Unset):
            price_amount = exact_number(self.price_amount, "price_amount")

        price_currency = self.price_currency

        final_amount = self.final_amount

        currency = self.currency

        blockchain = self.blockchain

        token = self.token

        memo = self.memo

        custom_id = self.custom_id

        callback_url = self.callback_url

        account_id = self.account_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address": address,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if price_amount is not UNSET:
            field_dict["price_amount"] = price_amount
        if price_currency is not UNSET:
            field_dict["price_currency"] = price_currency
        if final_amount is not UNSET:
            field_dict["final_amount"] = final_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if blockchain is not UNSET:
            field_dict["blockchain"] = blockchain
        if token is not UNSET:
            field_dict["token"] = token
        if memo is not UNSET:
            field_dict["memo"] = memo
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = decimal_number(_amount)

        _price_amount = d.pop("price_amount", UNSET)
        price_amount: Decimal | Unset
        if isinstance(_price_amount, Unset):
            price_amount = UNSET
        else:
            price_amount = decimal_number(_price_amount)

        price_currency = d.pop("price_currency", UNSET)

        final_amount = d.pop("final_amount", UNSET)

        currency = d.pop("currency", UNSET)

        blockchain = d.pop("blockchain", UNSET)

        token = d.pop("token", UNSET)

        memo = d.pop("memo", UNSET)

        custom_id = d.pop("custom_id", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        account_id = d.pop("account_id", UNSET)

        _create_withdrawal_request = cls(
            address=address,
            amount=amount,
            price_amount=price_amount,
            price_currency=price_currency,
            final_amount=final_amount,
            currency=currency,
            blockchain=blockchain,
            token=token,
            memo=memo,
            custom_id=custom_id,
            callback_url=callback_url,
            account_id=account_id,
        )

        return _create_withdrawal_request
