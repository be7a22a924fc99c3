from enum import IntEnum


class OrderType(IntEnum):
    """`1` Limit; `2` Market. (the wire value is the integer)"""

    LIMIT = 1
    MARKET = 2

    def __str__(self) -> str:
        return str(self.value)
