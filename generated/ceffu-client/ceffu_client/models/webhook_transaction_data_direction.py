from typing import Literal

WebhookTransactionDataDirection = Literal[10, 20]

WEBHOOK_TRANSACTION_DATA_DIRECTION_VALUES: set[WebhookTransactionDataDirection] = {
    10,
    20,
}


def check_webhook_transaction_data_direction(value: int) -> WebhookTransactionDataDirection:
    if value in WEBHOOK_TRANSACTION_DATA_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_TRANSACTION_DATA_DIRECTION_VALUES!r}")
