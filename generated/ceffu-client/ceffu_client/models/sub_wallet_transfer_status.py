from typing import Literal

SubWalletTransferStatus = Literal[10, 20, 30, 99]

SUB_WALLET_TRANSFER_STATUS_VALUES: set[SubWalletTransferStatus] = {
    10,
    20,
    30,
    99,
}


def check_sub_wallet_transfer_status(value: int) -> SubWalletTransferStatus:
    if value in SUB_WALLET_TRANSFER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_WALLET_TRANSFER_STATUS_VALUES!r}")
