from typing import Literal

CryptofuseWithdrawalAdvanceTo = Literal[
    "approved", "cancelled", "completed", "confirmed", "failed", "processing", "rejected", "submitted"
]

CRYPTOFUSE_WITHDRAWAL_ADVANCE_TO_VALUES: set[CryptofuseWithdrawalAdvanceTo] = {
    "approved",
    "cancelled",
    "completed",
    "confirmed",
    "failed",
    "processing",
    "rejected",
    "submitted",
}


def check_cryptofuse_withdrawal_advance_to(value: str) -> CryptofuseWithdrawalAdvanceTo:
    if value in CRYPTOFUSE_WITHDRAWAL_ADVANCE_TO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CRYPTOFUSE_WITHDRAWAL_ADVANCE_TO_VALUES!r}")
