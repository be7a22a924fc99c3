from enum import IntEnum


class TransactionDirection(IntEnum):
    """Direction: `10` deposit, `20` withdrawal. (the wire value is the integer)"""

    DEPOSIT = 10
    WITHDRAWAL = 20

    def __str__(self) -> str:
        return str(self.value)
