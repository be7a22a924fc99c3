from typing import Literal

TransferWithExchangeRequestDirection = Literal[10]

TRANSFER_WITH_EXCHANGE_REQUEST_DIRECTION_VALUES: set[TransferWithExchangeRequestDirection] = {
    10,
}


def check_transfer_with_exchange_request_direction(value: int) -> TransferWithExchangeRequestDirection:
    if value in TRANSFER_WITH_EXCHANGE_REQUEST_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSFER_WITH_EXCHANGE_REQUEST_DIRECTION_VALUES!r}")
