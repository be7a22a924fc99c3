from typing import Literal

WithdrawalStatus = Literal[
    "approved", "cancelled", "completed", "confirmed", "failed", "pending", "processing", "rejected", "submitted"
]

WITHDRAWAL_STATUS_VALUES: set[WithdrawalStatus] = {
    "approved",
    "cancelled",
    "completed",
    "confirmed",
    "failed",
    "pending",
    "processing",
    "rejected",
    "submitted",
}


def check_withdrawal_status(value: str) -> WithdrawalStatus:
    if value in WITHDRAWAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WITHDRAWAL_STATUS_VALUES!r}")
