from typing import Literal

MirrorRecordOperationType = Literal[1, 2, 3]

MIRROR_RECORD_OPERATION_TYPE_VALUES: set[MirrorRecordOperationType] = {
    1,
    2,
    3,
}


def check_mirror_record_operation_type(value: int) -> MirrorRecordOperationType:
    if value in MIRROR_RECORD_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MIRROR_RECORD_OPERATION_TYPE_VALUES!r}")
