from typing import Literal

GetMirrorXOrdersOrderType = Literal[10, 20, 30]

GET_MIRROR_X_ORDERS_ORDER_TYPE_VALUES: set[GetMirrorXOrdersOrderType] = {
    10,
    20,
    30,
}


def check_get_mirror_x_orders_order_type(value: int) -> GetMirrorXOrdersOrderType:
    if value in GET_MIRROR_X_ORDERS_ORDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MIRROR_X_ORDERS_ORDER_TYPE_VALUES!r}")
