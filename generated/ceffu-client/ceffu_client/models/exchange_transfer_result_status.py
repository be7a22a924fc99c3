from typing import Literal

ExchangeTransferResultStatus = Literal[10, 20, 30, 99]

EXCHANGE_TRANSFER_RESULT_STATUS_VALUES: set[ExchangeTransferResultStatus] = {
    10,
    20,
    30,
    99,
}


def check_exchange_transfer_result_status(value: int) -> ExchangeTransferResultStatus:
    if value in EXCHANGE_TRANSFER_RESULT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCHANGE_TRANSFER_RESULT_STATUS_VALUES!r}")
