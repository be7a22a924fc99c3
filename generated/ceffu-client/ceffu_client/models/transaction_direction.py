from typing import Literal

TransactionDirection = Literal[10, 20]

TRANSACTION_DIRECTION_VALUES: set[TransactionDirection] = {
    10,
    20,
}


def check_transaction_direction(value: int) -> TransactionDirection:
    if value in TRANSACTION_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_DIRECTION_VALUES!r}")
