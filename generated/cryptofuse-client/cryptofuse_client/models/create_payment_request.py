from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.jsonutil import decimal_number, exact_number
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePaymentRequest")


@_attrs_define
class CreatePaymentRequest:
    """New payment. Send exactly one of `currency` / (`blockchain` + `token`)."""

    amount: Decimal
    """ Price in `price_currency` (fiat), exact: at most 2 decimals by value (`100.10` = `100.1`), finer prices are
    refused with `invalid_amount` (422), never rounded. A JSON number (the seed's examples, `100.00`) or a decimal
    string (`"100.00"`): both accepted, x-inferred from the backend's Django REST Framework `DecimalField`, which
    reads either. Positive and at most 1000000000, else `invalid_amount` (422). """
    currency: str | Unset = UNSET
    """ Combined currency code (token + chain, upper case), e.g. `USDTTRC20`, `USDTARB`, `BTC`. """
    blockchain: str | Unset = UNSET
    """ Blockchain (with `token`), e.g. `TRX`. """
    token: str | Unset = UNSET
    """ Token (with `blockchain`), e.g. `USDT`. """
    price_currency: str | Unset = "USD"
    """ Currency of `amount` (default `USD`). """
    callback_url: str | Unset = UNSET
    """ Webhook URL for this payment (overrides the tenant URL). """
    order_id: str | Unset = UNSET
    """ Your order id (auto-generated when omitted). """
    order_description: str | Unset = UNSET
    """ Order description. """
    custom_id: str | Unset = UNSET
    """ Your reference. """
    is_fixed_rate: bool | Unset = True
    """ Lock the exchange rate (default true). """
    is_fee_paid_by_user: bool | Unset = UNSET
    """ Whether the payer pays the fee (added to the crypto amount). """
    customer_email: str | Unset = UNSET
    """ Payer's e-mail. Not declared `format: email`: the seed's example is the Cloudflare obfuscation artefact
    `[email protected]`, and `EmailStr` would need `email-validator` in the pydantic models. """
    wallet_id: str | Unset = UNSET
    """ Wallet (sub-account) to credit; the master account when omitted. """
    expiry_minutes: int | Unset = UNSET
    """ Payment window in minutes (1-1440). """

    def to_dict(self) -> dict[str, Any]:
        amount = exact_number(self.amount, "amount")

        currency = self.currency

        blockchain = self.blockchain

        token = self.token

        price_currency = self.price_currency

        callback_url = self.callback_url

        order_id = self.order_id

        order_description = self.order_description

        custom_id = self.custom_id

        is_fixed_rate = self.is_fixed_rate

        is_fee_paid_by_user = self.is_fee_paid_by_user

        customer_email = self.customer_email

        wallet_id = self.wallet_id

        expiry_minutes = self.expiry_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if blockchain is not UNSET:
            field_dict["blockchain"] = blockchain
        if token is not UNSET:
            field_dict["token"] = token
        if price_currency is not UNSET:
            field_dict["price_currency"] = price_currency
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order_description is not UNSET:
            field_dict["order_description"] = order_description
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if is_fixed_rate is not UNSET:
            field_dict["is_fixed_rate"] = is_fixed_rate
        if is_fee_paid_by_user is not UNSET:
            field_dict["is_fee_paid_by_user"] = is_fee_paid_by_user
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if wallet_id is not UNSET:
            field_dict["wallet_id"] = wallet_id
        if expiry_minutes is not UNSET:
            field_dict["expiry_minutes"] = expiry_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = decimal_number(d.pop("amount"))

        currency = d.pop("currency", UNSET)

        blockchain = d.pop("blockchain", UNSET)

        token = d.pop("token", UNSET)

        price_currency = d.pop("price_currency", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        order_id = d.pop("order_id", UNSET)

        order_description = d.pop("order_description", UNSET)

        custom_id = d.pop("custom_id", UNSET)

        is_fixed_rate = d.pop("is_fixed_rate", UNSET)

        is_fee_paid_by_user = d.pop("is_fee_paid_by_user", UNSET)

        customer_email = d.pop("customer_email", UNSET)

        wallet_id = d.pop("wallet_id", UNSET)

        expiry_minutes = d.pop("expiry_minutes", UNSET)

        _create_payment_request = cls(
            amount=amount,
            currency=currency,
            blockchain=blockchain,
            token=token,
            price_currency=price_currency,
            callback_url=callback_url,
            order_id=order_id,
            order_description=order_description,
            custom_id=custom_id,
            is_fixed_rate=is_fixed_rate,
            is_fee_paid_by_user=is_fee_paid_by_user,
            customer_email=customer_email,
            wallet_id=wallet_id,
            expiry_minutes=expiry_minutes,
        )

        return _create_payment_request
