from typing import Literal

ExchangeTransferStatus = Literal[10, 20, 30, 99]

EXCHANGE_TRANSFER_STATUS_VALUES: set[ExchangeTransferStatus] = {
    10,
    20,
    30,
    99,
}


def check_exchange_transfer_status(value: int) -> ExchangeTransferStatus:
    if value in EXCHANGE_TRANSFER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCHANGE_TRANSFER_STATUS_VALUES!r}")
