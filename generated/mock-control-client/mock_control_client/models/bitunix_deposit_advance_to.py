from typing import Literal

BitunixDepositAdvanceTo = Literal["fail", "success"]

BITUNIX_DEPOSIT_ADVANCE_TO_VALUES: set[BitunixDepositAdvanceTo] = {
    "fail",
    "success",
}


def check_bitunix_deposit_advance_to(value: str) -> BitunixDepositAdvanceTo:
    if value in BITUNIX_DEPOSIT_ADVANCE_TO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BITUNIX_DEPOSIT_ADVANCE_TO_VALUES!r}")
