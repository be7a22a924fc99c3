from enum import IntEnum


class MirrorXLinkStatus(IntEnum):
    """MirrorX link status (names from the official SDK): `0` Under review, `1` Approved, `2` Rejected, `3` Approving, `4` Unbinding, `5` Unbound, `10` Processing, `11` Request rejected, `12` Request expired, `13` Request cancelled. (the wire value is the integer)"""

    UNDER_REVIEW = 0
    APPROVED = 1
    REJECTED = 2
    APPROVING = 3
    UNBINDING = 4
    UNBOUND = 5
    PROCESSING = 10
    REQUEST_REJECTED = 11
    REQUEST_EXPIRED = 12
    REQUEST_CANCELLED = 13

    def __str__(self) -> str:
        return str(self.value)
