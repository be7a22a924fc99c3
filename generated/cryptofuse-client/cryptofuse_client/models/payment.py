from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.payment_payment_type import PaymentPaymentType, check_payment_payment_type
from ..models.payment_status import PaymentStatus, check_payment_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_deposit import PaymentDeposit


T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """A payment (answer of create, status and list). Amounts are decimal strings: `amount_usd` in the price currency,
    `amount_crypto` expected in `currency`.

    """

    transaction_id: UUID
    """ Payment id. """
    status: PaymentStatus
    """ `waiting` created, awaiting funds; `confirming` funds seen, awaiting confirmations; `confirmed`
    confirmations reached (listed as a filter value by the current List Payments page); `sending` being
    credited/forwarded (same source); `completed` fully paid and credited; `partially_completed` partly paid and the
    window expired (the received amount is credited); `expired` nothing paid in time; `failed` failed. """
    currency: str
    """ Combined currency code, e.g. `USDTTRC20`. """
    amount_usd: Decimal
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    amount_crypto: Decimal
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    address: str
    """ Deposit address to pay to. """
    created_at: datetime.datetime
    """ Creation time. """
    blockchain: str | Unset = UNSET
    """ Blockchain, e.g. `TRX`. """
    token: str | Unset = UNSET
    """ Token, e.g. `USDT`. """
    transaction_hash: None | str | Unset = UNSET
    """ Hash of the (first) deposit; null until seen. """
    confirmations: int | Unset = UNSET
    """ Confirmations of the deposit. """
    payment_type: PaymentPaymentType | Unset = UNSET
    """ `full` paid exactly, `partial` underpaid, `overpayment` overpaid. """
    payment_history: list[PaymentDeposit] | Unset = UNSET
    """ All deposits received. """
    total_paid_amount: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    order_id: None | str | Unset = UNSET
    """ Your order id. """
    order_description: None | str | Unset = UNSET
    """ Order description. """
    custom_id: None | str | Unset = UNSET
    """ Your reference. """
    customer_email: None | str | Unset = UNSET
    """ Payer's e-mail. """
    callback_url: None | str | Unset = UNSET
    """ Webhook URL of this payment. """
    wallet_id: None | str | Unset = UNSET
    """ Credited wallet; null for the master account. """
    is_fixed_rate: bool | Unset = UNSET
    """ Rate locked. """
    is_fee_paid_by_user: bool | Unset = UNSET
    """ Payer pays the fee. """
    merchant_received_usd: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    merchant_received_amount: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    fee_amount: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    expiry_time: datetime.datetime | Unset = UNSET
    """ Payment window end. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Last update time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = str(self.transaction_id)

        status: str = self.status

        currency = self.currency

        amount_usd = decimal_text(self.amount_usd, "amount_usd")

        amount_crypto = decimal_text(self.amount_crypto, "amount_crypto")

        address = self.address

        created_at = self.created_at.isoformat()

        blockchain = self.blockchain

        token = self.token

        transaction_hash: None | str | Unset
        if isinstance(self.transaction_hash, Unset):
            transaction_hash = UNSET
        else:
            transaction_hash = self.transaction_hash

        confirmations = self.confirmations

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type

        payment_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_history, Unset):
            payment_history = []
            for payment_history_item_data in self.payment_history:
                payment_history_item = payment_history_item_data.to_dict()
                payment_history.append(payment_history_item)

        total_paid_amount: str | Unset = UNSET
        if not isinstance(self.total_paid_amount, Unset):
            total_paid_amount = decimal_text(self.total_paid_amount, "total_paid_amount")

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        order_description: None | str | Unset
        if isinstance(self.order_description, Unset):
            order_description = UNSET
        else:
            order_description = self.order_description

        custom_id: None | str | Unset
        if isinstance(self.custom_id, Unset):
            custom_id = UNSET
        else:
            custom_id = self.custom_id

        customer_email: None | str | Unset
        if isinstance(self.customer_email, Unset):
            customer_email = UNSET
        else:
            customer_email = self.customer_email

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        wallet_id: None | str | Unset
        if isinstance(self.wallet_id, Unset):
            wallet_id = UNSET
        else:
            wallet_id = self.wallet_id

        is_fixed_rate = self.is_fixed_rate

        is_fee_paid_by_user = self.is_fee_paid_by_user

        merchant_received_usd: str | Unset = UNSET
        if not isinstance(self.merchant_received_usd, Unset):
            merchant_received_usd = decimal_text(self.merchant_received_usd, "merchant_received_usd")

        merchant_received_amount: str | Unset = UNSET
        if not isinstance(self.merchant_received_amount, Unset):
            merchant_received_amount = decimal_text(self.merchant_received_amount, "merchant_received_amount")

        fee_amount: str | Unset = UNSET
        if not isinstance(self.fee_amount, Unset):
            fee_amount = decimal_text(self.fee_amount, "fee_amount")

        expiry_time: str | Unset = UNSET
        if not isinstance(self.expiry_time, Unset):
            expiry_time = self.expiry_time.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "status": status,
                "currency": currency,
                "amount_usd": amount_usd,
                "amount_crypto": amount_crypto,
                "address": address,
                "created_at": created_at,
            }
        )
        if blockchain is not UNSET:
            field_dict["blockchain"] = blockchain
        if token is not UNSET:
            field_dict["token"] = token
        if transaction_hash is not UNSET:
            field_dict["transaction_hash"] = transaction_hash
        if confirmations is not UNSET:
            field_dict["confirmations"] = confirmations
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if payment_history is not UNSET:
            field_dict["payment_history"] = payment_history
        if total_paid_amount is not UNSET:
            field_dict["total_paid_amount"] = total_paid_amount
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order_description is not UNSET:
            field_dict["order_description"] = order_description
        if custom_id is not UNSET:
            field_dict["custom_id"] = custom_id
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if wallet_id is not UNSET:
            field_dict["wallet_id"] = wallet_id
        if is_fixed_rate is not UNSET:
            field_dict["is_fixed_rate"] = is_fixed_rate
        if is_fee_paid_by_user is not UNSET:
            field_dict["is_fee_paid_by_user"] = is_fee_paid_by_user
        if merchant_received_usd is not UNSET:
            field_dict["merchant_received_usd"] = merchant_received_usd
        if merchant_received_amount is not UNSET:
            field_dict["merchant_received_amount"] = merchant_received_amount
        if fee_amount is not UNSET:
            field_dict["fee_amount"] = fee_amount
        if expiry_time is not UNSET:
            field_dict["expiry_time"] = expiry_time
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_deposit import PaymentDeposit  # noqa: PLC0415

        d = dict(src_dict)
        transaction_id = UUID(d.pop("transaction_id"))

        status = check_payment_status(d.pop("status"))

        currency = d.pop("currency")

        amount_usd = decimal_string(d.pop("amount_usd"))

        amount_crypto = decimal_string(d.pop("amount_crypto"))

        address = d.pop("address")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        blockchain = d.pop("blockchain", UNSET)

        token = d.pop("token", UNSET)

        def _parse_transaction_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_hash = _parse_transaction_hash(d.pop("transaction_hash", UNSET))

        confirmations = d.pop("confirmations", UNSET)

        _payment_type = d.pop("payment_type", UNSET)
        payment_type: PaymentPaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = check_payment_payment_type(_payment_type)

        _payment_history = d.pop("payment_history", UNSET)
        payment_history: list[PaymentDeposit] | Unset = UNSET
        if _payment_history is not UNSET:
            payment_history = []
            for payment_history_item_data in _payment_history:
                payment_history_item = PaymentDeposit.from_dict(payment_history_item_data)

                payment_history.append(payment_history_item)

        _total_paid_amount = d.pop("total_paid_amount", UNSET)
        total_paid_amount: Decimal | Unset
        if isinstance(_total_paid_amount, Unset):
            total_paid_amount = UNSET
        else:
            total_paid_amount = decimal_string(_total_paid_amount)

        def _parse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        def _parse_order_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_description = _parse_order_description(d.pop("order_description", UNSET))

        def _parse_custom_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_id = _parse_custom_id(d.pop("custom_id", UNSET))

        def _parse_customer_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_email = _parse_customer_email(d.pop("customer_email", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_wallet_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wallet_id = _parse_wallet_id(d.pop("wallet_id", UNSET))

        is_fixed_rate = d.pop("is_fixed_rate", UNSET)

        is_fee_paid_by_user = d.pop("is_fee_paid_by_user", UNSET)

        _merchant_received_usd = d.pop("merchant_received_usd", UNSET)
        merchant_received_usd: Decimal | Unset
        if isinstance(_merchant_received_usd, Unset):
            merchant_received_usd = UNSET
        else:
            merchant_received_usd = decimal_string(_merchant_received_usd)

        _merchant_received_amount = d.pop("merchant_received_amount", UNSET)
        merchant_received_amount: Decimal | Unset
        if isinstance(_merchant_received_amount, Unset):
            merchant_received_amount = UNSET
        else:
            merchant_received_amount = decimal_string(_merchant_received_amount)

        _fee_amount = d.pop("fee_amount", UNSET)
        fee_amount: Decimal | Unset
        if isinstance(_fee_amount, Unset):
            fee_amount = UNSET
        else:
            fee_amount = decimal_string(_fee_amount)

        _expiry_time = d.pop("expiry_time", UNSET)
        expiry_time: datetime.datetime | Unset
        if isinstance(_expiry_time, Unset):
            expiry_time = UNSET
        else:
            expiry_time = datetime.datetime.fromisoformat(_expiry_time)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _payment = cls(
            transaction_id=transaction_id,
            status=status,
            currency=currency,
            amount_usd=amount_usd,
            amount_crypto=amount_crypto,
            address=address,
            created_at=created_at,
            blockchain=blockchain,
            token=token,
            transaction_hash=transaction_hash,
            confirmations=confirmations,
            payment_type=payment_type,
            payment_history=payment_history,
            total_paid_amount=total_paid_amount,
            order_id=order_id,
            order_description=order_description,
            custom_id=custom_id,
            customer_email=customer_email,
            callback_url=callback_url,
            wallet_id=wallet_id,
            is_fixed_rate=is_fixed_rate,
            is_fee_paid_by_user=is_fee_paid_by_user,
            merchant_received_usd=merchant_received_usd,
            merchant_received_amount=merchant_received_amount,
            fee_amount=fee_amount,
            expiry_time=expiry_time,
            updated_at=updated_at,
        )

        _payment.additional_properties = d
        return _payment

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
