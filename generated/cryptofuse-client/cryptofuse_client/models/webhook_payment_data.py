from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.jsonutil import decimal_string, decimal_text
from ..models.payment_status import PaymentStatus, check_payment_status
from ..models.webhook_payment_data_payment_type import (
    WebhookPaymentDataPaymentType,
    check_webhook_payment_data_payment_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_deposit import PaymentDeposit
    from ..models.webhook_payment_data_metadata import WebhookPaymentDataMetadata


T = TypeVar("T", bound="WebhookPaymentData")


@_attrs_define
class WebhookPaymentData:
    """Payment data of a `payment_status_update` (union of the current and the older generation's field names:
    `amount_usd`/`amount_crypto`/`currency`/`address` vs
    `price_amount`/`pay_amount`/`pay_currency`/`blockchain_address`).

    """

    transaction_id: UUID
    """ Payment id. """
    status: PaymentStatus
    """ `waiting` created, awaiting funds; `confirming` funds seen, awaiting confirmations; `confirmed`
    confirmations reached (listed as a filter value by the current List Payments page); `sending` being
    credited/forwarded (same source); `completed` fully paid and credited; `partially_completed` partly paid and the
    window expired (the received amount is credited); `expired` nothing paid in time; `failed` failed. """
    previous_status: PaymentStatus | Unset = UNSET
    """ `waiting` created, awaiting funds; `confirming` funds seen, awaiting confirmations; `confirmed`
    confirmations reached (listed as a filter value by the current List Payments page); `sending` being
    credited/forwarded (same source); `completed` fully paid and credited; `partially_completed` partly paid and the
    window expired (the received amount is credited); `expired` nothing paid in time; `failed` failed. """
    payment_type: WebhookPaymentDataPaymentType | Unset = UNSET
    """ `full`, `partial` or `overpayment`. """
    order_id: None | str | Unset = UNSET
    """ Your order id. """
    amount_usd: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    amount_crypto: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    blockchain: str | Unset = UNSET
    """ Blockchain. """
    token: str | Unset = UNSET
    """ Token. """
    currency: str | Unset = UNSET
    """ Combined currency code. """
    address: str | Unset = UNSET
    """ Deposit address. """
    price_amount: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    price_currency: str | Unset = UNSET
    """ Price currency (older generation). """
    pay_amount: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    pay_currency: str | Unset = UNSET
    """ Currency code (older generation). """
    blockchain_address: str | Unset = UNSET
    """ Deposit address (older generation). """
    transaction_hash: None | str | Unset = UNSET
    """ Hash of the deposit. """
    confirmations: int | Unset = UNSET
    """ Confirmations. """
    merchant_received_usd: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    payment_history: list[PaymentDeposit] | Unset = UNSET
    """ All deposits. """
    total_paid_amount: Decimal | Unset = UNSET
    """ A decimal number as a string (e.g. `"100.00000000"`). """
    metadata: WebhookPaymentDataMetadata | Unset = UNSET
    """ Extra data, e.g. `updated_at`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = str(self.transaction_id)

        status: str = self.status

        previous_status: str | Unset = UNSET
        if not isinstance(self.previous_status, Unset):
            previous_status = self.previous_status

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        amount_usd: str | Unset = UNSET
        if not isinstance(self.amount_usd, Unset):
            amount_usd = decimal_text(self.amount_usd, "amount_usd")

        amount_crypto: str | Unset = UNSET
        if not isinstance(self.amount_crypto, Unset):
            amount_crypto = decimal_text(self.amount_crypto, "amount_crypto")

        blockchain = self.blockchain

        token = self.token

        currency = self.currency

        address = self.address

        price_amount: str | Unset = UNSET
        if not isinstance(self.price_amount, Unset):
            price_amount = decimal_text(self.price_amount, "price_amount")

        price_currency = self.price_currency

        pay_amount: str | Unset = UNSET
        if not isinstance(self.pay_amount, Unset):
            pay_amount = decimal_text(self.pay_amount, "pay_amount")

        pay_currency = self.pay_currency

        blockchain_address = self.blockchain_address

        transaction_hash: None | str | Unset
        if isinstance(self.transaction_hash, Unset):
            transaction_hash = UNSET
        else:
            transaction_hash = self.transaction_hash

        confirmations = self.confirmations

        merchant_received_usd: str | Unset = UNSET
        if not isinstance(self.merchant_received_usd, Unset):
            merchant_received_usd = decimal_text(self.merchant_received_usd, "merchant_received_usd")

        payment_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_history, Unset):
            payment_history = []
            for payment_history_item_data in self.payment_history:
                payment_history_item = payment_history_item_data.to_dict()
                payment_history.append(payment_history_item)

        total_paid_amount: str | Unset = UNSET
        if not isinstance(self.total_paid_amount, Unset):
            total_paid_amount = decimal_text(self.total_paid_amount, "total_paid_amount")

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "status": status,
            }
        )
        if previous_status is not UNSET:
            field_dict["previous_status"] = previous_status
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if amount_usd is not UNSET:
            field_dict["amount_usd"] = amount_usd
        if amount_crypto is not UNSET:
            field_dict["amount_crypto"] = amount_crypto
        if blockchain is not UNSET:
            field_dict["blockchain"] = blockchain
        if token is not UNSET:
            field_dict["token"] = token
        if currency is not UNSET:
            field_dict["currency"] = currency
        if address is not UNSET:
            field_dict["address"] = address
        if price_amount is not UNSET:
            field_dict["price_amount"] = price_amount
        if price_currency is not UNSET:
            field_dict["price_currency"] = price_currency
        if pay_amount is not UNSET:
            field_dict["pay_amount"] = pay_amount
        if pay_currency is not UNSET:
            field_dict["pay_currency"] = pay_currency
        if blockchain_address is not UNSET:
            field_dict["blockchain_address"] = blockchain_address
        if transaction_hash is not UNSET:
            field_dict["transaction_hash"] = transaction_hash
        if confirmations is not UNSET:
            field_dict["confirmations"] = confirmations
        if merchant_received_usd is not UNSET:
            field_dict["merchant_received_usd"] = merchant_received_usd
        if payment_history is not UNSET:
            field_dict["payment_history"] = payment_history
        if total_paid_amount is not UNSET:
            field_dict["total_paid_amount"] = total_paid_amount
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_deposit import PaymentDeposit  # noqa: PLC0415
        from ..models.webhook_payment_data_metadata import WebhookPaymentDataMetadata  # noqa: PLC0415

        d = dict(src_dict)
        transaction_id = UUID(d.pop("transaction_id"))

        status = check_payment_status(d.pop("status"))

        _previous_status = d.pop("previous_status", UNSET)
        previous_status: PaymentStatus | Unset
        if isinstance(_previous_status, Unset):
            previous_status = UNSET
        else:
            previous_status = check_payment_status(_previous_status)

        _payment_type = d.pop("payment_type", UNSET)
        payment_type: WebhookPaymentDataPaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = check_webhook_payment_data_payment_type(_payment_type)

        def _parse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        _amount_usd = d.pop("amount_usd", UNSET)
        amount_usd: Decimal | Unset
        if isinstance(_amount_usd, Unset):
            amount_usd = UNSET
        else:
            amount_usd = decimal_string(_amount_usd)

        _amount_crypto = d.pop("amount_crypto", UNSET)
        amount_crypto: Decimal | Unset
        if isinstance(_amount_crypto, Unset):
            amount_crypto = UNSET
        else:
            amount_crypto = decimal_string(_amount_crypto)

        blockchain = d.pop("blockchain", UNSET)

        token = d.pop("token", UNSET)

        currency = d.pop("currency", UNSET)

        address = d.pop("address", UNSET)

        _price_amount = d.pop("price_amount", UNSET)
        price_amount: Decimal | Unset
        if isinstance(_price_amount, Unset):
            price_amount = UNSET
        else:
            price_amount = decimal_string(_price_amount)

        price_currency = d.pop("price_currency", UNSET)

        _pay_amount = d.pop("pay_amount", UNSET)
        pay_amount: Decimal | Unset
        if isinstance(_pay_amount, Unset):
            pay_amount = UNSET
        else:
            pay_amount = decimal_string(_pay_amount)

        pay_currency = d.pop("pay_currency", UNSET)

        blockchain_address = d.pop("blockchain_address", UNSET)

        def _parse_transaction_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_hash = _parse_transaction_hash(d.pop("transaction_hash", UNSET))

        confirmations = d.pop("confirmations", UNSET)

        _merchant_received_usd = d.pop("merchant_received_usd", UNSET)
        merchant_received_usd: Decimal | Unset
        if isinstance(_merchant_received_usd, Unset):
            merchant_received_usd = UNSET
        else:
            merchant_received_usd = decimal_string(_merchant_received_usd)

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

        _metadata = d.pop("metadata", UNSET)
        metadata: WebhookPaymentDataMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = WebhookPaymentDataMetadata.from_dict(_metadata)

        _webhook_payment_data = cls(
            transaction_id=transaction_id,
            status=status,
            previous_status=previous_status,
            payment_type=payment_type,
            order_id=order_id,
            amount_usd=amount_usd,
            amount_crypto=amount_crypto,
            blockchain=blockchain,
            token=token,
            currency=currency,
            address=address,
            price_amount=price_amount,
            price_currency=price_currency,
            pay_amount=pay_amount,
            pay_currency=pay_currency,
            blockchain_address=blockchain_address,
            transaction_hash=transaction_hash,
            confirmations=confirmations,
            merchant_received_usd=merchant_received_usd,
            payment_history=payment_history,
            total_paid_amount=total_paid_amount,
            metadata=metadata,
        )

        _webhook_payment_data.additional_properties = d
        return _webhook_payment_data

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
