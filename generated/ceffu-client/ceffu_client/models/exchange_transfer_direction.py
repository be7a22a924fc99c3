from typing import Literal

ExchangeTransferDirection = Literal[10, 20]

EXCHANGE_TRANSFER_DIRECTION_VALUES: set[ExchangeTransferDirection] = {
    10,
    20,
}


def check_exchange_transfer_direction(value: int) -> ExchangeTransferDirection:
    if value in EXCHANGE_TRANSFER_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCHANGE_TRANSFER_DIRECTION_VALUES!r}")
