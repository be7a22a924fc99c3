from typing import Literal

TransactionV2Status = Literal[10, 20, 30, 40, 99]

TRANSACTION_V2_STATUS_VALUES: set[TransactionV2Status] = {
    10,
    20,
    30,
    40,
    99,
}


def check_transaction_v2_status(value: int) -> TransactionV2Status:
    if value in TRANSACTION_V2_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_V2_STATUS_VALUES!r}")
