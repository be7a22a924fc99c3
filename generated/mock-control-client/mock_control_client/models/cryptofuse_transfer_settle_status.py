from typing import Literal

CryptofuseTransferSettleStatus = Literal["completed", "failed"]

CRYPTOFUSE_TRANSFER_SETTLE_STATUS_VALUES: set[CryptofuseTransferSettleStatus] = {
    "completed",
    "failed",
}


def check_cryptofuse_transfer_settle_status(value: str) -> CryptofuseTransferSettleStatus:
    if value in CRYPTOFUSE_TRANSFER_SETTLE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CRYPTOFUSE_TRANSFER_SETTLE_STATUS_VALUES!r}")
