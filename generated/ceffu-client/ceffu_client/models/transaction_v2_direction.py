from typing import Literal

TransactionV2Direction = Literal[10, 20]

TRANSACTION_V2_DIRECTION_VALUES: set[TransactionV2Direction] = {
    10,
    20,
}


def check_transaction_v2_direction(value: int) -> TransactionV2Direction:
    if value in TRANSACTION_V2_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_V2_DIRECTION_VALUES!r}")
