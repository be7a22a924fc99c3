from typing import Literal

BitunixDepositCreateStatus = Literal["fail", "pending", "success"]

BITUNIX_DEPOSIT_CREATE_STATUS_VALUES: set[BitunixDepositCreateStatus] = {
    "fail",
    "pending",
    "success",
}


def check_bitunix_deposit_create_status(value: str) -> BitunixDepositCreateStatus:
    if value in BITUNIX_DEPOSIT_CREATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BITUNIX_DEPOSIT_CREATE_STATUS_VALUES!r}")
