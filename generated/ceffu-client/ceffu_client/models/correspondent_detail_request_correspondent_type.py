from typing import Literal

CorrespondentDetailRequestCorrespondentType = Literal[0, 1]

CORRESPONDENT_DETAIL_REQUEST_CORRESPONDENT_TYPE_VALUES: set[CorrespondentDetailRequestCorrespondentType] = {
    0,
    1,
}


def check_correspondent_detail_request_correspondent_type(value: int) -> CorrespondentDetailRequestCorrespondentType:
    if value in CORRESPONDENT_DETAIL_REQUEST_CORRESPONDENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CORRESPONDENT_DETAIL_REQUEST_CORRESPONDENT_TYPE_VALUES!r}"
    )
