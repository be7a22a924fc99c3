from typing import Literal

SubWalletTransactionStatus = Literal[10, 20, 30, 40, 99]

SUB_WALLET_TRANSACTION_STATUS_VALUES: set[SubWalletTransactionStatus] = {
    10,
    20,
    30,
    40,
    99,
}


def check_sub_wallet_transaction_status(value: int) -> SubWalletTransactionStatus:
    if value in SUB_WALLET_TRANSACTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_WALLET_TRANSACTION_STATUS_VALUES!r}")
