from enum import IntEnum


class WhitelistAddressStatus(IntEnum):
    """Whitelist address status (SDK): `10` Pending, `20` In progress, `30` Success, `99` Failed. (the wire value is the integer)"""

    PENDING = 10
    IN_PROGRESS = 20
    SUCCESS = 30
    FAILED = 99

    def __str__(self) -> str:
        return str(self.value)
