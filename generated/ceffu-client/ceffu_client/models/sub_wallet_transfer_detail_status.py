from typing import Literal

SubWalletTransferDetailStatus = Literal[10, 20, 30, 99]

SUB_WALLET_TRANSFER_DETAIL_STATUS_VALUES: set[SubWalletTransferDetailStatus] = {
    10,
    20,
    30,
    99,
}


def check_sub_wallet_transfer_detail_status(value: int) -> SubWalletTransferDetailStatus:
    if value in SUB_WALLET_TRANSFER_DETAIL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_WALLET_TRANSFER_DETAIL_STATUS_VALUES!r}")
