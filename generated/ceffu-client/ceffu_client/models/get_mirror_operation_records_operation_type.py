from typing import Literal

GetMirrorOperationRecordsOperationType = Literal[1, 2, 3]

GET_MIRROR_OPERATION_RECORDS_OPERATION_TYPE_VALUES: set[GetMirrorOperationRecordsOperationType] = {
    1,
    2,
    3,
}


def check_get_mirror_operation_records_operation_type(value: int) -> GetMirrorOperationRecordsOperationType:
    if value in GET_MIRROR_OPERATION_RECORDS_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MIRROR_OPERATION_RECORDS_OPERATION_TYPE_VALUES!r}"
    )
