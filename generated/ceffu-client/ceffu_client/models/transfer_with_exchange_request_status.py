from typing import Literal

TransferWithExchangeRequestStatus = Literal[10, 20, 30, 99]

TRANSFER_WITH_EXCHANGE_REQUEST_STATUS_VALUES: set[TransferWithExchangeRequestStatus] = {
    10,
    20,
    30,
    99,
}


def check_transfer_with_exchange_request_status(value: int) -> TransferWithExchangeRequestStatus:
    if value in TRANSFER_WITH_EXCHANGE_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSFER_WITH_EXCHANGE_REQUEST_STATUS_VALUES!r}")
