from typing import Literal

BitunixWithdrawTransferStatus = Literal["cancelled", "fail", "pending", "success", "verification"]

BITUNIX_WITHDRAW_TRANSFER_STATUS_VALUES: set[BitunixWithdrawTransferStatus] = {
    "cancelled",
    "fail",
    "pending",
    "success",
    "verification",
}


def check_bitunix_withdraw_transfer_status(value: str) -> BitunixWithdrawTransferStatus:
    if value in BITUNIX_WITHDRAW_TRANSFER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BITUNIX_WITHDRAW_TRANSFER_STATUS_VALUES!r}")
