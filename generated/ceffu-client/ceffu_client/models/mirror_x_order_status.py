from typing import Literal

MirrorXOrderStatus = Literal[10, 20, 30, 99]

MIRROR_X_ORDER_STATUS_VALUES: set[MirrorXOrderStatus] = {
    10,
    20,
    30,
    99,
}


def check_mirror_x_order_status(value: int) -> MirrorXOrderStatus:
    if value in MIRROR_X_ORDER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MIRROR_X_ORDER_STATUS_VALUES!r}")
