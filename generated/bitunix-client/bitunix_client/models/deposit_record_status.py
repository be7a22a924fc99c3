from typing import Literal

DepositRecordStatus = Literal["cancelled", "fail", "pending", "success"]

DEPOSIT_RECORD_STATUS_VALUES: set[DepositRecordStatus] = {
    "cancelled",
    "fail",
    "pending",
    "success",
}


def check_deposit_record_status(value: str) -> DepositRecordStatus:
    if value in DEPOSIT_RECORD_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEPOSIT_RECORD_STATUS_VALUES!r}")
