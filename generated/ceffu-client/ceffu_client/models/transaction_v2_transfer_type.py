from typing import Literal

TransactionV2TransferType = Literal[10, 20]

TRANSACTION_V2_TRANSFER_TYPE_VALUES: set[TransactionV2TransferType] = {
    10,
    20,
}


def check_transaction_v2_transfer_type(value: int) -> TransactionV2TransferType:
    if value in TRANSACTION_V2_TRANSFER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_V2_TRANSFER_TYPE_VALUES!r}")
