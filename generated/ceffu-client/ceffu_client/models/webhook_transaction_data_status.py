from typing import Literal

WebhookTransactionDataStatus = Literal[10, 20, 30, 40, 99]

WEBHOOK_TRANSACTION_DATA_STATUS_VALUES: set[WebhookTransactionDataStatus] = {
    10,
    20,
    30,
    40,
    99,
}


def check_webhook_transaction_data_status(value: int) -> WebhookTransactionDataStatus:
    if value in WEBHOOK_TRANSACTION_DATA_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_TRANSACTION_DATA_STATUS_VALUES!r}")
