from typing import Literal

WithdrawalResultStatus = Literal[10, 20, 30, 40, 99]

WITHDRAWAL_RESULT_STATUS_VALUES: set[WithdrawalResultStatus] = {
    10,
    20,
    30,
    40,
    99,
}


def check_withdrawal_result_status(value: int) -> WithdrawalResultStatus:
    if value in WITHDRAWAL_RESULT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WITHDRAWAL_RESULT_STATUS_VALUES!r}")
