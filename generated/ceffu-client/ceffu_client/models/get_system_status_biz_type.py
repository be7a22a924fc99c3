from typing import Literal

GetSystemStatusBizType = Literal[10, 20, 30]

GET_SYSTEM_STATUS_BIZ_TYPE_VALUES: set[GetSystemStatusBizType] = {
    10,
    20,
    30,
}


def check_get_system_status_biz_type(value: int) -> GetSystemStatusBizType:
    if value in GET_SYSTEM_STATUS_BIZ_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SYSTEM_STATUS_BIZ_TYPE_VALUES!r}")
