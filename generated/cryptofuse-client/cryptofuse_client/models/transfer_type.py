from typing import Literal

TransferType = Literal["to_master", "to_sub"]

TRANSFER_TYPE_VALUES: set[TransferType] = {
    "to_master",
    "to_sub",
}


def check_transfer_type(value: str) -> TransferType:
    if value in TRANSFER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSFER_TYPE_VALUES!r}")
