from typing import Literal

GetWithdrawalHistoryStatus = Literal[10, 20, 30, 40, 99]

GET_WITHDRAWAL_HISTORY_STATUS_VALUES: set[GetWithdrawalHistoryStatus] = {
    10,
    20,
    30,
    40,
    99,
}


def check_get_withdrawal_history_status(value: int) -> GetWithdrawalHistoryStatus:
    if value in GET_WITHDRAWAL_HISTORY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_WITHDRAWAL_HISTORY_STATUS_VALUES!r}")
