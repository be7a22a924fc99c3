from typing import Literal

CorrespondentDetailToFromType = Literal[0, 1, 2]

CORRESPONDENT_DETAIL_TO_FROM_TYPE_VALUES: set[CorrespondentDetailToFromType] = {
    0,
    1,
    2,
}


def check_correspondent_detail_to_from_type(value: int) -> CorrespondentDetailToFromType:
    if value in CORRESPONDENT_DETAIL_TO_FROM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CORRESPONDENT_DETAIL_TO_FROM_TYPE_VALUES!r}")
