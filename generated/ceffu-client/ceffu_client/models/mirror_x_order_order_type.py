from typing import Literal

MirrorXOrderOrderType = Literal[10, 20, 30]

MIRROR_X_ORDER_ORDER_TYPE_VALUES: set[MirrorXOrderOrderType] = {
    10,
    20,
    30,
}


def check_mirror_x_order_order_type(value: int) -> MirrorXOrderOrderType:
    if value in MIRROR_X_ORDER_ORDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MIRROR_X_ORDER_ORDER_TYPE_VALUES!r}")
