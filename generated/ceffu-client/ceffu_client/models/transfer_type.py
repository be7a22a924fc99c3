from enum import IntEnum


class TransferType(IntEnum):
    """Transfer type: `10` on-chain transfer, `20` internal (off-chain, Ceffu-to-Ceffu) transfer. (the wire value is the integer)"""

    ON_CHAIN = 10
    INTERNAL = 20

    def __str__(self) -> str:
        return str(self.value)
