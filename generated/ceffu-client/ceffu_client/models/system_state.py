from enum import IntEnum


class SystemState(IntEnum):
    """System status: `0` normal, `1` system maintenance. (the wire value is the integer)"""

    NORMAL = 0
    MAINTENANCE = 1

    def __str__(self) -> str:
        return str(self.value)
