from enum import IntEnum


class MirrorOperationType(IntEnum):
    """Mirror operation type: `1` Borrow (apply), `2` Settle from Custody/Ceffu, `3` Settle from Binance. (the wire value is the integer)"""

    BORROW = 1
    SETTLE_FROM_CUSTODY = 2
    SETTLE_FROM_BINANCE = 3

    def __str__(self) -> str:
        return str(self.value)
