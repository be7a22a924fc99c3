from typing import Literal

PaymentPaymentType = Literal["full", "overpayment", "partial"]

PAYMENT_PAYMENT_TYPE_VALUES: set[PaymentPaymentType] = {
    "full",
    "overpayment",
    "partial",
}


def check_payment_payment_type(value: str) -> PaymentPaymentType:
    if value in PAYMENT_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYMENT_PAYMENT_TYPE_VALUES!r}")
