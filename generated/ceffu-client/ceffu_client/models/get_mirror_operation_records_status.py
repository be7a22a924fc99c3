from typing import Literal

GetMirrorOperationRecordsStatus = Literal[20, 30, 99]

GET_MIRROR_OPERATION_RECORDS_STATUS_VALUES: set[GetMirrorOperationRecordsStatus] = {
    20,
    30,
    99,
}


def check_get_mirror_operation_records_status(value: int) -> GetMirrorOperationRecordsStatus:
    if value in GET_MIRROR_OPERATION_RECORDS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MIRROR_OPERATION_RECORDS_STATUS_VALUES!r}")
