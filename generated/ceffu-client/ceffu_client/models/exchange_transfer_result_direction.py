from typing import Literal

ExchangeTransferResultDirection = Literal[10, 20]

EXCHANGE_TRANSFER_RESULT_DIRECTION_VALUES: set[ExchangeTransferResultDirection] = {
    10,
    20,
}


def check_exchange_transfer_result_direction(value: int) -> ExchangeTransferResultDirection:
    if value in EXCHANGE_TRANSFER_RESULT_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCHANGE_TRANSFER_RESULT_DIRECTION_VALUES!r}")
