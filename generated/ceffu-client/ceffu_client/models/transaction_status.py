from typing import Literal

TransactionStatus = Literal[10, 20, 30, 40, 99]

TRANSACTION_STATUS_VALUES: set[TransactionStatus] = {
    10,
    20,
    30,
    40,
    99,
}


def check_transaction_status(value: int) -> TransactionStatus:
    if value in TRANSACTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_STATUS_VALUES!r}")
