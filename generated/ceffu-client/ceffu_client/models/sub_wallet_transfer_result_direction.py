from typing import Literal

SubWalletTransferResultDirection = Literal[10, 20, 30, 40]

SUB_WALLET_TRANSFER_RESULT_DIRECTION_VALUES: set[SubWalletTransferResultDirection] = {
    10,
    20,
    30,
    40,
}


def check_sub_wallet_transfer_result_direction(value: int) -> SubWalletTransferResultDirection:
    if value in SUB_WALLET_TRANSFER_RESULT_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_WALLET_TRANSFER_RESULT_DIRECTION_VALUES!r}")
