from typing import Literal

SubWalletTransferDirection = Literal[10, 20, 30, 40, 70]

SUB_WALLET_TRANSFER_DIRECTION_VALUES: set[SubWalletTransferDirection] = {
    10,
    20,
    30,
    40,
    70,
}


def check_sub_wallet_transfer_direction(value: int) -> SubWalletTransferDirection:
    if value in SUB_WALLET_TRANSFER_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_WALLET_TRANSFER_DIRECTION_VALUES!r}")
