from typing import Literal

OrderStatus = Literal[1, 2, 3, 4, 7]

ORDER_STATUS_VALUES: set[OrderStatus] = {
    1,
    2,
    3,
    4,
    7,
}


def check_order_status(value: int) -> OrderStatus:
    if value in ORDER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_STATUS_VALUES!r}")
