from typing import Literal

GetExchangeTransferHistoryStatus = Literal[10, 20, 30, 99]

GET_EXCHANGE_TRANSFER_HISTORY_STATUS_VALUES: set[GetExchangeTransferHistoryStatus] = {
    10,
    20,
    30,
    99,
}


def check_get_exchange_transfer_history_status(value: int) -> GetExchangeTransferHistoryStatus:
    if value in GET_EXCHANGE_TRANSFER_HISTORY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EXCHANGE_TRANSFER_HISTORY_STATUS_VALUES!r}")
