from typing import Literal

WebhookPaymentDataPaymentType = Literal["full", "overpayment", "partial"]

WEBHOOK_PAYMENT_DATA_PAYMENT_TYPE_VALUES: set[WebhookPaymentDataPaymentType] = {
    "full",
    "overpayment",
    "partial",
}


def check_webhook_payment_data_payment_type(value: str) -> WebhookPaymentDataPaymentType:
    if value in WEBHOOK_PAYMENT_DATA_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_PAYMENT_DATA_PAYMENT_TYPE_VALUES!r}")
