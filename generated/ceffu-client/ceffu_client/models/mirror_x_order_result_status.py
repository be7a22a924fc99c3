from typing import Literal

MirrorXOrderResultStatus = Literal[10, 20, 30, 99]

MIRROR_X_ORDER_RESULT_STATUS_VALUES: set[MirrorXOrderResultStatus] = {
    10,
    20,
    30,
    99,
}


def check_mirror_x_order_result_status(value: int) -> MirrorXOrderResultStatus:
    if value in MIRROR_X_ORDER_RESULT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MIRROR_X_ORDER_RESULT_STATUS_VALUES!r}")
