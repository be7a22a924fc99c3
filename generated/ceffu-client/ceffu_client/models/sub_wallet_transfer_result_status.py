from typing import Literal

SubWalletTransferResultStatus = Literal[10, 20, 30, 99]

SUB_WALLET_TRANSFER_RESULT_STATUS_VALUES: set[SubWalletTransferResultStatus] = {
    10,
    20,
    30,
    99,
}


def check_sub_wallet_transfer_result_status(value: int) -> SubWalletTransferResultStatus:
    if value in SUB_WALLET_TRANSFER_RESULT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_WALLET_TRANSFER_RESULT_STATUS_VALUES!r}")
