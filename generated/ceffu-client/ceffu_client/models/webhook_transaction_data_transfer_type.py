from typing import Literal

WebhookTransactionDataTransferType = Literal[10, 20]

WEBHOOK_TRANSACTION_DATA_TRANSFER_TYPE_VALUES: set[WebhookTransactionDataTransferType] = {
    10,
    20,
}


def check_webhook_transaction_data_transfer_type(value: int) -> WebhookTransactionDataTransferType:
    if value in WEBHOOK_TRANSACTION_DATA_TRANSFER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_TRANSACTION_DATA_TRANSFER_TYPE_VALUES!r}")
