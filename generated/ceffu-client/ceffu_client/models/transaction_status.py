from enum import IntEnum


class TransactionStatus(IntEnum):
    """Transaction status: `10` Pending, `20` Processing, `30` Send success, `40` Confirmed, `99` Failed. (the wire value is the integer)"""

    PENDING = 10
    PROCESSING = 20
    SEND_SUCCESS = 30
    CONFIRMED = 40
    FAILED = 99

    def __str__(self) -> str:
        return str(self.value)
