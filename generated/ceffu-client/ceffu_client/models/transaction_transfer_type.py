from typing import Literal

TransactionTransferType = Literal[10, 20]

TRANSACTION_TRANSFER_TYPE_VALUES: set[TransactionTransferType] = {
    10,
    20,
}


def check_transaction_transfer_type(value: int) -> TransactionTransferType:
    if value in TRANSACTION_TRANSFER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_TRANSFER_TYPE_VALUES!r}")
