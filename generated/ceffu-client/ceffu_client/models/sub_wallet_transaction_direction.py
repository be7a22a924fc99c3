from typing import Literal

SubWalletTransactionDirection = Literal[10, 20]

SUB_WALLET_TRANSACTION_DIRECTION_VALUES: set[SubWalletTransactionDirection] = {
    10,
    20,
}


def check_sub_wallet_transaction_direction(value: int) -> SubWalletTransactionDirection:
    if value in SUB_WALLET_TRANSACTION_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_WALLET_TRANSACTION_DIRECTION_VALUES!r}")
