from typing import Literal

PlaceMirrorXOrderRequestOrderType = Literal[10, 20]

PLACE_MIRROR_X_ORDER_REQUEST_ORDER_TYPE_VALUES: set[PlaceMirrorXOrderRequestOrderType] = {
    10,
    20,
}


def check_place_mirror_x_order_request_order_type(value: int) -> PlaceMirrorXOrderRequestOrderType:
    if value in PLACE_MIRROR_X_ORDER_REQUEST_ORDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLACE_MIRROR_X_ORDER_REQUEST_ORDER_TYPE_VALUES!r}")
