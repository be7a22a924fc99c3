from typing import Literal

WithdrawTransferRecordType = Literal["inside_transfer_out", "withdraw"]

WITHDRAW_TRANSFER_RECORD_TYPE_VALUES: set[WithdrawTransferRecordType] = {
    "inside_transfer_out",
    "withdraw",
}


def check_withdraw_transfer_record_type(value: str) -> WithdrawTransferRecordType:
    if value in WITHDRAW_TRANSFER_RECORD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WITHDRAW_TRANSFER_RECORD_TYPE_VALUES!r}")
