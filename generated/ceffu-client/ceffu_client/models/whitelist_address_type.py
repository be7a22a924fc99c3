from enum import IntEnum


class WhitelistAddressType(IntEnum):
    """Whitelist address type: `1` standard address, `2` universal address. (the wire value is the integer)"""

    STANDARD = 1
    UNIVERSAL = 2

    def __str__(self) -> str:
        return str(self.value)
