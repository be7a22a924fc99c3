from typing import Literal

SubWalletTransactionTransferType = Literal[10, 20]

SUB_WALLET_TRANSACTION_TRANSFER_TYPE_VALUES: set[SubWalletTransactionTransferType] = {
    10,
    20,
}


def check_sub_wallet_transaction_transfer_type(value: int) -> SubWalletTransactionTransferType:
    if value in SUB_WALLET_TRANSACTION_TRANSFER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_WALLET_TRANSACTION_TRANSFER_TYPE_VALUES!r}")
