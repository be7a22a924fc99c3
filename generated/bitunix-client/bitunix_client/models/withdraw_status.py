from typing import Literal

WithdrawStatus = Literal["cancelled", "fail", "pending", "success", "verification"]

WITHDRAW_STATUS_VALUES: set[WithdrawStatus] = {
    "cancelled",
    "fail",
    "pending",
    "success",
    "verification",
}


def check_withdraw_status(value: str) -> WithdrawStatus:
    if value in WITHDRAW_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WITHDRAW_STATUS_VALUES!r}")
