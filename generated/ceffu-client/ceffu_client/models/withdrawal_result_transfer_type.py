from typing import Literal

WithdrawalResultTransferType = Literal[10, 20]

WITHDRAWAL_RESULT_TRANSFER_TYPE_VALUES: set[WithdrawalResultTransferType] = {
    10,
    20,
}


def check_withdrawal_result_transfer_type(value: int) -> WithdrawalResultTransferType:
    if value in WITHDRAWAL_RESULT_TRANSFER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WITHDRAWAL_RESULT_TRANSFER_TYPE_VALUES!r}")
