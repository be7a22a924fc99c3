from enum import IntEnum


class MirrorOperationStatus(IntEnum):
    """Mirror operation status: `20` In progress, `30` Success, `99` Failed. (the wire value is the integer)"""

    IN_PROGRESS = 20
    SUCCESS = 30
    FAILED = 99

    def __str__(self) -> str:
        return str(self.value)
