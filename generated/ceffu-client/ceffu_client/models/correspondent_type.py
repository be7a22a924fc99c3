from enum import IntEnum


class CorrespondentType(IntEnum):
    """Correspondent type: `0` entity, `1` individual. (the wire value is the integer)"""

    ENTITY = 0
    INDIVIDUAL = 1

    def __str__(self) -> str:
        return str(self.value)
