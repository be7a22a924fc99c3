from typing import Literal

CorrespondentDetailCorrespondentType = Literal[0, 1]

CORRESPONDENT_DETAIL_CORRESPONDENT_TYPE_VALUES: set[CorrespondentDetailCorrespondentType] = {
    0,
    1,
}


def check_correspondent_detail_correspondent_type(value: int) -> CorrespondentDetailCorrespondentType:
    if value in CORRESPONDENT_DETAIL_CORRESPONDENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CORRESPONDENT_DETAIL_CORRESPONDENT_TYPE_VALUES!r}")
