from enum import IntEnum


class OrderSide(IntEnum):
    """`1` Sell; `2` Buy. (the wire value is the integer)"""

    SELL = 1
    BUY = 2

    def __str__(self) -> str:
        return str(self.value)
