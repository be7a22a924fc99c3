from typing import Literal

GetExchangeTransferHistoryDirection = Literal[10, 20]

GET_EXCHANGE_TRANSFER_HISTORY_DIRECTION_VALUES: set[GetExchangeTransferHistoryDirection] = {
    10,
    20,
}


def check_get_exchange_transfer_history_direction(value: int) -> GetExchangeTransferHistoryDirection:
    if value in GET_EXCHANGE_TRANSFER_HISTORY_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EXCHANGE_TRANSFER_HISTORY_DIRECTION_VALUES!r}")
