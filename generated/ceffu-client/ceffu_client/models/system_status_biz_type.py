from enum import IntEnum


class SystemStatusBizType(IntEnum):
    """Business type of the system status enquiry: `10` Deposit, `20` Withdrawal, `30` Transfer to Binance exchange. (Not the transaction-history business types: the official Node SDK validates this against 10 = Withdrawal / 15 = Deposit; the docs win.) (the wire value is the integer)"""

    DEPOSIT = 10
    WITHDRAWAL = 20
    EXCHANGE_TRANSFER = 30

    def __str__(self) -> str:
        return str(self.value)
