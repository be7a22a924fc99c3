from typing import Literal

GetWithdrawalHistoryV1Status = Literal[10, 20, 30, 40, 99]

GET_WITHDRAWAL_HISTORY_V1_STATUS_VALUES: set[GetWithdrawalHistoryV1Status] = {
    10,
    20,
    30,
    40,
    99,
}


def check_get_withdrawal_history_v1_status(value: int) -> GetWithdrawalHistoryV1Status:
    if value in GET_WITHDRAWAL_HISTORY_V1_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_WITHDRAWAL_HISTORY_V1_STATUS_VALUES!r}")
