from typing import Literal

OrderType = Literal[1, 2]

ORDER_TYPE_VALUES: set[OrderType] = {
    1,
    2,
}


def check_order_type(value: int) -> OrderType:
    if value in ORDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_TYPE_VALUES!r}")
