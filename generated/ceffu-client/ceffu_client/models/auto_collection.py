from enum import IntEnum


class AutoCollection(IntEnum):
    """Auto-collection: `0` disabled (default), `1` enabled (sub-wallet balances are swept to the parent Prime Wallet). (the wire value is the integer)"""

    DISABLED = 0
    ENABLED = 1

    def __str__(self) -> str:
        return str(self.value)
