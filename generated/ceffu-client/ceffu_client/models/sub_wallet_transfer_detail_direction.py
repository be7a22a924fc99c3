from typing import Literal

SubWalletTransferDetailDirection = Literal[10, 20, 30, 40, 70]

SUB_WALLET_TRANSFER_DETAIL_DIRECTION_VALUES: set[SubWalletTransferDetailDirection] = {
    10,
    20,
    30,
    40,
    70,
}


def check_sub_wallet_transfer_detail_direction(value: int) -> SubWalletTransferDetailDirection:
    if value in SUB_WALLET_TRANSFER_DETAIL_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_WALLET_TRANSFER_DETAIL_DIRECTION_VALUES!r}")
