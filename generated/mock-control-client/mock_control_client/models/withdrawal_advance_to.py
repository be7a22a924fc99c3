from typing import Literal

WithdrawalAdvanceTo = Literal[20, 30, 40, 99]

WITHDRAWAL_ADVANCE_TO_VALUES: set[WithdrawalAdvanceTo] = {
    20,
    30,
    40,
    99,
}


def check_withdrawal_advance_to(value: int) -> WithdrawalAdvanceTo:
    if value in WITHDRAWAL_ADVANCE_TO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WITHDRAWAL_ADVANCE_TO_VALUES!r}")
