from typing import Literal

CorrespondentDetailRequestToFromType = Literal[0, 1, 2]

CORRESPONDENT_DETAIL_REQUEST_TO_FROM_TYPE_VALUES: set[CorrespondentDetailRequestToFromType] = {
    0,
    1,
    2,
}


def check_correspondent_detail_request_to_from_type(value: int) -> CorrespondentDetailRequestToFromType:
    if value in CORRESPONDENT_DETAIL_REQUEST_TO_FROM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CORRESPONDENT_DETAIL_REQUEST_TO_FROM_TYPE_VALUES!r}")
