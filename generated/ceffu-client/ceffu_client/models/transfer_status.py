from enum import IntEnum


class TransferStatus(IntEnum):
    """Transfer status: `10` Pending, `20` Processing, `30` Send success, `99` Failed. (the wire value is the integer)"""

    PENDING = 10
    PROCESSING = 20
    SEND_SUCCESS = 30
    FAILED = 99

    def __str__(self) -> str:
        return str(self.value)
