from typing import Literal

GetMirrorXAvailableAmountOrderType = Literal[10, 20]

GET_MIRROR_X_AVAILABLE_AMOUNT_ORDER_TYPE_VALUES: set[GetMirrorXAvailableAmountOrderType] = {
    10,
    20,
}


def check_get_mirror_x_available_amount_order_type(value: int) -> GetMirrorXAvailableAmountOrderType:
    if value in GET_MIRROR_X_AVAILABLE_AMOUNT_ORDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MIRROR_X_AVAILABLE_AMOUNT_ORDER_TYPE_VALUES!r}")
