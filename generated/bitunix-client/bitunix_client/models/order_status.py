from enum import IntEnum


class OrderStatus(IntEnum):
    """`1` Unfilled; `2` Filled; `3` Partially filled; `4` Cancelled; `7` Partially filled, then cancelled. (the wire value is the integer)"""

    UNFILLED = 1
    FILLED = 2
    PARTIALLY_FILLED = 3
    CANCELLED = 4
    PARTIALLY_FILLED_CANCELLED = 7

    def __str__(self) -> str:
        return str(self.value)
