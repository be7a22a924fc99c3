from typing import Literal

MirrorRecordStatus = Literal[20, 30, 99]

MIRROR_RECORD_STATUS_VALUES: set[MirrorRecordStatus] = {
    20,
    30,
    99,
}


def check_mirror_record_status(value: int) -> MirrorRecordStatus:
    if value in MIRROR_RECORD_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MIRROR_RECORD_STATUS_VALUES!r}")
