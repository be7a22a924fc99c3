from typing import Literal

OrderSide = Literal[1, 2]

ORDER_SIDE_VALUES: set[OrderSide] = {
    1,
    2,
}


def check_order_side(value: int) -> OrderSide:
    if value in ORDER_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_SIDE_VALUES!r}")
