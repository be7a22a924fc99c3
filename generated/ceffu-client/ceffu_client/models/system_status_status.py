from typing import Literal

SystemStatusStatus = Literal[0, 1]

SYSTEM_STATUS_STATUS_VALUES: set[SystemStatusStatus] = {
    0,
    1,
}


def check_system_status_status(value: int) -> SystemStatusStatus:
    if value in SYSTEM_STATUS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYSTEM_STATUS_STATUS_VALUES!r}")
