from typing import Literal

BitunixDepositStatus = Literal["cancelled", "fail", "pending", "success"]

BITUNIX_DEPOSIT_STATUS_VALUES: set[BitunixDepositStatus] = {
    "cancelled",
    "fail",
    "pending",
    "success",
}


def check_bitunix_deposit_status(value: str) -> BitunixDepositStatus:
    if value in BITUNIX_DEPOSIT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BITUNIX_DEPOSIT_STATUS_VALUES!r}")
