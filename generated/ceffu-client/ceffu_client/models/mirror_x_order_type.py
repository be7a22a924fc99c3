from enum import IntEnum


class MirrorXOrderType(IntEnum):
    """MirrorX order type: `10` delegation (Ceffu -> Binance), `20` undelegation (Binance -> Ceffu), `30` settlement. (the wire value is the integer)"""

    DELEGATION = 10
    UNDELEGATION = 20
    SETTLEMENT = 30

    def __str__(self) -> str:
        return str(self.value)
