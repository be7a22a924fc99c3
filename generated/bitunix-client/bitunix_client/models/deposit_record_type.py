from typing import Literal

DepositRecordType = Literal["deposit", "inside_transfer_in"]

DEPOSIT_RECORD_TYPE_VALUES: set[DepositRecordType] = {
    "deposit",
    "inside_transfer_in",
}


def check_deposit_record_type(value: str) -> DepositRecordType:
    if value in DEPOSIT_RECORD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEPOSIT_RECORD_TYPE_VALUES!r}")
