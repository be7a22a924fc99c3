from enum import IntEnum


class TransactionBizType(IntEnum):
    """Business type: `10` Withdrawal, `15` Deposit, `3110` MirrorX delegation, `3120` MirrorX undelegation, `3130` MirrorX settlement. (the wire value is the integer)"""

    WITHDRAWAL = 10
    DEPOSIT = 15
    MIRRORX_DELEGATION = 3110
    MIRRORX_UNDELEGATION = 3120
    MIRRORX_SETTLEMENT = 3130

    def __str__(self) -> str:
        return str(self.value)
