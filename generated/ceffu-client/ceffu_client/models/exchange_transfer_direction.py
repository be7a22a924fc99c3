from enum import IntEnum


class ExchangeTransferDirection(IntEnum):
    """Exchange transfer direction: `10` custody -> exchange, `20` exchange -> custody (only `10` is supported for new transfers). (the wire value is the integer)"""

    CUSTODY_TO_EXCHANGE = 10
    EXCHANGE_TO_CUSTODY = 20

    def __str__(self) -> str:
        return str(self.value)
