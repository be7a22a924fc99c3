from enum import IntEnum


class ExchangeCode(IntEnum):
    """Exchange code: `10` Binance. (the wire value is the integer)"""

    BINANCE = 10

    def __str__(self) -> str:
        return str(self.value)
